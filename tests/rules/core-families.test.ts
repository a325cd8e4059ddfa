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
  /**
   * A known gap: the rules get this draft wrong today, for the reason given. Its test passes while the
   * gap is there and fails once the rules get it right, so the note is not left behind.
   */
  gap?: string;
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
  const right = cases.filter((c) => !c.gap);
  const gaps = cases.filter((c) => c.gap);
  if (right.length) {
    it.each(right.map((c) => [c.text, c] as const))('%s', (_, c) => {
      expect(flagged(c)).toEqual([...c.expect].sort());
    });
  }
  if (gaps.length) {
    it.fails.each(gaps.map((c) => [c.text, c] as const))('known gap: %s', (_, c) => {
      expect(flagged(c)).toEqual([...c.expect].sort());
    });
  }
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

/*
 * A second set, written before the rules were rebuilt around general structure (target + negative
 * judgement, HR process about the author, signs of working in care, party/politician/election/policy
 * judgement). Other voices, roles and sites than the first set; the hard negatives complain about things
 * that are not the employer, praise managers, explain policy or use political words in other senses.
 */
const SECOND_SET: Record<string, Case[]> = {
  'grievance: the employer, managers, HR processes and colleagues, in other words': [
    { text: "Payroll have docked me £200 for an 'overpayment' with zero explanation. Nobody answers the phone. Proper clowns.", expect: [G, MD] },
    { text: 'Asked for one Saturday off for my brother\'s wedding, six weeks\' notice. Declined. This ward runs on guilt and goodwill and management know it.', expect: [G, MD], platform: 'facebook' },
    { text: 'Our practice manager thinks reception staff should skip lunch when the phones are busy. Try it yourself, Sandra.', expect: [G, MD], platform: 'facebook' },
    { text: "Twelve years here and I found out my post was being 'reviewed' from a group email. The way this Trust treats long-serving staff is shameful.", expect: [G, MD], platform: 'linkedin' },
    { text: "the powers that be have decided we can't claim mileage for home visits anymore. cheers, really feeling the love 🙃", expect: [G, MD] },
    { text: "Another 'listening event' from the exec team where nobody listened. Same slides as last year. Why do we bother.", expect: [G, MD] },
    { text: "Band 7 on our unit takes every good shift for herself and dumps the nights on the newbies. Everyone's noticed, nobody says anything.", expect: [G, MD], platform: 'facebook' },
    { text: 'Got my informal absence warning through the post today. For having a miscarriage. Let that sink in.', expect: [G, MD], platform: 'facebook' },
    { text: "Occ health referral because I've been off twice with my back. The same back I did lifting patients with no hoist. Genius system.", expect: [G, MD] },
    { text: "Managed out. That's what they call it when HR and your manager decide you're 'not a good fit' after 9 years. I'm done with this place.", expect: [G, MD], platform: 'facebook' },
    { text: "Bradford score of 128 so I'm on stage 2. Apparently chemo isn't a good enough reason. Thanks Trust 👍", expect: [G, MD] },
    { text: 'whoever decided to move the staff car park to the other side of the river should be made to walk it at 7am in January', expect: [G, MD] },
    { text: "Still no reply from HR about my regrading appeal. 11 months. They'd sack us for being that slow.", expect: [G, MD] },
    { text: "Our consultant shouted at a student in front of the whole MDT today. Apparently that's just 'his way'. It's bullying, full stop.", expect: [G, MD], platform: 'facebook' },
    { text: 'The chief exec got a CBE and we got a pizza voucher. Says it all really.', expect: [G, MD] },
    { text: 'E-roster has me down for 4 nights in a row then an early. Who builds these things?? Do they hate us?', expect: [G, MD] },
    { text: "Told my manager I was struggling and she told me to 'be more resilient'. Great leadership there.", expect: [G, MD], platform: 'facebook' },
    { text: "Suspended on full pay while they 'investigate'. Can't say what for, can't contact colleagues. Six weeks of silence from the Trust.", expect: [G, MD], platform: 'facebook' },
    { text: "Cheers to the Health Board for cutting our mileage rate and calling it 'harmonisation'. Absolute muppets.", expect: [G, MD] },
    { text: "Flexible working request rejected for the third time. Apparently a single mum doing 3 long days 'doesn't meet service needs'. Ok then.", expect: [G, MD], platform: 'facebook' },
    { text: 'Our lovely directorate leadership have decided we can do 20% more clinics with the same staff. Love that for us 🙂', expect: [G, MD] },
    { text: 'Grievance hearing next week against my supervisor. Six months of comments about my weight and my accent. Wish me luck.', expect: [G, MD], platform: 'facebook' },
    { text: 'Why does IT at this hospital take 3 weeks to reset a password? I literally cannot log in to see my patients.', expect: [G, MD] },
    { text: 'Bank holiday enhancements paid 2 months late AGAIN 😡 #nhs', expect: [G, MD] },
    { text: "If the senior team spent as much time on the shop floor as they do on LinkedIn, maybe they'd know how bad it is.", expect: [G, MD], platform: 'linkedin', gap: "the complaint is only implied by the 'if they… maybe they'd know' shape" },
    { text: "Matron took the credit for our ward's audit results at the board meeting. Didn't mention a single HCA. Classic.", expect: [G, MD] },
    { text: 'so the surgery partners are all buying new cars and the receptionists got a 1% pay rise. make it make sense', expect: [G, MD], platform: 'facebook' },
    { text: "Being performance managed by someone who can't even use the e-roster themselves is a special kind of hell", expect: [G, MD] },
    { text: "Ambulance service bosses: 'we value our staff'. Also ambulance service bosses: 14 hours stuck outside ED with no meal break.", expect: [G, MD], gap: 'the sarcasm is in the quoted slogan set against the facts' },
    { text: 'My line manager read out my sickness record in front of the team at handover. Is that even legal??', expect: [G, MD], platform: 'facebook' },
    { text: "Put in a formal complaint about my team leader's comments. HR lost it. Twice.", expect: [G, MD] },
    { text: "our CD couldn't run a bath, never mind a department", expect: [G, MD] },
    { text: "Facilities have been 'looking into' the broken staff toilets on level 3 since March. Dignity at work, they said 🤡", expect: [G, MD] },
    { text: 'The bank office cancelled my shift 40 minutes before the start. Again. No pay, no apology.', expect: [G, MD] },
    { text: "Apparently asking for my pay to be right makes me 'difficult'. Love it here.", expect: [G, MD], platform: 'facebook' },
    { text: 'Huge thanks to Facilities for finally fixing the lift on Ward 6… after only 7 months 🙄', expect: [G], account: 'trust' },
    { text: "Dear senior leadership, a 'thank you' email with a wellbeing webinar link is not a pay rise. Regards, every nurse.", expect: [G, MD], platform: 'linkedin', gap: "the complaint is only implied by 'is not a pay rise'" },
    { text: 'New manager has been here a month and already half our team have applied elsewhere. Nobody wants to work for her.', expect: [G, MD], platform: 'facebook' },
  ],
  'grievance: hard negatives (other targets, praise, advice, policy)': [
    { text: 'Southern Rail cancelled my train again, third time this week. Absolute shambles 🙄', expect: [] },
    { text: 'The manager at the garage tried to charge me £400 for a bulb. Clowns.', expect: [] },
    { text: 'Our new manager is brilliant: sorted the rota in a week, actually listens, and fought for our study days. Views my own.', expect: [] },
    { text: "City's defence is a joke, the manager needs sacking after that. 0-4 at home 🤬⚽", expect: [] },
    { text: "Weather's a disgrace, third bank holiday in a row it's chucked it down ☔", expect: [] },
    { text: 'The NHS needs a proper ten-year workforce plan and fully funded social care. Not a dig at anyone, just the maths. Views my own.', expect: [], platform: 'linkedin' },
    { text: "If you've been invited to a sickness absence meeting you're entitled to bring a union rep or a colleague. Know your rights! (union rep, views my own)", expect: [], platform: 'facebook' },
    { text: "Our HR team ran the best menopause workshop I've been to. Practical, kind and funny. Views my own.", expect: [], platform: 'linkedin' },
    { text: "Landlord still hasn't fixed the boiler after 3 weeks. Useless.", expect: [] },
    { text: 'Massive thanks to payroll for sorting my back pay within a day of me flagging it 🙌 (views my own)', expect: [] },
    { text: 'Council bin collections on our street are a joke, missed again', expect: [] },
    { text: 'Ryanair charged me £60 for a bag that fitted in the sizer. Disgraceful.', expect: [] },
    { text: 'Stage 1 of the garden makeover done 🌱 patio next', expect: [], platform: 'instagram' },
    { text: 'Our matron has been on every shift this week covering gaps, absolute legend. Views mine.', expect: [] },
    { text: 'Retention is the real workforce crisis. We need flexible working that actually works for nurses with kids. (own views)', expect: [], platform: 'linkedin' },
    { text: 'My football team\'s management are clueless, sacked our best coach mid-season 😤', expect: [] },
    { text: "Amazon customer service are useless, 4th time I've been told my refund is 'processing'", expect: [] },
    { text: 'The kids\' school has changed the term dates AGAIN without telling anyone. Fed up.', expect: [], platform: 'facebook' },
    { text: 'Capability statement for the tender submitted, fingers crossed 🤞 #smallbusiness', expect: [], platform: 'linkedin' },
    { text: "My boss at the café is the best, she let me swap so I could go to my nan's 90th 🥰", expect: [], platform: 'facebook' },
    { text: "Our Freedom to Speak Up Guardian is here if you're worried about bullying or how you've been treated at work. Call or email in confidence.", expect: [], account: 'trust' },
    { text: 'Sad news: our chief executive is retiring after 11 years. She will be hugely missed.', expect: [], account: 'trust' },
    { text: 'Training for line managers on handling grievances and disciplinaries fairly runs every month; book via the learning hub.', expect: [], account: 'trust' },
    { text: 'The referee was clueless and the board have done nothing about the pitch. Season over.', expect: [] },
  ],
  'missing-disclaimer: signs of working in health or care, in other roles': [
    { text: 'Dispensary did 400 TTOs today with one technician down. Pharmacy team, you are machines 💊', expect: [MD] },
    { text: 'First solo visit as a health visitor today. New mum cried, I nearly did too 🥹', expect: [MD], platform: 'facebook' },
    { text: 'Reception at the surgery this morning: 63 calls in the queue by 8:02. We are doing our best, I promise.', expect: [MD], platform: 'facebook' },
    { text: 'Scanned 31 people today in CT and every one of them said thank you. Good day.', expect: [MD] },
    { text: "Four weeks into my rotation on the stroke unit and I've learned more than in a year of lectures", expect: [MD] },
    { text: 'NHS 111 shift done. 47 calls, one very scared dad, one chest pain sent straight to 999. Bed.', expect: [MD] },
    { text: 'My caseload is 38 families and I love every one of them, even the ones who never answer the door 😅', expect: [MD], platform: 'instagram' },
    { text: 'Deep cleaned 3 side rooms after C diff today. Domestics are the unsung heroes of this hospital.', expect: [MD], platform: 'facebook' },
    { text: 'Eight years as an OT and I still well up when someone makes their first cup of tea after a stroke.', expect: [MD], platform: 'linkedin' },
    { text: 'Porter stats: pushed 26 beds today, 11 of them to theatres. Legs gone.', expect: [MD] },
    { text: "New rota's out and I've got Christmas off for the first time in 6 years!!! 🎄😭", expect: [MD], platform: 'facebook', gap: 'rota and leave are the only work signs, and they count once' },
    { text: 'Phlebotomy clinic was heaving this morning. If your blood test is at 8am, bring a book 😅', expect: [MD] },
    { text: 'Finally signed off for my IV competencies 💉 no more chasing someone to hang my antibiotics!', expect: [MD] },
    { text: 'Two cardiac arrests before lunch, one ROSC. Sat in the car for 10 minutes after. Back in tomorrow.', expect: [MD] },
    { text: 'Sonographer plea: please drink the water before your scan, it really does help us 😂', expect: [MD] },
    { text: 'Handed in my notice after 14 years at the Royal. Off to community nursing. Terrified and excited.', expect: [MD], platform: 'facebook' },
    { text: 'Our speech and language therapy team got a man talking to his grandkids again today. This job 🥹', expect: [MD], platform: 'linkedin' },
    { text: "Sat with a lady in her last hours tonight because her family couldn't get here in time. Privilege doesn't cover it.", expect: [MD], platform: 'facebook' },
    { text: 'Resus trolley check, CD count, obs every hour and still found time for a cuppa. Nights aren\'t so bad.', expect: [MD] },
    { text: 'Crisis team tonight: 3 assessments, 1 admission, a lot of tea. Look after each other.', expect: [MD] },
    { text: 'Clinic overran by 2 hours because the consultant got called to theatre. Our patients were so patient, bless them.', expect: [MD] },
    { text: 'Day 1 as a support worker on an inpatient CAMHS unit. The young people were so welcoming.', expect: [MD], platform: 'facebook' },
    { text: "Covering triage today with half the usual staff. If you're waiting in our ED, we haven't forgotten you.", expect: [MD] },
    { text: 'Crewed up with a new starter today, first job was a 90 year old fall. She was brilliant with him.', expect: [MD] },
    { text: "Just clerked my 15th admission of the night and it's only 2am. Send coffee.", expect: [MD] },
  ],
  'missing-disclaimer: not working in care, or a disclaimer given': [
    { text: 'My mum is a midwife and she swears the full moon brings the babies 🌕', expect: [], platform: 'facebook' },
    { text: 'Got my flu jab at the GP surgery this morning, in and out in 5 mins 💉', expect: [] },
    { text: 'Waiting for my results from the clinic, the anxiety is real 😬', expect: [] },
    { text: 'Massive thank you to the paramedics who came out to my grandad last night, he\'s doing well on the ward now 💙', expect: [], platform: 'facebook' },
    { text: 'Night shift at the warehouse again 😴 peak season is no joke', expect: [] },
    { text: 'Binge-watched all of Call the Midwife this weekend, sobbing', expect: [] },
    { text: "Physio appointment went well, knee's finally bending past 90 😅", expect: [] },
    { text: 'Spent the morning volunteering at the food bank. Humbling.', expect: [] },
    { text: 'My hospital bag is packed! 37 weeks today 🤰', expect: [], platform: 'instagram' },
    { text: 'Ward 9 at the Royal were amazing with my nan, thank you to every nurse on that ward ❤️', expect: [], platform: 'facebook' },
    { text: 'Teacher life: 32 reports written, 0 brain cells left ✏️', expect: [] },
    { text: 'Started my new job as a veterinary nurse today! Puppies all day 🐶', expect: [], platform: 'facebook' },
    { text: 'Work do tonight, our office won the charity quiz 🏆', expect: [] },
    { text: 'Twelve-hour shift in ED done, home for toast. Views my own.', expect: [] },
    { text: 'Care home visit with the kids to see great-nan, she loved their drawings 🥰', expect: [], platform: 'facebook' },
  ],
  'political: parties, politicians, elections, campaigns and policy judgement': [
    { text: "Can't believe anyone still trusts Farage after everything. Embarrassing.", expect: [PO] },
    { text: 'Knocked on 80 doors today for our candidate, feet aching but worth it 🌹', expect: [PO] },
    { text: 'The Tories gave us 14 years of austerity and now lecture us about productivity 🙄', expect: [PO] },
    { text: 'Delighted our hospital is in the Conservative manifesto! Vote for a party that backs local services.', expect: [PO], account: 'trust' },
    { text: "This government's decision to cut the public health grant is short-sighted and cruel.", expect: [PO], platform: 'facebook' },
    { text: 'The Health Secretary is a disgrace and should resign.', expect: [PO] },
    { text: 'Sign the petition to stop the sell-off of our GP services 👇 #SaveOurNHS', expect: [PO], platform: 'facebook' },
    { text: "Polling day! Go vote, and whatever you do don't let Reform anywhere near the NHS.", expect: [PO] },
    { text: 'Our MP voted against the nurses\' pay motion. Remember that at the ballot box.', expect: [PO] },
    { text: 'Proud to be joining the Green Party today 💚', expect: [PO], platform: 'instagram' },
    { text: "Keir Starmer's promises on waiting lists aren't worth the paper they're written on.", expect: [PO] },
    { text: "Brilliant speech from the First Minister today, finally someone standing up for Scotland's NHS 🏴", expect: [PO] },
    { text: "As a nurse I'll be voting for the party that actually funds social care. Hint: it's not the blue lot.", expect: [PO, MD] },
    { text: 'Welcome news from the Prime Minister today. Thank you for putting our NHS first!', expect: [PO], account: 'trust' },
    { text: "Ministers have made a complete mess of the resident doctors' dispute and patients are paying for it.", expect: [PO] },
    { text: 'Standing for the council in May as an independent! Leaflets arriving next week 📬', expect: [PO], platform: 'facebook' },
    { text: 'Anyone who votes SNP after what they\'ve done to the ferries and the NHS needs their head read.', expect: [PO] },
    { text: "The Senedd election is in May. Register to vote and make it count for Wales's NHS with Plaid.", expect: [PO] },
    { text: 'Tory MPs voting down the pay rise while claiming expenses for their second homes. Never forget.', expect: [PO] },
    { text: 'We urge ministers to reverse the cuts to our capital budget before more buildings fail.', expect: [PO], account: 'trust' },
    { text: "Thoughts on the Lib Dems' health plan? Honestly looks like the best of a bad bunch.", expect: [PO] },
    { text: "Rishi, Keir, Kemi, whoever. None of them have a clue about the NHS.", expect: [PO] },
  ],
  'political: false friends and neutral mentions': [
    { text: 'Busy night on labour ward, 6 babies and a full moon 🌕 views my own', expect: [] },
    { text: "Conservative estimate: we'll finish the extension by June 😂", expect: [] },
    { text: 'The Minister for Health visited our new endoscopy unit today and met staff and patients.', expect: [], account: 'trust' },
    { text: 'Leaving party for Dr Patel tonight at the Plough, all welcome 🎉 (views mine)', expect: [], platform: 'facebook' },
    { text: 'Please vote for Ward 12 in the Nursing Times Awards, link in bio!', expect: [], account: 'trust', platform: 'instagram' },
    { text: 'The government has announced this winter\'s vaccination programme. If you are eligible you will get a letter or text from your GP.', expect: [], account: 'trust' },
    { text: 'Explainer: the NHS 10 Year Plan moves more care from hospitals into the community. Here is what that means for patients. Views my own.', expect: [], platform: 'linkedin' },
    { text: 'Our church minister gave a lovely blessing for the new hospice garden 🌷', expect: [], platform: 'facebook' },
    { text: 'Green smoothie every morning this week, feeling virtuous 🥬', expect: [] },
    { text: 'Ballot papers for our staff governor elections close on Friday, make your voice heard!', expect: [], account: 'trust' },
    { text: 'Reforming outpatients: from April more follow-up appointments will be booked by patients when they need them.', expect: [], account: 'trust' },
    { text: "The party's over, back to reality tomorrow 😩", expect: [], platform: 'instagram' },
    { text: 'Liberal amounts of suncream today, it\'s 28 degrees ☀️', expect: [] },
    { text: 'Strike day tomorrow: emergency cover is in place and we will contact you if your appointment changes.', expect: [], account: 'trust' },
    { text: 'Our Outpatients car park will be a polling station on Thursday, so please allow extra time to park.', expect: [], account: 'trust' },
  ],
};

