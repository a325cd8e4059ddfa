import { describe, expect, it } from 'vitest';
import { excerptsWith } from './find-with';

const hc = excerptsWith({ kind: 'hc-number' });
const nhs = excerptsWith({ kind: 'nhs-number', context: { terms: ['@care-context'] } });

describe('hc-number detector', () => {
  it('finds a valid number in the Northern Ireland range next to an H&C cue', () => {
    expect(hc('Need the notes for H&C 320 000 0015 before clinic')).toEqual(['320 000 0015']);
    expect(hc('Her health and care number is 3200000015')).toEqual(['3200000015']);
  });

  it('hands the same number to nhs-number when no H&C cue is near, so it is reported once', () => {
    expect(hc('NHS no 320 000 0015 for the pt in bay 1')).toEqual([]);
    expect(nhs('NHS no 320 000 0015 for the pt in bay 1')).toEqual(['320 000 0015']);
    expect(nhs('Need the notes for H&C 320 000 0015 before clinic')).toEqual([]);
  });

  it.each(['H&C 320 000 0016 fails the check digit', 'H&C 401 023 2137 is outside the range', 'Order 3200000015 from Northern Ireland'])(
    'leaves "%s" alone',
    (text) => expect(hc(text)).toEqual([]),
  );
});
