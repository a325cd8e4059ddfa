import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPackFile, packFiles } from '../../src/cli/packs';
import { analyze } from '../../src/engine/analyze';
import type { CompiledPack } from '../../src/engine/compile';
import type { Account, Category, Platform } from '../../src/engine/types';
import { score } from '../../src/eval/score';

// Accuracy is a product feature: these are the acceptance bars, measured the same way `npm run eval` does.
const ROOT = new URL('../../', import.meta.url).pathname;
const packs = packFiles(`${ROOT}rules/`).map((file) => {
  const result = loadPackFile(file);
  if (!result.ok) throw new Error(`${file} is not a valid pack`);
  return result.compiled;
}) satisfies CompiledPack[];

interface Labelled {
  id: string;
  text: string;
  platform: Platform;
  account: Account;
  expect: Category[];
}

function evaluate(file: string) {
  const drafts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Labelled);
  const findings = new Map(drafts.map((d) => [d.id, analyze(d, packs)]));
  return score(drafts, findings);
}

const DEV = `${ROOT}../shared/corpus/dev.jsonl`;

describe.runIf(existsSync(DEV))('the shared labelled corpus (dev.jsonl)', () => {
  const report = evaluate(DEV);
  it('macro-F1 is at least 0.90 over the five core categories and 0.85 over all eleven', () => {
    expect(report.macroF1Core).toBeGreaterThanOrEqual(0.9);
    expect(report.macroF1All).toBeGreaterThanOrEqual(0.85);
  });
  it('at most 3 % of clean drafts get a warn or block', () => {
    expect(report.cleanFlagged.length / report.cleanDrafts).toBeLessThanOrEqual(0.03);
  });
});
