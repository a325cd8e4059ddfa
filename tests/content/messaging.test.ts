import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { startRouter } from '../../src/background/router';
import { connectTab } from '../../src/content/messaging';
import type { PostcheckTab } from '../../src/content/postcheck';
import type { TabReportMessage } from '../../src/messages';
import { readStats } from '../../src/storage/stats';

const REPORT: TabReportMessage = {
  type: 'postcheck:tab-report',
  site: 'x',
  checking: 'on',
  account: { mode: 'personal', source: 'default' },
  drafts: 1,
  findings: [],
};

/** Delivers a message to every runtime.onMessage listener as Chrome would, with its sender; returns what was answered. */
async function deliver(message: unknown, sender: object): Promise<unknown[]> {
  const answers: unknown[] = [];
  const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (m: unknown, s: object, respond: (a: unknown) => void) => Promise<unknown[]>;
  await trigger(message, sender, (answer) => answers.push(answer));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return answers;
}

const OTHER_EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';

describe('messages between the extension’s parts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('the content script answers only the extension itself, and only messages it knows', async () => {
    const tab: PostcheckTab = { report: vi.fn(() => REPORT), setAccountOverride: vi.fn() };
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    connectTab(tab);
    const fromBackground = { id: browser.runtime.id };

    expect(await deliver({ type: 'postcheck:report-request' }, fromBackground)).toEqual([REPORT]);
    // Another extension, or a content script in some tab (a page's own frame), is not the background.
    expect(await deliver({ type: 'postcheck:report-request' }, { id: OTHER_EXTENSION })).toEqual([]);
    expect(await deliver({ type: 'postcheck:account-override', account: 'trust' }, { id: browser.runtime.id, tab: { id: 3 } })).toEqual([]);
    // Unknown types, wrong values and extra fields are dropped.
    expect(await deliver({ type: 'postcheck:report-request', text: 'Mrs Smith' }, fromBackground)).toEqual([]);
    expect(await deliver({ type: 'postcheck:account-override', account: 'admin' }, fromBackground)).toEqual([]);
    expect(await deliver('postcheck:report-request', fromBackground)).toEqual([]);
    expect(tab.setAccountOverride).not.toHaveBeenCalled();

    await deliver({ type: 'postcheck:account-override', account: 'trust' }, fromBackground);
    expect(tab.setAccountOverride).toHaveBeenCalledWith('trust');
  });

  it('the background takes nothing from another extension, and nothing it cannot parse', async () => {
    startRouter();
    const fromTab = { id: browser.runtime.id, tab: { id: 7 }, frameId: 0, url: 'https://x.com/home' };
    const held = { type: 'postcheck:outcome', outcome: 'held', categories: ['political'] };
    await deliver(held, { ...fromTab, id: OTHER_EXTENSION });
    await deliver({ ...held, text: 'Vote for Mrs Smith' }, fromTab);
    await deliver({ ...held, categories: ['made-up'] }, fromTab);
    await deliver({ ...held, outcome: 'posted' }, fromTab);
    expect((await readStats()).held).toEqual({});
    await deliver(held, fromTab);
    expect((await readStats()).held).toEqual({ political: 1 });
  });
});
