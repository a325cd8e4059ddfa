/**
 * The options page (issue 4): staff settings work from the keyboard and reach the page being checked;
 * importing a broken pack shows every problem with line, rule and field and keeps the pack in use;
 * importing a good pack is previewed, switched on, and changes what the playground flags; no axe-core
 * violations along the way.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadPack } from '../../src/engine/pack-loader';
import { COMPOSERS } from './composers';
import { axeViolations, openOptions, openPopup, tabIdOf } from './extension-pages';
import { openComposer, typeDraft } from './flows';
import { launch, type Harness } from './harness';

/** Pages may take seconds to load their packs on a busy two-core machine: poll, but patiently. */
const SLOW_PAGE = { timeout: 15_000, interval: 100 };

const PACKS = fileURLToPath(new URL('./packs/', import.meta.url));
const X_INLINE = COMPOSERS.find((c) => c.name === 'X inline')!;
/** Flagged by nothing built in; flagged by the car-park rule of tests/e2e/packs/trust-extra.yaml. */
const CAR_PARK_DRAFT = 'Car park charges are going up again next month.';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

async function storage(area: 'sync' | 'local', key: string): Promise<unknown> {
  return harness.serviceWorker.evaluate(
    async ([a, k]) => (await (globalThis as unknown as { chrome: { storage: Record<string, { get(k: string): Promise<Record<string, unknown>> }> } }).chrome.storage[a]!.get(k))[k],
    [area, key] as const,
  );
}

async function packRows(options: Page): Promise<string[]> {
  return options.locator('table.packs tbody tr').allTextContents();
}

async function playground(options: Page, text: string): Promise<string> {
  await options.getByLabel('Draft', { exact: true }).fill(text);
  return (await options.locator('#playground-heading ~ p[role=status]').textContent()) ?? '';
}

describe('the options page', () => {
  it('has no axe-core violations, and a site can be switched off from the keyboard, live in an open tab', async () => {
    const page = await openComposer(harness, X_INLINE);
    await typeDraft(page, 'The rota is a joke again, fuming.');
    const options = await openOptions(harness);
    expect(await axeViolations(options)).toEqual([]);

    // Keyboard only: Tab to "Check my drafts on X", Space to untick it.
    for (let i = 0; i < 10; i++) {
      await options.keyboard.press('Tab');
      if (await options.evaluate(() => (document.activeElement?.parentElement?.textContent ?? '').includes('Check my drafts on X'))) break;
    }
    await options.keyboard.press('Space');
    await expect.poll(() => storage('sync', 'staffSettings'), SLOW_PAGE).toMatchObject({ sites: { x: { enabled: false } } });
    expect(await options.getByLabel('Check my drafts on X').isChecked()).toBe(false);

    // The open X tab follows at once: checking is off there, and its findings are gone.
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    await expect.poll(async () => popup.locator('.checking').textContent(), SLOW_PAGE).toMatch(/Not checking X: you switched it off/);
    expect(await popup.locator('li.finding').count()).toBe(0);

    await options.bringToFront();
    await options.getByLabel('Check my drafts on X').check();
    await popup.reload();
    await expect.poll(async () => popup.locator('.checking').textContent(), SLOW_PAGE).toMatch(/Checking your drafts on X/);
    expect(await popup.locator('li.finding').count()).toBeGreaterThan(0);
    await Promise.all([popup.close(), page.close(), options.close()]);
  });

  it('shows every problem of a broken pack with line, rule and field, and keeps the pack in use', async () => {
    const options = await openOptions(harness);
    const before = await packRows(options);
    await options.getByLabel('Pack file (.yaml, .yml or .json)').setInputFiles(`${PACKS}broken-pack.yaml`);
    const alert = options.locator('.problems[role=alert]');
    await alert.waitFor();
    expect(await alert.locator('h3').textContent()).toMatch(/broken-pack\.yaml cannot be used: 2 problems\. The pack in use has not changed\./);
    expect(await alert.locator('li').allTextContents()).toEqual([
      'line 4, field version: must be a version like 1.2.0',
      'line 10, rule car-park-charges, field rules[0].severity: must be one of: "block", "warn", "info", "off"',
    ]);
    expect(await options.getByRole('button', { name: 'Switch it on' }).count()).toBe(0);
    expect(await packRows(options)).toEqual(before);
    expect(await storage('local', 'importedPacks')).toBeUndefined();
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('previews a good pack, switches it on, and the playground then flags what it covers', async () => {
    const options = await openOptions(harness);
    expect(await playground(options, CAR_PARK_DRAFT)).toBe('Nothing found.');

    const yaml = await readFile(`${PACKS}trust-extra.yaml`, 'utf8');
    await options.getByLabel('Or paste the pack').fill(yaml);
    await options.getByRole('button', { name: 'Check pasted pack' }).click();
    const preview = options.locator('.preview');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/The pasted pack is a valid pack: Trust extras 1\.0\.0/);
    expect(await preview.textContent()).toMatch(/It would be added as a new pack/);
    expect(await preview.locator('h4').allTextContents()).toEqual(['Rules added (1)']);
    expect(await axeViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Switch it on' }).click();
    await options.getByText('Trust extras 1.0.0 is switched on.').waitFor();
    expect((await packRows(options)).some((row) => /Trust extras.*1\.0\.0.*Example Trust IG team.*2026-11-01.*Imported/.test(row))).toBe(true);

    expect(await playground(options, CAR_PARK_DRAFT)).toBe('1 finding.');
    expect(await options.locator('.playground-findings li').textContent()).toMatch(/Think again.*car-park-charges.*under negotiation with staff-side/);

    // A new version that makes it a block is previewed as a severity change before it replaces the first.
    await options.getByLabel('Or paste the pack').fill(yaml.replace('version: 1.0.0', 'version: 1.1.0').replace('severity: warn', 'severity: block'));
    await options.getByRole('button', { name: 'Check pasted pack' }).click();
    await expect.poll(async () => options.locator('.preview').textContent(), SLOW_PAGE).toMatch(/It would replace Trust extras 1\.0\.0/);
    expect(await options.locator('.preview .changes').allTextContents()).toEqual(['car-park-charges: warn → block']);
    await options.getByRole('button', { name: 'Switch it on' }).click();
    await options.getByText('Trust extras 1.1.0 is switched on.').waitFor();
    await playground(options, '');
    expect(await playground(options, CAR_PARK_DRAFT)).toBe('1 finding.');
    expect(await options.locator('.playground-findings li').textContent()).toMatch(/Must fix/);

    // The rule can be switched off on its own: the playground stops flagging it.
    await options.getByText('Rules of Trust extras').click();
    await options.getByLabel(/car-park-charges/).uncheck();
    await expect.poll(() => storage('sync', 'staffSettings'), SLOW_PAGE).toMatchObject({ disabledRules: ['trust-extra:car-park-charges'] });
    await playground(options, '');
    expect(await playground(options, CAR_PARK_DRAFT)).toBe('Nothing found.');
    await options.close();
  });

  it('exports a pack as YAML that imports again unchanged', async () => {
    const options = await openOptions(harness);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export NHS core rules as YAML' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^nhs-core-\d+\.\d+\.\d+\.yaml$/);
    const exported = loadPack(await readFile((await download.path())!, 'utf8'), download.suggestedFilename());
    const original = loadPack(await readFile('rules/nhs-core.yaml', 'utf8'), 'nhs-core.yaml');
    expect(exported.ok && original.ok && exported.pack).toEqual(original.ok && original.pack);
    await options.close();
  });

  it('sent no request outside the browser and raised no page error', () => {
    expect(harness.blockedRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
