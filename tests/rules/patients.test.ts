import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile, packFiles } from '../../src/cli/packs';
import { analyze } from '../../src/engine/analyze';
import type { CompiledPack } from '../../src/engine/compile';
import { passesMod11 } from '../../src/engine/identifiers/check-digits';
import type { Account, Category, Finding } from '../../src/engine/types';

// Labelled drafts for the patient-identifier and patient-initials families, written in styles the dev
// corpus does not use, and look-alikes that must stay quiet. Checked against every pack in rules/, as the
// extension does.

const RULES = new URL('../../rules/', import.meta.url).pathname;
const PACKS: CompiledPack[] = packFiles(RULES).map((file) => {
  const result = loadPackFile(file);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.compiled;
});

const PATIENT: Category[] = ['patient-identifier', 'patient-initials'];

function check(text: string, account: Account = 'personal'): Finding[] {
  return analyze({ text, account, platform: 'x' }, PACKS);
}

/** Patient categories that would hold the post (warn or block). */
function held(text: string, account: Account = 'personal'): Category[] {
  const found = new Set(check(text, account).filter((f) => f.severity !== 'info').map((f) => f.category));
  return PATIENT.filter((c) => found.has(c));
}

const I: Category = 'patient-identifier';
const N: Category = 'patient-initials';

describe('patient identifiers and initials on drafts staff write', () => {
  it.each<[string, Category[]]>([
    ['Lovely Mrs Okafor in bay 2 turned 90 today and we all sang to her 🎂', [I]],
    ["RIP Doreen, you were the best patient I've ever had on ward 5 💔", [I]],
    ['Just discharged John Smith from bed 12 after 8 weeks!', [I]],
    ['nhs number 401 023 2137 for the lady in bed 3 - can someone chase her bloods', [I]],
    ['DOB 02/11/1950 for the pt in cubicle 4 please check', [I]],
    ['hospital number RTH1234567 in bay 6 needs a porter', [I]],
    ["Her daughter Karen keeps ringing the ward, number's 07700 900555", [I]],
    ['We admitted a 45-year-old man with a stroke on Tuesday to Ward 6', [I]],
    ['Discharged the patient home to SW1A 1AA but the transport went to the old address', [I]],
    ['His wife asked me to pass on her email, june.smith54@gmail.com, to the consultant', [I]],
    ['Poor Gladys in bed 7 hasn’t had a visitor in 3 weeks 😢', [I]],
    ['That lovely man Winston from bay 1 passed away this morning, RIP', [I]],
    ['Little Poppy (4) was so brave having her bloods done today ❤️', [I]],
    ['Mrs Begum’s son rang again today, third time, about her discharge from Ward 8', [I]],
    ['The gentleman in bed 4, Mr D, has been an absolute joy this week', [N]],
    ['R.W. passed away peacefully this morning surrounded by family', [N]],
    ['Ms K finally went home today after 6 weeks with us on the ward', [N]],
    ['pt AB, 81F, fell at home on Sunday, now on ward 12', [I, N]],
    ['Mr Patel, 84, came in with chest pain and is now on the cardiac ward', [I]],
    ['Lovely to see Mr Hussain back in clinic today, walking without his frame after 6 months of rehab 💪', [I]],
    ['Paramedic life: 3am, 91yo gent on the floor of his bungalow in Thornbury since teatime, lives alone, broken hip', [I]],
    ['Dear Mrs Pemberton in bed 6, thank you for the Quality Street, you made our night 🍫', [I]],
    ['Midwife here: delivered twins for a lovely couple from Harrogate at 03:14 this morning, Ward 3, mum doing well', [I]],
    ['Kwame Mensah, 58, admitted overnight with a stroke, is asking for his wife Abena', [I]],
    ['Mrs J Smith, 23 Church Lane, please contact reception about your results', [I]],
    ['Happy 70th birthday Jean in bay 4, the team got you a cake 🎂', [I]],
    ['DN visit to Mrs H this morning, her leg ulcer is finally healing after 4 months of compression', [N]],
    ['CAMHS shift done. Young person AB finally ate a full meal today, small wins', [N]],
    ['Nnamdi Okeke in bay 3 is asking for a Nigerian menu option, can catering help?', [I]],
    ['poor little ahmed in cubicle 2 has been so brave with his cannula', [I]],
    ['67 year old retired miner from Ashington, admitted Monday with COPD, now on ward 21', [I]],
    ['Had the privilege of caring for Mrs Wojcik, 101, the oldest patient on our ward', [I]],
    ['JS (72) in bed 4 is going home today!!', [N]],
    ["Lovely Mr B's wife brought in biscuits for the whole ward", [N]],
  ])('flags: %s', (text, expected) => {
    expect(held(text)).toEqual(expected);
  });

  it.each<[string, Account?]>([
    ['Scam alert: we will never ask for your NHS number by text. Call our switchboard on 01632 960000 if in doubt', 'trust'],
    ['Invoice 9434765919 for the ward’s new chairs has been paid'],
    ['Our order 4010232137 from NHS Supply Chain is late again'],
    ['The NHS at 75: born 5th July 1948 and still going strong', 'trust'],
    ['Ward 7 re-opens 12/03/2025 after the refurb, thanks estates!'],
    ['Pop in to our drop-in at M1 1AE on Tuesday, no appointment needed', 'trust'],
    ['Email pals@example.nhs.uk if you have feedback about your care', 'trust'],
    ['Our ward phone is 0161 496 0123 for relatives asking about visiting', 'trust'],
    ['Feeling poorly? Call NHS 111 or 0300 311 22 33', 'trust'],
    ['Huge well done to Priya Patel on passing her nursing degree! So proud of our team'],
    ['Jean from the ward retired today after 40 years'],
    ['Mrs Thompson, our lovely ward sister, retires today'],
    ['Our Chief Nurse Sarah Morgan visited the stroke unit today to thank the team', 'trust'],
    ['My dad John has been in ITU for 3 weeks, thank you to every nurse there'],
    ['Our stroke team had a busy Tuesday on Ward 6 with 4 new admissions', 'trust'],
    ['Fall prevention week: 3 falls on Ward 5 last Tuesday is 3 too many', 'trust'],
    ['The GP, HCA and RN team on AMU smashed it today'],
    ['Happy retirement to JT who has run our ward for 30 years!'],
    ['Winston Churchill ward is moving to the new building in March', 'trust'],
    ['Met Ruby and Grace at the conference, great talk on delirium'],
    ['Keir Starmer visited the hospital today and met patients on the wards'],
    ['Two patients in bay 4 had a fall today, please remember the falls bundle'],
    ['Meet Margaret, 84, who shared her story of life after stroke with us (shared with her consent) 💙', 'trust'],
    ['Derek Walsh from the Estates team has been fixing our radiators all week, hero'],
    ["Massive thanks to Mrs Pemberton's Year 2 class for the cards they made for our ward 🎨"],
    ['Our district nursing team visited 340 patients this week, including 80 leg ulcer reviews', 'trust'],
    ['Our midwives delivered 412 babies last month, including 6 sets of twins 👶👶', 'trust'],
    ['So proud of my daughter Jessica, 17, for passing her driving test!'],
    ['Happy birthday to my mum Jean, 70 today and still the boss 🎂'],
    ['Kwame Mensah is our new Chief Executive, welcome!', 'trust'],
    ['Mrs Smith, our ward manager, has been nominated for a Nursing Times award'],
    ['Mr Jones, our orthopaedic consultant, ran the fracture clinic single-handed today'],
    ['Ask for Mrs Lewis at the GP reception if you need a repeat prescription', 'trust'],
    ['Rachel Reeves should try a night shift on my ward before she lectures us'],
    ['Our patients can now book appointments online at www.example.nhs.uk/book/4010232137', 'trust'],
    ['Congratulations to Ngozi on her promotion to ward sister!'],
    ['Big thank you to Tendai, our brilliant HCA, for covering the night shift on ward 4'],
    ['Sian from pharmacy saved the day with the TTOs again'],
    ['Took my mum to her appointment at the eye clinic today, lovely staff'],
    ['Meet Sister Jane Doyle, who has led our stroke unit for 20 years', 'trust'],
    ['Welcome to Ward 9’s new matron, Claire Hughes, who joins us from Leeds', 'trust'],
    ['Our patient experience lead Sarah Khan presented at the NHS ConfedExpo today', 'trust'],
    ['Mr Men books donated to the children’s ward by the League of Friends, thank you!', 'trust'],
    ['JB and I did the 3 peaks for the ICU charity, £2k raised!'],
    ['Our GP practice on Church Lane has moved to 14 High Street, Oldham OL1 1AB', 'trust'],
    ['Dr S and Dr T covered the whole ward between them tonight, heroes'],
  ])('leaves alone: %s', (text, account) => {
    expect(held(text, account)).toEqual([]);
  });
});

