import { describe, expect, it } from 'vitest';
import { findWith } from './find-with';

const find = findWith({
  kind: 'jigsaw',
  conditions: ['@conditions'],
  occupations: ['@occupations'],
  context: { terms: ['@care-context'], within: 20 },
});
const jigsaw = (text: string) => find(text).map((f) => f.excerpt);

describe('jigsaw detector', () => {
  it('flags three or more kinds of detail about one patient, naming the kinds', () => {
    const [f] = find('The 94-year-old on Ward 7 who came in Tuesday after the fall on Fore Street is doing well');
    expect(f.excerpt).toBe('94-year-old on Ward 7 who came in Tuesday after the fall on Fore Street');
    expect(f.message).toMatch(/age/);
    expect(f.message).toMatch(/ward or bed/);
  });

  it.each([
    'Pt JS, 72M, admitted Tues via ED after a fall outside the Co-op on Fore St.',
    'Last Tuesday, a 34-year-old primary school teacher from Whitby was brought into our ED after collapsing at the school gates.',
    'Happy 100th birthday to Miss L on Ward 2 today, the whole team sang to her!',
    'Bert (93) on ward 4 waited 9 hrs for pain relief last night.',
    '92-year-old lady from Ripon admitted Saturday with a broken hip, her son is the local vicar',
    'Still thinking about the 23 yo we had in resus fri night after the crash on the M6 near Lancaster',
    'Proud to have looked after the first patient in Scotland to get this new gene therapy on our unit, a mum of two from Oban',
    'School nurse day at St Mary’s: the girl in Year 4 with the cochlear implant asked the best questions',
  ])('flags "%s"', (text) => {
    expect(jigsaw(text)).toHaveLength(1);
  });

  it.each([
    'Our 24-bed frailty unit opened on Monday, three years in the making',
    'Flu jab drop-ins on Thurs 9 and Thurs 16 October, protect yourself and your patients',
    'Our stroke team had a busy Tuesday on Ward 6 with 4 new admissions',
    'Fall prevention week: 3 falls on Ward 5 last Tuesday is 3 too many',
    'Mr B in bay 3 finally ate half a sandwich after 4 days',
    'Mrs R, 89, left on a trolley in our corridor for 31 hrs',
    "Promised Mr H from bay 4 I'll add him once he's discharged so I can see pics of his grandkids",
    'My dad has been moved from ITU to a normal ward after 3 weeks at the Royal',
    "The lovely man I looked after on ward 7 invited me to his 80th birthday party, course I'm going",
  ])('leaves "%s" alone', (text) => {
    expect(jigsaw(text)).toEqual([]);
  });

  it('needs a care context', () => {
    expect(jigsaw('Our 34-year-old teacher from Whitby had a fall on Tuesday at the park')).toEqual([]);
  });

  it('counts only details close together (a long post is not one patient)', () => {
    const filler = ' The team did brilliantly and everyone pulled together on the ward.'.repeat(8);
    expect(jigsaw(`A 94-year-old was admitted.${filler} Tuesday was busy.${filler} Someone had a fall.`)).toEqual([]);
  });
});
