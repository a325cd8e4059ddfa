import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesMod11 } from '../../../src/engine/identifiers/check-digits';
import { excerptsWith, findWith } from './find-with';

const CARE = { terms: ['@care-context'], within: 10 };
const valid = excerptsWith({ kind: 'nhs-number', report: ['valid'], context: CARE });

describe('nhs-number detector', () => {
  it.each([
    ['Pt NHS no 401 023 2137 needs a bed', '401 023 2137'],
    ['NHS: 4010232137 for the lady in bay 2', '4010232137'],
    ['his nhs number is 221-395-1837 can someone check spine', '221-395-1837'],
    ['patient 943.476.5919 in side room 2', '943.476.5919'],
    ['patient 943/476/5919 in side room 2', '943/476/5919'],
    ['NHS no 943  476  5919 pls', '943  476  5919'],
    ['notes for nhs#6541003238 please', '6541003238'],
    ['4010232137 is his NHS no, can someone check', '4010232137'],
  ])('finds the number in "%s", span covering the separators', (text, number) => {
    expect(valid(text)).toEqual([number]);
  });

  it('reads fullwidth digits, zero-width characters and non-breaking spaces as typed', () => {
    expect(valid('Pt NHS no ４０１ ０２３ ２１３７')).toEqual(['４０１ ０２３ ２１３７']);
    expect(valid('Pt NHS no 401\u200B023\u200B2137')).toEqual(['401\u200B023\u200B2137']);
    expect(valid('Pt NHS no 401\u00A0023\u00A02137')).toEqual(['401\u00A0023\u00A02137']);
  });

  it.each([
    'Call 0161 496 0123 about the patient in bay 4',
    'Ticket #4010232138 for the ward printer',
    'Patient ref https://x.atlassian.net/wiki/pages/4010232137/ on the ward wiki',
    'Patient leaflet at /pages/4010232137/ on the ward site',
    'Unix time 1719878400 in the patient system log',
    '#4010232137 trending on the ward',
    'Patient card 4010232137-2 on the ward',
    'ward 123 401 023 2137 patient list',
    '987 654 4321 is how an NHS number looks',
    'Amazon order 6541003238 for the ward still not here',
    'Invoice no. 9434765919 for the ward chairs is paid',
    'Royal Mail tracking number: 2213951837, stuck with the patient transport parcel',
    'Our order 4010232137 from NHS Supply Chain is late again',
    'NHS no 0000000000 used as a placeholder on the ward',
  ])('leaves "%s" alone', (text) => {
    expect(valid(text)).toEqual([]);
  });

  it('needs care context unless the rule asks for numbers without it', () => {
    expect(valid('Can someone ring me about 943 476 5919')).toEqual([]);
    const bare = excerptsWith({ kind: 'nhs-number', report: ['valid'], context: { ...CARE, require: 'absent' } });
    expect(bare('Can someone ring me about 943 476 5919')).toEqual(['943 476 5919']);
    expect(bare('Pt NHS no 401 023 2137 needs a bed')).toEqual([]);
  });

  it('reports test numbers and labelled numbers with a wrong check digit only when asked, with a note', () => {
    const doubtful = findWith({ kind: 'nhs-number', report: ['test-number', 'labelled-invalid'], context: CARE });
    const [test] = doubtful('Training patient on the ward: NHS 999 000 0018');
    expect(test.excerpt).toBe('999 000 0018');
    expect(test.message).toMatch(/looks like a test NHS number/);
    const [typo] = doubtful('Whoever keeps booking NHS no 726 018 1592 into my clinic, stop');
    expect(typo.excerpt).toBe('726 018 1592');
    expect(typo.message).toMatch(/check digit does not match/);
    expect(doubtful('Pt NHS no 401 023 2137 needs a bed')).toEqual([]);
    expect(valid('Training patient on the ward: NHS 999 000 0018')).toEqual([]);
    // Unlabelled and failing the check digit: just a number.
    expect(doubtful('Patient called about 726 018 1592 in clinic')).toEqual([]);
  });

  it('notes a valid number in the Northern Ireland range', () => {
    const [f] = findWith({ kind: 'nhs-number', context: CARE })('NHS no 320 000 0015 for the pt in bay 1');
    expect(f.message).toMatch(/Northern Ireland H&C range/);
  });

  it('leaves numbers with a CHI or H&C label to those detectors', () => {
    expect(valid('CHI 0101011237 for a pt in clinic')).toEqual([]);
    expect(valid('H&C 320 000 0015 for a pt in clinic')).toEqual([]);
  });
});

const digits10 = fc.stringMatching(/^\d{10}$/);
const format = (d: string, sep: string) => `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`;

describe('nhs-number properties', () => {
  const validNumber = digits10.filter((d) => passesMod11(d) && !/^(\d)\1{9}$/.test(d) && d !== '0123456789' && d !== '9876543210' && !d.startsWith('999'));

  it('finds every valid NHS number in 3-3-4, 10-digit, hyphenated and dotted forms in a care context', () => {
    fc.assert(
      fc.property(validNumber, fc.constantFrom(' ', '', '-', '.'), fc.constantFrom(
        (n: string) => `Pt NHS no ${n} needs a bed on the ward`,
        (n: string) => `Can someone in health records find the notes for ${n} before clinic`,
        (n: string) => `${n} is the lady in bay 3, can someone check her bloods`,
      ), (d, sep, draft) => {
        const number = format(d, sep);
        expect(valid(draft(number))).toEqual([number]);
      }),
      { numRuns: 500 },
    );
  });
});
