import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile, packFiles } from '../../src/cli/packs';
import { analyze } from '../../src/engine/analyze';
import type { CompiledPack } from '../../src/engine/compile';
import { ACCOUNTS, CATEGORIES, PLATFORMS, SEVERITIES, type Draft, type Finding } from '../../src/engine/types';

// Hostile and odd input: whatever is pasted into a compose box, the checker must return, and every
// highlight it draws must sit on the text as typed. Checked with the real packs in rules/, as shipped.

const ROOT = new URL('../../', import.meta.url).pathname;
const PACKS: CompiledPack[] = packFiles(`${ROOT}rules`).map((file) => {
  const result = loadPackFile(file);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.compiled;
});

/** Real drafts: the labelled corpus and every rule's own examples. */
const FRAGMENTS: string[] = [
  ...['holdout', 'tune2'].flatMap((name) =>
    readFileSync(`${ROOT}tests/corpus/${name}.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  ),
  ...PACKS.flatMap((p) => p.pack.rules.flatMap((r) => [...r.examples.flag, ...r.examples.pass].map((e) => (typeof e === 'string' ? e : e.text)))),
];

/** Characters used to hide things from a checker or that break naive offset arithmetic. */
const ODD_CHARS = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', // zero-width and soft hyphen
  '\u00A0', '\u202F', '\u2009', '\u3000', '\u2028', '\u2029', // odd spaces and separators
  '０', '４', '９', 'Ｍ', 'ｓ', '．', '／', '＠', // fullwidth
  'а', 'е', 'о', 'р', 'с', 'М', 'Ѕ', 'Ι', 'ο', // Cyrillic and Greek look-alikes
  'ﬁ', '№', '™', '⑩', '㉑', '⒈', '㎏', 'ǅ', 'ß', 'İ', // one character that folds to several
  '😀', '👩🏽‍⚕️', '🇬🇧', '𝐍𝐇𝐒', '𝟗𝟒𝟑', // astral: surrogate pairs, ZWJ sequences, maths digits
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogate halves
  '\u0301', '\u202E', '\u200F', '\u0000', '\r', '\n', '\t', // combining mark, bidi controls, NUL, line ends
  '@', '#', '.', '/', '-', ' ', '(', ')', "'", '’', '&', ':',
];
const oddChar = fc.oneof(fc.constantFrom(...ODD_CHARS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom(...'0123456789'));
const noise = fc.string({ unit: oddChar, maxLength: 60 });
const fragment = fc.constantFrom(...FRAGMENTS);
const anyUnicode = fc.string({ unit: 'binary', maxLength: 3_000 });
const identifier = fc.constantFrom('943 476 5919', '401-023-2137', '9434765919', 'Mrs Smith', 'Mr B', 'JS', 'DOB 02/11/1950', 'SW1A 1AA', '07700 900555', 'bed 4', 'RTH1234567');

/** A draft-like text: real fragments, identifiers and noise glued together, sometimes inside one word. */
const glued = fc
  .array(fc.oneof({ arbitrary: fragment, weight: 3 }, { arbitrary: noise, weight: 3 }, { arbitrary: identifier, weight: 2 }), { maxLength: 30 })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.oneof(fc.constantFrom('', ' ', '\n', '\n\n', '. '), oddChar), { minLength: parts.length, maxLength: parts.length })))
  .map(([parts, seps]) => parts.map((p, i) => p + seps[i]).join(''));

/** A long run of one unit (a paste gone wrong, a held-down key), cut at any length up to 100 000. */
const UNITS = ['9', '0 ', '@', '\u200B', ' ', '\n', '.', 'a', 'patient ', 'Mrs ', 'Smith ', '９', '😀', 'JS ', 'NHS no ', '943 476 5919 ', 'Mr B in bay 3 '];
const longRun = fc
  .tuple(fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 100_000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

const draftSettings = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  account: fc.constantFrom(...ACCOUNTS),
  hasMedia: fc.boolean(),
});

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset between the two halves of one astral character (an emoji): a highlight there breaks it. */
const splitsPair = (text: string, at: number) => at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/** What every finding on any text must satisfy for the UI to highlight and fix it safely. */
function expectWellFormed(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), `${f.ruleId} offsets are integers`).toBe(true);
    expect(f.start, `${f.ruleId} starts in the text`).toBeGreaterThanOrEqual(0);
    expect(f.end, `${f.ruleId} ends in the text`).toBeLessThanOrEqual(text.length);
    expect(f.start, `${f.ruleId} covers something`).toBeLessThan(f.end);
    expect(f.excerpt).toBe(text.slice(f.start, f.end));
    expect(splitsPair(text, f.start) || splitsPair(text, f.end), `${f.ruleId} at ${f.start}–${f.end} splits a surrogate pair`).toBe(false);
    expect(CATEGORIES).toContain(f.category);
    expect(SEVERITIES).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(0);
    for (const fix of f.fixes) {
      if (fix.kind !== 'replace') continue;
      expect(Number.isInteger(fix.start) && Number.isInteger(fix.end)).toBe(true);
      expect(0 <= fix.start && fix.start <= fix.end && fix.end <= text.length, `${f.ruleId} fix range ${fix.start}–${fix.end} in ${text.length}`).toBe(true);
    }
  }
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  for (const [ruleId, same] of byRule) {
    const sorted = same.toSorted((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i].start, `${ruleId}: ${sorted[i - 1].start}–${sorted[i - 1].end} and ${sorted[i].start}–${sorted[i].end} overlap`).toBeGreaterThanOrEqual(sorted[i - 1].end);
    }
  }
}

function check(text: string, settings: Omit<Draft, 'text'>, maxChars?: number): Finding[] {
  return analyze({ text, ...settings }, PACKS, maxChars === undefined ? {} : { maxChars });
}

describe('analyze on any text (property-based)', () => {
  it('returns well-formed findings for arbitrary unicode, draft fragments glued with noise, and long runs', () => {
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: anyUnicode, weight: 2 }, { arbitrary: glued, weight: 5 }, { arbitrary: longRun, weight: 1 }),
        draftSettings,
        (text, settings) => expectWellFormed(text, check(text, settings)),
      ),
      { numRuns: 250 },
    );
  });

  it('stays well-formed on texts up to 100 000 characters made of real drafts, noise and long runs', () => {
    const big = fc
      .array(fc.oneof(fragment, noise, longRun.map((s) => s.slice(0, 20_000))), { minLength: 50, maxLength: 400 })
      .map((parts) => parts.join(' ').slice(0, 100_000));
    fc.assert(
      fc.property(big, draftSettings, (text, settings) => expectWellFormed(text, check(text, settings))),
      { numRuns: 6 },
    );
  });

  it('checks only the first maxChars characters when asked, without splitting an emoji at the cut', () => {
    fc.assert(
      fc.property(fc.oneof(glued, anyUnicode), fc.integer({ min: 1, max: 2_000 }), draftSettings, (text, maxChars, settings) => {
        const findings = check(text, settings, maxChars);
        expectWellFormed(text, findings);
        for (const f of findings) expect(f.end).toBeLessThanOrEqual(maxChars);
      }),
      { numRuns: 150 },
    );
  });
});

describe('analyze on one 100 000-character pathological paste', () => {
  const N = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  // The bound is the test's own timeout: a hang or a super-linear blow-up fails it, a slow machine does not.
  it.each([
    ['digits', fill('9')],
    ['@ signs', fill('@')],
    ['zero-width spaces', fill('\u200B')],
    ['one word', fill('patient ')],
    ['one word with no spaces', fill('a')],
    ['newlines', fill('\n')],
    ['fullwidth digits', fill('９')],
    ['emoji', fill('😀')],
    ['titles and surnames', fill('Mrs Smith in bed 4 ')],
    ['NHS numbers', fill('Pt NHS no 943 476 5919 ')],
    ['ligatures', fill('ﬁ')],
    ['real drafts run together', fill(FRAGMENTS.join(' '))],
  ])('%s completes with well-formed findings', (_, text) => {
    expect(text.length).toBe(N);
    expectWellFormed(text, check(text, { platform: 'x', account: 'trust', hasMedia: true }));
  }, 20_000);
});
