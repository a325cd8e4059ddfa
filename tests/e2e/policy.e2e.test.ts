/**
 * Trust-wide rollout by browser policy (issue 4): a Chromium managed-policy file for the extension's
 * fixed id sets a rule pack, switches Facebook and one rule off, sets a pre-election period and locks
 * staff settings. Chromium on Linux reads /etc/chromium/policies/managed/*.json at start, and takes an
 * extension's own policy from "3rdparty" → "extensions" → <id> (validated against the extension's
 * storage.managed_schema). The e2e run is root, as CI is; the file is removed afterwards.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/engine/election';
import { COMPOSERS } from './composers';
import { axeViolations, openOptions, openPopup, tabIdOf } from './extension-pages';
import { openComposer, typeDraft } from './flows';
import { EXTENSION_DIR, launch, readReviewDialog, submissions, type Harness } from './harness';
import { RISKY_DRAFT } from './sample-drafts';

/** Pages may take seconds to load their packs on a busy two-core machine: poll, but patiently. */
const SLOW_PAGE = { timeout: 15_000, interval: 100 };

const POLICY_DIR = '/etc/chromium/policies/managed';
/**
 * One file per run: Chromium watches the folder, so a second run removing "its" file at the end would
 * take the policy away from this one mid-run. A file left by a run that died is removed at the start.
 */
const POLICY_FILE = path.join(POLICY_DIR, `postcheck-e2e-${process.pid}.json`);

async function removeFilesOfDeadRuns(): Promise<void> {
  for (const name of await readdir(POLICY_DIR).catch(() => [] as string[])) {
    const pid = Number(/^postcheck-e2e-(\d+)\.json$/.exec(name)?.[1]);
    if (!pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      await rm(path.join(POLICY_DIR, name), { force: true });
    }
  }
}
/** The id README.md gives admins: it follows from the public key in wxt.config.ts. */
const DOCUMENTED_ID = 'donjmndcppcpljapaclipmlpphnjbdfj';

const X_INLINE = COMPOSERS.find((c) => c.name === 'X inline')!;
const FACEBOOK_POST = COMPOSERS.find((c) => c.name === 'Facebook post')!;
/** A rota grievance (its rule is switched off by policy), a car-park complaint (the policy pack's rule), party politics. */
const DRAFT = 'The rota is a joke again, fuming. Car park charges are going up again next month. Vote Labour on Thursday.';

/** Chrome's extension id: the first 128 bits of SHA-256 of the public key, in hex, written with a–p. */
function extensionIdFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function shiftDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return localDate(d);
}

let harness: Harness;
let policyPackName: string;

beforeAll(async () => {
  const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { key?: string };
  if (!manifest.key) throw new Error('The built manifest has no key, so the extension id is not fixed');
  const id = extensionIdFromKey(manifest.key);
  expect(id).toBe(DOCUMENTED_ID);

  const pack = parse(await readFile(fileURLToPath(new URL('./packs/trust-extra.yaml', import.meta.url)), 'utf8')) as Record<string, unknown>;
  pack.name = 'Example Trust policy pack';
  pack.version = '2.0.0';
  policyPackName = `${pack.name as string} 2.0.0`;
  const policy = {
    '3rdparty': {
      extensions: {
        [id]: {
          rulePack: JSON.stringify(pack),
          disabledSites: ['facebook'],
          disabledRules: ['grievance-complaint-about-employer-or-colleagues'],
          preElectionPeriods: [{ name: 'Test election', start: shiftDays(-1), end: shiftDays(1) }],
          trustAccounts: { x: ['@ExampleTrust'] },
          allowStaffSettings: false,
        },
      },
    },
  };
  try {
    await mkdir(POLICY_DIR, { recursive: true });
    await removeFilesOfDeadRuns();
    await writeFile(POLICY_FILE, JSON.stringify(policy, null, 2));
  } catch (error) {
    throw new Error(`Cannot write ${POLICY_FILE} (the e2e run must be root, as CI is): ${(error as Error).message}`);
  }
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
  await rm(POLICY_FILE, { force: true });
});

