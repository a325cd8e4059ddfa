import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { builtInPacks } from '../../src/storage/built-in-packs';
import { BUILT_IN_PACK_FILES } from '../../src/storage/built-in-pack-files';
import { compilePacks, compilePacksGradually, loadCheckConfig, PackLoadError } from '../../src/storage/packs';

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

  it('compiles gradually, giving the page a turn between rules, to the same packs', async () => {
    // Fresh copies, so nothing comes from the compiled-pack cache.
    const files = structuredClone(BUILT_IN_PACK_FILES) as Record<string, unknown>;
    let turns = 0;
    let inTurn = false;
    const compiled = await compilePacksGradually(files, () => {
      expect(inTurn).toBe(false);
      turns++;
      inTurn = true;
      return Promise.resolve().then(() => void (inTurn = false));
    });
    const ruleIds = (packs: { rules: { rule: { id: string } }[] }[]) => packs.map((p) => p.rules.map((r) => r.rule.id));
    expect(ruleIds(compiled)).toEqual(ruleIds(compilePacks(BUILT_IN_PACK_FILES)));
    expect(turns).toBe(compiled.reduce((n, p) => n + p.rules.length, 0));
    const draft = { text: 'NHS no 943 476 5919 went home today', platform: 'x', account: 'personal' } as const;
    expect(analyze(draft, compiled)).toEqual(analyze(draft, compilePacks(BUILT_IN_PACK_FILES)));
  });

  it('says which file is wrong when a pack compiles gradually', async () => {
    const pack = { id: 'broken', name: 'B', version: '1.0.0', owner: 'IG', lastReviewed: '2026-11-29', rules: [] };
    await expect(compilePacksGradually({ 'rules/broken.yaml': { ...pack, version: '1' } }, () => undefined)).rejects.toThrow(/rule pack broken\.yaml is not valid: version/);
  });
});
