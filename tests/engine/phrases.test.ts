import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/doc';
import { compilePhrases } from '../../src/engine/phrases';

const doc = (text: string) => prepare(text);
const found = (terms: string[], text: string, options = {}) =>
  compilePhrases(terms, options).find(doc(text)).map((m) => text.slice(m.start, m.end));

describe('compilePhrases', () => {
  it('matches whole words only, case-insensitively', () => {
    expect(found(['tory'], 'Tory cuts, not a history lesson or a factory')).toEqual(['Tory']);
  });

  it('matches multi-word phrases across light punctuation but not across sentences', () => {
    expect(found(['views my own'], 'Views - my own.')).toEqual(['Views - my own']);
    expect(found(['night shift'], 'Long night. Shift swap tomorrow')).toEqual([]);
  });

  it('matches other word forms with forms: true', () => {
    expect(found(['disciplinary hearing'], 'after being disciplined, the hearing was awful', { forms: true })).toEqual([]);
    expect(found(['discipline'], 'my disciplinary is on Monday', { forms: true })).toEqual(['disciplinary']);
    expect(found(['discipline'], 'my disciplinary is on Monday')).toEqual([]);
  });

  it('treats a trailing * as a prefix', () => {
    expect(found(['capabilit*'], 'Put on a capability plan')).toEqual(['capability']);
    expect(found(['sick of this*'], 'sick of this place')).toEqual(['sick of this']);
  });

  it('respects caseSensitive', () => {
    expect(found(['SNP'], 'snp vs SNP', { caseSensitive: true })).toEqual(['SNP']);
  });

  it('does not find a listed number inside a longer run of digit groups or a sum of money', () => {
    expect(found(['999'], 'Raffle ticket 355 999 9535, ticket 355-999 and 999.12')).toEqual([]);
    expect(found(['999'], 'We raised £999, $999 and €999 for ticket #999')).toEqual([]);
    expect(found(['999'], 'Called 999 at 3am, 2 999s tonight')).toEqual(['999']);
  });

  it('keeps finding with a list compiled long ago, after many other lists were compiled', () => {
    const early = compilePhrases(['night shift']);
    for (let i = 0; i < 5000; i++) compilePhrases([`word${i}`]);
    expect(early.find(doc('Another night shift done')).map((m) => m.term)).toEqual(['night shift']);
    expect(found(['word4999'], 'word4999 and word1')).toEqual(['word4999']);
  });
});