const tenDigits = fc.stringMatching(/^\d{10}$/);
const spaced = (d: string, sep: string) => `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`;
// Where 10-digit numbers turn up in posts that are not about patients.
const NON_CARE = [
  (n: string) => `Amazon order ${n} STILL not here after 9 days 🙄`,
  (n: string) => `Does anyone know how to chase a parcel? Ref ${n}, stuck in Warrington for 5 days`,
  (n: string) => `Booking ${n} confirmed for the hen do in Magaluf!!`,
  (n: string) => `Ring the box office on ${n} for tickets to the panto`,
  (n: string) => `Our quiz team raised £${n.slice(0, 3)} and the winning raffle ticket was ${n}`,
  (n: string) => `Unix time ${n} is when my code finally compiled 😂`,
  (n: string) => `Council tax account ${n}, why is the website always down`,
];

describe('random 10-digit numbers outside care (order, reference and phone numbers)', () => {
  const run = (numbers: fc.Arbitrary<string>) =>
    fc.assert(
      fc.property(numbers, fc.constantFrom('', ' ', '-', '.'), fc.constantFrom(...NON_CARE), (d, sep, draft) => {
        const text = draft(sep === '' ? d : spaced(d, sep));
        const holding = check(text).filter((f) => f.severity !== 'info');
        expect(holding.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
      }),
      { numRuns: 250 },
    );

  // Each run checks a draft against every pack, so give the two properties room on a busy machine.
  it('no rule warns or blocks', () => run(tenDigits), 60_000);
  it('no rule warns or blocks even when the number passes the NHS check digit', () => run(tenDigits.filter(passesMod11)), 60_000);
});
