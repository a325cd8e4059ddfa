/**
 * Issue 7, the privacy promise, proved on the built extension in Chromium (docs/security.md):
 * - no draft text at rest: risky drafts are typed, fixed, posted anyway and abandoned on four sites and
 *   in the options page's playground; then every storage area the extension has (chrome.storage local,
 *   sync, session and managed; IndexedDB, Cache Storage, localStorage and sessionStorage of its origin;
 *   the sites' own storage) is dumped and searched for what was typed, and after the browser closes,
 *   the extension's folders in the profile on disk are searched too. The statistics are counts only.
 * - least permissions and no remote code: the built manifest, and the CSP the extension pages really get.
 * - the page cannot read findings nor trigger "Post anyway": a hostile page script tries.
 * - no network: no request beyond the fixture pages in the whole run.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSERS } from './composers';
import { openOptions, openPopup, tabIdOf } from './extension-pages';
import { openComposer, postsFrom, resolveReview, typeDraft, waitUntil } from './flows';
import { badgeText, clickControl, EXTENSION_DIR, findControl, launch, model, readReviewDialog, waitForReviewDialog, type Harness } from './harness';
import { WARNING_DRAFT } from './sample-drafts';

/** One valid NHS number (check digit right), in none of the packs, typed in three spellings. */
const NHS_DIGITS = '6328797966';
const DRAFTS = {
  /** X: fixed with one click (the number) and by hand (the names), then posted. */
  x: 'Mrs Ottoline Quarrington in bay 6, NHS no 632 879 7966, finally home today.',
  /** Facebook: a grievance, posted anyway. */
  facebook: 'Our ward manager Derek Quiggleton cancelled my annual leave again, absolute shambles, fuming.',
  /** LinkedIn: held, reviewed in the popup as a Trust account, then left in the box. */
  linkedin: 'Discharged Mr Alan Featherstonehaugh from bay 7 today, NHS number 6328797966. Views my own.',
  /** Instagram: typed in a comment and left there. */
  instagram: 'Lovely Mrs Gwendolyn Arbuthnot on ward 9 gave us a cake, her number is 632.879.7966',
  /** The options page's "Try a draft". */
  playground: 'Patient Ermintrude Bickerstaff on ward 12 is doing well, NHS 632 879 7966.',
};
/** Words typed that are in no rule pack: found anywhere the extension keeps data, they could only have come from a draft. */
const TYPED_NAMES = ['Ottoline', 'Quarrington', 'Quiggleton', 'Featherstonehaugh', 'Gwendolyn', 'Arbuthnot', 'Ermintrude', 'Bickerstaff'];
/** More of what was typed: in the packs' vocabulary too, so searched for only where packs are never kept. */
const TYPED_WORDS = [...TYPED_NAMES, 'shambles', 'fuming', 'annual leave', 'gave us a cake', 'finally home today', 'Discharged'];

const composer = (name: string) => COMPOSERS.find((c) => c.name === name)!;

let harness: Harness;
let profile: string;
beforeAll(async () => {
  // A profile of this file's own, kept after the browser closes, so its files can be searched.
  profile = await mkdtemp(path.join(tmpdir(), 'postcheck-privacy-'));
  harness = await launch({ userDataDir: profile });
});
afterAll(async () => {
  await harness?.close().catch(() => undefined);
  await rm(profile, { recursive: true, force: true });
});

/** What in `text` was typed into a draft: any of `words` (any case), or the NHS number with any separators. */
function typedIn(text: string, words: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const found = words.filter((word) => lower.includes(word.toLowerCase()));
  if (text.replace(/\D/g, '').includes(NHS_DIGITS)) found.push(`the NHS number ${NHS_DIGITS}`);
  return found;
}

/**
 * Everything an origin keeps in the browser, as JSON: localStorage, sessionStorage, cookies, every
 * IndexedDB database (every record and key of every store) and Cache Storage (every cached request and
 * body); on an extension page, chrome.storage's four areas too. Runs in the page.
 */
