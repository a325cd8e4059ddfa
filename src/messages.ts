import * as z from 'zod/mini';

/**
 * Every message between the extension's parts, parsed with one schema each. A content script runs in a
 * page the extension does not control, so the background trusts nothing it did not parse. Messages carry
 * counts and states only: never draft text, never findings.
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

export const Message = z.discriminatedUnion('type', [TabStatusMessage]);
export type Message = z.infer<typeof Message>;

/** The message, or null for anything unexpected (wrong shape, extra fields, other extensions' messages). */
export function parseMessage(data: unknown): Message | null {
  const parsed = Message.safeParse(data);
  return parsed.success ? parsed.data : null;
}
