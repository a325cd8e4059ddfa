import { describe, expect, it } from 'vitest';
import { excerptsWith } from './find-with';

const NAMES = {
  kind: 'care-context-name',
  firstNames: ['@first-names'],
  ambiguousNames: ['@first-names-also-words'],
  patientCues: ['@patient-cues'],
  staffCues: ['@staff-cues'],
};
const strong = excerptsWith({ ...NAMES, report: ['strong'] });
const weak = excerptsWith({ ...NAMES, report: ['weak'] });
const any = excerptsWith(NAMES);

describe('care-context-name detector', () => {
  it.each([
    ['Mrs Ahmed in bed 4 let me do her hair', 'Mrs Ahmed'],
    ['Popped round to see Mr Bailey from ward 10 now he’s home', 'Mr Bailey'],
    ['Bumped into my old patient Dave in Tesco', 'Dave'],
    ['Bert (93) on ward 4 waited 9 hrs for pain relief', 'Bert'],
    ['next of kin for a lady on our ward – Jean Pritchard, DOB to follow', 'Jean Pritchard'],
    ['Patient Sandra Hughes, 67, needs her meds reviewing', 'Sandra Hughes'],
    ['Mr R Patel, the patient in bay 3, is going home', 'Mr R Patel'],
    ["Mrs Walsh's kids have sat by her bed every day", 'Mrs Walsh'],
    ['@Gary Holt maybe if you had turned up sober to your appointment', 'Gary Holt'],
    ['Poor gladys in bed 7 has had no visitors', 'gladys'],
    ['The gentleman Oluwaseun (67) was admitted overnight', 'Oluwaseun'],
    ['Lovely chat with Chukwuemeka in bay 2 before he went home', 'Chukwuemeka'],
    ["Our Ward 6 team celebrating Mr Evans' 90th birthday today", 'Mr Evans'],
  ])('finds the patient in "%s"', (text, name) => {
    expect(strong(text)).toEqual([name]);
  });

  it('reports a lone first name with a patient cue as weak evidence', () => {
    expect(weak('Kevin was admitted again last night')).toEqual(['Kevin']);
    expect(strong('Kevin was admitted again last night')).toEqual([]);
    expect(weak('Linda and Gary have sat by her bed every day')).toEqual(['Linda', 'Gary']);
  });

  it.each([
    'Dr Patel and Sister Wong ran a brilliant teaching session for the patient safety team',
    'Thanks to Dr Ahmed, the patient in bay 2 is going home',
    'Margaret on our ward retires today after 42 years, thank you Mags',
    'I had the pleasure of line-managing Tom Reilly, brilliant with patients. Tom is always first to help a colleague',
    'Our matron Linda passed away last week, we are heartbroken',
    'Victoria Ward is the best ward in the hospital',
    'Winston Churchill ward moves in March',
    'Mr & Mrs Smith ward is closed for a deep clean after the patient was discharged',
    'Grace period for the new rota ends on Friday',
    'Will you be on the ward round tomorrow?',
    'June was the busiest month for admissions',
    "St George's have a great stroke unit and Parkinson's clinic",
    'My nan Joan is in bed 4 on Ward 7 and the staff are amazing',
    'Rachel Reeves should try a night shift on my ward',
    "Isla's 5th birthday party today, 14 kids and no sanity left",
    'Patient Transport was late again for the discharge lounge',
    'the guy from bed 6 asked for my number',
    'Thank you to Sarah Jones from PALS for helping my patient today',
    'Thanks to Mr Ahmed and the whole theatre team, the patient in bay 2 is going home',
    'Our consultant Mr Jones saw the patient in clinic',
  ])('leaves "%s" alone', (text) => {
    expect(any(text)).toEqual([]);
  });

  it('clears every mention of a name once one mention is a colleague', () => {
    expect(any('Tom is retiring after 30 years. Tom looked after every patient like family')).toEqual([]);
  });

  it('takes broader care words as enough for a title and surname, not for a first name', () => {
    const broad = excerptsWith({ ...NAMES, careContext: ['@titled-patient-cues'] });
    expect(broad('Lovely to see Mr Hussain back in clinic today')).toEqual(['Mr Hussain']);
    expect(any('Lovely to see Mr Hussain back in clinic today')).toEqual([]);
    expect(broad('Lovely to see Kevin back in clinic today')).toEqual([]);
    expect(broad('Mr Jones, our orthopaedic consultant, ran the fracture clinic today')).toEqual([]);
  });

  it('never names someone on the not-names list, as a word or as a whole name', () => {
    const political = excerptsWith({ ...NAMES, notNames: ['Rachel Reeves', 'Streeting'] });
    expect(any('Rachel Reeves was admitted with a broken wrist')).toEqual(['Rachel Reeves']);
    expect(political('Rachel Reeves was admitted with a broken wrist')).toEqual([]);
    expect(political('Mr Streeting was seen in clinic')).toEqual([]);
  });

  it('lets a pack add local non-names (ward and hospital names)', () => {
    const local = excerptsWith({ ...NAMES, notNames: ['Florence', 'Bramble'] });
    const text = 'Say hello to Bramble (4), who visits the patient in bay 2 every Thursday';
    expect(any(text)).toEqual(['Bramble']);
    expect(local(text)).toEqual([]);
  });
});
