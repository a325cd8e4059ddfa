import { browser } from 'wxt/browser';
import { badgeFor } from '../src/background/badge';
import { parseMessage } from '../src/messages';

export default defineBackground(() => {
  // Findings are computed in the content script; the background only shows their count on the badge.
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined || sender.id !== browser.runtime.id) return;
    const badge = badgeFor(message);
    void Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      browser.action.setTitle({ tabId, title: badge.title }),
    ]).catch(() => {
      // The tab closed while the badge was being set; there is nothing left to show it on.
    });
  });
});
