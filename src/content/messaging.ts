import { browser } from 'wxt/browser';
import type { Pack } from '../engine/pack';
import { BuiltInPacksMessage, parseMessage, TabSettingsMessage } from '../messages';
import { compilePacksGradually } from '../storage/packs';
import type { PostcheckTab } from './postcheck';

/**
 * The content script's side of the popup's questions, which come through the background: the report
 * of this tab, and the account mode the user chose for it (asked for once on start, since the user may
 * have chosen it before a reload). Only the extension itself can send these; anything else is dropped.
 */
export function connectTab(tab: PostcheckTab): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const message = parseMessage(raw);
    if (!message || sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (message.type === 'postcheck:account-override') tab.setAccountOverride(message.account ?? undefined);
    else if (message.type !== 'postcheck:report-request') return undefined;
    sendResponse(tab.report());
    return undefined;
  });
  browser.runtime.sendMessage({ type: 'postcheck:hello' }).then(
    (reply: unknown) => {
      const settings = TabSettingsMessage.safeParse(reply);
      if (settings.success && settings.data.account) tab.setAccountOverride(settings.data.account);
    },
    () => {
      // The background is being restarted; the tab starts in the mode the site shows.
    },
  );
}

/** Longest stretch of compiling before the page gets a turn (input, rendering). */
const SLICE_MS = 8;

/** A pause for compilePacksGradually: nothing until `ms` of work have passed, then a turn for the page. */
function pauseEvery(ms: number): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < ms) return undefined;
    return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      since = performance.now();
    });
  };
}

/**
 * The built-in packs, from the background: bundling them here would double the content script's size.
 * Each is validated with the pack schema on arrival, like any other message, and compiled a rule at a
 * time so the page can still take input. Throws PackLoadError for a bad pack, or an Error when the
 * background does not answer.
 */
export async function requestBuiltInPacks(): Promise<Pack[]> {
  const reply = BuiltInPacksMessage.safeParse(await browser.runtime.sendMessage({ type: 'postcheck:get-built-in-packs' }));
  if (!reply.success) throw new Error('the background did not send the rule packs');
  return (await compilePacksGradually(reply.data.files, pauseEvery(SLICE_MS))).map((c) => c.pack);
}
