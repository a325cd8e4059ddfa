import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { builtInPacks } from '../../src/storage/built-in-packs';
import { compilePacks, loadCheckConfig, PackLoadError } from '../../src/storage/packs';

describe('rule packs bundled into the extension', () => {
  it('bundles every pack in rules/, validated and compiled', async () => {
    const config = await loadCheckConfig(undefined, builtInPacks());
    const files = readdirSync('rules').filter((f) => f.endsWith('.yaml'));
    expect(config.packs.map((p) => `${p.pack.id}.yaml`).sort()).toEqual(files.sort());
    expect(config.defaultAccount).toBe('personal');
    const findings = analyze({ text: 'NHS no 943 476 5919 went home today', platform: 'x', account: 'personal' }, config.packs);
    expect(findings.some((f) => f.category === 'patient-identifier')).toBe(true);
  });

  it('says which file and which field is wrong in a bad pack', () => {
    const bad = () => compilePacks({ '../../rules/broken.yaml': { id: 'broken', name: 'B', version: '1', owner: 'IG', lastReviewed: '2026-11-29', rules: [] } });
    expect(bad).toThrow(PackLoadError);
    expect(bad).toThrow(/rule pack broken\.yaml is not valid: version: must be a version like 1\.2\.0/);
  });
});
