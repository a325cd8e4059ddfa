import { browser } from 'wxt/browser';
import type { Account } from '../../engine/types';
import { parseMessage, type TabReportMessage } from '../../messages';

/** What the popup shows for a tab: its report, or null when Postcheck does not run there. */
export type PopupReport = TabReportMessage | null;

export interface PopupClient {
  query(): Promise<PopupReport>;
  setAccount(account: Account | null): Promise<PopupReport>;
  /** Calls back when the tab's findings change while the popup is open; returns the unsubscribe. */
  onTabChanged(callback: () => void): () => void;
  openOptions(): void;
}

function asReport(reply: unknown): PopupReport {
  const message = parseMessage(reply);
  return message?.type === 'postcheck:tab-report' ? message : null;
}

/**
 * The popup talks to the tab through the background (src/background/router.ts). The tab is the active
 * one in this window, or the one named by `?tab=` when the popup is opened as a page (the e2e tests).
 */
export async function connectPopup(location: Location): Promise<PopupClient> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(named) && named > 0 ? named : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const send = async (message: unknown): Promise<PopupReport> => {
    if (tabId === undefined) return null;
    return asReport(await browser.runtime.sendMessage(message).catch(() => undefined));
  };
  return {
    query: () => send({ type: 'postcheck:popup-query', tabId }),
    setAccount: (account) => send({ type: 'postcheck:popup-set-account', tabId, account }),
    onTabChanged(callback) {
      const listener = (raw: unknown, sender: { tab?: { id?: number } }) => {
        if (sender.tab?.id === tabId && parseMessage(raw)?.type === 'postcheck:tab-status') callback();
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
