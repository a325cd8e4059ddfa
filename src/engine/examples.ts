import { analyze } from './analyze';
import type { CompiledPack } from './compile';
import type { Example } from './pack';
import type { Draft } from './types';

export interface ExampleFailure {
  packId: string;
  ruleId: string;
  expect: 'flag' | 'pass';
  text: string;
  /** What the rule found (for a `pass` example that was flagged). */
  found: string[];
}

/** Turns an example into a draft: personal X post unless it says otherwise. */
export function exampleDraft(example: Example): Draft {
  const e = typeof example === 'string' ? { text: example } : example;
  return { text: e.text, account: e.account ?? 'personal', platform: e.platform ?? 'x', hasMedia: e.hasMedia };
}

/**
 * Runs every rule's own examples against that rule alone, as ESLint's RuleTester does: a `flag` example
 * must produce a finding of the rule, a `pass` example must produce none. A rule switched off for the
 * example's account counts as not flagging.
 */
export function runExamples(compiled: CompiledPack): { total: number; failures: ExampleFailure[] } {
  const failures: ExampleFailure[] = [];
  let total = 0;
  for (const rule of compiled.rules) {
    const only: CompiledPack = { pack: compiled.pack, rules: [{ ...rule, rule: { ...rule.rule, enabled: true } }] };
    for (const expect of ['flag', 'pass'] as const) {
      for (const example of rule.rule.examples[expect]) {
        total++;
        const draft = exampleDraft(example);
        const found = analyze(draft, only);
        if ((found.length > 0) !== (expect === 'flag')) {
          failures.push({ packId: compiled.pack.id, ruleId: rule.rule.id, expect, text: draft.text, found: found.map((f) => f.excerpt) });
        }
      }
    }
  }
  return { total, failures };
}