async function dumpStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const indexedDb: Record<string, unknown> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      const stores: Record<string, unknown> = {};
      for (const store of db.objectStoreNames) {
        const objects = db.transaction(store).objectStore(store);
        stores[store] = { keys: await request(objects.getAllKeys()), values: await request(objects.getAll()) };
      }
      db.close();
      indexedDb[name] = stores;
    }
    const caches_: Record<string, unknown> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      caches_[name] = await Promise.all((await cache.keys()).map(async (req) => [req.url, await (await cache.match(req))?.text()]));
    }
    const chromeStorage: Record<string, unknown> = {};
    const { chrome } = globalThis as unknown as { chrome?: { storage?: Record<string, { get(keys: null): Promise<unknown> }> } };
    if (chrome?.storage) {
      for (const area of ['local', 'sync', 'session', 'managed']) chromeStorage[area] = await chrome.storage[area]!.get(null);
    }
    const entries = (s: Storage) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)]));
    return JSON.stringify({
      chromeStorage,
      indexedDb,
      caches: caches_,
      localStorage: entries(localStorage),
      sessionStorage: entries(sessionStorage),
      cookies: document.cookie,
    });
  });
}

describe('no draft text at rest', () => {
  const pages: Page[] = [];

  it('takes risky drafts through the ways a user deals with them on four sites and in the options page', async () => {
    // X: held; the NHS number fixed with one click, the names replaced by hand; posted.
    const x = composer('X inline');
    const xPage = await openComposer(harness, x);
    pages.push(xPage);
    await typeDraft(xPage, DRAFTS.x);
    await x.submit(xPage).click();
    await resolveReview(xPage, x, (await waitForReviewDialog(xPage))!);
    const [xPost] = await waitUntil('the X post', () => postsFrom(xPage, x), (p) => p.length > 0);
    expect(typedIn(xPost!.text, ['Quarrington'])).toEqual([]);

    // Facebook: warnings only; posted anyway.
    const facebook = composer('Facebook post');
    const fbPage = await openComposer(harness, facebook);
    pages.push(fbPage);
    await typeDraft(fbPage, DRAFTS.facebook);
    await facebook.submit(fbPage).click();
    await clickControl(fbPage, findControl((await waitForReviewDialog(fbPage))!, /^Post anyway$/));
    await waitUntil('the Facebook post', () => postsFrom(fbPage, facebook), (p) => p.length > 0);

    // LinkedIn: held; looked at in the popup as a Trust account (the popup gets the findings); left in the box.
    const linkedin = composer('LinkedIn share box');
    const liPage = await openComposer(harness, linkedin);
    pages.push(liPage);
    await typeDraft(liPage, DRAFTS.linkedin);
    await linkedin.submit(liPage).click();
    const liDialog = (await waitForReviewDialog(liPage))!;
    const popup = await openPopup(harness, await tabIdOf(harness, liPage));
    await popup.getByLabel('Trust account', { exact: true }).check();
    await expect.poll(async () => popup.locator('li.finding').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
    await liPage.bringToFront();
    await clickControl(liPage, findControl(liDialog, /^Back to editing$/));
    await waitForReviewDialog(liPage, false);
    expect(await model(liPage, linkedin.posts)).toBe(DRAFTS.linkedin);

    // Instagram: typed in a comment and left there.
    const instagram = composer('Instagram comment');
    const igPage = await openComposer(harness, instagram);
    pages.push(igPage);
    await typeDraft(igPage, DRAFTS.instagram);
    await waitUntil('the comment to be checked', () => badgeText(harness, igPage), (text) => /^[1-9]\d*$/.test(text), 10_000);

    // The options page: a staff setting changed (storage.sync is written) and a draft tried in the playground.
    const options = await openOptions(harness);
    pages.push(options);
    await options.getByLabel('Draft', { exact: true }).fill(DRAFTS.playground);
    await expect.poll(() => options.locator('#playground-heading ~ p[role=status]').textContent()).toMatch(/finding/);
    await options.getByLabel('Check my drafts on Instagram').uncheck();
    await options.getByLabel('Check my drafts on Instagram').check();
  });

  it('keeps none of it in any storage of the extension, and only counts in the statistics', async () => {
    const options = pages.at(-1)!;
    const dump = await dumpStorage(options);
    const stored = JSON.parse(dump) as { chromeStorage: { local: { stats?: Record<string, unknown> }; sync: object; session: object } };
    // The dump is not empty for lack of looking: the settings, the tab's account and the counts are there.
    expect(Object.keys(stored.chromeStorage.sync)).not.toEqual([]);
    expect(Object.keys(stored.chromeStorage.session)).not.toEqual([]);
    expect(typedIn(dump, TYPED_WORDS)).toEqual([]);

    const stats = stored.chromeStorage.local.stats!;
    expect(Object.keys(stats).sort()).toEqual(['fixed', 'held', 'postedAnyway', 'since']);
    expect(stats.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const outcome of ['held', 'fixed', 'postedAnyway'] as const) {
      for (const [category, count] of Object.entries(stats[outcome] as Record<string, unknown>)) {
        expect(category).toMatch(/^[a-z-]+$/);
        expect(Number.isInteger(count) && (count as number) > 0).toBe(true);
      }
    }
    expect(stats.held).toMatchObject({ 'patient-identifier': expect.any(Number), grievance: expect.any(Number) });
    expect(stats.fixed).toMatchObject({ 'patient-identifier': expect.any(Number) });
    expect(stats.postedAnyway).toMatchObject({ grievance: expect.any(Number) });
  });

  it('writes none of it into the sites’ own storage either', async () => {
    for (const page of pages.slice(0, -1)) expect(typedIn(await dumpStorage(page), TYPED_WORDS), page.url()).toEqual([]);
  });
});

describe('the page cannot read findings or post past the review', () => {
  /**
   * A hostile page, from its first script: it defines the custom element the extension once used for its
   * UI (to be handed its shadow root through attachInternals) and keeps every element put on <html>.
   */
  const hostilePage = (page: Page) =>
    page.addInitScript(() => {
      const trap = { internals: [] as ElementInternals[], added: [] as Element[] };
      (window as unknown as { __trap: typeof trap }).__trap = trap;
      customElements.define(
        'postcheck-ui',
        class extends HTMLElement {
          constructor() {
            super();
            trap.internals.push(this.attachInternals());
          }
        },
      );
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.target !== document.documentElement) continue;
          for (const node of record.addedNodes) if (node instanceof Element) trap.added.push(node);
        }
      }).observe(document, { childList: true, subtree: true });
    });

  it('finds no findings, no shadow root, no globals, no performance entries and no highlights of the extension', async () => {
    const x = composer('X inline');
    const page = await openComposer(harness, x, hostilePage);
    await typeDraft(page, WARNING_DRAFT.text);
    await x.submit(page).click();
    const dialog = (await waitForReviewDialog(page))!;
    expect(dialog.text).toMatch(/Check before you post/);

    const seen = await page.evaluate(() => {
      const trap = (window as unknown as { __trap: { internals: ElementInternals[]; added: Element[] } }).__trap;
      const all = [...document.querySelectorAll('*'), ...trap.added];
      return {
        elementsOnHtml: trap.added.filter((el) => !['HEAD', 'BODY'].includes(el.tagName)).length,
        shadowRoots: all.filter((el) => el.shadowRoot !== null).map((el) => el.tagName),
        internalsRoots: trap.internals.filter((i) => i.shadowRoot !== null).length,
        pageText: document.documentElement.innerText + document.documentElement.textContent,
        globals: Object.getOwnPropertyNames(window).filter((name) => /postcheck|wxt/i.test(name)),
        performance: performance.getEntries().filter((entry) => /postcheck/i.test(entry.name)).map((entry) => entry.name),
        highlights: CSS.highlights.size,
        canMessageTheExtension: typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage === 'function',
      };
    });
    // The extension's element is there (the dialog is on screen), but nothing in it can be reached.
    expect(seen.elementsOnHtml).toBeGreaterThan(0);
    expect(seen.shadowRoots).toEqual([]);
    expect(seen.internalsRoots).toBe(0);
    expect(seen.pageText).not.toMatch(/Check before you post|Think again|Policy:|Post anyway/);
    expect(seen.globals).toEqual([]);
    expect(seen.performance).toEqual([]);
    expect(seen.highlights).toBe(0);
    expect(seen.canMessageTheExtension).toBe(false);
    await page.close();
  });

  it('cannot send a held post with synthetic clicks and key presses; the user still can', async () => {
    const x = composer('X inline');
    const page = await openComposer(harness, x, hostilePage);
    await typeDraft(page, WARNING_DRAFT.text);
    await x.submit(page).click();
    const before = (await waitForReviewDialog(page))!;

    await page.evaluate(() => {
      const trap = (window as unknown as { __trap: { added: Element[] } }).__trap;
      const host = trap.added.find((el) => !['HEAD', 'BODY'].includes(el.tagName))!;
      const post = document.querySelector<HTMLElement>('[data-testid=tweetButtonInline]')!;
      const editor = document.querySelector<HTMLElement>('[data-testid=tweetTextarea_0]')!;
      const init = { bubbles: true, composed: true, cancelable: true };
      // Everything a script can aim at: the extension's element (where focus is), the site's Post button,
      // the editor (Ctrl+Enter posts on X), and the point on screen where "Post anyway" is drawn.
      const rect = host.getBoundingClientRect();
      const targets = [host, document.activeElement!, post, editor, document.elementFromPoint(rect.width / 2, rect.height / 2)!];
      for (const target of targets) {
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, init));
        for (const key of ['Enter', ' ', 'Tab', 'Escape']) {
          target.dispatchEvent(new KeyboardEvent('keydown', { ...init, key }));
          target.dispatchEvent(new KeyboardEvent('keyup', { ...init, key }));
        }
        target.dispatchEvent(new KeyboardEvent('keydown', { ...init, key: 'Enter', ctrlKey: true }));
        (target as HTMLElement).click?.();
      }
    });
    await page.waitForTimeout(500);
    expect(await postsFrom(page, x)).toEqual([]);
    const after = (await readReviewDialog(page))!;
    expect(after.text).toBe(before.text);
    expect(await model(page, x.posts)).toBe(WARNING_DRAFT.text);

    // A real click on "Post anyway" sends it: the post was held, not lost.
    await clickControl(page, findControl(after, /^Post anyway$/));
    await waitUntil('the post', () => postsFrom(page, x), (p) => p.length > 0);
    expect((await postsFrom(page, x)).map((p) => p.text)).toEqual([WARNING_DRAFT.text]);
    await page.close();
  });
});