describe('a managed policy', () => {
  it('reaches the extension through managed storage', async () => {
    expect(harness.extensionId).toBe(DOCUMENTED_ID);
    const managed = await harness.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.managed.get(null),
    );
    expect(managed).toMatchObject({ disabledSites: ['facebook'], allowStaffSettings: false });
  });

  it('is shown locked in the options page', async () => {
    const options = await openOptions(harness);
    await options.getByRole('heading', { name: 'Set by your Trust' }).waitFor();
    const summary = (await options.locator('.policy-list').textContent()) ?? '';
    expect(summary).toContain(`Rule pack: ${policyPackName}`);
    expect(summary).toContain('Not checked: Facebook');
    expect(summary).toContain('Rules switched off: grievance-complaint-about-employer-or-colleagues');
    expect(summary).toMatch(/Test election: .+ to .+\. Political posts from Trust accounts are blocked\./);
    expect(summary).toContain('Staff cannot change their own settings.');

    const packRow = options.locator('table.packs tbody tr', { hasText: 'Example Trust policy pack' });
    expect(await packRow.textContent()).toMatch(/2\.0\.0.*Set by your Trust/);
    const facebook = options.getByLabel('Check my drafts on Facebook');
    expect(await facebook.isChecked()).toBe(false);
    expect(await facebook.isDisabled()).toBe(true);
    expect(await options.getByText('Switched off for Facebook by your Trust.').count()).toBe(1);
    expect(await options.getByLabel('Check my drafts on X').isDisabled()).toBe(true);
    expect(await options.locator('.accounts li', { hasText: '@ExampleTrust' }).textContent()).toMatch(/set by your Trust/);
    expect(await options.getByText('Your Trust sets the rule packs, so packs cannot be imported here.').count()).toBe(1);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('checks with the policy pack, without the rule it switched off, and blocks politics on Trust accounts before the election', async () => {
    const page = await openComposer(harness, X_INLINE);
    await typeDraft(page, DRAFT);
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    await expect.poll(async () => (await popup.locator('li.finding').allTextContents()).join('\n'), SLOW_PAGE).toMatch(/under negotiation with staff-side/);
    const personal = await popup.locator('li.finding').allTextContents();
    expect(personal.some((f) => /Think again.*under negotiation with staff-side/.test(f)), personal.join('\n')).toBe(true);
    expect(personal.some((f) => /Think again.*party politics/.test(f)), personal.join('\n')).toBe(true);
    // The rule that flags the rota grievance on any other day is switched off by the policy.
    expect(personal.join('\n')).not.toMatch(/complaint about your employer/);

    await popup.getByLabel('Trust account').check();
    await expect.poll(async () => popup.locator('li.finding.block').textContent(), SLOW_PAGE).toMatch(/Must fix.*Test election until .*Trust accounts post nothing political/);
    await Promise.all([popup.close(), page.close()]);
  });

  it('does not check a site it switched off: the post goes straight out', async () => {
    const page = await openComposer(harness, FACEBOOK_POST);
    await typeDraft(page, RISKY_DRAFT.text);
    // First make sure the content script has read the policy (not merely still loading).
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    await expect.poll(async () => popup.locator('.checking').textContent(), SLOW_PAGE).toMatch(/Not checking Facebook: switched off by your Trust/);
    expect(await popup.locator('li.finding').count()).toBe(0);
    await page.bringToFront();
    await FACEBOOK_POST.submit(page).click();
    await expect.poll(async () => (await submissions(page)).map((s) => s.text), SLOW_PAGE).toEqual([RISKY_DRAFT.text]);
    expect(await readReviewDialog(page)).toBeNull();
    await Promise.all([popup.close(), page.close()]);
  });

  it('sent no request outside the browser and raised no page error', () => {
    expect(harness.blockedRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
