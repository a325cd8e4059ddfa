import { describe, expect, it } from 'vitest';
import { excerptsWith } from './find-with';

const address = excerptsWith({ kind: 'street-address' });

describe('street-address detector', () => {
  it.each([
    ['Mr R Patel, 12 Acacia Rd', '12 Acacia Rd'],
    ['Keys to our first house, 23 Mill Lane, Ripon', '23 Mill Lane'],
    ['last known address Hollins Rd, Oldham', 'Hollins Rd'],
    ['she lives on Cedar Avenue near the park', 'Cedar Avenue'],
    ['flat 4, 7 Kings Court', '7 Kings Court'],
  ])('finds the address in "%s"', (text, found) => {
    expect(address(text)).toEqual([found]);
  });

  it.each(['St George\'s have a great stroke unit', 'He fell outside the Co-op on Fore St', 'No Way Home was on TV', 'We walked 5 miles today'])(
    'leaves "%s" alone (a street with no house number is a place, not an address)',
    (text) => expect(address(text)).toEqual([]),
  );
});
