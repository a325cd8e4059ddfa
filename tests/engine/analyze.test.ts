import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { PackSchema, type Pack } from '../../src/engine/pack';

const base = {
  category: 'political',
  message: 'This reads as party-political; keep Trust accounts neutral.',
  policy: { source: '001_a2aaa61759ac3d9f.txt', section: '§3.4' },
  examples: { flag: ['a', 'b'], pass: ['c', 'd'] },
} as const;

function pack(rules: object[], vocabularies?: Record<string, string[]>): Pack {
  return PackSchema.parse({ id: 't', name: 'T', version: '1.0.0', owner: 'IG', lastReviewed: '2026-11-29', vocabularies, rules });
}

describe('analyze', () => {
  it('uses the severity for the account type, and skips rules that are off there', () => {
    const p = pack([{ ...base, id: 'party', severity: { personal: 'warn', trust: 'block' }, detect: { kind: 'phrases', terms: ['Tories'] } }]);
    expect(analyze({ text: 'Tories out', platform: 'x', account: 'trust' }, p)[0].severity).toBe('block');
    expect(analyze({ text: 'Tories out', platform: 'x', account: 'personal' }, p)[0].severity).toBe('warn');
    const off = pack([{ ...base, id: 'party', severity: { personal: 'off', trust: 'block' }, detect: { kind: 'phrases', terms: ['Tories'] } }]);
    expect(analyze({ text: 'Tories out', platform: 'x', account: 'personal' }, off)).toEqual([]);
  });

  it('reports offsets and excerpt in the text as typed, even after normalisation', () => {
    const p = pack([{ ...base, id: 'party', severity: 'warn', detect: { kind: 'phrases', terms: ['vote labour'] } }]);
    const text = 'Please v\u200Bote\u00A0Labour 🌹';
    const [f] = analyze({ text, platform: 'x', account: 'personal' }, p);
    expect(f.excerpt).toBe('v\u200Bote\u00A0Labour');
    expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('drops matches inside allow-listed phrases and ones with an unless-phrase nearby', () => {
    const p = pack([
      { ...base, id: 'party', severity: 'warn', detect: { kind: 'phrases', terms: ['labour'] }, allow: ['labour ward'], unless: { terms: ['induction'], within: 2 } },
    ]);
    const check = (text: string) => analyze({ text, platform: 'x', account: 'personal' }, p).map((f) => f.excerpt);
    expect(check('Busy night on Labour Ward')).toEqual([]);
    expect(check('labour induction started')).toEqual([]);
    expect(check('Labour will win the seat, then induction of new MPs')).toEqual(['Labour']);
  });

  it('applies rules only to the platforms and media state they are for', () => {
    const p = pack([{ ...base, id: 'li', severity: 'warn', when: { platforms: ['linkedin'], hasMedia: true }, detect: { kind: 'phrases', terms: ['Tories'] } }]);
    expect(analyze({ text: 'Tories', platform: 'x', account: 'personal', hasMedia: true }, p)).toEqual([]);
    expect(analyze({ text: 'Tories', platform: 'linkedin', account: 'personal' }, p)).toEqual([]);
    expect(analyze({ text: 'Tories', platform: 'linkedin', account: 'personal', hasMedia: true }, p)).toHaveLength(1);
  });

  it('offers replace and append fixes the UI can apply', () => {
    const p = pack([
      { ...base, id: 'redact', severity: 'block', detect: { kind: 'pattern', regex: '\\d{3} \\d{3} \\d{4}' }, fix: { replace: '[number removed]' } },
      { ...base, id: 'disclaim', severity: 'warn', detect: { kind: 'require-phrase', trigger: { kind: 'phrases', terms: ['my ward'] }, require: ['views my own'] }, fix: { append: 'Views my own.' } },
    ]);
    const findings = analyze({ text: 'On my ward, call 943 476 5919', platform: 'x', account: 'personal' }, p);
    expect(findings.map((f) => f.fixes[0])).toEqual([
      { kind: 'append', label: 'Add “Views my own.”', text: ' Views my own.' },
      { kind: 'replace', label: 'Replace with “[number removed]”', start: 17, end: 29, text: '[number removed]' },
    ]);
  });

  it('pairs near-words only within the distance and sentence', () => {
    const p = pack([{ ...base, id: 'near', severity: 'warn', detect: { kind: 'near', a: ['rota'], b: ['joke'], within: 2 } }]);
    const check = (text: string) => analyze({ text, platform: 'x', account: 'personal' }, p).map((f) => f.excerpt);
    expect(check('the rota is a joke')).toEqual(['rota is a joke']);
    expect(check('the rota came out and honestly it is a joke')).toEqual([]);
    expect(check('New rota. Joke of the day')).toEqual([]);
  });

  it('expands @vocabulary references', () => {
    const p = pack([{ ...base, id: 'party', severity: 'warn', detect: { kind: 'phrases', terms: ['@parties'] } }], { parties: ['SNP', 'Plaid Cymru'] });
    expect(analyze({ text: 'Plaid Cymru rally', platform: 'x', account: 'personal' }, p)).toHaveLength(1);
  });
});
