import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../src/cli/packs';
import { analyze } from '../../src/engine/analyze';
import type { Account, Category, Draft, Platform } from '../../src/engine/types';

/*
 * Drafts written for this suite (not taken from the corpus), in several voices, for the grievance,
 * missing-disclaimer and political families of the NHS core pack. Each states which of those three
 * categories a careful IG lead would flag; hard negatives state none.
 */

const loaded = loadPackFile(new URL('../../rules/nhs-core.yaml', import.meta.url).pathname);
if (!loaded.ok) throw new Error(`rules/nhs-core.yaml does not load: ${JSON.stringify(loaded.problems)}`);
const pack = loaded.compiled;

const FAMILIES: Category[] = ['grievance', 'missing-disclaimer', 'political'];
const G = 'grievance';
const MD = 'missing-disclaimer';
const PO = 'political';

interface Case {
  text: string;
  expect: Category[];
  account?: Account;
  platform?: Platform;
}

function draft(c: Case): Draft {
  return { text: c.text, account: c.account ?? 'personal', platform: c.platform ?? 'x' };
}

/** The three families' categories that would hold the post (warn or block). */
function flagged(c: Case): Category[] {
  const found = analyze(draft(c), pack).filter((f) => f.severity !== 'info' && FAMILIES.includes(f.category));
  return [...new Set(found.map((f) => f.category))].sort();
}

function check(cases: Case[]) {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_, c) => {
    expect(flagged(c)).toEqual([...c.expect].sort());
  });
}

describe('missing-disclaimer: work talk on a personal account', () => {
  check([
    { text: 'Just finished a 12.5 hour shift in resus and my feet are done 😩', expect: [MD] },
    { text: 'Theatre list overran again but we got all 6 cases done. Love my team 💙', expect: [MD] },
    { text: 'Anyone else on the wards tonight? Send biscuits 🍪', expect: [MD] },
    { text: 'I work in A&E and honestly the public have no idea how hard this winter has been.', expect: [MD], platform: 'facebook' },
    { text: "Proud to be part of the team at St Mary's NHS Foundation Trust, celebrating our CQC rating today!", expect: [MD], platform: 'linkedin' },
    { text: "Handover done, kettle on, 3 admissions already. It's going to be one of those nights #nursing", expect: [MD] },
    { text: 'Three years as a paramedic today. Some jobs stay with you forever.', expect: [MD] },
    { text: 'Discharged my longest-staying patient today after 14 weeks. Happy tears in the office 😭', expect: [MD], platform: 'facebook' },
    { text: 'Our district nursing team covered 62 home visits today with 4 staff off sick. Incredible effort.', expect: [MD], platform: 'linkedin' },
    { text: 'ward round from hell today lol, consultant wanted every pt re-clerked', expect: [MD] },
    { text: 'Back on nights from tomorrow, see you on the other side 🦉', expect: [MD], platform: 'instagram' },
    { text: 'As a GP I see the impact of the cost of living crisis every single day in my surgery.', expect: [MD], platform: 'linkedin' },
    { text: 'nights done ✔️ 4 on, 4 off, bed time 😴 #nhs', expect: [MD], platform: 'instagram' },
    { text: 'Started my new job as a Band 5 on the cardiology ward today! Nervous but excited', expect: [MD], platform: 'facebook' },
    { text: 'Medical student here: first time assisting in theatre today and I didn\'t faint!', expect: [MD] },
    { text: 'just did 3 cannulas in a row first time, feeling like a pro 😎 #studentnurse', expect: [MD] },
    { text: 'Proud of my team today 💙 #NHS', expect: [MD] },
    { text: 'Absolutely shattered after a 14-hour shift. Bath, then bed.', expect: [MD] },
    { text: 'Been qualified 5 years today. Still love being a nurse ❤️', expect: [MD], platform: 'facebook' },
    { text: 'Bed manager rang at 3am, we had no beds and 12 in ED waiting. Fun times.', expect: [MD] },
    { text: "I'm delighted to share that I've started a new position as Ward Manager at Kingsway Hospital!", expect: [MD], platform: 'linkedin' },
    { text: 'So proud of our team at Kingsway Hospital for cutting waits by a third this year.', expect: [MD], platform: 'linkedin' },
    { text: 'the lady in side room 4 is such a character 😂', expect: [MD] },
    { text: '12 years with @NWAmbulance today. Best job in the world 🚑', expect: [MD] },
    { text: 'Our community mental health team ran its first peer support group today, 14 service users came along', expect: [MD], platform: 'linkedin' },
  ]);
});

