import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_STAFF_SETTINGS,
  IMPORTED_KEY,
  parseStoredSettings,
  readStoredSettings,
  STAFF_KEY,
  updateStaffSettings,
} from '../../src/storage/settings';
import { trustPack } from './trust-pack';

describe('stored settings', () => {
  it('read as defaults when nothing is stored', () => {
    expect(parseStoredSettings({})).toEqual({ staff: DEFAULT_STAFF_SETTINGS, imported: [], managed: {}, problems: [] });
  });

  it('fall back to defaults for a corrupt value, alone, and say so', () => {
    const stored = parseStoredSettings({
      staff: { sites: { x: { enabled: 'yes' } } },
      imported: [{ pack: trustPack, source: 'a.yaml', importedAt: '2026-11-29T10:00:00Z' }],
    });
    expect(stored.staff).toEqual(DEFAULT_STAFF_SETTINGS);
    expect(stored.imported.map((p) => p.pack.id)).toEqual(['trust-extra']);
    expect(stored.problems).toEqual(['Your saved settings could not be read, so the defaults are in use.']);
  });

  it('drop one unreadable imported pack and keep the others', () => {
    const good = { pack: trustPack, source: 'a.yaml', importedAt: '2026-11-29T10:00:00Z' };
    const stored = parseStoredSettings({ imported: [{ ...good, pack: { ...trustPack, version: 'one' } }, good, 'junk'] });
    expect(stored.imported).toEqual([good]);
    expect(stored.problems).toHaveLength(2);
    expect(parseStoredSettings({ imported: { not: 'a list' } }).imported).toEqual([]);
  });

  it('say which imported pack stopped working and where, as the importer would (a pattern RE2 refuses)', () => {
    const broken = structuredClone(trustPack);
    Object.assign(broken.rules[0]!, { detect: { kind: 'pattern', regex: 'nurse(?! bank)' } });
    const stored = parseStoredSettings({ imported: [{ pack: broken, source: 'trust-extra.yaml', importedAt: '2026-11-29T10:00:00Z' }] });
    expect(stored.imported).toEqual([]);
    expect(stored.problems).toEqual([
      expect.stringMatching(
        new RegExp(`^The imported rule pack from trust-extra\\.yaml is not in use: rule ${broken.rules[0]!.id} field rules\\[0\\]\\.detect\\.regex: not a valid RE2 pattern .+ Fix it and import it again\\.$`),
      ),
    ]);
  });

  it('take each policy on its own: a bad one is ignored with a reason, the rest apply', () => {
    const stored = parseStoredSettings({
      managed: { disabledSites: ['facebook', 'myspace'], disabledRules: ['nhs-core:nhs-number'], allowStaffSettings: false, unknownPolicy: 1 },
    });
    expect(stored.managed).toEqual({ disabledRules: ['nhs-core:nhs-number'], allowStaffSettings: false });
    expect(stored.problems).toEqual(['The Trust\'s policy "disabledSites" is not valid and is ignored.']);
  });

  it('read the policy pack from JSON text, and refuse one that is not JSON, not a pack, or does not compile', () => {
    expect(parseStoredSettings({ managed: { rulePack: JSON.stringify(trustPack) } }).managed.rulePack).toEqual(trustPack);
    const reason = (rulePack: string) => parseStoredSettings({ managed: { rulePack } }).problems[0];
    expect(reason('id: yaml')).toMatch(/rulePack" is ignored: it is not JSON/);
    expect(reason(JSON.stringify({ ...trustPack, version: '1' }))).toMatch(/rulePack" is ignored: field version: must be a version like 1\.2\.0\.$/);
    const badPattern = { ...trustPack, rules: [{ ...trustPack.rules[0], detect: { kind: 'pattern', regex: '(a' } }] };
    expect(reason(JSON.stringify(badPattern))).toContain(
      `The Trust's policy "rulePack" is ignored: rule ${trustPack.rules[0].id} field rules[0].detect.regex: not a valid RE2 pattern (error parsing regexp: missing closing )`,
    );
    // Every problem of a pack wrong in many places would be too many for the options page: the first three, and a count.
    const wrongEverywhere = { ...trustPack, version: 1, owner: 2, lastReviewed: 3, name: 4 };
    expect(reason(JSON.stringify(wrongEverywhere))).toMatch(/field \w+: expected text, not a number; .*; .*; and 1 more\.$/);
  });

  it('are read from sync, local and managed storage, and updated from their latest stored value', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [IMPORTED_KEY]: [{ pack: trustPack, source: 'a.yaml', importedAt: '2026-11-29T10:00:00Z' }] });
    await fakeBrowser.storage.managed.set({ disabledSites: ['linkedin'] });
    await updateStaffSettings((s) => ({ ...s, disabledRules: ['nhs-core:nhs-number'] }));
    await updateStaffSettings((s) => ({ ...s, sites: { x: { enabled: false, trustAccounts: ['@Trust'], bioDisclaimer: true } } }));
    const stored = await readStoredSettings();
    expect(stored.staff).toEqual({ sites: { x: { enabled: false, trustAccounts: ['@Trust'], bioDisclaimer: true } }, disabledRules: ['nhs-core:nhs-number'] });
    expect(stored.imported).toHaveLength(1);
    expect(stored.managed).toEqual({ disabledSites: ['linkedin'] });
    expect((await fakeBrowser.storage.sync.get(STAFF_KEY))[STAFF_KEY]).toEqual(stored.staff);
  });
});

describe('packs read again after a settings change', () => {
  it('are the same objects when their content is the same, so they are not compiled again', () => {
    const entry = { pack: trustPack, source: 'a.yaml', importedAt: '2026-11-29T10:00:00Z' };
    const first = parseStoredSettings({ imported: [structuredClone(entry)], managed: { rulePack: JSON.stringify({ ...trustPack, id: 'policy' }) } });
    const again = parseStoredSettings({ imported: [structuredClone(entry)], managed: { rulePack: JSON.stringify({ ...trustPack, id: 'policy' }) } });
    expect(again.imported[0]!.pack).toBe(first.imported[0]!.pack);
    expect(again.managed.rulePack).toBe(first.managed.rulePack);
    const changed = parseStoredSettings({ imported: [{ ...entry, pack: { ...trustPack, version: '1.0.1' } }] });
    expect(changed.imported[0]!.pack).not.toBe(first.imported[0]!.pack);
  });
});
