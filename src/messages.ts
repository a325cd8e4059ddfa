import * as z from 'zod/mini';
import { ACCOUNTS, CATEGORIES, SEVERITIES } from './engine/types';
import { SITE_IDS } from './storage/sites';
import { OUTCOMES } from './storage/stats';

/**
 * Every message between the extension's parts, parsed with one schema each. A content script runs in a
 * page the extension does not control, so the background trusts nothing it did not parse. Messages carry
 * counts and states only, never draft text. The one exception to "no findings" is the popup's report:
 * each finding's rule, category, severity, message and policy (the pack's words, not the user's),
 * passed from the content script's memory to the open popup and kept nowhere.
 */

/** What the checker found in the drafts on one tab, for the toolbar badge. */
export const TabStatusMessage = z.strictObject({
  type: z.literal('postcheck:tab-status'),
  /** Findings in the drafts on the page (warn + block + info). */
  findings: z.number().check(z.int(), z.minimum(0), z.maximum(9999)),
  worst: z.enum(['block', 'warn', 'info', 'none']),
  /** False when checking is unavailable on the page (packs failed to load, the site changed). */
  available: z.boolean(),
  /** Why checking is unavailable, in words for the user; no draft text. */
  reason: z.optional(z.string().check(z.maxLength(200))),
});
export type TabStatusMessage = z.infer<typeof TabStatusMessage>;

const AccountChoice = z.nullable(z.enum(ACCOUNTS));
const TabId = z.number().check(z.int(), z.minimum(0));

/** Content script → background, on start: what has the user chosen for this tab? Answered with TabSettings. */
export const HelloMessage = z.strictObject({ type: z.literal('postcheck:hello') });

/** Background → content script: the account mode the user forced for this tab (null: what the site shows). */
export const TabSettingsMessage = z.strictObject({ type: z.literal('postcheck:tab-settings'), account: AccountChoice });
export type TabSettingsMessage = z.infer<typeof TabSettingsMessage>;

/** Content script → background: what happened to a held post, for the counts-only statistics. */
export const OutcomeMessage = z.strictObject({
  type: z.literal('postcheck:outcome'),
  outcome: z.enum(OUTCOMES),
  categories: z.array(z.enum(CATEGORIES)).check(z.maxLength(CATEGORIES.length * 4)),
});
export type OutcomeMessage = z.infer<typeof OutcomeMessage>;

/** Background → content script: send the popup your report. */
export const ReportRequestMessage = z.strictObject({ type: z.literal('postcheck:report-request') });

/** One rule's findings in the drafts on a tab, as the popup lists them. No excerpt: that would be draft text. */
export const FindingSummary = z.strictObject({
  ruleId: z.string().check(z.maxLength(100)),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: z.string().check(z.maxLength(600)),
  policy: z.strictObject({
    source: z.string().check(z.maxLength(100)),
    section: z.string().check(z.maxLength(100)),
    quote: z.optional(z.string().check(z.maxLength(400))),
  }),
  /** How many times the rule matched. */
  count: z.number().check(z.int(), z.minimum(1), z.maximum(9999)),
});
export type FindingSummary = z.infer<typeof FindingSummary>;

/** Content script → background → popup: the state of checking on the tab, built on request, never stored. */
export const TabReportMessage = z.strictObject({
  type: z.literal('postcheck:tab-report'),
  site: z.enum(SITE_IDS),
  /** "on"; "off" (switched off in the options); "policy-off" (by the Trust); "unavailable" (see reason). */
  checking: z.enum(['on', 'off', 'policy-off', 'unavailable']),
  reason: z.optional(z.string().check(z.maxLength(200))),
  account: z.strictObject({
    mode: z.enum(ACCOUNTS),
    /** tab: the user chose it in the popup; trust-account: a handle in the Trust account list; site: the page says; default. */
    source: z.enum(['tab', 'trust-account', 'site', 'default']),
  }),
  /** Composers on the page with text in them. */
  drafts: z.number().check(z.int(), z.minimum(0), z.maximum(999)),
  findings: z.array(FindingSummary).check(z.maxLength(500)),
});
export type TabReportMessage = z.infer<typeof TabReportMessage>;

/** Background → content script: the popup switched this tab's account mode (null: back to what the site shows). */
export const AccountOverrideMessage = z.strictObject({ type: z.literal('postcheck:account-override'), account: AccountChoice });

/** Popup → background: the report of a tab. Answered with TabReport or NoReport. */
export const PopupQueryMessage = z.strictObject({ type: z.literal('postcheck:popup-query'), tabId: TabId });

/** Popup → background: switch a tab's account mode. Answered like PopupQuery. */
export const PopupSetAccountMessage = z.strictObject({ type: z.literal('postcheck:popup-set-account'), tabId: TabId, account: AccountChoice });

/** Content script → background, on start: the built-in rule packs, please. Answered with BuiltInPacks. */
export const GetBuiltInPacksMessage = z.strictObject({ type: z.literal('postcheck:get-built-in-packs') });

/** Background → content script: the built-in packs as parsed JSON by file; each is checked with PackSchema on arrival. */
export const BuiltInPacksMessage = z.strictObject({
  type: z.literal('postcheck:built-in-packs'),
  files: z.record(z.string().check(z.maxLength(200)), z.unknown()),
});

/** Background → popup: no content script answered (not one of the four sites, or the page is still loading). */
export const NoReportMessage = z.strictObject({ type: z.literal('postcheck:no-report') });

export const Message = z.discriminatedUnion('type', [
  TabStatusMessage,
  HelloMessage,
  TabSettingsMessage,
  OutcomeMessage,
  ReportRequestMessage,
  TabReportMessage,
  AccountOverrideMessage,
  PopupQueryMessage,
  PopupSetAccountMessage,
  NoReportMessage,
  GetBuiltInPacksMessage,
  BuiltInPacksMessage,
]);
export type Message = z.infer<typeof Message>;

/** The message, or null for anything unexpected (wrong shape, extra fields, other extensions' messages). */
export function parseMessage(data: unknown): Message | null {
  const parsed = Message.safeParse(data);
  return parsed.success ? parsed.data : null;
}
