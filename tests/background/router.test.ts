import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { route } from '../../src/background/router';
import { readStats } from '../../src/storage/stats';

const TAB = 7;
const fromTab = (frameId = 0) => ({ id: browser.runtime.id, tab: { id: TAB } as never, frameId, url: 'https://x.com/home' });
const fromPopup = { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') };
const report = {
  type: 'postcheck:tab-report',
  site: 'x',
  checking: 'on',
  account: { mode: 'trust', source: 'tab' },
  drafts: 1,
  findings: [],
} as const;

describe('the background', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('gives a content script the built-in packs, by file', async () => {
    const reply = await route({ type: 'postcheck:get-built-in-packs' }, fromTab());
    expect(reply?.type).toBe('postcheck:built-in-packs');
    expect(Object.keys((reply as { files: object }).files).map((f) => f.split('/').pop())).toEqual(expect.arrayContaining(['nhs-core.yaml']));
  });

  it('keeps the account mode chosen in the popup for the tab, passes it on, and answers with the tab report', async () => {
    const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(report as never);
    expect(await route({ type: 'postcheck:hello' }, fromTab())).toEqual({ type: 'postcheck:tab-settings', account: null });
    expect(await route({ type: 'postcheck:popup-set-account', tabId: TAB, account: 'trust' }, fromPopup)).toEqual(report);
    expect(sendMessage).toHaveBeenCalledWith(TAB, { type: 'postcheck:account-override', account: 'trust' }, { frameId: 0 });
    // After a reload, the page asks again and gets the tab's choice.
    expect(await route({ type: 'postcheck:hello' }, fromTab())).toEqual({ type: 'postcheck:tab-settings', account: 'trust' });
    await route({ type: 'postcheck:popup-set-account', tabId: TAB, account: null }, fromPopup);
    expect(await route({ type: 'postcheck:hello' }, fromTab())).toEqual({ type: 'postcheck:tab-settings', account: null });
  });

  it('answers the popup with no-report when the tab has no content script, or answers with something else', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await route({ type: 'postcheck:popup-query', tabId: TAB }, fromPopup)).toEqual({ type: 'postcheck:no-report' });
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValueOnce({ ...report, excerpt: 'Mrs Smith' } as never);
    expect(await route({ type: 'postcheck:popup-query', tabId: TAB }, fromPopup)).toEqual({ type: 'postcheck:no-report' });
  });

  it('counts outcomes from the top frame only, and takes no popup request from a page', async () => {
    await route({ type: 'postcheck:outcome', outcome: 'held', categories: ['political'] }, fromTab());
    await route({ type: 'postcheck:outcome', outcome: 'held', categories: ['political'] }, fromTab(3));
    expect((await readStats()).held).toEqual({ political: 1 });
    const sendMessage = vi.spyOn(browser.tabs, 'sendMessage');
    expect(await route({ type: 'postcheck:popup-set-account', tabId: 99, account: 'trust' }, fromTab())).toBeUndefined();
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
