import { compilePack, PackSchema, type CompiledPack } from '../../src/engine';

/** A rule for a test pack: id, category, severity, message and detect are the test's; the rest is filled in. */
export type TestRule = Record<string, unknown> & { id: string; category: string; severity: string; message: string; detect: object };

/** The raw data of a one-off pack, as it would arrive from YAML. */
export function testPackData(rules: TestRule[]) {
  return {
    id: 'test',
    name: 'Test',
    version: '1.0.0',
    owner: 'IG',
    lastReviewed: '2026-11-29',
    rules: rules.map((rule) => ({
      policy: { source: '001_a2aaa61759ac3d9f.txt', section: '§3.8' },
      examples: { flag: ['a', 'b'], pass: ['c', 'd'] },
      ...rule,
    })),
  };
}

export function testPack(rules: TestRule[]): CompiledPack {
  return compilePack(PackSchema.parse(testPackData(rules)));
}

/** A patient's surname (a block, with a one-click fix) and party politics (a warning, no fix). */
export const SURNAME: TestRule = {
  id: 'surname',
  category: 'patient-identifier',
  severity: 'block',
  message: 'This names a patient; remove the name.',
  detect: { kind: 'phrases', terms: ['Smith'] },
  fix: { replace: '[name removed]' },
};
export const PARTY: TestRule = {
  id: 'party',
  category: 'political',
  severity: 'warn',
  message: 'This reads as party politics; think again.',
  detect: { kind: 'phrases', terms: ['Tories'] },
};
