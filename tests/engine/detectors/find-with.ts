import { loadPackFile } from '../../../src/cli/packs';
import { analyze } from '../../../src/engine/analyze';
import { PackSchema } from '../../../src/engine/pack';
import type { Account, Finding } from '../../../src/engine/types';

const core = loadPackFile(new URL('../../../rules/nhs-core.yaml', import.meta.url).pathname);
if (!core.ok) throw new Error(`rules/nhs-core.yaml does not load: ${JSON.stringify(core.problems)}`);

/** The NHS core pack's vocabularies, so detector tests can use `@first-names`, `@acronyms`, `@care-context`… */
export const CORE_VOCABULARIES = core.pack.vocabularies ?? {};

/**
 * A one-rule pack around a `detect:` block, and a function that checks a draft with it: what it finds is what
 * the detector finds (offsets mapped back to the draft, as a user sees them).
 */
export function findWith(detect: Record<string, unknown>): (text: string, account?: Account) => Finding[] {
  const pack = PackSchema.parse({
    id: 'detector-test',
    name: 'Detector test',
    version: '1.0.0',
    owner: 'tests',
    lastReviewed: '2026-11-29',
    vocabularies: CORE_VOCABULARIES,
    rules: [
      {
        id: 'under-test',
        category: 'patient-identifier',
        severity: 'warn',
        message: 'The detector under test found this.',
        policy: { source: '002_dcdf6692878fa8bd.txt', section: '§5.5.1' },
        detect,
        examples: { flag: ['a', 'b'], pass: ['c', 'd'] },
      },
    ],
  });
  return (text, account = 'personal') => analyze({ text, account, platform: 'x' }, pack);
}

/** The excerpts (the text as the user typed it) a detector finds in a draft. */
export function excerptsWith(detect: Record<string, unknown>): (text: string) => string[] {
  const find = findWith(detect);
  return (text) => find(text).map((f) => f.excerpt);
}
