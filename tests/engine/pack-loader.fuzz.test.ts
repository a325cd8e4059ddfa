import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parse, parseDocument, stringify } from 'yaml';
import { loadPack, MAX_NESTING } from '../../src/engine/pack-loader';
import { formatProblem, type LoadResult, type PackProblem } from '../../src/engine/pack-problems';

// Whatever an IG lead imports or lints, a file that is not a good pack is refused with problems that
// say where (file, line, rule, field) and what, in words; the loader never throws and never answers
// a bad pack with an empty list. Starting points: the NHS core pack and a small pack of a Trust's own.

const ROOT = new URL('../../', import.meta.url).pathname;
const CORE = readFileSync(`${ROOT}rules/nhs-core.yaml`, 'utf8');
const SMALL = `id: trust-extra
name: Trust extras
version: 1.0.0
owner: Example Trust IG team
lastReviewed: 2026-11-01
vocabularies:
  car-park: [car park charges, parking charges]
rules:
  - id: car-park-charges
    category: grievance
    severity: { personal: warn, trust: block }
    message: Car park charges are under negotiation with staff-side; raise concerns there.
    policy: { source: 000_6128475eb12b3fe1.txt, section: §6 }
    detect: { kind: phrases, terms: ['@car-park'] }
    unless: { terms: [staff-side], within: 5 }
    examples:
      flag: [Car park charges are going up again., The parking charges are a scandal.]
      pass: [Parked at the park and ride today., The car park was full again.]
  - id: locker-codes
    category: confidential
    severity: block
    message: Door and locker codes must never be posted; remove the code.
    policy: { source: 000_6128475eb12b3fe1.txt, section: §7 }
    detect: { kind: pattern, regex: 'locker code:? ?\\d{4}' }
    fix: { replace: '[code removed]' }
    when: { platforms: [x, facebook] }
    examples:
      flag: [Locker code 1234 if anyone needs it., 'locker code: 9876 thanks']
      pass: [New lockers arrive Monday., The locker room is being painted.]
`;

type PackData = { rules: Record<string, unknown>[] } & Record<string, unknown>;
const BASES: Record<'small' | 'core', PackData> = { small: parse(SMALL) as PackData, core: parse(CORE) as PackData };
const base = fc.constantFrom<keyof typeof BASES>('small', 'small', 'small', 'core');
const format = fc.constantFrom<'yaml' | 'json'>('yaml', 'json');

/** A copy to change freely (JSON, so YAML aliases in the core pack become separate objects). */
const copy = (data: unknown): PackData => JSON.parse(JSON.stringify(data)) as PackData;
const write = (data: unknown, as: 'yaml' | 'json') => (as === 'json' ? JSON.stringify(data, null, 2) : stringify(data));
const fileFor = (as: 'yaml' | 'json') => `imported.${as}`;

/** What every refusal must look like. Returns the problems for further checks. */
function expectClearProblems(source: string, file: string, result: LoadResult): PackProblem[] {
  expect(result.ok, 'the broken pack was accepted').toBe(false);
  if (result.ok) return [];
  expect(result.problems.length, 'refused without a single problem').toBeGreaterThan(0);
  const lineCount = source.split(/\r\n|\r|\n/).length;
  for (const p of result.problems) {
    const said = formatProblem(p);
    expect(p.file).toBe(file);
    expect(said.startsWith(`${file}:`)).toBe(true);
    expect(p.message.trim().length, said).toBeGreaterThan(5);
    expect(p.message, said).not.toMatch(/\[object \w+\]|Invalid input/);
    if (source !== '') expect(p.line, `${said}: no line`).toBeDefined();
    if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lineCount, `${said}: line out of the file`).toBe(true);
    // Only a fault in the file as a whole (its syntax, its shape) has no field to name.
    if (p.field === '') expect(p.message, said).toMatch(/^(YAML|duplicate key|nested|the file)/);
    if (p.field.startsWith('rules[')) expect(p.ruleId, `${said}: no rule`).toBeTruthy();
  }
  return result.problems;
}

/** The lines rules[i] spans in a file, for checking that a problem points inside it. */
function ruleLines(source: string, i: number): [number, number] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const range = (doc.getIn(['rules', i], true) as { range: [number, number, number] }).range;
  return [lines.linePos(range[0]).line, lines.linePos(Math.max(range[0], range[2] - 1)).line];
}