describe('least permissions and no remote code', () => {
  /** The content script's match patterns: the four sites (twitter.com still serves X) and nothing else. */
  const FOUR_SITES = ['https://*.facebook.com/*', 'https://*.instagram.com/*', 'https://*.linkedin.com/*', 'https://*.twitter.com/*', 'https://*.x.com/*'];

  it('asks for storage only, runs on the four sites only, and exposes nothing to web pages', async () => {
    const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
      content_scripts: { matches: string[] }[];
      content_security_policy?: { extension_pages?: string };
    };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable']) {
      expect(manifest[key], key).toBeUndefined();
    }
    expect(manifest.content_scripts.flatMap((script) => script.matches).sort()).toEqual(FOUR_SITES);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/|http:\/\//);
    // Its own CSP, stricter than Chrome's MV3 default (which also allows scripts from localhost).
    expect(manifest.content_security_policy?.extension_pages).toBe("script-src 'self'; object-src 'self'");
  });

  /**
   * Chrome enforces two policies on an MV3 extension page: its own minimum, `script-src 'self';`, and
   * the manifest's (here Chrome's default, which for an unpacked build also lists localhost). A script is
   * refused if either refuses it, so nothing but the extension's own files can run.
   */
  it('the extension pages get a CSP that runs no remote script, no inline script and no eval', async () => {
    const REMOTE = ['https://cdn.example.org/remote.js', 'http://localhost:9/dev.js'];
    const options = await openOptions(harness);
    // (eval cannot be tried from here: code a test evaluates through DevTools is exempt from the page's
    // CSP. The policies the browser reports are checked for 'unsafe-eval' instead.)
    const result = await options.evaluate(async (sources) => {
      const violations: { blocked: string; policy: string }[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push({ blocked: e.blockedURI, policy: e.originalPolicy }));
      const loaded: string[] = [];
      for (const src of sources) {
        const script = document.createElement('script');
        script.src = src;
        await new Promise<void>((resolve) => {
          script.onload = () => resolve(void loaded.push(src));
          script.onerror = () => resolve();
          document.head.append(script);
        });
      }
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.head.append(inline);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { loaded, inlineRan: '__inlineRan' in window, violations };
    }, REMOTE);
    await options.close();
    expect(result).toMatchObject({ loaded: [], inlineRan: false });
    const onlySelf = (policy: string) => /script-src 'self'/.test(policy) && !/https?:|'unsafe-eval'|'unsafe-inline'|\*/.test(policy);
    // Each was refused by a policy that allows only the extension's own scripts, before any request (the run records none).
    for (const blocked of [...REMOTE, 'inline']) {
      expect(result.violations.some((v) => v.blocked.startsWith(blocked) && onlySelf(v.policy)), blocked).toBe(true);
    }
    for (const { policy } of result.violations) expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  });
});

