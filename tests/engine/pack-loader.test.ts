import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/engine/pack-loader';
import { formatProblem } from '../../src/engine/pack-problems';

const RULE = `
  - id: rota-moan
    category: grievance
    severity: warn
    message: This airs a work grievance in public; raise it with your manager instead.
    policy: { source: 000_6128475eb12b3fe1.txt, section: "§6" }
    detect: { kind: phrases, terms: [rota is a joke, rota is rubbish] }
    examples:
      flag: [The rota is a joke again., Honestly the rota is rubbish.]
      pass: [New rota software launched today., Lovely day off.]`;

const pack = (rules: string, extra = '') => `id: test-pack
name: Test
version: 1.0.0
owner: IG
lastReviewed: 2026-11-01
${extra}rules:${rules}
`;

function problems(source: string) {
  const result = loadPack(source, 'test.yaml');
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.problems;
}

describe('loadPack', () => {
  it('accepts a well-formed pack', () => {
    const result = loadPack(pack(RULE), 'test.yaml');
    expect(result.ok).toBe(true);
  });

  it('reports a YAML syntax error with its line', () => {
    const [p] = problems(pack(RULE).replace('severity: warn', 'severity: [warn'));
    expect(p.message).toMatch(/YAML/);
    expect(p.line).toBeGreaterThan(5);
  });

  it('names the file, line, rule and field of an unknown field', () => {
    const [p] = problems(pack(RULE.replace('severity: warn', 'severity: warn\n    severty: block')));
    expect(p).toMatchObject({ file: 'test.yaml', line: 10, ruleId: 'rota-moan', field: 'rules[0].severty' });
    expect(formatProblem(p)).toBe('test.yaml:10:5: rule rota-moan field rules[0].severty: unknown field "severty"');
  });

  it('rejects an unknown detector kind, listing the kinds there are', () => {
    const [p] = problems(pack(RULE.replace('kind: phrases', 'kind: phrasez')));
    expect(p.field).toBe('rules[0].detect.kind');
    expect(p.message).toMatch(/phrases.*pattern/);
  });

  it('rejects a rule with fewer than two examples of each kind', () => {
    const [p] = problems(pack(RULE.replace('Honestly the rota is rubbish.', '')));
    expect(p).toMatchObject({ ruleId: 'rota-moan', field: 'rules[0].examples.flag', message: 'needs at least two examples' });
  });

  it('rejects duplicate rule ids at the second rule', () => {
    const [p] = problems(pack(RULE + RULE));
    expect(p).toMatchObject({ field: 'rules[1].id', line: 16 });
    expect(p.message).toMatch(/duplicate rule id/);
  });

  it('rejects a reference to a vocabulary the pack does not define', () => {
    const [p] = problems(pack(RULE.replace('rota is rubbish]', '"@moans"]')));
    expect(p.field).toBe('rules[0].detect.terms[1]');
    expect(p.message).toMatch(/@moans/);
  });

  it('rejects a pattern RE2 cannot run in linear time, instead of risking a hang', () => {
    const [p] = problems(pack(RULE.replace('{ kind: phrases, terms: [rota is a joke, rota is rubbish] }', "{ kind: pattern, regex: '(a+)+\\1' }")));
    expect(p.field).toBe('rules[0].detect.regex');
    expect(p.message).toMatch(/RE2/);
  });

  it('reports an alias to an anchor that does not exist, instead of crashing', () => {
    const [p] = problems(pack(RULE.replace('terms: [rota is a joke, rota is rubbish]', 'terms: *moans')));
    expect(p.file).toBe('test.yaml');
    expect(p.message).toMatch(/YAML error.*moans/);
  });

  it('rejects a missing required field', () => {
    const [p] = problems(pack(RULE.replace(/    message: .*\n/, '')));
    expect(p).toMatchObject({ field: 'rules[0].message' });
    expect(p.message).toMatch(/missing/);
  });

  it('locates a value that fits none of the forms a field allows (severity: a level, or one per account)', () => {
    const [p] = problems(pack(RULE.replace('severity: warn', 'severity: sometimes')));
    expect(p).toMatchObject({ line: 9, ruleId: 'rota-moan', field: 'rules[0].severity' });
    expect(p.message).toMatch(/must be one of: "block", "warn", "info", "off"/);
  });
});