/** Changes one rule of a base pack, writes it out and loads it; says which rule it was. */
function withRule(which: keyof typeof BASES, as: 'yaml' | 'json', pick: number, change: (rule: Record<string, unknown>, data: PackData, index: number) => void) {
  const data = copy(BASES[which]);
  const index = pick % data.rules.length;
  const id = data.rules[index].id as string;
  change(data.rules[index], data, index);
  const source = write(data, as);
  return { source, file: fileFor(as), index, id, result: loadPack(source, fileFor(as)) };
}

/** Expects one problem located at rules[index] (its line inside the rule) whose field starts with `field`. */
function expectAtRule(r: ReturnType<typeof withRule>, field: string, ruleId: string, message?: RegExp) {
  const problems = expectClearProblems(r.source, r.file, r.result);
  const hit = problems.find((p) => p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`));
  expect(hit, `no problem at ${field}: ${problems.map(formatProblem).join(' | ')}`).toBeDefined();
  expect(hit!.ruleId).toBe(ruleId);
  const [first, last] = ruleLines(r.source, r.index);
  expect(hit!.line, formatProblem(hit!)).toBeGreaterThanOrEqual(first);
  expect(hit!.line, formatProblem(hit!)).toBeLessThanOrEqual(last);
  if (message) expect(hit!.message).toMatch(message);
}

const RULE_FIELDS = ['id', 'category', 'severity', 'message', 'policy', 'detect', 'examples'] as const;
const TOP_FIELDS = ['id', 'name', 'version', 'owner', 'lastReviewed', 'rules'] as const;
const KINDS = ['phrases', 'pattern', 'near', 'require-phrase', 'any', 'all', 'evidence', 'care-context-name', 'chi-number', 'date-of-birth', 'email', 'hc-number', 'hospital-number', 'jigsaw', 'nhs-number', 'patient-initials', 'patient-photo', 'phone', 'postcode', 'street-address'];
/** Patterns RE2 cannot take (look-arounds, back-references, atomic groups…) or that are not patterns at all. */
const PATTERNS_RE2_REFUSES = [
  '(?=a)b', '(?!a)b', '(?<=a)b', '(?<!a)b', '(a)\\1', '(?<n>a)\\k<n>', '(?>a)', '(?(1)a|b)', '(?R)', 'a++',
  '(a', 'a)', '[z-a]', '*a', 'a**', 'a{2,1}', 'a{1001}', '\\', '(?<name', '\\p{Nope}', '\\Z',
];
const REGEX_PROBLEM = /not a valid RE2 pattern.*look-arounds and back-references are not allowed|matches empty text/;

describe('the pack loader refuses a pack with a fault in one rule, naming the rule, field and line', () => {
  it('a required field deleted from a rule', () => {
    fc.assert(
      fc.property(base, format, fc.nat(), fc.constantFrom(...RULE_FIELDS), (which, as, pick, field) => {
        const r = withRule(which, as, pick, (rule) => delete rule[field]);
        expectAtRule(r, `rules[${r.index}].${field}`, field === 'id' ? `#${r.index + 1}` : r.id, /missing/);
      }),
      { numRuns: 25 },
    );
  });

  it('a rule field of the wrong type', () => {
    const notText = fc.constantFrom<unknown>(42, true, null, [1, 2], { a: 1 });
    const notFields = fc.constantFrom<unknown>(42, true, null, [1, 2], 'some text');
    fc.assert(
      fc.property(base, format, fc.nat(), fc.constantFrom(...RULE_FIELDS), notText, notFields, (which, as, pick, field, text, fields) => {
        const value = ['policy', 'detect', 'examples'].includes(field) ? fields : text;
        const r = withRule(which, as, pick, (rule) => (rule[field] = value));
        expectAtRule(r, `rules[${r.index}].${field}`, field === 'id' ? `#${r.index + 1}` : r.id);
      }),
      { numRuns: 25 },
    );
  });

  it('an unknown detector kind, listing the kinds there are', () => {
    const unknownKind = fc.stringMatching(/^[a-z][a-z-]{0,15}$/).filter((k) => !KINDS.includes(k));
    fc.assert(
      fc.property(base, format, fc.nat(), unknownKind, (which, as, pick, kind) => {
        const r = withRule(which, as, pick, (rule) => ((rule.detect as Record<string, unknown>).kind = kind));
        expectAtRule(r, `rules[${r.index}].detect.kind`, r.id, /unknown kind; use one of: phrases, pattern/);
      }),
      { numRuns: 20 },
    );
  });

  it('a pattern RE2 refuses (look-around, back-reference, bad syntax) or one that matches empty text', () => {
    fc.assert(
      fc.property(base, format, fc.nat(), fc.constantFrom(...PATTERNS_RE2_REFUSES, 'a*', '^', '(?:)'), (which, as, pick, regex) => {
        const r = withRule(which, as, pick, (rule) => (rule.detect = { kind: 'pattern', regex }));
        expectAtRule(r, `rules[${r.index}].detect.regex`, r.id, REGEX_PROBLEM);
      }),
      { numRuns: 25 },
    );
  });

  it('a reference to a vocabulary the pack does not define', () => {
    const name = fc.stringMatching(/^[a-z][a-z-]{0,20}$/);
    fc.assert(
      fc.property(base, format, fc.nat(), name, (which, as, pick, vocabulary) => {
        const defined = Object.keys((BASES[which].vocabularies as object | undefined) ?? {});
        fc.pre(!defined.includes(vocabulary));
        const r = withRule(which, as, pick, (rule) => (rule.detect = { kind: 'phrases', terms: ['car park', `@${vocabulary}`] }));
        expectAtRule(r, `rules[${r.index}].detect.terms[1]`, r.id, new RegExp(`vocabulary "@${vocabulary}"`));
      }),
      { numRuns: 20 },
    );
  });

  it('a rule id used twice, at the second rule', () => {
    fc.assert(
      fc.property(base, format, fc.nat(), fc.nat(), (which, as, a, b) => {
        const count = BASES[which].rules.length;
        const [first, second] = [a % count, b % count].sort((x, y) => x - y);
        fc.pre(first !== second);
        const id = BASES[which].rules[first].id as string;
        const r = withRule(which, as, second, (rule) => (rule.id = id));
        expectAtRule(r, `rules[${second}].id`, id, /duplicate rule id/);
      }),
      { numRuns: 15 },
    );
  });

  it('a key written twice in a rule, as a duplicate key at its line', () => {
    fc.assert(
      fc.property(base, fc.nat(), fc.constantFrom('category', 'message', 'severity'), (which, pick, key) => {
        const data = copy(BASES[which]);
        const index = pick % data.rules.length;
        const lines = stringify(data).split('\n');
        const [first, last] = ruleLines(lines.join('\n'), index);
        // The key written again as the rule's last line, at the rule's indentation.
        const indent = lines[first - 1].indexOf('- ') + 2;
        lines.splice(last, 0, `${' '.repeat(indent)}${key}: again`);
        const source = lines.join('\n');
        const [p] = expectClearProblems(source, 'dup.yaml', loadPack(source, 'dup.yaml'));
        expect(p).toMatchObject({ line: last + 1, ruleId: data.rules[index].id, field: `rules[${index}].${key}` });
        expect(p.message).toMatch(/^duplicate key/);
      }),
      { numRuns: 15 },
    );
  });
});

