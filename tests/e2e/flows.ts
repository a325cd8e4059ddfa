/**
 * The checks every composer gets (issue 3): a clean draft posts unchanged with no dialog; a risky
 * draft is held, the dialog shows its findings, Fix edits through the editor and the fixed text is
 * what gets posted; the keyboard submit is gated too; "Post anyway" on warnings posts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { COMPOSERS, type ComposerSpec } from './composers';
import type { FixtureSite } from './fixture-sites';
import type { FixtureApi, Submission } from './fixtures/page-api';
import {
  activateByKeyboard,
  badgeText,
  clickControl,
  findControl,
  model,
  readReviewDialog,
  submissions,
  waitForReviewDialog,
  launch,
  type DialogControl,
  type Harness,
  type ReviewDialog,
} from './harness';
import { CLEAN_DRAFT, RISKY_DRAFT, WARNING_DRAFT } from './sample-drafts';

const NHS_NUMBER = '943 476 5919';
/** The patient's surname: the name may be listed whole or in parts ("Mrs Jean", "Pritchard"). */
const PATIENT_NAME = 'Pritchard';
/** What the user types over the patient's name after "Edit" selected it. */
const NAME_REPLACEMENT = 'a patient';
/** "No delay the user can notice" between pressing Post on a clean draft and the post going out. */
const UNNOTICEABLE_MS = 100;

/** Opens the composer's page (after `prepare`, see Harness.open), opens the composer and puts the caret in it. */
export async function openComposer(harness: Harness, spec: ComposerSpec, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await harness.open(spec.url, prepare);
  await spec.open(page);
  await spec.editor(page).click();
  return page;
}

/** Types like a user, one key at a time, so the live check runs as it would. */
export async function typeDraft(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

export async function waitUntil<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeout = 5_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

type Post = Omit<Submission, 'at'>;

export const postsFrom = async (page: Page, spec: ComposerSpec): Promise<Post[]> =>
  (await submissions(page)).filter((s) => s.composer === spec.posts).map(({ at: _at, ...post }) => post);

function expected(spec: ComposerSpec, text: string, via: Submission['via']): Post {
  return { composer: spec.posts, text, via, media: spec.withMedia ? 1 : 0 };
}

/**
 * From the user releasing the Post control (the trusted pointerup, as the page saw it: a click happens
 * on release) to the post going out, in ms.
 */
async function pressToPostMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pressedAt = (window as unknown as { __pressedAt?: number }).__pressedAt;
    const post = (window as unknown as FixtureApi).__submissions.at(-1);
    if (pressedAt === undefined || !post) throw new Error('no press or no post recorded');
    return post.at - pressedAt;
  });
}

async function notePresses(page: Page): Promise<void> {
  await page.evaluate(() =>
    window.addEventListener(
      'pointerup',
      (event) => {
        if (event.isTrusted) (window as unknown as { __pressedAt?: number }).__pressedAt = event.timeStamp;
      },
      { capture: true },
    ),
  );
}

const isBlock = (item: { text: string }) => /must fix/i.test(item.text);
/** A finding's own buttons are its fixes, then "Edit". */
export const isFix = (control: DialogControl) => !/^(Edit|Back to editing)$/.test(control.label);

/**
 * Resolves the review the way a careful user would: applies every offered fix, replaces what has no
 * fix but must go (a block) through "Edit", then posts. Returns the labels of the fixes it applied.
 */
export async function resolveReview(page: Page, spec: ComposerSpec, dialog: ReviewDialog): Promise<string[]> {
  const applied: string[] = [];
  for (let round = 0; round < 10; round++) {
    const withFix = dialog.items.find((item) => item.controls.some(isFix));
    if (withFix) {
      const fix = withFix.controls.find(isFix)!;
      const before = dialog.text;
      // The first fix by keyboard only (focus is trapped in the dialog), the rest by mouse.
      if (applied.length === 0) await activateByKeyboard(page, new RegExp(`^${escapeRegExp(fix.label)}$`));
      else await clickControl(page, fix);
      applied.push(fix.label);
      dialog = (await waitUntil('the fix to be applied', () => readReviewDialog(page), (d) => d === null || d.text !== before))!;
      if (!dialog) return applied;
      continue;
    }
    const block = dialog.items.find(isBlock);
    if (block) {
      // No fix offered: "Edit" selects the span in the editor, the user types over it and posts again.
      expect(dialog.controls.some((c) => /post anyway/i.test(c.label)), 'a block must not offer "Post anyway"').toBe(false);
      await clickControl(page, findControl({ ...dialog, controls: block.controls }, /^Edit$/));
      await waitForReviewDialog(page, false);
      await page.keyboard.type(NAME_REPLACEMENT);
      await spec.submit(page).click();
      const reopened = await waitForReviewDialog(page, true, 2_000).catch(() => null);
      if (!reopened) return applied;
      dialog = reopened;
      continue;
    }
    await clickControl(page, findControl(dialog, /^Post( anyway)?$/));
    await waitForReviewDialog(page, false);
    return applied;
  }
  throw new Error(`The review never settled: ${dialog.text}`);
}

