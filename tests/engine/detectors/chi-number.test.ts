import { describe, expect, it } from 'vitest';
import { excerptsWith } from './find-with';

const chi = excerptsWith({ kind: 'chi-number' });

describe('chi-number detector', () => {
  it('finds a valid CHI number next to "CHI" or a Scottish cue', () => {
    expect(chi('TrakCare keeps freezing when I put in CHI 1203451237 for a pt')).toEqual(['1203451237']);
    expect(chi('CHI no: 010101 1237 please')).toEqual(['010101 1237']);
    expect(chi('CHI 020788 1359 - your bloods are fine, stop ringing the ward')).toEqual(['020788 1359']);
    expect(chi('Anyone in NHS Scotland records help with 0101201234 for clinic?')).toEqual(['0101201234']);
    expect(chi('#NHSScotland patient 0607230002 needs a bed')).toEqual(['0607230002']);
  });

  it('accepts the Modulus 10 check digit used from 2025/26', () => {
    expect(chi('CHI 0101201234')).toEqual(['0101201234']);
  });

  it.each([
    'CHI 3201201234 is the format example',
    'CHI 0101011238 typed wrong',
    'Order 0101011237 from a supplier in Scotland',
    'Patient 0101011237 in clinic',
    'Patient ref 010101 1237 in clinic',
  ])('leaves "%s" alone', (text) => {
    expect(chi(text)).toEqual([]);
  });
});
