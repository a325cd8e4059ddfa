import { browser } from 'wxt/browser';
import { parseMessage, TabSettingsMessage } from '../messages';
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