/*
 * A third set, written after the rebuild (before looking at how it scored), to see how the rules do on
 * drafts they were not built from; the misses it showed led to broader vocabularies, not to its sentences.
 */
const THIRD_SET: Record<string, Case[]> = {
  'grievance: a third set, written after the rebuild and measured once before further tuning': [
    { text: "3 years I've been asking for a proper chair for my back at the reception desk. 3 years. Still sitting on a broken one. Our practice manager just shrugs every time.", expect: [G, MD], platform: 'facebook' },
    { text: "nothing says 'we value you' like finding out your unit is being merged via a press release. thanks senior leadership x", expect: [G, MD] },
    { text: 'got pulled into the office for being 4 mins late off the bus. 4 minutes. after staying 2hrs late every shift this month unpaid. unreal', expect: [G, MD] },
    { text: "The way our ward sister talks to the HCAs is disgusting. Would never speak to a registered nurse like that. Everyone's scared of her.", expect: [G, MD], platform: 'facebook' },
    { text: "I've just left the NHS after 19 years. Not because of the patients, never the patients. Because of a leadership culture that punishes anyone who asks questions. I hope my old Trust is listening.", expect: [G, MD], platform: 'linkedin' },
    { text: "Got a letter saying I'm being investigated over a Datix I didn't even write. No one will tell me anything. This is my mental health they're messing with.", expect: [G, MD] },
    { text: "Bank shifts now paid 6 weeks in arrears 'due to a system change'. Some of us have rent to pay, payroll. Sort it.", expect: [G, MD] },
    { text: "Day 4 of no hot water in the staff showers after a night shift. Reported it 9 times. Estates couldn't care less.", expect: [G, MD], platform: 'facebook' },
    { text: "the new deputy director walked round the department for 10 mins, told us we need to 'work smarter', and left. didn't even say hello to the nurses. inspirational stuff", expect: [G, MD] },
    { text: "Second return to work interview this year and both times I was made to feel like a criminal for having endometriosis. Women's health, eh. HR couldn't be less interested.", expect: [G, MD], platform: 'facebook' },
    { text: "our locums get £120 an hour and us substantive lot can't get our mileage paid. make it make sense trust", expect: [G, MD] },
    { text: "told I can't have my daughter's graduation off because 'nights are short'. been here 11 yrs. never taken a sick day. feeling very appreciated 🙂", expect: [G, MD], platform: 'instagram', gap: "no employer named; 'feeling very appreciated 🙂' is read as sincere" },
    { text: 'If anyone from the Health Board reads this, the out of hours GP service is held together by 4 people and goodwill. You should be embarrassed.', expect: [G, MD], platform: 'facebook' },
    { text: "Formal hearing on Tuesday about my attendance. Every one of my absences was covid caught at work. Union rep says it's a stitch-up.", expect: [G, MD] },
    { text: "Apparently raising concerns about the rota makes you a 'troublemaker' in this department. Noted.", expect: [G, MD], platform: 'facebook' },
    { text: "one of the consultants on our floor hasn't done a ward round before 11 in months and nobody dares say a thing. must be nice", expect: [G, MD] },
    { text: 'Reminder that the people who decided nurses should pay £80 a month to park at work have free spaces outside the exec block.', expect: [G, MD] },
    { text: "Honest question for NHS leaders: why do we spend a fortune on consultancy firms to tell us what every nurse on the floor could tell you for free? Our directors won't hear it.", expect: [G, MD], platform: 'linkedin' },
    { text: "my manager has cancelled my annual leave AGAIN the week before I go. non refundable flights. I'm actually in tears", expect: [G, MD], platform: 'facebook' },
    { text: "got my PDR back. 'needs to be more of a team player'. from the manager who hasn't been on the ward since March. ok", expect: [G, MD] },
    { text: 'Still waiting for IT to fix the printers on our ward. Three weeks and counting 🙄', expect: [G], account: 'trust' },
    { text: 'Off sick with stress and my manager has rung me 6 times this week. Is this how you support staff? Genuinely asking.', expect: [G, MD], platform: 'facebook' },
    { text: "Downbanded from a 6 to a 5 in the 'restructure' with 2 weeks notice. 15 years service. Cheers.", expect: [G, MD] },
    { text: "Our matron makes it very clear she has favourites and if you're not one of them good luck getting any training.", expect: [G, MD], platform: 'facebook' },
    { text: "the trust have rolled out a new e-rostering app that doesn't work on half our phones and we're expected to just figure it out. classic", expect: [G, MD] },
    { text: 'Northern cancelled my train AGAIN. Fourth time this month. Absolute clowns. 🙄', expect: [] },
    { text: "Our head of department is leaving and honestly I'm gutted, she's been the best boss I've ever had. Views my own.", expect: [], platform: 'facebook' },
    { text: "Spurs' board are a disgrace. Sell the club. 🤬", expect: [] },
    { text: 'Workforce planning in the NHS needs to start with retention: flexible rotas, protected breaks, and a career path for HCAs. Thoughts my own.', expect: [], platform: 'linkedin' },
    { text: "Council still haven't fixed the pothole on our road. Three months. Useless.", expect: [], platform: 'facebook' },
    { text: 'Are you a line manager? Our new People Hub has guidance on supporting staff through sickness absence, including return to work conversations.', expect: [], account: 'trust' },
    { text: 'Shout out to our HR advisor Gemma who sorted my maternity pay in a day when I was panicking. Absolute star. Views my own', expect: [], platform: 'facebook' },
    { text: 'the self checkouts at Tesco are a joke, unexpected item in bagging area every single time', expect: [] },
    { text: "Virgin Media have been 'fixing' my broadband for 2 weeks. Nobody listens. Fuming.", expect: [] },
    { text: 'Proud that our leadership team held 40 listening sessions this year and acted on what staff told us: new rest rooms, free parking on nights. Views my own.', expect: [], platform: 'linkedin' },
    { text: "My boyfriend's boss is a nightmare, makes him work every Saturday 🙄", expect: [] },
    { text: 'My manager was so supportive when my dad died. Compassionate leadership is real and it matters. (views my own)', expect: [], platform: 'facebook' },
    { text: 'Referee had a shocker, the manager got it all wrong at half time too. Long drive home 😩', expect: [] },
    { text: 'The weather this bank holiday is a disgrace ☔ kids going stir crazy', expect: [] },
    { text: "Kids' school have cancelled sports day for the third year running. Fed up of it.", expect: [], platform: 'facebook' },
  ],
  'missing-disclaimer: a third set': [
    { text: 'three 13hr shifts in a row and my feet have officially resigned 🥲', expect: [MD] },
    { text: 'first week as a dental nurse on the community dental service done 🦷 the kids are so brave', expect: [MD], platform: 'instagram' },
    { text: "If you see a paramedic in the queue at Greggs at 4am, let them go first. We've not eaten since yesterday 😂", expect: [MD], platform: 'facebook' },
    { text: "After 6 years in the Emergency Department at Wexham Park I'm moving into a practice educator role. Can't wait to support our new registrants.", expect: [MD], platform: 'linkedin' },
    { text: 'the amount of people who come to majors with a 3 day old headache is wild', expect: [MD] },
    { text: 'bleeped 4 times in 10 minutes for paracetamol prescriptions. F2 life is glamorous', expect: [MD] },
    { text: 'Delivered twins on the birth centre tonight, both mum and babies doing great 💕 best job in the world', expect: [MD], platform: 'facebook' },
    { text: 'podiatry clinic survival kit: gloves, coffee, a strong stomach 🦶😂', expect: [MD], platform: 'instagram', gap: 'a service and a clinic are the only work signs, and they count once' },
    { text: 'Our IPC team have been on the wards all week helping with the noro outbreak. Heroes, the lot of them.', expect: [MD] },
    { text: 'Just finished my first week on the district nursing team. So many leg ulcers, so much tea offered, so much love for this job.', expect: [MD], platform: 'facebook' },
    { text: 'ambulance crew life: 3 jobs, 11 hours, 1 sausage roll. please stop calling 999 for toothache', expect: [MD] },
    { text: 'Thrilled to have been appointed Head of Midwifery at Swansea Bay University Health Board.', expect: [MD], platform: 'linkedin' },
    { text: 'pharmacy team Christmas jumper day 🎄 the dispensary has never looked so festive', expect: [MD], platform: 'instagram' },
    { text: "Nothing like a 3am sepsis call to wake you up. Patient's stable now. Off home to sleep.", expect: [MD] },
    { text: "Three of my service users got their own tenancies this month. Proud doesn't cover it. #supportworker", expect: [MD], platform: 'facebook' },
    { text: "radiology on call tonight, if you request a CT head for a 'funny turn' at 3am I will find you 😂", expect: [MD] },
    { text: "Retiring on Friday after 32 years as a theatre sister. I'll miss the team more than I can say.", expect: [MD], platform: 'facebook' },
    { text: 'Hand hygiene audit today and we got 100%. Small wins on our unit 🧼', expect: [MD] },
    { text: 'midwifery student, week 12: caught my 5th baby today 👶 still cried', expect: [MD], platform: 'instagram' },
    { text: "Our CAMHS team has cut waiting times from 18 weeks to 6 this year. I'm so proud of what my colleagues have done.", expect: [MD], platform: 'linkedin' },
    { text: 'My auntie has been a district nurse for 30 years and still loves it. So proud of her 💙', expect: [], platform: 'facebook' },
    { text: 'Booked my smear test. Nobody enjoys it but do it, ladies.', expect: [] },
    { text: "Grandad's been moved to the stroke unit at the General. Staff have been amazing with him.", expect: [], platform: 'facebook' },
    { text: 'Accountancy exams done! Night shifts of revision finally paid off 📚', expect: [] },
    { text: "our little one's first day at nursery 🎒 not crying, you're crying", expect: [], platform: 'instagram' },
    { text: 'Watched 24 Hours in A&E again, how do they do it?', expect: [] },
    { text: "A&E waiting times near me are shocking, waited 7 hours with my son's arm last week", expect: [], platform: 'facebook' },
    { text: 'Night shift at the bakery this week, the smell of fresh bread at 4am is elite 🥖', expect: [] },
    { text: 'Started as Operations Manager at a logistics firm in Warrington this week. Great team!', expect: [], platform: 'linkedin' },
    { text: 'Back from the physio, ankle strapped, 6 weeks off football 😭', expect: [] },
  ],
  'political: a third set': [
    { text: 'Farage on telly again. Can someone switch him off please.', expect: [PO] },
    { text: 'Proud to be out leafleting for Welsh Labour today in the rain 🌹🏴', expect: [PO], platform: 'facebook' },
    { text: 'A huge thank you to the Health Secretary for delivering the funding we asked for. This government really understands the NHS.', expect: [PO], account: 'trust' },
    { text: 'The Conservatives ran the NHS into the ground and now they want us to trust them again? Not a chance.', expect: [PO], platform: 'facebook' },
    { text: 'As an A&E nurse: the last 14 years of Tory government did this. Remember it when you vote.', expect: [PO, MD] },
    { text: "Streeting's new 'league tables' for hospitals are a gimmick that will punish the most deprived areas.", expect: [PO] },
    { text: "Reform would scrap the NHS in a heartbeat if they could. Don't be fooled.", expect: [PO], platform: 'facebook' },
    { text: 'Polling station selfie 🗳️ voted Green for the first time and it felt good 💚', expect: [PO], platform: 'instagram' },
    { text: "We're backing the campaign to get the Chancellor to reverse the cut to NHS capital budgets. Add your name below.", expect: [PO], account: 'trust' },
    { text: "Badenoch saying nurses are 'doing fine' on their pay. Come and do a night shift, Kemi.", expect: [PO], gap: "'come and do a night shift' reads as the author's own night shift" },
    { text: "The SNP promised to fix delayed discharge by 2015. It's 2025. Enough.", expect: [PO], platform: 'facebook' },
    { text: "Who else is watching the leaders' debate tonight? Sunak vs Starmer round 3, popcorn ready 🍿 my money's on Keir", expect: [PO] },
    { text: "I'm standing as the Lib Dem candidate in the county council elections in May. A nurse's voice in local politics matters.", expect: [PO, MD], platform: 'linkedin', gap: "'a nurse's voice' implies the author is a nurse without saying so" },
    { text: 'The Prime Minister should be ashamed of the state of social care. Shameful.', expect: [PO] },
    { text: 'Stormont back and still nothing done about waiting lists. Our politicians are a joke.', expect: [PO], platform: 'facebook' },
    { text: 'Labour ward absolutely heaving tonight, 11 births on my shift (views my own)', expect: [] },
    { text: 'Conservative management is recommended for most simple ankle sprains: rest, ice and gradual return to activity.', expect: [], account: 'trust' },
    { text: "Surprise party for mum's 60th went perfectly 🎉", expect: [], platform: 'facebook' },
    { text: 'The First Minister visited Ninewells today to open the new cancer centre and met staff and patients.', expect: [], account: 'trust' },
    { text: 'The Department of Health has confirmed the 2025/26 pay award for Agenda for Change staff. It will be paid in October with arrears from April.', expect: [], account: 'trust', platform: 'linkedin' },
    { text: 'Our Oncology team are finalists in the Nursing Times Awards 🏆 Public voting is open until Friday, link in bio!', expect: [], account: 'trust', platform: 'instagram' },
    { text: 'Green tea and a good book, perfect Sunday 🍵📖', expect: [] },
    { text: 'Reform of adult social care will be discussed at our public Board meeting on 12 June. Papers are on our website.', expect: [], account: 'trust' },
    { text: "My nan's in labour... of love, knitting 40 hats for the neonatal unit 😂🧶", expect: [], platform: 'facebook' },
    { text: 'Polling day is Thursday. Our hospitals remain open as normal; please attend your appointments.', expect: [], account: 'trust' },
    { text: "Useful summary of the government's new urgent care plan from the King's Fund, worth a read if you work in UEC. Views my own.", expect: [], platform: 'linkedin' },
    { text: 'Party on the patio tonight, bring your own bottle 🍾', expect: [] },
  ],
};

