import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { ACCOUNTS, type Account } from '../engine/types';
import { parseMessage, TabReportMessage, type Message, type TabStatusMessage } from '../messages';
import { localDate } from '../engine/election';
import { BUILT_IN_PACK_FILES } from '../storage/built-in-pack-files';
import { recordOutcome } from '../storage/stats';
import { badgeFor } from './badge';

/**
 * The background's part: the toolbar badge, the counts-only statistics, and the go-between for the
 * popup and the content script of a tab. It keeps no findings: a popup's report is fetched from the
 * tab's content script when asked and passed straight on.
 *
 * The account mode a user forces for a tab lives in storage.session (memory only, gone when the browser
 * closes) so it survives the service worker being stopped and the page being reloaded.
 */

const TAB_ACCOUNTS_KEY = 'tabAccounts';
const TabAccounts = z.record(z.string().check(z.regex(/^\d+$/)), z.enum(ACCOUNTS));

type Reply = Message | undefined;

async function tabAccounts(): Promise<Record<string, Account>> {
  const stored: Record<string, unknown> = await browser.storage.session.get(TAB_ACCOUNTS_KEY).catch(() => ({}));
  const raw = stored[TAB_ACCOUNTS_KEY];
  const parsed = TabAccounts.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

async function setTabAccount(tabId: number, account: Account | null): Promise<void> {
  const accounts = await tabAccounts();
  if (account) accounts[tabId] = account;
  else delete accounts[tabId];
  await browser.storage.session.set({ [TAB_ACCOUNTS_KEY]: accounts });
}

/** The top frame's content script's report, or no-report when none answers (another site, still loading). */
async function reportOf(tabId: number, request: Message): Promise<Message> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
    const report = TabReportMessage.safeParse(answer);
    if (report.success) return report.data;
  } catch {
    // No content script in that tab: the popup says Postcheck does not check this page.
  }
  return { type: 'postcheck:no-report' };
}

function showBadge(tabId: number, status: TabStatusMessage): void {
  const badge = badgeFor(status);
  void Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => {
    // The tab closed while the badge was being set; there is nothing left to show it on.
  });
}

/** Handles one parsed message; the returned promise's value (if any) is the reply. */
export async function route(message: Message, sender: Browser.runtime.MessageSender): Promise<Reply> {
  // From a content script: only about its own tab, and only from the top frame. The extension's own
  // pages (the popup, or the popup opened as a tab) are told apart by their address.
  const tabId = sender.url?.startsWith(browser.runtime.getURL('/')) ? undefined : sender.tab?.id;
  if (tabId !== undefined) {
    if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
    switch (message.type) {
      case 'postcheck:tab-status':
        showBadge(tabId, message);
        return undefined;
      case 'postcheck:get-built-in-packs':
        return { type: 'postcheck:built-in-packs', files: BUILT_IN_PACK_FILES };
      case 'postcheck:hello':
        return { type: 'postcheck:tab-settings', account: (await tabAccounts())[tabId] ?? null };
      case 'postcheck:outcome':
        await recordOutcome(message.outcome, message.categories, localDate());
        return undefined;
      default:
        return undefined;
    }
  }
  // From the extension's own pages (the popup).
  switch (message.type) {
    case 'postcheck:popup-query':
      return reportOf(message.tabId, { type: 'postcheck:report-request' });
    case 'postcheck:popup-set-account':
      await setTabAccount(message.tabId, message.account);
      return reportOf(message.tabId, { type: 'postcheck:account-override', account: message.account });
    default:
      return undefined;
  }
}

export function startRouter(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const message = parseMessage(raw);
    if (!message || sender.id !== browser.runtime.id) return undefined;
    route(message, sender).then(
      (reply) => sendResponse(reply),
      () => sendResponse(undefined),
    );
    // Keeps the channel open for the asynchronous reply (Chrome and Firefox alike).
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void setTabAccount(tabId, null).catch(() => undefined));
}
