import { describe, expect, it } from 'vitest';
import { loadPackFile, packFiles } from '../../src/cli/packs';
import { analyze } from '../../src/engine/analyze';
import type { CompiledPack } from '../../src/engine/compile';
import type { Category } from '../../src/engine/types';

// Someone who wants a patient's details past the checker, or a keyboard that types odd characters: NHS
// numbers and names written with fullwidth or maths digits, zero-width characters, odd spaces, other
// separators, Cyrillic and Greek look-alike letters and odd capitals are still found, and the highlight
// covers exactly what was typed, evasive characters included. Checked with the packs in rules/.

const PACKS: CompiledPack[] = packFiles(new URL('../../rules/', import.meta.url).pathname).map((file) => {
  const result = loadPackFile(file);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.compiled;
});

const ZWSP = '\u200B';
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const WORD_JOINER = '\u2060';
const BOM = '\uFEFF';
const NBSP = '\u00A0';
const NNBSP = '\u202F';
const THIN = '\u2009';

/** Fullwidth digits for ASCII ones: 943 → ９４３. */
const fullwidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));
/** Mathematical bold digits and letters (astral: two UTF-16 units each). */
const mathsBold = (s: string) =>
  s.replace(/[0-9A-Za-z]/g, (c) =>
    String.fromCodePoint(/\d/.test(c) ? 0x1d7ce + Number(c) : /[A-Z]/.test(c) ? 0x1d400 + c.charCodeAt(0) - 65 : 0x1d41a + c.charCodeAt(0) - 97),
  );
/** The same characters with `joiner` between every pair. */
const between = (s: string, joiner: string) => [...s].join(joiner);

// Valid NHS numbers from the test vectors in shared/design/detection.md.
const NHS = ['9434765919', '4010232137', '2213951837', '6541003238', '6716689966', '2983396339', '4000000632'];
const groups = (n: string, sep: string) => `${n.slice(0, 3)}${sep}${n.slice(3, 6)}${sep}${n.slice(6)}`;

/** How it is hidden, the draft around it, what is typed (and must be the finding's excerpt), the finding's category. */
type Case = [how: string, draft: (hidden: string) => string, hidden: string, category: Category];

const nhsDraft = (n: string) => `Pt NHS no ${n} in bay 3 needs a porter`;
const nhsCases: Case[] = [
  ['fullwidth digits in groups', nhsDraft, fullwidth(groups(NHS[0], ' ')), 'patient-identifier'],
  ['fullwidth digits run together', nhsDraft, fullwidth(NHS[1]), 'patient-identifier'],
  ['fullwidth digits and fullwidth full stops', nhsDraft, groups(fullwidth(NHS[2]), '．'), 'patient-identifier'],
  ['fullwidth digits and fullwidth slashes', nhsDraft, groups(fullwidth(NHS[3]), '／'), 'patient-identifier'],
  ['maths bold digits (surrogate pairs)', nhsDraft, mathsBold(groups(NHS[4], ' ')), 'patient-identifier'],
  ['a zero-width space between every digit', nhsDraft, between(NHS[5], ZWSP), 'patient-identifier'],
  ['zero-width non-joiners between groups', nhsDraft, groups(NHS[6], ZWNJ), 'patient-identifier'],
  ['zero-width joiners between groups', nhsDraft, groups(NHS[0], ZWJ), 'patient-identifier'],
  ['word joiners between every digit', nhsDraft, between(NHS[1], WORD_JOINER), 'patient-identifier'],
  ['byte-order marks between groups', nhsDraft, groups(NHS[2], BOM), 'patient-identifier'],
  ['a soft hyphen inside a group', nhsDraft, `${NHS[3].slice(0, 2)}\u00AD${NHS[3].slice(2)}`, 'patient-identifier'],
  ['non-breaking spaces between groups', nhsDraft, groups(NHS[4], NBSP), 'patient-identifier'],
  ['narrow no-break spaces between groups', nhsDraft, groups(NHS[5], NNBSP), 'patient-identifier'],
  ['thin spaces between groups', nhsDraft, groups(NHS[6], THIN), 'patient-identifier'],
  ['full stops between groups', nhsDraft, groups(NHS[0], '.'), 'patient-identifier'],
  ['slashes between groups', nhsDraft, groups(NHS[1], '/'), 'patient-identifier'],
  ['hyphens between groups', nhsDraft, groups(NHS[2], '-'), 'patient-identifier'],
  ['en dashes between groups', nhsDraft, groups(NHS[3], '–'), 'patient-identifier'],
  ['fullwidth digits with zero-width characters inside groups and non-breaking spaces between them', nhsDraft, `${fullwidth('94')}${ZWSP}${fullwidth('3')}${NBSP}${fullwidth('476')}${NBSP}${fullwidth('59')}${ZWJ}${fullwidth('19')}`, 'patient-identifier'],
  ['a mixed-case label', (n) => `pt nHs NuMbEr ${n} In BaY 3`, NHS[4], 'patient-identifier'],
  ['a label in capitals', (n) => `PT NHS NO ${n} IN BAY 3 NEEDS A PORTER`, groups(NHS[5], ' '), 'patient-identifier'],
  ['a fullwidth label', (n) => `Pt ${fullwidth('NHS no')} ${n} in bay 3`, groups(NHS[6], ' '), 'patient-identifier'],
  ['a label with Cyrillic letters', (n) => `Рt NНS no ${n} in bау 3`, groups(NHS[0], ' '), 'patient-identifier'],
];

