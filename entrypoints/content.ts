/**
 * Postcheck's content script: checks drafts in the compose boxes of X, Facebook, LinkedIn and Instagram
 * and holds a post that has a block or warn finding until the user has reviewed it.
 *
 * Test-relevant behaviour (kept stable for tests/e2e):
 * - Runs at document_start on the four sites only. Capture-phase listeners on window for pointerdown,
 *   mousedown, pointerup, mouseup, click, keydown and keyup are registered synchronously, before page
 *   scripts. IME composition (isComposing, keyCode 229) never counts as a submit.
 * - The rule packs are fetched and compiled when the user first focuses or types in a composer, or once
 *   the page is idle after load, never during page load. A post made before they are ready is held until
 *   they are, then posted (clean) or reviewed; after 5 s without packs it goes out with a notice.
 * - Live check: the first sign of a change in a composer since the last check (a `beforeinput` or
 *   `input` event, at its timeStamp, or a DOM change in the editor, which is all Draft.js gives for some
 *   keystrokes and deletions) starts a keystroke-to-findings sample; the check runs in the next
 *   animation frame (after a 150 ms pause in typing while checks typically take over 40 ms) and, once
 *   findings, highlights and badge are updated, the sample (ms) and the draft's length go into
 *   `globalThis.postcheckLatency` ({ samples, chars }; src/content/live.ts) in the content script's own
 *   world, never the performance timeline, which the page can read. Timings only; no text or findings.
 *   The last 500 samples are kept. Only the first 20 000 characters of a draft
 *   are checked; a notice (and a note in the review) says so.
 * - Highlights: boxes inside the extension's closed shadow root (class "box block|warn|info"), never
 *   the CSS Custom Highlight API, whose registry the page can read.
 * - UI: one `<div data-postcheck-ui>` on <html> with a CLOSED shadow root; the attribute's value is
 *   "review" while the review dialog is open and "idle" otherwise. The dialog is role=dialog, aria-modal,
 *   labelled "Check before you post"; focus starts on the dialog itself. Tab order: for each finding, its
 *   fix buttons (labelled by the fix, e.g. "Add “Views my own…”") then "Edit"; then "Back to editing" and,
 *   when no block finding is left, "Post anyway" (or "Post" once nothing is left). Esc closes it.
 * - A clean draft posts with no dialog. "Post anyway"/"Post" replays the held events on their original
 *   targets; if after 1.5 s the draft is still there unchanged, the next post of that same draft goes
 *   through unchecked and a notice says so.
 * - Badge: the number of findings on the page, set per tab by the background from a
 *   `postcheck:tab-status` message; "!" when checking is unavailable.
 * - Settings (src/storage/settings.ts) are re-read whenever they change (storage.onChanged) and every
 *   composer is checked again: site on/off, Trust accounts, bio disclaimer, rules off, imported and
 *   policy packs. The popup's report and the tab's account mode come through the background
 *   (src/content/messaging.ts).
 */
import { browser } from 'wxt/browser';
import { connectTab } from '../src/content/messaging';
import { startPostcheck } from '../src/content/postcheck';
import type { OutcomeMessage, TabStatusMessage } from '../src/messages';
import { adapterForHost, SITES } from '../src/sites';

export default defineContentScript({
  matches: SITES.flatMap((site) => site.matches),
  runAt: 'document_start',
  main() {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    const tab = startPostcheck(window, adapter, (message: TabStatusMessage | OutcomeMessage) => {
      browser.runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or updated under this page; the badge will catch up on the next page.
      });
    });
    connectTab(tab);
  },
});
