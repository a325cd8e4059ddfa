import { describe, expect, it } from 'vitest';
import {
  inHealthAndCareRange,
  inNhsTestRange,
  isPlaceholder,
  isValidChi,
  passesChiMod10,
  passesMod11,
  startsWithDdmmyy,
} from '../../../src/engine/identifiers/check-digits';

// Test vectors from shared/design/detection.md §1.1–1.3 (NHS Data Dictionary, Presidio, uk-fci, PHS).
describe('NHS Modulus 11', () => {
  it.each([
    '9434765919', '4010232137', '2213951837', '0032698674', '9876543210', '4000000632', '9990000018', '9990000026',
    '9990000034', '9990000093', '2983396339', '6541003238', '6716689966', '3200000015',
  ])('accepts %s', (digits) => expect(passesMod11(digits)).toBe(true));

  it.each(['4010232138', '1234567890', '0000000001', '9876544321', '9111111124', '7260181592'])('rejects %s', (digits) =>
    expect(passesMod11(digits)).toBe(false),
  );

  it('rejects every number whose check digit would be 10 (never issued)', () => {
    for (const base of ['400000008', '400000011', '400000025', '400000039', '400000042']) {
      for (let d = 0; d <= 9; d++) expect(passesMod11(base + d)).toBe(false);
    }
  });

  it('rejects anything but exactly ten ASCII digits', () => {
    for (const bad of ['943476591', '94347659190', ' 298339633', '943 476 5919', '９４３４７６５９１９']) expect(passesMod11(bad)).toBe(false);
  });

  it('accepts all ten repdigits, which is why they are treated as placeholders', () => {
    for (let d = 0; d <= 9; d++) {
      const digits = String(d).repeat(10);
      expect(passesMod11(digits)).toBe(true);
      expect(isPlaceholder(digits)).toBe(true);
    }
    expect(isPlaceholder('0123456789')).toBe(true);
    expect(isPlaceholder('9876543210')).toBe(true);
    expect(isPlaceholder('9434765919')).toBe(false);
  });
});

describe('CHI numbers', () => {
  it('accepts PHS and uk-fci examples under Modulus 11 or Modulus 10', () => {
    expect(isValidChi('0101011237')).toBe(true);
    expect(isValidChi('0607230002')).toBe(true);
    // Invalid under the old Modulus 11 rule, valid under the 2025/26 Modulus 10 rule.
    expect(passesMod11('0101201234')).toBe(false);
    expect(passesChiMod10('0101201234')).toBe(true);
    expect(isValidChi('0101201234')).toBe(true);
  });

  it('needs a real DDMMYY date of birth first', () => {
    expect(isValidChi('3201201234')).toBe(false);
    expect(startsWithDdmmyy('290200')).toBe(true);
    expect(startsWithDdmmyy('290201')).toBe(false);
    expect(startsWithDdmmyy('310400')).toBe(false);
    expect(startsWithDdmmyy('001299')).toBe(false);
  });
});

describe('number ranges', () => {
  it('knows the Northern Ireland H&C range and the 999 test range', () => {
    expect(inHealthAndCareRange('3200000015')).toBe(true);
    expect(inHealthAndCareRange('3200000007')).toBe(false);
    expect(inHealthAndCareRange('4010232137')).toBe(false);
    expect(inNhsTestRange('9990000018')).toBe(true);
    expect(inNhsTestRange('9434765919')).toBe(false);
  });
});
