/**
 * The toolbar popup (issue 4): it shows the live findings of the draft being typed in a fixture page,
 * grouped by category with message and policy; switching the tab to Trust mode from the keyboard turns
 * a political warning into a block, in the popup and at the Post button; and the popup and the review
 * dialog have no axe-core violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { COMPOSERS } from './composers';
import { axeViolations, axeViolationsInReviewDialog, openPopup, tabIdOf } from './extension-pages';
import { openComposer, typeDraft } from './flows';
import { launch, submissions, waitForReviewDialog, type Harness } from './harness';
import { RISKY_DRAFT } from './sample-drafts';

/** Pages may take seconds to load their packs on a busy two-core machine: poll, but patiently. */
const SLOW_PAGE = { timeout: 15_000, interval: 100 };

const X_INLINE = COMPOSERS.find((c) => c.name === 'X inline')!;
/** Party politics with a disclaimer: a warning on a personal account, a block on a Trust account. */
const POLITICAL_DRAFT = 'Vote Labour on Thursday, everyone. Views my own.';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** Polls the popup until its verdict matches, re-opening nothing: the popup updates itself while open. */
async function verdictOf(popup: Page, expected: RegExp): Promise<string> {
  const verdict = popup.locator('p.verdict');
  await expect.poll(async () => (await verdict.textContent()) ?? '', SLOW_PAGE).toMatch(expected);
  return (await verdict.textContent()) ?? '';
}

describe('the popup', () => {
  it('shows the findings of the draft being typed, grouped by category, with message and policy', async () => {
    const page = await openComposer(harness, X_INLINE);
    const tabId = await tabIdOf(harness, page);
    const popup = await openPopup(harness, tabId);
    await verdictOf(popup, /Nothing typed yet/);
    expect(await popup.locator('.checking').textContent()).toMatch(/Checking your drafts on X/);
    expect(await popup.locator('legend').textContent()).toMatch(/Posting as: Personal account/);

    await page.bringToFront();
    await X_INLINE.editor(page).click();
    await typeDraft(page, RISKY_DRAFT.text);
    await verdictOf(popup, /must be fixed before posting/);

    const groups = await popup.locator('section.group').evaluateAll((sections) =>
      sections.map((s) => ({
        category: s.querySelector('h3')?.textContent,
        findings: [...s.querySelectorAll('li')].map((li) => li.textContent ?? ''),
      })),
    );
    const patient = groups.find((g) => g.category === 'Patient details');
    expect(patient, JSON.stringify(groups)).toBeDefined();
    expect(patient!.findings.some((f) => /Must fix/i.test(f) && /NHS number/i.test(f) && /Policy: .+§/.test(f))).toBe(true);
    // No draft text in the popup: the message and the policy, never the excerpt.
    expect(await popup.locator('main').textContent()).not.toContain('943 476 5919');
    expect(await popup.locator('main').textContent()).not.toContain('Pritchard');

    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('switches the tab to Trust mode from the keyboard: a political warning becomes a block, there and at Post', async () => {
    const page = await openComposer(harness, X_INLINE);
    await typeDraft(page, POLITICAL_DRAFT);
    const tabId = await tabIdOf(harness, page);
    const popup = await openPopup(harness, tabId);
    await verdictOf(popup, /^1 to think about\.$/);
    expect(await popup.locator('section.group h3').allTextContents()).toEqual(['Politics']);

    // Keyboard only: Tab to the account choice, arrow across to "Trust account".
    for (let i = 0; i < 5 && !(await popup.evaluate(() => document.activeElement?.getAttribute('name') === 'account')); i++) {
      await popup.keyboard.press('Tab');
    }
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowRight');
    await verdictOf(popup, /^1 must be fixed before posting\.$/);
    expect(await popup.locator('legend').textContent()).toMatch(/Posting as: Trust account \(you chose it for this tab\)/);
    expect(await popup.locator('li.finding.block').textContent()).toMatch(/Must fix.*party politics/i);
    expect(await axeViolations(popup)).toEqual([]);

    // The page checks with the tab's mode too: Post is held with a block, and "Post anyway" is not offered.
    await page.bringToFront();
    await X_INLINE.submit(page).click();
    const dialog = (await waitForReviewDialog(page))!;
    expect(dialog.text).toMatch(/must be fixed/i);
    expect(dialog.controls.map((c) => c.label)).not.toContain('Post anyway');
    expect(await submissions(page)).toEqual([]);
    expect(await axeViolationsInReviewDialog(page)).toEqual([]);

    // Back to what the site shows: the warning is a warning again.
    await popup.bringToFront();
    await popup.getByLabel('As detected').check();
    await verdictOf(popup, /^1 to think about\.$/);
    await popup.close();
    await page.close();
  });

  it('says so on a page Postcheck does not check', async () => {
    const page = await harness.open('https://www.example.org/');
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    expect(await popup.locator('p.verdict').textContent()).toMatch(/not checking this page/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('sent no request outside the browser and raised no page error', () => {
    expect(harness.blockedRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