describe('missing-disclaimer: the many ways of writing the disclaimer', () => {
  const disclaimers = [
    'Views my own.',
    'Opinions are mine, not my employer’s.',
    'All views expressed here are my own.',
    'Views = mine.',
    'Own views.',
    'Thoughts & opinions my own.',
    '(tweets my own)',
    'Posting in a personal capacity.',
    'Personal account, views my own.',
    '#ViewsMyOwn',
    'VMO',
    'These views do not represent the views of my employer.',
  ];
  check(disclaimers.map((d) => ({ text: `Long night on the ward but everyone went home safe 💙 ${d}`, expect: [] })));
});

describe('missing-disclaimer: not work talk, or not a personal account', () => {
  check([
    { text: "Can't believe how expensive the car park is at the hospital when you're visiting your nan 😤", expect: [] },
    { text: "My mum's just had her hip done at the Royal, nurses were amazing, home tomorrow 💐", expect: [], platform: 'facebook' },
    { text: 'Waited 6 hours in A&E with my little one last night. The staff were run off their feet but so kind.', expect: [], platform: 'facebook' },
    { text: 'Day 3 in hospital after my appendix came out. Food is grim but the nurses are angels 😇', expect: [], platform: 'facebook' },
    { text: "Dad's finally home from hospital after his bypass. Thank you to all the staff on the cardiac unit ❤️", expect: [], platform: 'facebook' },
    { text: 'My nan is on ward 7 at the General, please keep her in your thoughts 🙏', expect: [], platform: 'facebook' },
    { text: 'Congratulations to my sister on qualifying as a nurse today!! So proud 🎓', expect: [], platform: 'facebook' },
    { text: 'Physio says 6 more weeks before I can run again. Gutted.', expect: [] },
    { text: 'Our new kitchen unit is finally in 🙌 only took 3 months', expect: [], platform: 'instagram' },
    { text: 'Brilliant day at the zoo with the kids 🦒🐧', expect: [], platform: 'instagram' },
    { text: 'Our team smashed the pub quiz again 🏆 #quiznight', expect: [] },
    { text: 'My sister qualified as a nurse today!! So proud 🎓', expect: [], platform: 'facebook' },
    { text: 'Being a mum is the hardest job in the world', expect: [], platform: 'facebook' },
    { text: "Excited to share I've started a new position as Marketing Manager at Acme Ltd!", expect: [], platform: 'linkedin' },
    { text: 'Handover of the keys to our first house today!! 🏡🔑', expect: [], platform: 'instagram' },
    { text: 'Perks of working from home: the dog is my new colleague 🐶', expect: [] },
    { text: 'Thanks @LeedsHospitals for looking after my dad so well ❤️', expect: [], platform: 'facebook' },
    { text: 'A stranger in bay 3 of the car park helped me jump start my car', expect: [] },
    { text: "My company's CEO just announced a restructure, fingers crossed for my team", expect: [], platform: 'linkedin' },
    { text: 'BBQ at our place Saturday, bring the kids and a bottle 🍔', expect: [], platform: 'facebook' },
    { text: 'Sepsis can look like flu. If someone is confused or breathless, call 999 or NHS 111.', expect: [] },
    { text: 'Our ward is recruiting Band 5 nurses, come and join our amazing team!', expect: [], account: 'trust', platform: 'linkedin' },
  ]);
});

describe('missing-disclaimer: LinkedIn references need the personal-capacity wording', () => {
  check([
    {
      text: "I've had the privilege of working with Dr Priya Shah for six years. I wholeheartedly recommend Priya for any consultant post.",
      expect: [MD],
      platform: 'linkedin',
    },
    {
      text: "It was a pleasure to supervise Jack during his preceptorship. He's calm and clinically sharp, and I'd recommend him to any ward.",
      expect: [MD],
      platform: 'linkedin',
    },
    {
      text: 'I had the pleasure of working with Sam for 4 years and highly recommend her. This recommendation is given in a personal capacity and is not a reference from the Trust.',
      expect: [],
      platform: 'linkedin',
    },
    {
      text: 'Just finished the Mary Seacole leadership programme. Would highly recommend it to any Band 6 thinking about management. Views my own.',
      expect: [],
      platform: 'linkedin',
    },
  ]);
});

