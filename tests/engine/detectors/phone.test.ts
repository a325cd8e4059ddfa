import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/engine/pack-loader';
import { excerptsWith } from './find-with';

const phone = excerptsWith({ kind: 'phone', allowPrefixes: ['0300', '0800'] });

describe('phone detector', () => {
  it.each(['07700 900314', '0161 496 0123', '020 7946 0123', '01632 960001', '(0113) 496 0871', '+44 20 7946 0412', '+44 (0)161 496 0123', '07700-900-314', '01234567890'])(
    'finds %s',
    (number) => expect(phone(`her number is ${number} thanks`)).toEqual([number]),
  );

  it.each([
    'call 111 or 999',
    'NHS no 943 476 5919',
    '0032698674',
    'bleep 1234',
    'Call the NHS line on 0300 311 22 33',
    'Freephone 0800 123 4567',
    '012345678901234 is a long reference',
  ])('leaves "%s" alone', (text) => {
    expect(phone(text)).toEqual([]);
  });

  it('rejects an allowed prefix that is not a phone prefix, naming the field', () => {
    const result = loadPack(
      `id: p\nname: P\nversion: 1.0.0\nowner: IG\nlastReviewed: 2026-11-29\nrules:\n  - id: r\n    category: patient-identifier\n    severity: block\n    message: This gives a patient's phone number.\n    policy: { source: 002_dcdf6692878fa8bd.txt, section: "§5.5.1" }\n    detect: { kind: phone, allowPrefixes: ['0300', 'NHS'] }\n    examples: { flag: [a, b], pass: [c, d] }\n`,
      'p.yaml',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0].field).toBe('rules[0].detect.allowPrefixes[1]');
      expect(result.problems[0].message).toMatch(/not a phone number prefix/);
    }
  });
});
