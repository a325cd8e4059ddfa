import type { Category, Severity } from '../engine/types';

/** What each category is called on screen, in the words staff use. */
export const CATEGORY_NAMES: Record<Category, string> = {
  'patient-identifier': 'Patient details',
  'patient-initials': 'Patient initials',
  grievance: 'Complaints about work',
  'missing-disclaimer': 'Missing “views my own”',
  political: 'Politics',
  abuse: 'Abuse or insults',
  confidential: 'Confidential information',
  whistleblowing: 'Raising concerns',
  'personal-safety': 'Your safety',
  'patient-contact': 'Contact with patients',
  'photo-consent': 'Photos and consent',
};

/** Severity in words and a symbol, never by colour alone (the review dialog uses the same). */
export const SEVERITY_LABELS: Record<Severity, { word: string; symbol: string }> = {
  block: { word: 'Must fix', symbol: '⛔' },
  warn: { word: 'Think again', symbol: '⚠' },
  info: { word: 'For information', symbol: 'ℹ' },
};