describe('grievance: complaints about the employer, managers and colleagues', () => {
  check([
    { text: 'Been called into a disciplinary meeting for refusing a 4th extra shift. Unbelievable.', expect: [G, MD], platform: 'facebook' },
    { text: 'Our matron is a total joke, never on the ward, never supports us', expect: [G, MD], platform: 'facebook' },
    { text: "Senior leadership at this trust couldn't care less about staff wellbeing.", expect: [G, MD], platform: 'linkedin' },
    { text: "Third time my annual leave has been refused this year. Apparently 'service needs'. Cheers.", expect: [G, MD], platform: 'facebook' },
    { text: 'Raised a formal grievance against my line manager today. Enough is enough.', expect: [G, MD] },
    { text: "HR still haven't sorted my pay after 3 months. Shocking.", expect: [G, MD] },
    { text: "So the bosses get a new office refurb while we can't get a working BP machine. Disgusting.", expect: [G, MD], platform: 'facebook' },
    { text: "Love how the execs all got pay rises while we're still waiting for our backpay 🙃", expect: [G, MD], platform: 'facebook' },
    { text: "Been on a PIP for 6 months and I'm done. Handing my notice in.", expect: [G, MD] },
    { text: "Our ward manager is an absolute bully and everyone's too scared to say it", expect: [G, MD] },
    { text: 'Our trust spends thousands on agency while staff can\'t even park. Make it make sense.', expect: [G, MD] },
    { text: 'Typical NHS management. Nobody listens.', expect: [G, MD] },
    { text: 'Estates have ignored our broken heating for 3 weeks. Our own Trust can’t fix a radiator 🙄', expect: [G], account: 'trust' },
  ]);
});

describe('grievance: hard negatives', () => {
  check([
    { text: 'Huge thanks to our ward manager for covering the shift when I was poorly 💙 (views my own)', expect: [] },
    { text: 'Management team away day today, some really useful ideas for next year. Views my own.', expect: [], platform: 'linkedin' },
    { text: 'The NHS needs long-term workforce planning, not annual sticking plasters. Views my own.', expect: [], platform: 'linkedin' },
    { text: 'Training on the new disciplinary policy for line managers is now live on the learning hub.', expect: [], account: 'trust' },
    { text: 'Our sickness absence rates are the lowest in the region, well done everyone!', expect: [], account: 'trust' },
    { text: 'Traffic on the M62 this morning is a joke 🙄', expect: [] },
    { text: 'My sister is useless at replying to texts 😂', expect: [] },
    { text: 'The referee was a disgrace tonight, robbed us 😡⚽', expect: [] },
    { text: 'Lost a patient today. Sat in my car for 20 minutes before driving home. Views my own.', expect: [] },
    { text: "Honestly the best manager I've ever had is leaving and I'm gutted 😭 (views mine)", expect: [] },
    { text: 'Had my return to work meeting today, manager was so supportive 💙 Views my own.', expect: [] },
    { text: 'Sick of the rain, the walk in to the ward was grim ☔ Views my own.', expect: [] },
    { text: 'Corridor care is a national disgrace, not the fault of any one hospital. Views my own.', expect: [] },
    { text: 'Bullying has no place in the NHS. If it is happening to you, speak to FTSU. Views my own.', expect: [] },
  ]);
});

