import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { chunkDoc, MAX_CHUNK } from '../../../src/engine/doc';
import { loadPack } from '../../../src/engine/pack-loader';
import { compilePattern } from '../../../src/engine/patterns';

// A pack's regular expression runs on every keystroke in the compose box. Patterns that take exponential
// time in a backtracking engine (JavaScript's own) are matched by RE2 in linear time, so no pack can
// hang the page; patterns RE2 cannot run are refused when the pack is loaded, at their field.

const packWith = (regex: string) => `id: trust-extra
name: Trust extras
version: 1.0.0
owner: IG
lastReviewed: 2026-11-01
rules:
  - id: slow-pattern
    category: confidential
    severity: warn
    message: A pattern written by an IG lead for their Trust.
    policy: { source: 000_6128475eb12b3fe1.txt, section: §7 }
    detect:
      kind: pattern
      regex: '${regex.replaceAll("'", "''")}'
    examples:
      flag: [a, b]
      pass: [c, d]
`;

describe('a pack pattern that backtracks catastrophically', () => {
  const N = 50_000;
  // Each with the input that makes a backtracking engine try every way to split the run before failing.
  const CASES: [regex: string, text: string][] = [
    ['(a+)+$', `${'a'.repeat(N)}!`],
    ['(a|aa)*b', 'a'.repeat(N)],
    ['(x+x+)+y', 'x'.repeat(N)],
    ['(a*)*b', 'a'.repeat(N)],
    ['(.*a){20}c', 'a'.repeat(N)],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', `${'a'.repeat(N)}!`],
    ['(\\w+\\s?)+$', `${'word '.repeat(N / 5)}!`],
  ];
  // The bound is each test's timeout: exponential time would never finish, a slow machine still does.
  it.each(CASES)('%s loads, and the engine runs it over one 50 000-character text', (regex, text) => {
    const loaded = loadPack(packWith(regex), 'slow.yaml');
    expect(loaded.ok).toBe(true);
    // None of these inputs holds a match: the engine has to rule out every way to split the run.
    expect(compilePattern(regex, false).find(chunkDoc(text))).toEqual([]);
  }, 20_000);

  it.each(CASES)('%s checks a 50 000-character draft', (regex, text) => {
    const loaded = loadPack(packWith(regex), 'slow.yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const findings = analyze({ text, platform: 'x', account: 'personal' }, loaded.compiled);
    expect(findings.every((f) => f.excerpt === text.slice(f.start, f.end))).toBe(true);
  }, 20_000);

  it('still finds what it should at the end of a long run', () => {
    const loaded = loadPack(packWith('(a+)+b'), 'slow.yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const text = `${'a'.repeat(N)}b`;
    const findings = analyze({ text, platform: 'x', account: 'personal' }, loaded.compiled);
    expect(findings.map((f) => f.end)).toEqual([text.length]);
    expect(compilePattern('(a+)+b', false).find(chunkDoc(text))).toEqual([{ start: 0, end: text.length }]);
  }, 20_000);
});

describe('a pattern RE2 cannot run is refused at load, at the rule’s detect.regex', () => {
  it.each([
    ['a look-ahead', '(?=a)b'],
    ['a negative look-ahead', 'nurse(?! bank)'],
    ['a look-behind', '(?<=NHS )\\d+'],
    ['a negative look-behind', '(?<!not )allowed'],
    ['a back-reference', '(a+)+\\1'],
    ['a named back-reference', '(?<w>\\w+) \\k<w>'],
    ['an atomic group', '(?>a+)b'],
    ['a possessive quantifier', 'a++b'],
    ['a conditional', '(a)?(?(1)b|c)'],
    ['recursion', '\\((?R)?\\)'],
  ])('%s: %s', (_, regex) => {
    const loaded = loadPack(packWith(regex), 'slow.yaml');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toEqual([
      {
        file: 'slow.yaml',
        line: 14,
        column: 7,
        ruleId: 'slow-pattern',
        field: 'rules[0].detect.regex',
        message: expect.stringMatching(/^not a valid RE2 pattern \(.+\); look-arounds and back-references are not allowed$/),
      },
    ]);
  });
});

describe('anchors in a pack pattern', () => {
  // A paragraph longer than MAX_CHUNK is read in pieces (src/engine/doc.ts); a pattern still sees the
  // text run on across each cut, so ^, $ and \b mean the paragraph's start, its end and a real word edge.
  const findsOf = (regex: string, text: string) => {
    const loaded = loadPack(packWith(regex), 'anchored.yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    return analyze({ text, platform: 'x', account: 'personal' }, loaded.compiled).map((f) => [f.start, f.end]);
  };
  const sentence = 'Views my own and nobody else. ';
  const long = sentence.repeat(Math.ceil((3 * MAX_CHUNK) / sentence.length)).trim();

  it('$ matches only at the end of the draft, not where a long paragraph was cut', () => {
    expect(findsOf('a$', `${'a'.repeat(3_000)}.`)).toEqual([]);
    expect(findsOf('a$', 'a'.repeat(3_000))).toEqual([[2_999, 3_000]]);
  });

  it('^ matches only at the start of a paragraph, not at a sentence where a long one was cut', () => {
    // A long paragraph is cut after a full stop, so its later pieces start with " Views".
    expect(findsOf('^\\s*Views', long)).toEqual([[0, 5]]);
    expect(findsOf('^\\s*Views', `Short first paragraph.\n\n${long}`)).toEqual([[24, 29]]);
  });

  it('\\b sees the word going on across a cut in the middle of a word', () => {
    expect(findsOf('a\\b', 'a'.repeat(3_000))).toEqual([[2_999, 3_000]]);
    expect(findsOf('\\ba{3}', 'a'.repeat(3_000))).toEqual([[0, 3]]);
  });
});