/** The review dialog ("Check before you post") is not open; a notice may be, it never holds a post. */
async function expectNoReview(page: Page): Promise<void> {
  expect((await readReviewDialog(page))?.text ?? '').not.toMatch(/Check before you post/);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function composerTests(getHarness: () => Harness, spec: ComposerSpec): void {
  it('posts a clean draft unchanged with no review, even sent the moment the page opens', async () => {
    const page = await openComposer(getHarness(), spec);
    await typeDraft(page, CLEAN_DRAFT.text);
    await spec.submit(page).click();
    // Posted before the packs are ready, it waits for them (at most 5 s, then goes out unchecked).
    const posted = await waitUntil('the post', () => postsFrom(page, spec), (p) => p.length > 0, 8_000);
    expect(posted).toEqual([expected(spec, CLEAN_DRAFT.text, 'click')]);
    await expectNoReview(page);
    await page.close();
  });

  it('posts a clean draft at once, with no delay the user can notice, once the page is being checked', async () => {
    const page = await openComposer(getHarness(), spec);
    // A human types for longer than the packs take to load; the badge shows when they have.
    await typeDraft(page, RISKY_DRAFT.text);
    await waitUntil('a count on the badge', () => badgeText(getHarness(), page), (text) => /^[1-9]\d*$/.test(text));
    await page.keyboard.press('ControlOrMeta+A');
    await typeDraft(page, CLEAN_DRAFT.text);
    await waitUntil('the badge to clear', () => badgeText(getHarness(), page), (text) => text === '');
    await notePresses(page);
    await spec.submit(page).click();
    const posted = await waitUntil('the post', () => postsFrom(page, spec), (p) => p.length > 0);
    expect(posted).toEqual([expected(spec, CLEAN_DRAFT.text, 'click')]);
    await expectNoReview(page);
    expect(await pressToPostMs(page)).toBeLessThan(UNNOTICEABLE_MS);
    await page.close();
  });

  it('holds a draft with a patient name and NHS number, shows the findings, and posts the fixed text', async () => {
    const page = await openComposer(getHarness(), spec);
    await typeDraft(page, RISKY_DRAFT.text);
    await spec.submit(page).click();
    const dialog = await waitForReviewDialog(page);
    expect(await postsFrom(page, spec)).toEqual([]);
    // The findings: each with its excerpt, its one-line message and the policy it comes from.
    expect(dialog!.text).toContain(NHS_NUMBER);
    expect(dialog!.text).toContain(PATIENT_NAME);
    expect(dialog!.text).toMatch(/Policy:/);
    expect(
      dialog!.items.some((item) => item.text.includes(NHS_NUMBER) && item.controls.some(isFix)),
      'the NHS number is listed as a finding with a fix',
    ).toBe(true);

    const applied = await resolveReview(page, spec, dialog!);
    expect(applied.length).toBeGreaterThan(0);
    const posted = await waitUntil('the post', () => postsFrom(page, spec), (p) => p.length > 0);
    expect(posted).toHaveLength(1);
    const text = posted[0]!.text;
    expect(text).not.toContain(NHS_NUMBER);
    expect(text).not.toContain(PATIENT_NAME);
    // The rest of the draft survives the fixes untouched.
    expect(text).toContain('in bay 4');
    expect(text).toContain('finally went home today');
    // Each fix did what its button said: "Replace with “[NHS number removed]”", "Add “Views my own…”".
    for (const label of applied) {
      const promised = /“(.+)”/.exec(label)?.[1];
      if (promised) expect(text).toContain(promised);
    }
    expect(posted[0]!.media).toBe(spec.withMedia ? 1 : 0);
    await page.close();
  });

  it('shows the number of findings on the toolbar badge as the user types, and clears it with the draft', async () => {
    const page = await openComposer(getHarness(), spec);
    await typeDraft(page, RISKY_DRAFT.text);
    const count = await waitUntil('a count on the badge', () => badgeText(getHarness(), page), (text) => /^[1-9]\d*$/.test(text));
    expect(Number(count)).toBeGreaterThanOrEqual(2); // at least the name and the NHS number
    // Typing straight after the page opened must not be met with a false alarm while the packs load.
    expect((await readReviewDialog(page))?.text ?? '').not.toMatch(/unavailable/i);
    await spec.editor(page).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await waitUntil('the badge to clear', () => badgeText(getHarness(), page), (text) => text === '');
    await page.close();
  });

  it('"Edit" closes the review and selects the flagged text, so what the user types replaces it', async () => {
    const page = await openComposer(getHarness(), spec);
    await typeDraft(page, RISKY_DRAFT.text);
    await spec.submit(page).click();
    const dialog = await waitForReviewDialog(page);
    const numberItem = dialog!.items.find((item) => item.text.includes(NHS_NUMBER) && item.controls.some(isFix));
    await clickControl(page, findControl({ ...dialog!, controls: numberItem!.controls }, /^Edit$/));
    await waitForReviewDialog(page, false);
    await page.keyboard.type('[number]');
    const text = await model(page, spec.posts);
    expect(text).toContain('[number]');
    expect(text).not.toContain(NHS_NUMBER);
    expect(text!.startsWith('Mrs Jean Pritchard in bay 4')).toBe(true);
    expect(text!.endsWith('finally went home today.')).toBe(true);
    expect(await postsFrom(page, spec)).toEqual([]);
    await page.close();
  });

  if (spec.submitKey) {
    const key = spec.submitKey;
    it(`posts a clean draft sent with ${key}`, async () => {
      const page = await openComposer(getHarness(), spec);
      await typeDraft(page, CLEAN_DRAFT.text);
      await page.keyboard.press(key);
      const posted = await waitUntil('the post', () => postsFrom(page, spec), (p) => p.length > 0, 8_000);
      expect(posted).toEqual([expected(spec, CLEAN_DRAFT.text, 'keyboard')]);
      await expectNoReview(page);
      await page.close();
    });

    it(`holds a risky draft sent with ${key}; Esc goes back to the draft untouched`, async () => {
      const page = await openComposer(getHarness(), spec);
      await typeDraft(page, RISKY_DRAFT.text);
      await page.keyboard.press(key);
      const dialog = await waitForReviewDialog(page);
      expect(dialog!.text).toContain(NHS_NUMBER);
      await page.keyboard.press('Escape');
      await waitForReviewDialog(page, false);
      expect(await postsFrom(page, spec)).toEqual([]);
      expect(await model(page, spec.posts)).toBe(RISKY_DRAFT.text);
      await page.close();
    });
  }

  it('posts a draft with only warnings, unchanged, after "Post anyway"', async () => {
    const page = await openComposer(getHarness(), spec);
    await typeDraft(page, WARNING_DRAFT.text);
    await spec.submit(page).click();
    const dialog = await waitForReviewDialog(page);
    expect(dialog!.items.length).toBeGreaterThan(0);
    expect(dialog!.items.some(isBlock)).toBe(false);
    expect(await postsFrom(page, spec)).toEqual([]);
    await clickControl(page, findControl(dialog!, /^Post anyway$/));
    const posted = await waitUntil('the post', () => postsFrom(page, spec), (p) => p.length > 0);
    expect(posted).toEqual([expected(spec, WARNING_DRAFT.text, 'click')]);
    await waitForReviewDialog(page, false);
    await page.close();
  });
}

/**
 * One site's e2e file: a browser for the file, the standard tests for each of its composers, the
 * site's own extra tests, and last, that nothing left the browser and no page raised an error.
 */
export function siteSuite(site: FixtureSite['id'], extra?: (getHarness: () => Harness) => void): void {
  let harness: Harness | undefined;
  const getHarness = () => {
    if (!harness) throw new Error('The browser did not start');
    return harness;
  };
  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });
  for (const spec of COMPOSERS.filter((c) => c.site === site)) describe(spec.name, () => composerTests(getHarness, spec));
  extra?.(getHarness);
  describe('the whole run', () => {
    it('sent no request outside the browser and raised no page error', () => {
      expect(getHarness().blockedRequests).toEqual([]);
      expect(getHarness().pageErrors).toEqual([]);
    });
  });
}