describe('political: parties, elections, praise or blame of politicians', () => {
  check([
    { text: "Can't wait to see the back of the Tories on Thursday 🗳️", expect: [PO] },
    { text: "Labour's cuts to winter fuel payments are shameful.", expect: [PO], platform: 'facebook' },
    { text: 'Proud to be a Lib Dem councillor and a nurse. Views my own.', expect: [PO] },
    { text: "Kemi Badenoch hasn't got a clue about the NHS.", expect: [PO] },
    { text: "The Chancellor's Budget is an absolute betrayal of public services.", expect: [PO], platform: 'facebook' },
    { text: 'Polling stations are open until 10pm, go and vote Green! 🌍', expect: [PO], platform: 'instagram' },
    { text: 'Tory scum have wrecked this country #ToriesOut', expect: [PO] },
    { text: 'We are grateful that the Government has finally listened and funded our new A&E.', expect: [PO], account: 'trust', platform: 'linkedin' },
    { text: 'Disappointed that the SNP government has cut our capital budget again.', expect: [PO], account: 'trust' },
    { text: 'Great to meet our local MP today, a real champion for our hospital 👏', expect: [PO], account: 'trust', platform: 'linkedin' },
    { text: 'We stand with our nurses calling for fair pay for every member of staff.', expect: [PO], account: 'trust', platform: 'linkedin' },
  ]);
});

describe('political: false friends', () => {
  check([
    { text: 'Labour ward was rammed tonight, 7 babies in 8 hours 👶 (views my own)', expect: [] },
    { text: "She's been in labour since 4am, go on girl 💪", expect: [], platform: 'facebook' },
    { text: 'Conservative treatment first for most tendon injuries: rest, ice and physio.', expect: [], account: 'trust' },
    { text: 'Our Green Plan has cut anaesthetic gas emissions by 60% 🌱', expect: [], account: 'trust', platform: 'linkedin' },
    { text: 'Reform of outpatient services starts in April: more appointments by video.', expect: [], account: 'trust' },
    { text: 'Leaving party for Sheila on Friday at the Crown, all welcome 🎉', expect: [], platform: 'facebook' },
    { text: 'Vote for our team in the HSJ Awards! Patient Safety team of the year nominee 🏆', expect: [], account: 'trust' },
    { text: 'The Health Minister opened our new day surgery unit this morning and met patients and staff.', expect: [], account: 'trust' },
    { text: 'Resident doctors are on strike from Friday 7am. Please still attend appointments unless contacted.', expect: [], account: 'trust' },
    { text: 'The genomics lab has found 3 new SNPs linked to the condition.', expect: [], account: 'trust', platform: 'linkedin' },
    { text: 'The government has published new guidance on hospital visiting, which we will follow from Monday.', expect: [], account: 'trust' },
    { text: 'Thank you to our MP for visiting the ward and meeting our team today.', expect: [], account: 'trust' },
    { text: 'Just posted my postal vote 🗳️ make sure you use yours!', expect: [] },
    { text: 'Our Gate B car park will be a polling station on Thursday, so please allow extra time for your appointment.', expect: [], account: 'trust' },
  ]);
});

describe('severity and fixes', () => {
  it('blocks politics on a Trust account and warns on a personal one', () => {
    const text = 'Vote Labour on Thursday!';
    const severity = (account: Account) => analyze({ text, account, platform: 'x' }, pack).find((f) => f.category === PO)?.severity;
    expect(severity('trust')).toBe('block');
    expect(severity('personal')).toBe('warn');
  });

  it('never asks a Trust account for a personal-views disclaimer', () => {
    const found = analyze({ text: 'Busy night shift on the ward, thank you team!', account: 'trust', platform: 'x' }, pack);
    expect(found.filter((f) => f.category === MD)).toEqual([]);
  });

  it('offers the disclaimer as a one-click fix, and the fixed draft passes', () => {
    const text = 'Long night shift on the ward, but we got everyone through it.';
    const finding = analyze({ text, account: 'personal', platform: 'x' }, pack).find((f) => f.category === MD);
    const fix = finding?.fixes[0];
    expect(fix?.kind).toBe('append');
    if (fix?.kind !== 'append') return;
    const fixed = text + fix.text;
    expect(analyze({ text: fixed, account: 'personal', platform: 'x' }, pack).filter((f) => f.category === MD)).toEqual([]);
  });

  it('treats strike talk on a personal account as a note that never holds the post', () => {
    const found = analyze({ text: 'Proud to stand with my colleagues on the picket line today ✊ Views my own.', account: 'personal', platform: 'x' }, pack);
    expect(found.filter((f) => f.category === PO).map((f) => f.severity)).toEqual(['info']);
  });
});