/*
 * A fourth set, written after the second round of changes and measured once before the third.
 */
const FOURTH_SET: Record<string, Case[]> = {
  'grievance: a fourth set, written after the second round of changes': [
    { text: "So the Trust is 'reviewing' our night enhancements. Translation: cutting them. Thanks for nothing after the last 3 winters.", expect: [G, MD], platform: 'facebook' },
    { text: 'third manager in 18 months on our unit. none of them last because the directorate chews them up and spits them out', expect: [G, MD] },
    { text: "I raised a formal grievance about bullying last year. Today I found out the person I complained about has been promoted. I'm speechless.", expect: [G, MD], platform: 'linkedin' },
    { text: "HR lost my DBS form. Again. So I can't start my new post for another month. Brilliant.", expect: [G, MD] },
    { text: "My ward manager just told me I 'don't look sick' when I rang in with a migraine. Absolutely vile attitude.", expect: [G, MD], platform: 'facebook' },
    { text: "Anyone else's trust still not paid the agenda for change uplift? Ours is 'looking into it'. Since April.", expect: [G, MD] },
    { text: 'Being bullied out of my job by a consultant who thinks nurses are his servants. HR know. Nothing happens.', expect: [G, MD], platform: 'facebook' },
    { text: "When your manager puts you on 5 long days in a row and calls it 'development'. Love this for me 🙃", expect: [G, MD] },
    { text: "the audacity of senior management to send a 'wellbeing tips' email at 2am to night staff who haven't had a break", expect: [G, MD], platform: 'instagram' },
    { text: "Just had my stage 3 absence meeting. Dismissal is 'on the table'. After 22 years. I have cancer.", expect: [G, MD] },
    { text: 'The practice partners took a pay rise and told us there was nothing left for staff. Shame on them.', expect: [G, MD], platform: 'facebook' },
    { text: "our new band 6 refuses to take bloods because it's 'an HCA job'. bless her", expect: [G, MD] },
    { text: 'Sorry to patients on Ward 3 for the cold today. Estates have known about the boiler for weeks and done nothing 😡', expect: [G], account: 'trust' },
    { text: 'Hospital car parking charges for staff going up AGAIN while the execs park for free. Every. Single. Year.', expect: [G, MD], platform: 'facebook' },
    { text: "4 years asking for a band 6 secondment and it goes to the manager's best friend who qualified last year. funny that", expect: [G, MD] },
    { text: "Leaving the Health Board today. I won't miss the culture of fear, the meetings about meetings, or being told to 'do more with less'.", expect: [G, MD], platform: 'linkedin' },
    { text: "suspended for 'inappropriate conduct' because I challenged a consultant about a drug error. make it make sense", expect: [G, MD] },
    { text: "Our rota coordinator has given me every bank holiday this year. Every one. Coincidence I'm sure 🙄", expect: [G, MD], platform: 'facebook' },
    { text: 'So glad management finally noticed the staff room ceiling fell in. Only took 5 weeks and a Datix. Superb.', expect: [G, MD] },
    { text: "Told by my line manager that asking for reasonable adjustments for my ADHD is 'making excuses'. Speaking to my union tomorrow.", expect: [G, MD], platform: 'facebook' },
    { text: 'the ward manager at my old job was a nightmare, glad I left. new team are lovely. views my own', expect: [G] },
    { text: "Our trust's new parking policy means I pay £6 a day to come to work. On a band 3 wage. Outrageous.", expect: [G, MD] },
    { text: "Gutted our lovely matron is retiring, the ward won't be the same. Views my own.", expect: [] },
    { text: "Landlord put the rent up again and still won't fix the damp. Shocking.", expect: [], platform: 'facebook' },
    { text: 'Good managers make or break a team. Mine listens, backs us in front of patients and fights for our training budget. Grateful. Views my own.', expect: [], platform: 'linkedin' },
    { text: 'Avanti have cancelled the 17:40 again. Absolute joke of a train company.', expect: [] },
    { text: 'We know car parking has been difficult this month. From Monday staff will have 200 extra spaces at the Park and Ride, free of charge.', expect: [], account: 'trust' },
    { text: "Man United's board should be ashamed of the state of Old Trafford. Sell up.", expect: [], platform: 'facebook' },
    { text: 'Staff turnover in the NHS is a system problem: pay, workload and housing costs. Fix those and retention follows. Views are my own.', expect: [], platform: 'linkedin' },
    { text: "My mum's care home manager is brilliant, keeps us updated every day ❤️", expect: [] },
    { text: 'Our HR team has launched a new flexible working policy: every role is open to flexible working from day one. Read more on the intranet.', expect: [], account: 'trust' },
    { text: "Sainsbury's delivery driver left my shopping in the rain again. Useless.", expect: [], platform: 'facebook' },
    { text: "The referee's decisions were a disgrace today, our manager was fuming on the touchline ⚽", expect: [] },
    { text: 'Our new consultant is amazing with anxious families, learning so much from her. Views my own.', expect: [], platform: 'facebook' },
    { text: "My son's school head is useless at communicating, found out about the inset day from another parent 🙄", expect: [] },
    { text: 'Running a stall on sickness absence support at the staff wellbeing fair today, come say hi! Views my own.', expect: [] },
  ],
  'missing-disclaimer: a fourth set': [
    { text: 'first set of nights as a qualified nurse done 🌙 the HCAs carried me tbh', expect: [MD] },
    { text: "I've spent the last decade in acute medicine and this winter was the hardest I've known. Our team kept going anyway.", expect: [MD], platform: 'linkedin' },
    { text: 'Did my first solo home birth today 🏠👶 mum was incredible', expect: [MD], platform: 'facebook' },
    { text: "call 999 when you're having a stroke not 2 days later pls. love, every ED nurse", expect: [MD] },
    { text: "scrubs on, coffee in hand, 3 theatre cases this morning 💉 let's go", expect: [MD], platform: 'instagram' },
    { text: "Spent my whole break on hold to the pharmacy about one patient's warfarin. Never a dull moment on a medical ward.", expect: [MD] },
    { text: "20 years in the ambulance service this week. Thank you to every crewmate who's had my back.", expect: [MD], platform: 'facebook' },
    { text: 'Excited to start as Lead Pharmacist for Mental Health at Cwm Taf Morgannwg next month.', expect: [MD], platform: 'linkedin' },
    { text: 'had a lovely old gent on the ward today who sang to us during his obs 🎶', expect: [MD] },
    { text: "receptionist life: 'I need an appointment today but I'm not ill' 🙃", expect: [MD] },
    { text: 'Passed my OSCE! Officially a registered nurse in 6 weeks 🎉', expect: [MD], platform: 'facebook' },
    { text: 'ICU tonight. 8 ventilated patients, 6 nurses. We made it work, we always do.', expect: [MD] },
    { text: 'Doctor here: please bring a list of your medications to every appointment. It saves so much time.', expect: [MD] },
    { text: "Porters are the backbone of this hospital and I'll die on that hill 💪 #porterlife", expect: [MD], platform: 'facebook' },
    { text: "After 3 hours in A&E with my daughter we're home. Staff were brilliant.", expect: [] },
    { text: 'My best friend just qualified as a paramedic, so proud of her 🚑', expect: [], platform: 'facebook' },
    { text: 'Dentist appointment at 9, dreading it 😬', expect: [] },
    { text: 'New job as a barista starts Monday ☕ wish me luck', expect: [], platform: 'instagram' },
    { text: 'Midwife appointment today, heard the heartbeat for the first time 🥹', expect: [] },
    { text: "Night shift at the care home for my sister tonight so I'm on babysitting duty 🍿", expect: [], platform: 'facebook' },
    { text: "Just finished Adam Kay's book, laughed and cried. Doctors are a different breed.", expect: [] },
    { text: "ward round on Grey's last night was so unrealistic lol", expect: [] },
  ],
  'political: a fourth set': [
    { text: 'The Tories are finished in Scotland and good riddance.', expect: [PO] },
    { text: 'Just joined Labour. Time to get involved 🌹', expect: [PO], platform: 'facebook' },
    { text: "We're proud to support the Scottish Government's brilliant new NHS recovery plan, the best in the UK 👏", expect: [PO], account: 'trust' },
    { text: "Wes Streeting couldn't run a bath. Worst Health Secretary in memory.", expect: [PO] },
    { text: 'Share this before the election: the Conservatives voted against a pay rise for nurses 11 times.', expect: [PO], platform: 'facebook' },
    { text: 'a vote for Reform is a vote to sell off the NHS. simple as.', expect: [PO] },
    { text: 'The Chancellor found billions for defence but nothing for social care. Priorities.', expect: [PO] },
    { text: 'Our MP has done more for this town in 2 years than the last one did in 20. Legend.', expect: [PO] },
    { text: "As a GP partner I'm backing the Green Party's plan to properly fund primary care. Please consider them on Thursday.", expect: [PO, MD], platform: 'linkedin' },
    { text: 'DUP blocking everything again at Stormont while waiting lists grow. Disgraceful.', expect: [PO] },
    { text: 'Ahead of the Senedd election we call on all parties to commit to a fully funded NHS Wales.', expect: [PO], account: 'trust' },
    { text: 'The Secretary of State visited our new surgical hub today and spoke to patients and staff about their experiences.', expect: [], account: 'trust' },
    { text: 'Labour was long but worth it, meet our daughter Isla 💕', expect: [] },
    { text: 'Please vote for our porter Dave in the Unsung Hero awards! Voting closes Friday.', expect: [], account: 'trust' },
    { text: 'Conservative approach for my knee for now, physio and patience 🙃', expect: [] },
    { text: 'Our Green Team have planted 500 trees on the hospital site this year 🌳', expect: [], account: 'trust' },
    { text: 'Block party on our street Saturday, bring a chair 🎉', expect: [] },
    { text: "The government's new NHS App features launch today: you can now see your test results and manage prescriptions in one place.", expect: [], account: 'trust' },
    { text: 'The pay review body process needs reform so awards are known before April, whoever is in government. Views my own.', expect: [], platform: 'linkedin' },
    { text: 'Pension reform webinar at lunchtime was actually useful (views mine)', expect: [] },
  ],
};

