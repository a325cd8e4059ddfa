import { describe, expect, it } from 'vitest';
import { excerptsWith } from './find-with';

const full = excerptsWith({ kind: 'postcode' });
const withOutward = excerptsWith({ kind: 'postcode', outward: true });

describe('postcode detector', () => {
  it.each(['M1 1AA', 'M60 1NW', 'W1A 1HQ', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'GIR 0AA', 'M11AA', 'EC1A1BB', 'DN551PT'])('finds %s', (code) => {
    expect(full(`Home address postcode ${code} please`)).toEqual([code]);
  });

  it('finds two in one draft', () => {
    expect(full('From SW1A 1AA to EC1A 1BB')).toEqual(['SW1A 1AA', 'EC1A 1BB']);
  });

  it.each(['QA1 1AA', 'VA1 1AA', 'XA1 1AA', 'M1 1CA', 'M1 1AI', 'ABCM11AADEF', 'sw1a 1aa', 'vitamin B12 1 tablet', 'CT1 2 rotation', 'the A1 9AM jam', 'NHS 111'])(
    'leaves "%s" alone',
    (text) => expect(full(text)).toEqual([]),
  );

  it('reports an outward code only at the end of a street address, and only when asked', () => {
    expect(withOutward('Party at 14 Larch Close, Wigan WN3 from 7pm')).toEqual(['WN3']);
    expect(full('Party at 14 Larch Close, Wigan WN3 from 7pm')).toEqual([]);
    expect(withOutward('Vitamin B12 and CT1 rotation in Leeds LS1')).toEqual([]);
  });
});