describe('the whole run', () => {
  it('sent no request outside the browser and raised no page error', () => {
    expect(harness.blockedRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });

  it('left none of the drafts in the extension’s files on disk, where a stored value does show', async () => {
    // A value the extension stores is findable in these files: a canary in storage.local and in IndexedDB.
    const canary = `PRIVACYCANARY${Date.now()}`;
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    await page.evaluate(async (value) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      await chrome.storage.local.set({ privacyCanary: `${value}-storage` });
      const open = indexedDB.open('privacy-canary', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('canary');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      await new Promise((resolve) => {
        const tx = db.transaction('canary', 'readwrite');
        tx.objectStore('canary').put(`${value}-indexeddb`, 'value');
        tx.oncomplete = resolve;
      });
      db.close();
    }, canary);
    await harness.close();

    const files = await extensionFiles(path.join(profile, 'Default'), harness.extensionId);
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    const canaries = new Set<string>();
    for (const file of files) {
      const bytes = await readFile(file);
      // Values may be stored as UTF-8, Latin-1 or UTF-16: search the bytes both ways.
      for (const text of [bytes.toString('latin1'), bytes.toString('utf16le'), bytes.toString('utf16le', 1)]) {
        for (const hit of typedIn(text, TYPED_NAMES)) found.push(`${path.relative(profile, file)}: ${hit}`);
        for (const where of ['storage', 'indexeddb']) if (text.includes(`${canary}-${where}`)) canaries.add(where);
      }
    }
    expect([...canaries].sort()).toEqual(['indexeddb', 'storage']);
    expect(found).toEqual([]);
  });
});

/**
 * Every file of the profile where the extension or a page's script keeps data: the extension's
 * chrome.storage folders, IndexedDB of its origin, and the Local and Session Storage of every origin.
 * (Not the browser's own history and session files: what a page shows may be in those, without the extension.)
 */
async function extensionFiles(defaultDir: string, extensionId: string): Promise<string[]> {
  const roots = [
    `Local Extension Settings/${extensionId}`,
    `Sync Extension Settings/${extensionId}`,
    `Managed Extension Settings/${extensionId}`,
    `IndexedDB/chrome-extension_${extensionId}_0.indexeddb.leveldb`,
    'Local Storage',
    'Session Storage',
  ];
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if ((await stat(full)).size > 0) files.push(full);
    }
  };
  for (const root of roots) await walk(path.join(defaultDir, root));
  return files;
}
