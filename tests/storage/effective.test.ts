import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { compiledForSite, effectiveSettings } from '../../src/storage/effective';
import { parseStoredSettings } from '../../src/storage/settings';
import { trustPack } from './trust-pack';

const builtIn = [{ ...trustPack, id: 'nhs-core', name: 'NHS core' }];
const imported = [{ pack: { ...trustPack, version: '2.0.0' }, source: 'a.yaml', importedAt: '2026-11-29T10:00:00Z' }];
const settings = (raw: Parameters<typeof parseStoredSettings>[0]) => effectiveSettings(parseStoredSettings(raw), builtIn);
const ruleIds = (text: string, site: 'x' | 'facebook', s: ReturnType<typeof settings>, account: 'personal' | 'trust' = 'personal') =>
  analyze({ text, platform: site, account }, compiledForSite(s, site), { preElection: s.preElection }).map((f) => `${f.ruleId}:${f.severity}`);

describe('the settings in force', () => {
  it('are the defaults with nothing stored: every site on, built-in packs, no Trust accounts', () => {
    const s = settings({});
    expect(s.staffMayChange).toBe(true);
    expect(s.sites.x).toEqual({ enabled: true, disabledByPolicy: false, trustAccounts: [], bioDisclaimer: false });
    expect(s.packs.map((p) => [p.pack.id, p.source])).toEqual([['nhs-core', 'built-in']]);
  });

  it('apply what staff chose: sites off, Trust accounts, bio disclaimer, rules off, imported packs', () => {
    const s = settings({
      staff: { sites: { x: { enabled: false }, facebook: { trustAccounts: ['@Trust'], bioDisclaimer: true } }, disabledRules: ['trust-extra:car-park'] },
      imported,
    });
    expect(s.sites.x.enabled).toBe(false);
    expect(s.sites.facebook.trustAccounts).toEqual([{ handle: '@Trust', byPolicy: false }]);
    expect(s.packs.map((p) => `${p.pack.id} ${p.pack.version} ${p.source}`)).toEqual(['nhs-core 1.0.0 built-in', 'trust-extra 2.0.0 imported']);
    expect(s.ruleOff('trust-extra', 'car-park')).toBe('you');
    expect(s.ruleOff('nhs-core', 'car-park')).toBeUndefined();
    // On Facebook the bio carries the disclaimer: no missing-disclaimer finding; car-park is off in trust-extra only.
    expect(ruleIds('Car park charges on my ward', 'facebook', s)).toEqual(['car-park:warn']);
    expect(ruleIds('Car park charges on my ward', 'x', s)).toEqual(['car-park:warn', 'no-disclaimer:warn', 'no-disclaimer:warn']);
  });

  it('let the policy win, and mark what it decided', () => {
    const s = settings({
      staff: { sites: { facebook: { enabled: true, trustAccounts: ['trust', 'me'] } }, disabledRules: [] },
      imported,
      managed: {
        rulePack: JSON.stringify({ ...trustPack, version: '9.0.0' }),
        disabledSites: ['facebook'],
        disabledRules: ['car-park'],
        trustAccounts: { facebook: ['@Trust'] },
        preElectionPeriods: [{ name: 'Election', start: '2027-04-20', end: '2027-05-06' }],
      },
    });
    expect(s.sites.facebook).toMatchObject({ enabled: false, disabledByPolicy: true });
    // A staff entry that repeats a policy one ("trust" is "@Trust") is shown once, as the policy's.
    expect(s.sites.facebook.trustAccounts).toEqual([
      { handle: '@Trust', byPolicy: true },
      { handle: 'me', byPolicy: false },
    ]);
    expect(s.packs.find((p) => p.pack.id === 'trust-extra')).toMatchObject({ source: 'policy', pack: { version: '9.0.0' } });
    expect(s.ruleOff('nhs-core', 'car-park')).toBe('policy');
    expect(s.preElection).toEqual([{ name: 'Election', start: '2027-04-20', end: '2027-05-06' }]);
  });

  it('ignore what staff chose when the policy says they may not change their settings', () => {
    const s = settings({
      staff: { sites: { x: { enabled: false, bioDisclaimer: true, trustAccounts: ['me'] } }, disabledRules: ['nhs-core:car-park'] },
      imported,
      managed: { allowStaffSettings: false },
    });
    expect(s.staffMayChange).toBe(false);
    expect(s.sites.x).toEqual({ enabled: true, disabledByPolicy: false, trustAccounts: [], bioDisclaimer: false });
    expect(s.ruleOff('nhs-core', 'car-park')).toBeUndefined();
    expect(s.packs.map((p) => p.source)).toEqual(['built-in']);
  });

  it('reuse the compiled pack when a site leaves no rule out', () => {
    const s = settings({});
    expect(compiledForSite(s, 'x')[0]).toBe(compiledForSite(s, 'x')[0]);
    const off = settings({ staff: { disabledRules: ['nhs-core:vote'] } });
    expect(compiledForSite(off, 'x')[0]!.rules.map((r) => r.rule.id)).toEqual(['car-park', 'no-disclaimer']);
  });
});
