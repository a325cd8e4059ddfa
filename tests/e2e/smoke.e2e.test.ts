/**
 * The extension loads where it should and nowhere else, the fixture pages work, and the network guard
 * the other e2e tests rely on really catches requests from pages and from the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITES } from './fixture-sites';
import { CONTROL_PAGES, contentScriptLoaded, launch, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe('where the content script runs', () => {
  for (const site of FIXTURE_SITES) {
    it(`runs on ${site.start}`, async () => {
      const page = await harness.open(site.start);
      expect(await contentScriptLoaded(page, harness.extensionId)).toBe(true);
      await page.close();
    });
  }

  for (const url of CONTROL_PAGES) {
    it(`does not run on ${url}`, async () => {
      const page = await harness.open(url);
      expect(await contentScriptLoaded(page, harness.extensionId)).toBe(false);
      await page.close();
    });
  }
});

describe('the network guard', () => {
  it('records and blocks a request to another host from a page and from the extension itself', async () => {
    const before = harness.blockedRequests.length;
    const page = await harness.open(FIXTURE_SITES[0]!.start);
    const fromPage = await page.evaluate(() => fetch('https://guard-check.example/page').then(() => 'sent', () => 'blocked'));
    const fromExtension = await harness.serviceWorker.evaluate(() =>
      fetch('https://guard-check.example/worker').then(() => 'sent', () => 'blocked'),
    );
    await page.close();
    expect([fromPage, fromExtension]).toEqual(['blocked', 'blocked']);
    const caught = harness.blockedRequests.splice(before);
    expect(caught).toEqual([
      expect.stringContaining('https://guard-check.example/page'),
      expect.stringContaining('https://guard-check.example/worker'),
    ]);
  });
});

describe('the whole run', () => {
  it('raised no page error and sent no request outside the browser', () => {
    expect(harness.pageErrors).toEqual([]);
    expect(harness.blockedRequests).toEqual([]);
  });
});
