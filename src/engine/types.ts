/** The fixed finding categories: the UI groups by them, the stats count them, the corpus is labelled with them. */
export const CATEGORIES = [
  'patient-identifier',
  'patient-initials',
  'grievance',
  'missing-disclaimer',
  'political',
  'abuse',
  'confidential',
  'whistleblowing',
  'personal-safety',
  'patient-contact',
  'photo-consent',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The five families the NHS core pack must cover well. */
export const CORE_CATEGORIES: readonly Category[] = [
  'patient-identifier',
  'patient-initials',
  'grievance',
  'missing-disclaimer',
  'political',
];

export const PLATFORMS = ['x', 'facebook', 'linkedin', 'instagram', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ACCOUNTS = ['personal', 'trust'] as const;
export type Account = (typeof ACCOUNTS)[number];

/** `block` holds the post until fixed, `warn` holds it once, `info` never holds it. */
export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Draft {
  text: string;
  platform: Platform;
  account: Account;
  /** An image or video is attached to the post. */
  hasMedia?: boolean;
  /** ISO date (YYYY-MM-DD) the post would go out; defaults to today. Used for pre-election periods. */
  date?: string;
}

/** An edit the UI can apply through the editor. Offsets are into the draft text. */
export type Fix =
  | { kind: 'replace'; label: string; start: number; end: number; text: string }
  | { kind: 'append'; label: string; text: string };

export interface PolicyRef {
  source: string;
  section: string;
  quote?: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  message: string;
  policy: PolicyRef;
  fixes: Fix[];
}

/** What a detector reports: a span of the draft, in original offsets. */
export interface Match {
  start: number;
  end: number;
  /** Extra words for the message, e.g. "possible test number". */
  note?: string;
}