const bedDraft = (name: string) => `${name} in bed 4 refused her meds again`;
const nameCases: Case[] = [
  ['Cyrillic а, е, о, р, с in the surname', bedDraft, 'Mrs Соореr', 'patient-identifier'],
  ['Cyrillic М, Ѕ, і, һ in title and surname', (n) => `${n} in bed 4`, 'Мrs Ѕmіtһ', 'patient-identifier'],
  ['a Cyrillic capital С', bedDraft, 'Mrs Сlarke', 'patient-identifier'],
  ['Greek Ο and ο', bedDraft, 'Mrs Οkafοr', 'patient-identifier'],
  ['a Greek Ρ', bedDraft, 'Mr Ρatel', 'patient-identifier'],
  ['Cyrillic letters in the cue words too', (n) => `${n} іn bеd 4 rеfusеd hеr mеds`, 'Mrs Jоnеs', 'patient-identifier'],
  ['fullwidth letters', bedDraft, `Mrs ${fullwidth('Smith')}`, 'patient-identifier'],
  ['maths bold letters (surrogate pairs)', bedDraft, `Mrs ${mathsBold('Smith')}`, 'patient-identifier'],
  ['a zero-width space inside the surname', bedDraft, `Mrs Sm${ZWSP}ith`, 'patient-identifier'],
  ['a zero-width joiner inside the surname', bedDraft, `Mrs Smi${ZWJ}th`, 'patient-identifier'],
  ['a byte-order mark inside the title', bedDraft, `M${BOM}rs Smith`, 'patient-identifier'],
  ['a word joiner between every letter', bedDraft, `Mrs ${between('Smith', WORD_JOINER)}`, 'patient-identifier'],
  ['a non-breaking space after the title', bedDraft, `Mrs${NBSP}Smith`, 'patient-identifier'],
  ['a narrow no-break space after the title', bedDraft, `Mrs${NNBSP}Smith`, 'patient-identifier'],
  ['a thin space after the title', bedDraft, `Mrs${THIN}Smith`, 'patient-identifier'],
  ['a full name with Cyrillic letters after "patient"', (n) => `Patient ${n} in bed 4 refused her meds`, 'Јеаn Ѕmіth', 'patient-identifier'],
  ['a surname in capitals, as in clinical notes', bedDraft, 'Mrs SMITH', 'patient-identifier'],
  ['a title and surname in capitals', (n) => `${n} IN BED 4 REFUSED HER MEDS AGAIN`, 'MRS SMITH', 'patient-identifier'],
];

const initialsDraft = (who: string) => `${who} in bay 3 finally ate something`;
const initialsCases: Case[] = [
  ['a Greek capital Β', initialsDraft, 'Mr Β', 'patient-initials'],
  ['a fullwidth initial', initialsDraft, `Mr ${fullwidth('B')}`, 'patient-initials'],
  ['a zero-width space between title and initial', initialsDraft, `Mr${ZWSP} B`, 'patient-initials'],
  ['a non-breaking space between title and initial', initialsDraft, `Mr${NBSP}B`, 'patient-initials'],
  ['Cyrillic initials with full stops', (n) => `${n} in bed 4 finally ate`, 'Ј.Ѕ.', 'patient-initials'],
  ['initials split by a zero-width space', (n) => `${n} in bed 4 finally ate`, `J${ZWSP}S`, 'patient-initials'],
  ['fullwidth initials and full stops', (n) => `${n} in bed 4 finally ate`, fullwidth('J') + '．' + fullwidth('S') + '．', 'patient-initials'],
  ['Cyrillic initials after "pt"', (n) => `${n}, 81F, fell at home on Sunday, now on ward 12`, 'pt АВ', 'patient-initials'],
];

describe('evasions are still found, highlighted as typed', () => {
  it.each([...nhsCases, ...nameCases, ...initialsCases])('%s', (_, draft, hidden, category) => {
    const text = draft(hidden);
    const findings = analyze({ text, platform: 'x', account: 'personal' }, PACKS);
    const hit = findings.find((f) => f.category === category && f.excerpt === hidden);
    expect(hit, `no ${category} finding on “${hidden}” in: ${findings.map((f) => `${f.category} “${f.excerpt}”`).join(', ')}`).toBeDefined();
    expect([hit!.start, hit!.end]).toEqual([text.indexOf(hidden), text.indexOf(hidden) + hidden.length]);
  });
});

describe('reading capitals and look-alike letters makes no patient out of a colleague or a foreign word', () => {
  it.each([
    'Our consultant Mr JONES retires today after 30 years on ward 4',
    'Mrs SMITH our ward manager is retiring after 30 years',
    'Watching MRS BROWN on the telly after a long shift',
    'Спасибо всем коллегам за поддержку на смене',
    'Ευχαριστώ την ομάδα για τη βάρδια',
  ])('%s', (text) => {
    const findings = analyze({ text, platform: 'x', account: 'personal' }, PACKS);
    expect(findings.filter((f) => f.category.startsWith('patient-')).map((f) => f.excerpt)).toEqual([]);
  });
});