describe('the pack loader refuses a broken pack file as a whole, with its line', () => {
  it('a required top-level field deleted', () => {
    fc.assert(
      fc.property(base, format, fc.constantFrom(...TOP_FIELDS), (which, as, field) => {
        const data = copy(BASES[which]);
        delete data[field];
        const source = write(data, as);
        const problems = expectClearProblems(source, fileFor(as), loadPack(source, fileFor(as)));
        expect(problems.find((p) => p.field === field)?.message).toMatch(/required field is missing/);
      }),
      { numRuns: 15 },
    );
  });

  it('YAML syntax errors dropped anywhere, cut-off files and random bytes: never a throw, never an empty list', () => {
    const smallLines = SMALL.split('\n');
    const broken = fc.oneof(
      // Stray YAML punctuation at the start or end of a random line.
      fc.tuple(fc.nat(smallLines.length - 1), fc.constantFrom('[', '{', ']', '"', "'", ': :', '- : -', '\t', '&', '*', '!!', '%', '@', '`', '? ', '|', '>', '---', '...'), fc.boolean()).map(([n, junk, atEnd]) =>
        smallLines.map((line, i) => (i === n ? (atEnd ? line + junk : junk + line) : line)).join('\n'),
      ),
      // The file cut off anywhere (a failed download, a paste cut short).
      fc.nat(SMALL.length - 1).map((n) => SMALL.slice(0, n)),
      fc.nat(CORE.length - 1).map((n) => CORE.slice(0, n)),
      // Random bytes, read as UTF-8 (with replacement characters) or as Latin-1.
      fc.tuple(fc.uint8Array({ maxLength: 3000 }), fc.boolean()).map(([bytes, utf8]) => new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(bytes)),
      // Random text and random JSON or YAML values.
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.object().map((v) => stringify(v)),
    );
    fc.assert(
      fc.property(broken, (source) => {
        const result = loadPack(source, 'broken.yaml');
        // A cut that falls just after a complete rule can leave a good pack; anything else is refused clearly.
        if (!result.ok) expectClearProblems(source, 'broken.yaml', result);
      }),
      { numRuns: 300 },
    );
  });

  it('any value put anywhere in a good pack: never a throw, and a refusal names a field in the pack', () => {
    const paths = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
      typeof value !== 'object' || value === null ? [at] : [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, Array.isArray(value) ? Number(k) : k]))];
    const smallPaths = paths(BASES.small).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...smallPaths), fc.jsonValue({ maxDepth: 3 }), format, (path, value, as) => {
        const data = copy(BASES.small);
        let parent: Record<string | number, unknown> = data;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path.at(-1)!] = value;
        const source = write(data, as);
        const result = loadPack(source, fileFor(as));
        if (!result.ok) expectClearProblems(source, fileFor(as), result);
      }),
      { numRuns: 200 },
    );
  });

  it('an empty file, a file of only comments, a list or a word instead of a pack', () => {
    for (const source of ['', '   \n', '# just a comment\n', 'null', '- id: x\n- id: y\n', 'hello', '42']) {
      const [p] = expectClearProblems(source, 'odd.yaml', loadPack(source, 'odd.yaml'));
      expect(p.message).toMatch(/^the file (has no fields|holds (a list|text|a number)); a rule pack is a set of fields/);
    }
  });

  it('a second YAML document, an alias to a missing anchor, and aliases that expand without end, each at its line', () => {
    const secondDoc = `${SMALL}---\nid: another\n`;
    expect(expectClearProblems(secondDoc, 'two.yaml', loadPack(secondDoc, 'two.yaml'))[0]).toMatchObject({ line: SMALL.split('\n').length });
    const alias = SMALL.replace("terms: ['@car-park']", 'terms: *parking');
    const [missing] = expectClearProblems(alias, 'alias.yaml', loadPack(alias, 'alias.yaml'));
    expect(missing).toMatchObject({ line: 14, ruleId: 'car-park-charges', field: 'rules[0].detect.terms' });
    expect(missing.message).toMatch(/YAML error: .*parking/);
    // "Billion laughs": each list is ten of the one before.
    const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
    const [bomb] = expectClearProblems(laughs, 'laughs.yaml', loadPack(laughs, 'laughs.yaml'));
    expect(bomb.message).toMatch(/YAML error: .*alias/i);
  });

  it.each([
    ['flow lists', (n: number) => '['.repeat(n)],
    ['flow maps', (n: number) => '{"a":'.repeat(n)],
    ['block lists on one line', (n: number) => `${'- '.repeat(n)}x`],
    ['indented maps', (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
  ])('%s nested past the limit are refused before they can exhaust the stack', (_, nested) => {
    for (const depth of [MAX_NESTING + 1, 1_000, 20_000]) {
      const source = nested(depth);
      const [p] = expectClearProblems(source, 'deep.yaml', loadPack(source, 'deep.yaml'));
      expect(p.message).toMatch(/^nested more than 64 levels deep/);
    }
  }, 30_000);

  it('a good pack nested well within the limit still loads', () => {
    const nestedAny = (levels: number): object => (levels === 0 ? { kind: 'phrases', terms: ['car park charges'] } : { kind: 'any', of: [nestedAny(levels - 1)] });
    const data = copy(BASES.small);
    data.rules[0].detect = nestedAny(25);
    const result = loadPack(stringify(data), 'deep-but-fine.yaml');
    expect(result.ok).toBe(true);
  });
});

describe('one slip that breaks every line after it', () => {
  it('is reported as its first ten syntax errors and a count of the rest, not one problem per line', () => {
    const source = `${SMALL.slice(0, SMALL.indexOf('rules:'))}rules:\n${'  a: [\n'.repeat(40)}`;
    const problems = expectClearProblems(source, 'slip.yaml', loadPack(source, 'slip.yaml'));
    expect(problems).toHaveLength(11);
    expect(problems[10].message).toMatch(/^YAML syntax error: \d+ more after these/);
  });
});
