import { describe, expect, it } from 'vitest';
import { excerptsWith } from './find-with';

const CONTEXT = { terms: ['@care-context', '@conditions'], within: 20 };
const inCare = excerptsWith({ kind: 'patient-initials', acronyms: ['@acronyms'], context: CONTEXT });
const titleOnly = excerptsWith({ kind: 'patient-initials', acronyms: ['@acronyms'], context: { ...CONTEXT, require: 'absent' } });

describe('patient-initials detector', () => {
  it.each([
    ['Mr B was admitted last night.', 'Mr B'],
    ['Mrs K. in side room 2 is palliative.', 'Mrs K'],
    ['J.S. was transferred to ITU.', 'J.S.'],
    ['Patient JS was seen in clinic.', 'Patient JS'],
    ['Baby C was born at 26 weeks on NICU.', 'Baby C'],
    ['Lovely chat with patient K today on the ward.', 'patient K'],
    ['JB was discharged home after 3 months!', 'JB'],
    ['Service user AB kept asking for his mum on the ward.', 'Service user AB'],
    ['The lady in bay 3, Mrs T, made my day.', 'Mrs T'],
    ['R.W. passed away peacefully this morning.', 'R.W.'],
    ["Swipe for Mr K's leg ulcer after 8 weeks of compression", 'Mr K'],
    ["Pic of JM's card to the team. Miss you JM #palliativecare", 'JM'],
    ['pt JS, 72M, admitted Tues via ED', 'pt JS'],
    ['J.S. (72) in bay 4', 'J.S.'],
    ['Handed over to the night team: TK in bed 3 still refusing obs', 'TK'],
    ['Patient A told me nobody had ever asked how she was, on our ward', 'Patient A'],
    ['CAMHS shift done. Young person AB finally ate a full meal today', 'Young person AB'],
    ['Three months of therapy and "K" finally talked about her dad in session today', 'K'],
    ['Watching M walk out of the rehab unit on her own two feet after 4 months', 'M'],
    ['Mrs.K in bay 2 has been asking for you all day', 'Mrs.K'],
    ['bed 4 (JS) is refusing his meds again on the ward', 'JS'],
  ])('finds the initials in "%s"', (text, initials) => {
    expect(inCare(text)).toEqual([initials]);
  });

  it.each([
    'A patient I will never forget.',
    'Patient A&E waits are shocking.',
    'U.K. wide strike announced for ward staff.',
    'Our GP, ICU and ECG teams were brilliant, thanks to every HCA on the ward.',
    'The patient had a CT and an MRI before the ward round.',
    'Great shift on the ward everyone, thank you all. JB x',
    'AB was amazing on her first shift on the ward today',
    'Shoutout to JB and KL for covering nights on ward 9',
    'Mr R Patel in bay 3 is going home',
    '#ICU #NHS #TeamAMU on the ward today',
    'Dr B and Sister K ran the ward round',
    'Man U were rubbish, the whole ward is gutted',
    'PT and OT reviewed the patient this morning',
    'SHE was discharged home today after 12 weeks and I cried',
    'HE passed away this morning and the whole ward is in bits',
    'Patient X-ray waits are down to 2 days',
    'PAU admitted 20 kids today, absolutely rammed on the ward',
    'Vitamin D is low in most of our patients on the ward in winter',
    'Bay C was closed for a deep clean after the norovirus patients went home',
    "Plan B for the ward rota: 'B' shift starts at 10",
    'A patient walked out of clinic today without his TTOs',
  ])('leaves "%s" alone', (text) => {
    expect(inCare(text)).toEqual([]);
  });

  it('reports a title and initial without care context only to the absent-context rule', () => {
    expect(titleOnly('So Mr A from last week has slid into my DMs')).toEqual(['Mr A']);
    expect(inCare('So Mr A from last week has slid into my DMs')).toEqual([]);
    expect(titleOnly('Mr B in bay 3 finally ate')).toEqual([]);
    // Bare initials without care context are far more often an acronym: never reported.
    expect(titleOnly('JB was discharged from the band last year')).toEqual([]);
  });

  it('lets a pack extend the acronym allow-list', () => {
    const local = excerptsWith({ kind: 'patient-initials', acronyms: ['@acronyms', 'SDU'], context: CONTEXT });
    expect(inCare("SDU's bed was cleaned before the patient arrived")).toEqual(['SDU']);
    expect(local("SDU's bed was cleaned before the patient arrived")).toEqual([]);
  });
});