/*
 * A fifth set, written after the third round of changes and measured once before the fourth.
 */
const FIFTH_SET: Record<string, Case[]> = {
  'missing-disclaimer: a fifth set, subtler work talk': [
    { text: "pt in cubicle 6 asked if I was old enough to be a nurse. I'm 34. I'll take it 😂", expect: [MD] },
    { text: "Had to tell a family tonight that their mum wouldn't make it to morning. Some nights you just sit in the car and breathe.", expect: [MD], platform: 'facebook' },
    { text: 'new uniform who dis 💙 band 6 at last!!', expect: [MD], platform: 'instagram' },
    { text: 'Anyone know if the staff nursery at the General has spaces? Back from mat leave in Jan', expect: [MD] },
    { text: "why do people think shouting at the triage nurse will get them seen faster. it won't. it really won't.", expect: [MD] },
    { text: "One of my mums from last year sent me a photo of her baby's first birthday 🥹 this is why we do it", expect: [MD], platform: 'facebook', gap: "'my mums' (a midwife's patients) is not read as patients" },
    { text: 'whoever left a half eaten curry in the staff fridge on level 4 since Tuesday, I know where you work', expect: [MD] },
    { text: 'Our stroke team at Morriston hit a door-to-needle time of 19 minutes this month. Incredible teamwork.', expect: [MD], platform: 'linkedin' },
    { text: "Day 2 of my elective in Nepal and I've already seen more TB than in 4 years of med school", expect: [MD] },
    { text: "ward Christmas party was messy 🍸 don't ask about the consultant's dance moves", expect: [MD], platform: 'instagram' },
    { text: "gave my number to the lovely daughter of a patient so she could text me how he's getting on at home. she's added me on here too ☺️", expect: [MD], platform: 'facebook', gap: "a patient is the only work sign" },
    { text: "Theatre 3's anaesthetic machine has been broken for a fortnight and we're still being booked full lists. Somebody will get hurt.", expect: [MD] },
    { text: "honestly some of these eastern european HCAs can't even speak English, how are they allowed near patients", expect: [G, MD] },
    { text: 'Off for 10 days to Lanzarote from Saturday, house sitter sorted, last set of nights done ☀️', expect: [MD], platform: 'facebook' },
    { text: 'Swapped my Christmas day shift for NYE, worth it', expect: [MD] },
    { text: 'Presented our falls reduction project at the regional QI forum today. So proud of the ward team who made it happen.', expect: [MD], platform: 'linkedin' },
    { text: 'there is nothing more satisfying than a perfectly filled sharps bin. HCA life', expect: [MD] },
    { text: "First week as a healthcare support worker on the renal unit done! Everyone's been lovely", expect: [MD], platform: 'facebook' },
    { text: '12 years in paediatrics and a toddler with croup still terrifies me at 3am', expect: [MD] },
    { text: "quiet night in resus for once 🤞 (now I've said it)", expect: [MD], platform: 'instagram' },
    { text: 'My daughter has just started as a student nurse in Leeds, so proud 🥹', expect: [] },
    { text: 'Finally got a GP appointment after 3 weeks of trying. The receptionist was lovely though.', expect: [], platform: 'facebook' },
    { text: 'Long shift at the shop today, feet killing me 😩', expect: [] },
    { text: 'hospital radio volunteer night 🎧 played 40 requests for the wards', expect: [], platform: 'instagram' },
    { text: 'Just donated blood for the 25th time 🩸 get yourselves booked in', expect: [] },
    { text: "Thank you to the team on ward 22 for looking after my husband after his heart attack. We'll never forget your kindness.", expect: [], platform: 'facebook' },
    { text: "Watching the nurses on 'Ambulance' on BBC, they're unreal", expect: [] },
    { text: "Delighted to join Deloitte's health consulting practice as a manager.", expect: [], platform: 'linkedin' },
    { text: "my manager at work is lovely, let me leave early for my kid's nativity 🥹", expect: [] },
    { text: 'recovering from my op, the nurses on the day unit were superstars', expect: [], platform: 'instagram' },
  ],
  'grievance: a fifth set': [
    { text: 'our surgery manager has decided receptionists now do the phones AND the front desk alone from 8-10. with 70 calls queued. genius', expect: [G, MD] },
    { text: "They've taken our tea room off us to make an office for the new divisional manager. Priorities 👍", expect: [G, MD], platform: 'facebook' },
    { text: "still haven't had the pay protection they promised when they closed our unit. 8 months. the trust is a disgrace", expect: [G, MD] },
    { text: "Had my appraisal with a manager who couldn't name one thing I'd done this year. Motivating.", expect: [G, MD] },
    { text: "If you work at Royal Glamorgan and you've had your mileage claim rejected without explanation, you're not alone. It's happened to half our team.", expect: [G, MD], platform: 'facebook' },
    { text: "I'm on a final written warning for a parking ticket in the staff car park. You honestly couldn't make it up.", expect: [G, MD] },
    { text: "After 12 years I'm leaving because I can no longer work for a Trust that treats its nurses as numbers on a spreadsheet.", expect: [G, MD], platform: 'linkedin' },
    { text: "nights coordinator put me on 1:1 with a violent patient for 12 hours with no break, again. they wouldn't do it", expect: [G, MD] },
    { text: "Apparently our service is 'being reviewed'. Nobody from senior management has actually come to see what we do.", expect: [G, MD] },
    { text: "Gutted to hear our ward manager is off on long term sick. Hope she's ok, she's the best. Views my own", expect: [], platform: 'facebook' },
    { text: 'My landlord is useless, 4th time asking him to fix the shower', expect: [] },
    { text: "Dear Royal Mail, a card saying 'we tried to deliver' when I was in all day is not it 🙄", expect: [] },
    { text: "Reflective practice: the best thing a manager ever did for me was tell me it's ok not to know. Pass it on. Views my own.", expect: [], platform: 'linkedin' },
    { text: "Managers: if you're dealing with a sickness absence, lead with kindness. The policy is a floor, not a ceiling. Views my own.", expect: [] },
    { text: 'Shambolic from England tonight. Southgate out. ⚽', expect: [], platform: 'facebook' },
  ],
  'political: a fifth set': [
    { text: "Tory MPs queuing up to say they 'love the NHS' while voting for cuts. Spare me.", expect: [PO] },
    { text: 'Voted Plaid this morning, first time ever 💚 Pob lwc Cymru', expect: [PO], platform: 'facebook' },
    { text: 'Delighted that our local MP has backed our campaign for a new A&E, a true friend of this hospital 👏', expect: [PO], account: 'trust' },
    { text: "Anyone else think Starmer's doing alright actually? Give him a chance.", expect: [PO] },
    { text: "The government's new immigration rules will gut social care. Carers from abroad keep this country running. Shameful.", expect: [PO], platform: 'facebook' },
    { text: 'Out on the doorstep for our Lib Dem candidate again this weekend, loads of support for local health services', expect: [PO] },
    { text: 'The Scottish Government has spent 17 years blaming Westminster for everything. Take some responsibility.', expect: [PO] },
    { text: 'The Health Minister toured our new maternity unit today and met midwives and families.', expect: [], account: 'trust' },
    { text: 'In labour with baby no.3 🤞 see you on the other side', expect: [] },
    { text: "Following the government's announcement on new hospital funding, we will share more about what it means for our sites in the coming weeks.", expect: [], account: 'trust' },
    { text: 'vote for my dog in the cutest pet competition pls 🐶🏆', expect: [] },
  ],
};

