import { describe, expect, it } from 'vitest';
import { excerptsWith } from './find-with';

const dob = excerptsWith({ kind: 'date-of-birth' });
const patientDob = excerptsWith({ kind: 'date-of-birth', context: { terms: ['@patient-people', 'ward', 'bay', 'bed'], within: 15 } });

describe('date-of-birth detector', () => {
  it.each([
    ['DOB 12/03/1956', '12/03/1956'],
    ['D.O.B: 1.2.89', '1.2.89'],
    ['born on 3rd March 1990', '3rd March 1990'],
    ['date of birth 12-03-56', '12-03-56'],
    ['Birthday is March 3, 1990', 'March 3, 1990'],
    ['dob 14 Mar 41', '14 Mar'],
    ['seen today (14/03/1941, DOB)', '14/03/1941'],
  ])('finds the date in "%s"', (text, date) => {
    expect(dob(text)).toEqual([date]);
  });

  it.each([
    'born in 1990',
    'off 5/7 with flu',
    'care 24/7',
    'review at 1/52',
    'BP 120/80',
    'Ward 7 re-opens 12/03/2025 after the refurb',
    'the NHS was born on 5 July 1948',
    'Happy birthday to the NHS! Born 5th July 1948',
    'version 2.1.10 of the app',
  ])('leaves "%s" alone', (text) => {
    expect(dob(text)).toEqual([]);
  });

  it('with a context option, needs care context (the author’s own DOB is another rule’s business)', () => {
    expect(patientDob('Trying to trace next of kin for a lady on our ward, DOB 14/03/1941')).toEqual(['14/03/1941']);
    expect(patientDob('Birthday girl! DOB 14.06.1993 and still 21 at heart')).toEqual([]);
    expect(patientDob('Birthday girl, born 19.07.1996 at the Royal Infirmary, still causing chaos')).toEqual([]);
  });
});
