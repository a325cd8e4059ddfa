import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packFiles, loadPackFile } from '../../src/cli/packs';
import { exampleDraft } from '../../src/engine/examples';
import { analyze } from '../../src/engine/analyze';
import { packJsonSchema } from '../../src/engine/pack-json-schema';

const RULES = new URL('../../rules/', import.meta.url).pathname;

// Every rule's own flag/pass examples, one test each, as ESLint's RuleTester does.
for (const file of packFiles(RULES)) {
  const result = loadPackFile(file);
  describe(`pack ${file.slice(RULES.length)}`, () => {
    it('is valid', () => {
      expect(result.ok ? [] : result.problems).toEqual([]);
    });
    if (!result.ok) return;
    for (const compiled of result.compiled.rules) {
      const { rule } = compiled;
      const only = { pack: result.pack, rules: [{ ...compiled, rule: { ...rule, enabled: true } }] };
      describe(rule.id, () => {
        it.each(rule.examples.flag.map((e) => [exampleDraft(e).text, e]))('flags: %s', (_, example) => {
          expect(analyze(exampleDraft(example), only).map((f) => f.ruleId)).toContain(rule.id);
        });
        it.each(rule.examples.pass.map((e) => [exampleDraft(e).text, e]))('passes: %s', (_, example) => {
          expect(analyze(exampleDraft(example), only).map((f) => f.excerpt)).toEqual([]);
        });
      });
    }
  });
}

describe('rules/pack.schema.json', () => {
  it('is the JSON Schema generated from the pack schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(`${RULES}pack.schema.json`, 'utf8')).toBe(packJsonSchema());
  });
});