/*
 * A sixth set, written last and measured once before a final round of small changes.
 */
const SIXTH_SET: Record<string, Case[]> = {
  'grievance: a sixth set': [
    { text: 'Our unit manager has banned phones on shift but spends half the day on hers. Rules for thee.', expect: [G, MD] },
    { text: "Six weeks since I submitted my expenses. Finance say it's 'in the queue'. I've paid for my own fuel to do home visits all month.", expect: [G, MD], platform: 'facebook', gap: "the complaint is carried by 'in the queue' and paying for fuel oneself" },
    { text: "called into a meeting with HR and my manager today with no warning about my 'attitude'. because I asked why we're always short. love that", expect: [G, MD] },
    { text: "I was told my secondment was 'not a priority' by a director who has never once visited our service. Morale is on the floor.", expect: [G, MD], platform: 'linkedin' },
    { text: "Band 7 interview went to the internal candidate who hadn't even applied until the deadline was extended for her. Totally fair process 🙃", expect: [G, MD] },
    { text: "The trust wants us to do 'voluntary' extra shifts for no enhancement because of 'winter pressures'. Every year it's winter pressures.", expect: [G, MD], platform: 'facebook' },
    { text: "pretty sure the new F1 on our ward thinks nurses are his PA. nobody's told him yet", expect: [G, MD], gap: "the colleague is mocked without a word of judgement" },
    { text: 'My manager shared my sick note with the whole team WhatsApp. Raised it with HR and got nowhere. Absolutely furious.', expect: [G, MD], platform: 'facebook' },
    { text: "We've been asking our IT provider to fix the appointment booking system for 5 weeks. Still broken. Sorry patients 😤", expect: [G], account: 'trust', gap: "an outside provider is not read as the employer" },
    { text: "Gutted for the team, our ward manager is moving on. She's been brilliant. Views mine.", expect: [] },
    { text: 'my bus was 40 mins late, the driver was rude and the heating was broken. bus company are a disgrace', expect: [] },
    { text: 'Our new estate agent has been useless from day one. House sale is a nightmare.', expect: [], platform: 'facebook' },
    { text: "If you're being bullied at work, you're not alone. Speak to your union or FTSU guardian. Views my own.", expect: [] },
    { text: "Our HR business partner was a rock during my team's restructure. Good HR makes all the difference. Views my own.", expect: [], platform: 'linkedin' },
    { text: 'the referee needs sacking and so does our manager, relegation form ⚽😭', expect: [] },
  ],
  'missing-disclaimer: a sixth set': [
    { text: "pt in bay 2 told me I remind her of her granddaughter, I'm going to cry", expect: [MD] },
    { text: 'Scrub cap collection is getting out of hand 🧢 theatres team, which one next?', expect: [MD], platform: 'instagram' },
    { text: 'First shift back after surgery, colleagues made me a cake 🎂 love this ward', expect: [MD] },
    { text: 'Rang the bell for a lady who finished her last round of radiotherapy today. Whole department cried.', expect: [MD], platform: 'facebook' },
    { text: 'Always check the drug chart before you hang anything. Always. #nurses', expect: [MD] },
    { text: 'Delighted to share our audit on sepsis screening in ED has been accepted for a poster at the RCEM conference.', expect: [MD], platform: 'linkedin' },
    { text: 'Mental health liaison on a Friday night is a different beast. 4 assessments, 2 sections, 1 very strong coffee', expect: [MD] },
    { text: 'pharmacist on call this weekend 💊 pray for me', expect: [MD], platform: 'instagram' },
    { text: 'Did a home visit to a lovely old couple married 70 years. They made me promise to come back for tea 🫖', expect: [MD], platform: 'facebook' },
    { text: "The amount of people who ring 111 asking for a sick note 🙃 we can't do that, I promise", expect: [MD], gap: "the author is only implied by 'we can't do that'" },
    { text: 'Four years as a physician associate in respiratory medicine and I still learn something every clinic.', expect: [MD], platform: 'linkedin' },
    { text: "Someone on our ward just asked me if I was the cleaner. I'm the ward sister. 😂", expect: [MD] },
    { text: 'Just passed my prescribing course!! V300 done 💊🎉', expect: [MD], platform: 'facebook' },
    { text: "Nothing like hearing a baby's first cry at 5am to make the night shift worth it", expect: [MD] },
    { text: 'Our stroke rehab gym got a makeover 💪 patients are loving it', expect: [MD], platform: 'instagram' },
    { text: "My son's been in hospital all week with his asthma, the nurses on the children's ward have been angels", expect: [] },
    { text: 'Had my 20 week scan today! Baby is perfect 💕', expect: [], platform: 'facebook' },
    { text: 'New job at the council starts Monday, admin in housing. Nervous!', expect: [] },
    { text: 'Gym at 6am then work, who even am I 💪', expect: [], platform: 'instagram' },
    { text: 'anyone know a good physio in Cardiff for a dodgy knee?', expect: [] },
    { text: 'My niece is doing her nursing degree at Swansea and loving it 🥰', expect: [], platform: 'facebook' },
    { text: 'Night shift at the warehouse done, 4 days off now 😴', expect: [] },
    { text: "Visiting Grandma on the stroke ward tonight, she's doing so well", expect: [], platform: 'facebook' },
    { text: 'Call the Midwife Christmas special had me in bits', expect: [] },
    { text: 'Excited to start as a data analyst at a fintech in Manchester!', expect: [], platform: 'linkedin' },
  ],
  'political: a sixth set': [
    { text: 'Sunak and his lot left the NHS in ruins and now want to lecture us. No thanks.', expect: [PO] },
    { text: 'Out with the Greens handing out leaflets in town, come say hi 🌍', expect: [PO], platform: 'facebook' },
    { text: "We welcome the Chancellor's decision to invest in our new hospital. A great day for the people of Dorset, thanks to this government.", expect: [PO], account: 'trust' },
    { text: "If you care about the NHS, don't vote Reform. It's that simple.", expect: [PO] },
    { text: "Rachel Reeves' budget is a kick in the teeth for public sector workers.", expect: [PO] },
    { text: 'Our local Labour MP has been brilliant on the hospital campaign, she has my vote again.', expect: [PO], platform: 'facebook' },
    { text: 'The SNP government have mismanaged NHS Scotland for years. Time for change.', expect: [PO] },
    { text: "Nigel Farage talking about the NHS like he's ever set foot in an A&E 🙄", expect: [PO] },
    { text: 'We call on ministers to end corridor care by funding social care properly. Our patients deserve better.', expect: [PO], account: 'trust' },
    { text: 'The Prime Minister opened our new cancer centre today. Staff and patients enjoyed meeting him.', expect: [], account: 'trust' },
    { text: 'Labour and delivery nurses are a special breed 💜 (views my own)', expect: [] },
    { text: 'Our Green Plan progress report is out today: 30% less carbon from our estate since 2020.', expect: [], account: 'trust' },
    { text: "Garden party for Gran's 90th on Sunday 🎉", expect: [], platform: 'facebook' },
    { text: 'Polling stations are open until 10pm today. Our services are running as normal.', expect: [], account: 'trust' },
    { text: 'Reforming how we do handover has cut our medication errors by a third. Small changes matter. Views my own.', expect: [], platform: 'linkedin' },
    { text: 'New government guidance on infection control in care homes comes into force on Monday; our teams are ready.', expect: [], account: 'trust' },
  ],
};

for (const set of [SECOND_SET, THIRD_SET, FOURTH_SET, FIFTH_SET, SIXTH_SET]) {
  for (const [name, cases] of Object.entries(set)) describe(name, () => check(cases));
}

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
