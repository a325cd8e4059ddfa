import { describe, expect, it } from 'vitest';
import { loadPackFile, packFiles } from '../../src/cli/packs';
import { analyze } from '../../src/engine/analyze';
import type { CompiledPack } from '../../src/engine/compile';
import type { Account, Category, Draft, Finding } from '../../src/engine/types';

// Labelled drafts for the six conduct families, written in the styles staff post in: positives and
// look-alikes that must stay quiet. Each is checked against every pack in rules/, as the extension does.

const RULES = new URL('../../rules/', import.meta.url).pathname;
const PACKS: CompiledPack[] = packFiles(RULES).map((file) => {
  const result = loadPackFile(file);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.compiled;
});

const CONDUCT: Category[] = ['abuse', 'confidential', 'whistleblowing', 'personal-safety', 'patient-contact', 'photo-consent'];

interface Labelled {
  text: string;
  /** The conduct categories a careful IG lead would flag (empty: none of them). */
  expect: Category[];
  account?: Account;
  hasMedia?: boolean;
}

function check(draft: Labelled): Finding[] {
  const d: Draft = { text: draft.text, account: draft.account ?? 'personal', platform: 'x', hasMedia: draft.hasMedia };
  return analyze(d, PACKS);
}

/** Conduct categories that would hold the post (warn or block). */
function held(draft: Labelled): Category[] {
  const found = new Set(check(draft).filter((f) => f.severity !== 'info').map((f) => f.category));
  return CONDUCT.filter((c) => found.has(c));
}

function suite(name: string, drafts: Labelled[]) {
  describe(name, () => {
    it.each(drafts.map((d) => [d.text, d] as const))('%s', (_, draft) => {
      expect(held(draft)).toEqual(CONDUCT.filter((c) => draft.expect.includes(c)));
    });
  });
}

suite('abuse', [
  { text: "that consultant is an absolute prick to the juniors, every single day", expect: ['abuse'] },
  { text: 'Agency nurse tonight was a total moron, didnt even know how to do a set of obs', expect: ['abuse'] },
  { text: 'Bay 2 is full of nutters tonight 🙃 send coffee', expect: ['abuse'] },
  { text: 'Another frequent flier in majors, 3rd time this week 🙄 #ED', expect: ['abuse'] },
  { text: 'Why are all the bed blockers on MY ward 😤 social services sort it out', expect: ['abuse'] },
  { text: 'the fat cow in cubicle 4 wanted a sandwich before her bloods lol', expect: ['abuse'] },
  { text: 'some of these old biddies on COTE are proper hard work', expect: ['abuse'] },
  { text: "She only got the job cos she ticks a box, total diversity hire", expect: ['abuse'] },
  { text: 'f***ing IT system crashed AGAIN mid drug round', expect: ['abuse'] },
  { text: 'Shout out to the c*** who nicked my lunch from the staff fridge', expect: ['abuse'] },
  { text: 'Absolute cunt of a patient tonight, spat at me twice', expect: ['abuse'] },
  { text: 'Proper mong moment, put my scrubs on inside out 😂', expect: ['abuse'] },
  { text: 'What a psycho, threw his dinner tray at the HCA', expect: ['abuse'] },
  { text: 'These junkies turning up to resus every Friday, waste of NHS money', expect: ['abuse'] },
  { text: 'Half the HCAs just chat in Polish all shift. Its England, speak English', expect: ['abuse'] },
  { text: "Pregnant AGAIN, third lot of mat leave in four years. Some of us actually work", expect: ['abuse'] },
  { text: 'Our new reg is such a knob, wouldnt even look at the obs chart', expect: ['abuse'] },
  { text: 'Maybe if you had turned up sober you would have been seen 🙄', expect: ['abuse'], account: 'trust' },
  { text: 'Bloody freezing on the walk in today 🥶 why is it always windy at this hospital', expect: [] },
  { text: 'Absolutely knackered after a 13 hour shift, bed calling 😴', expect: [] },
  { text: 'Scunthorpe General are recruiting band 5s, come and join us!', expect: [], account: 'trust' },
  { text: 'Great talk on penile cancer at the urology conference, views my own', expect: [] },
  { text: 'Dick Whittington panto on the childrens ward was a hit 🎭', expect: [], account: 'trust' },
  { text: 'Testicular cancer awareness month, check yourselves lads', expect: [] },
  { text: 'Hereditary spastic paraplegia clinic is moving to Tuesdays from June', expect: [], account: 'trust' },
  { text: 'Felt like an idiot asking, but the consultant was lovely about it 💙', expect: [] },
  { text: "I'm such an idiot, left my stethoscope on the bus", expect: [] },
  { text: 'Gay and proud 🏳️‍🌈 marching with our NHS staff network at Pride on Saturday', expect: [] },
  { text: 'Finger-prick cholesterol checks at the staff wellbeing day, pop along', expect: [] },
  { text: 'Drunk patients make nights really hard, please be kind to ED staff', expect: [] },
  { text: 'Total adrenaline junkie, resus is my happy place 😅', expect: [] },
  { text: 'Walking Offas Dyke path this weekend 🥾', expect: [] },
  { text: 'Send them home with safety-netting advice and a leaflet, that is the plan', expect: [] },
  { text: 'Our interpreter service means patients who speak little English get the same care', expect: [], account: 'trust' },
  { text: 'All women aged 50 to 71 are invited for breast screening every 3 years', expect: [], account: 'trust' },
  { text: "ngl the new f1 is thick as mince, asked me what a cannula was 🤦‍♀️", expect: ['abuse'] },
  { text: "cant stand the night sister, shes a right bitch to the students", expect: ['abuse'] },
  { text: "Resus full of pissheads again. Every. Single. Saturday. Animals the lot of them", expect: ['abuse'] },
  { text: "omg the woman in bed 9 is SO needy, attention seeker of the year award goes to...", expect: ['abuse'] },
  { text: "our ward manager is a lazy cow who hides in the office all day", expect: ['abuse'] },
  { text: "Had a right pair of retards in the waiting room today lol", expect: ['abuse'] },
  { text: "typical man, dragged in by his wife with a 'cold' 🙄 man flu strikes again", expect: ['abuse'] },
  { text: "Some of the overseas nurses can barely speak English and we're expected to trust them with meds??", expect: ['abuse'] },
  { text: "That consultant is a total dick to the juniors", expect: ['abuse'] },
  { text: "Why do the gypos always turn up at 3am with 15 family members", expect: ['abuse'] },
  { text: "honestly some of these patients are vile, I'd put them out on the street", expect: ['abuse'] },
  { text: "Fuck this place, fuck the rota, fuck everything", expect: ['abuse'] },
  { text: "the reg is a useless tosser, left me with 6 sick patients and went for a nap", expect: ['abuse'] },
  { text: "wtf is wrong with these stupid people who cant read a sign", expect: ['abuse'] },
  { text: "Bloody hell what a shift, but we did it 💪 (views my own)", expect: [] },
  { text: "Had a shit day but my cat's cuddles have fixed it 🐱", expect: [] },
  { text: "Dick's Sporting Goods finally ship to the UK!! 🏀", expect: [] },
  { text: "Penistone parkrun PB this morning 🏃‍♀️", expect: [] },
  { text: "Our sexual health clinic now offers walk-in appointments for STI testing", expect: [], account: 'trust' },
  { text: "Attended a brilliant session on reducing stigma around substance use – language like 'junkie' harms patients. (views my own)", expect: [] },
  { text: "Breast screening unit celebrating 30 years 🎉", expect: [], account: 'trust' },
  { text: "Cocktails with the girls tonight, no men allowed 😂", expect: [] },
  { text: "Totally thick fog on the M62 this morning, drive safe everyone", expect: [] },
  { text: "Our stroke unit has a new 'frequent flyer' loyalty card for the coffee cart lol ☕", expect: [] },
  { text: "Learning Disability Week: meet Sam, one of our experts by experience", expect: [], account: 'trust' },
  { text: "Honestly the bank HCA tonight was a waste of a uniform. Lazy, rude, useless. #nightshift", expect: ['abuse'] },
  { text: "cubicle 6 is a smelly old tramp who's been here 4 times this month 🤢", expect: ['abuse'] },
  { text: "if one more entitled Karen shouts at reception I'm going to lose it 🤬 #NHS", expect: ['abuse'] },
  { text: "Imagine being so fat you need 4 of us to roll you. Put the biscuits down ffs", expect: ['abuse'] },
  { text: "Our matron is a complete psychopath, everyone's terrified of her", expect: ['abuse'] },
  { text: "the reg from Romania couldn't understand a word I said, seriously who hires these people", expect: ['abuse'] },
  { text: "another 'woman' on the female ward who is very clearly a bloke 🙄", expect: ['abuse'] },
  { text: "FFS the plebs in the waiting room think A&E is a walk-in GP", expect: ['abuse'] },
  { text: "@DaveP123 nobody cares about your complaint mate, get a life", expect: ['abuse'], account: 'trust' },
  { text: "Knackered, hungry and my feet are killing me, but what a team 💙", expect: [] },
  { text: "My 3yo called me a poo head this morning 😂 standards", expect: [] },
  { text: "Dementia Action Week: small changes to how we talk make a big difference", expect: [], account: 'trust' },
  { text: "Essex girl born and bred 💁‍♀️ proud of it", expect: [] },
  { text: "The cocktail bar in Middlesbrough was class last night 🍸", expect: [] },
  { text: "Bit of a bitchy comment from me earlier in the group chat, sorry girls ❤️", expect: [] },
  { text: "Our Pride network is hosting a lunch and learn on trans-inclusive care", expect: [], account: 'trust' },
  { text: "Wind chill of -5 on the walk in. Hell no 🥶", expect: [] },
  { text: "Patient called me a useless cow today. Shook it off, gave him his tea. 💙", expect: [] },
  { text: "Obese patients deserve dignity too - great bariatric care training today (views my own)", expect: [] },
  { text: "Had a right charmer in majors tonight, 'I want a proper English doctor'. Love, he IS English. Some people are just racist thugs", expect: ['abuse'] },
  { text: "The new starter on our ward is so dim, honestly how did she pass her degree 🙄", expect: ['abuse'] },
  { text: "Frequent attender back AGAIN, 6th time this month. Get a grip mate, we've got actual sick people to see", expect: ['abuse'] },
  { text: "Spent all night with a gobby little shit in cubicle 2 who thought it was funny to spit at us. Vile human being.", expect: ['abuse'] },
  { text: "Nurse from the agency was wearing a hijab under her theatre cap, not very hygienic is it 🤔", expect: ['abuse'] },
  { text: "When bed 4 asks for the 15th cup of tea 🙄 yes Doris we heard you the first 14 times you old bat", expect: ['abuse'] },
  { text: "Unpopular opinion: older nurses should make way for the young ones. They can't keep up with the tech and slow the whole ward down.", expect: ['abuse'] },
  { text: "@moaningmike if you spent less time on twitter and more time at your appointments you'd be better by now 🙃", expect: ['abuse'], account: 'trust' },
  { text: "Proper pea souper this morning, couldn't see the end of the car park 🌫️", expect: [] },
  { text: "My little shit of a cat has knocked my coffee over again 😂🐈", expect: [] },
  { text: "Sepsis kills. Know the signs. #SepsisAwareness (views my own)", expect: [] },
  { text: "Shattered, starving and my back is killing me. Night 4 of 4 done 💪", expect: [] },
  { text: "Ageism in the workforce is real. Our experienced colleagues bring wisdom we cannot replace. Views my own.", expect: [] },
]);

suite('confidential', [
  { text: "Keypad on the sluice is 1234 btw if anyone's covering tonight", expect: ['confidential'] },
  { text: 'Anyone know the new code for the staff room door? Is it still 2468?', expect: ['confidential'] },
  { text: "Login for the rota system is nurse1 if you're locked out", expect: ['confidential'] },
  { text: 'Password for the shared drive is on a post-it on the monitor in the office 😂', expect: ['confidential'] },
  { text: 'Our CD cupboard key is kept in the top drawer at the nurses station 🙈', expect: ['confidential'] },
  { text: "They're cutting 40 band 6 posts across surgery, it's not been announced yet", expect: ['confidential'] },
  { text: "Exec team want to close the birth centre, heard it in the huddle, don't say I said", expect: ['confidential'] },
  { text: "Got sent the draft CQC report today 👀 we're getting Requires Improvement", expect: ['confidential'] },
  { text: 'Minutes from the exec meeting say they are freezing all recruitment till April', expect: ['confidential'] },
  { text: 'Serious incident on ITU last night, a patient was given the wrong blood', expect: ['confidential'] },
  { text: 'Reminder: code of conduct training closes on Friday', expect: [], account: 'trust' },
  { text: 'Code red drill in theatres at 10am, please do not panic 🚨', expect: [], account: 'trust' },
  { text: 'Please use the main entrance on Level 2 while the side door is repaired', expect: [], account: 'trust' },
  { text: 'Board meeting in public today, papers on the website, questions welcome', expect: [], account: 'trust' },
  { text: 'Delighted that our merger with Eastfield was approved today, read the press release', expect: [], account: 'trust' },
  { text: 'Internal medicine conference in Leeds this week, great sessions (views my own)', expect: [] },
  { text: 'Catheter leaked everywhere, third bed change of the night', expect: [] },
  { text: "Asking for a friend: what's the wifi password in the canteen? 😅", expect: [] },
  { text: 'Datix submitted for the broken bed, estates coming tomorrow', expect: [] },
  { text: 'Our never events policy has been updated, read it on the intranet', expect: [], account: 'trust' },
  { text: 'Top tip for students: never write your door code on your badge!', expect: [] },
  { text: "Rumour on the ward is they're shutting the MIU in Jan. Nobody's said anything official 🤐", expect: ['confidential'] },
  { text: "Just seen the draft budget for next year... 12% cuts to community nursing. Oof.", expect: ['confidential'] },
  { text: "Keysafe for Mrs Evans' house is 0912 if anyone on the late needs it x", expect: ['confidential'] },
  { text: "The drugs fridge key lives under the plant pot on the nurses station lol", expect: ['confidential'] },
  { text: "Apparently the new EPR go-live is being delayed 6 months but they haven't told anyone yet", expect: ['confidential'] },
  { text: "Our division is being merged with surgery, announcement next week but I've seen the org chart 👀", expect: ['confidential'] },
  { text: "Staff: the pin for the med room is now 6644", expect: ['confidential'], account: 'trust' },
  { text: "psst... the maternity unit at Ashcombe is getting shut down, it's in the confidential board papers", expect: ['confidential'] },
  { text: "We've published our annual accounts for 2024/25, read them on our website", expect: [], account: 'trust' },
  { text: "My confidentiality training is due, anyone know where the link is?", expect: [] },
  { text: "Code brown on bay 3, enough said 💩😂", expect: [] },
  { text: "Secret Santa at the ward do tonight 🎅 don't tell anyone what I got you Jess!", expect: [] },
  { text: "Our new Emergency Department will open in spring 2026, as announced by the Board in March", expect: [], account: 'trust' },
  { text: "Keys to my new car!! 🚗 finally", expect: [] },
  { text: "Not meant to say but our ward is closing in March and staff are being redeployed. Gutted.", expect: ['confidential'] },
  { text: "Overheard the execs saying the ED refurb money has been pulled 😳", expect: ['confidential'] },
  { text: "FYI the alarm code for the pharmacy store is the same as the staff room one lol", expect: ['confidential'] },
  { text: "Staff reminder: the gate code for the staff car park is 1985 from today", expect: ['confidential'], account: 'trust' },
  { text: "The Trust is about to sign a deal with a private company to run all outpatients, it's in the exec papers. Nobody outside knows yet.", expect: ['confidential'] },
  { text: "Internal memo says no more agency shifts from Monday, good luck everyone", expect: ['confidential'] },
  { text: "Admin password for the PAS is just the ward name and 123 🙄", expect: ['confidential'] },
  { text: "Got my new ID badge and door access sorted, first day tomorrow!! 😬", expect: [] },
  { text: "Public consultation on the future of stroke services opens today, have your say", expect: [], account: 'trust' },
  { text: "Can't wait to tell you all my exciting news next week 👀", expect: [] },
  { text: "The code to my heart is coffee ☕😂", expect: [] },
  { text: "Our Board meets in public on Thursday 2pm, agenda and papers are online", expect: [], account: 'trust' },
  { text: "Started the new job today, lots of passwords to remember 😵", expect: [] },
  { text: "So apparently our ward's getting turned into a discharge lounge in the new year, no consultation, nothing. Heard it from a bed manager who saw the plans 🤷‍♀️", expect: ['confidential'] },
  { text: "PSA for the night team: the new code for the ambulance bay doors is 2244, old one stopped working", expect: ['confidential'] },
  { text: "Can't share the details yet, but the Trust has just signed a 10 year deal with a private provider for all our diagnostics. Big changes coming 👀", expect: ['confidential'] },
  { text: "Email from the director today: 'do not share outside the team' - 60 nursing posts to go across the division", expect: ['confidential'] },
  { text: "Our team were told in confidence that the hospice contract isn't being renewed. Gutted for the patients", expect: ['confidential'] },
  { text: "Reminder team: the key to the CD cupboard is now kept in the locked drawer under the nurses station", expect: ['confidential'], account: 'trust' },
  { text: "Our new Community Diagnostic Centre opens on 1 March, as announced in our annual plan", expect: [], account: 'trust' },
  { text: "Password reset day at work, nobody can log in, chaos 😂", expect: [] },
  { text: "Secret's out! I'm leaving nursing to become a midwife 🤰👶", expect: [] },
  { text: "Today our Board approved the business case for a new endoscopy unit. The full paper is available on our website.", expect: [], account: 'trust' },
]);

suite('whistleblowing', [
  {
    text: "We've had 4 falls this week on nights with one registered nurse. I've reported it every single time and got nowhere. The public deserve to know.",
    expect: ['whistleblowing'],
  },
  { text: 'Our ward has been running on 2 nurses for 30 patients for a month and everyone upstairs knows', expect: ['whistleblowing'] },
  { text: "A patient on our unit died after waiting 6 hours for a doctor and it's written up as expected. I won't stay quiet.", expect: ['whistleblowing'] },
  { text: 'Whistleblowing on my own trust here: agency staff are signing off controlled drug checks they never did', expect: ['whistleblowing'] },
  { text: "Residents are left in soiled pads all night. I've told the manager, told the owner. Nothing. @CQCProf", expect: ['whistleblowing'] },
  { text: "Theatre staff are being pressured to falsify the WHO checklist. Exposing it here before someone dies.", expect: ['whistleblowing'] },
  { text: 'Patients are dying in corridors at our hospital and nobody will say it', expect: ['whistleblowing'] },
  { text: "Proud to be a Freedom to Speak Up champion. If something doesn't feel right, speak up, we'll listen 💬", expect: [] },
  { text: 'Falls prevention week: our ward cut falls by 30% this year! (views my own)', expect: [] },
  { text: 'Corridor care is a national scandal and needs system-wide investment, not blame (views my own)', expect: [] },
  { text: 'Reported my lost badge to security and heard nothing back 🙄', expect: [] },
  { text: 'New national guidance on safe staffing published today, worth a read', expect: [] },
  { text: 'Our patient safety team won a national award! 🏆', expect: [], account: 'trust' },
  { text: 'The public deserve to know how hard this team works, watch our documentary tonight', expect: [], account: 'trust' },
  { text: "Patients on our ward are being left for hours without pain relief because we have 1 nurse to 14. I've done all the incident forms. Nothing. The public should know.", expect: ['whistleblowing'] },
  { text: "The way the HDU at Ashcombe is run is dangerous. I've raised it with FTSU and heard nothing back. Enough.", expect: ['whistleblowing'] },
  { text: "Someone needs to investigate why the death rate on our ward has doubled. I'm not allowed to say more internally so I'm saying it here.", expect: ['whistleblowing'] },
  { text: "Our manager has been changing the fridge temperature logs so we pass audits. I've got photos. Who do I send them to?", expect: ['whistleblowing'] },
  { text: "I can no longer stay silent. For two years I have raised concerns about unsafe staffing on our neonatal unit. Babies have been harmed. It is time the public knew.", expect: ['whistleblowing'] },
  { text: "October is Speak Up Month. Our FTSU Guardians are here to listen, in confidence", expect: [], account: 'trust' },
  { text: "Speak up, listen up, follow up 💬 proud to be a FTSU champion (views my own)", expect: [] },
  { text: "Raised £350 for the unit at the bake sale! Nothing better 💙", expect: [] },
  { text: "Why does nobody ever tell you about the paperwork when you start nursing 😂", expect: [] },
  { text: "I'm a nurse on an acute ward and I need people to know that we are routinely leaving confused patients unsupervised overnight because there isn't enough staff. Someone will get hurt.", expect: ['whistleblowing'] },
  { text: "When a surgeon is this unsafe and the trust covers it up, what are we supposed to do? Asking publicly because internally nobody acts.", expect: ['whistleblowing'] },
  { text: "Our care home is giving residents sedatives to keep them quiet at night. I've told my manager. Nothing. Tagging @CQCProf", expect: ['whistleblowing'] },
  { text: "Managers at our hospital are bullying staff into not reporting incidents. Patient safety doesn't matter to them. I've had enough of keeping quiet.", expect: ['whistleblowing'] },
  { text: "Brilliant FTSU training today, know exactly where to go if I'm worried about something (views my own)", expect: [] },
  { text: "We're committed to an open, learning culture. Read our latest patient safety report on our website", expect: [], account: 'trust' },
  { text: "Nobody listens to the youngest sibling 😂 #familylife", expect: [] },
  { text: "Raised my concerns about the new car park charges at the staff forum, we'll see 🤷‍♀️", expect: [] },
  { text: "Patients in our ED are being left on trolleys for 40+ hours and it's being recorded as under 12. I've reported it. Nothing. Posting because somebody has to.", expect: ['whistleblowing'] },
  { text: "A colleague has been coming to work drunk for months and managers know. Patients are at risk. I don't know what else to do so I'm putting this out there.", expect: ['whistleblowing'] },
  { text: "I've worked in the NHS for 20 years and I've never felt less safe at work. On our unit, we've had three serious incidents in a month, all linked to staffing, and each one has been downgraded in the report. I raised this formally. I was told to 'be careful'. I'm sharing it publicly because patients deserve the truth.", expect: ['whistleblowing'] },
  { text: "Our trust is hiding its infection rates. MRSA cases on my ward aren't being reported. Someone please look into this.", expect: ['whistleblowing'] },
  { text: "Our Freedom to Speak Up Guardians can be contacted confidentially via the intranet or on ext 4455.", expect: [], account: 'trust' },
  { text: "Raised a concern about a faulty hoist today, fixed within the hour. That's how it should work 👏 (views my own)", expect: [] },
  { text: "Psychological safety matters. Teams where people can raise concerns have better patient outcomes. Views my own.", expect: [] },
]);

suite('personal-safety', [
  { text: 'Cornwall for a week from Saturday 🌊 can not come soon enough', expect: ['personal-safety'] },
  { text: "Flight's at 6am!! Ibiza here we come 💃✈️", expect: ['personal-safety'] },
  { text: 'Whole family off to Lanzarote tomorrow, dog is in kennels 🐶', expect: ['personal-safety'] },
  { text: 'Nobody home at ours till Sunday so if you see anyone round the back ring the police 😬', expect: ['personal-safety'] },
  { text: 'Party invites: 7 Orchard Way, Leeds LS6 2AB is my address, bring a bottle 🎉', expect: ['personal-safety'] },
  { text: 'Finally moved in! 🏡 42 Beech Grove if anyone wants to drop off wine 🍷', expect: ['personal-safety'] },
  { text: 'New phone who dis 😂 07931 555123 save it x', expect: ['personal-safety'] },
  { text: "It's my 40th on Friday! Born 21st March 1986 and still partying 🥳", expect: ['personal-safety'] },
  { text: 'Heading off to Thailand on Friday, back in 3 weeks 🤩', expect: ['personal-safety'] },
  { text: 'Away all weekend at a hen do, the flat is all yours burglars 😂', expect: ['personal-safety'] },
  { text: 'Back from two weeks in Spain and straight onto nights 😴', expect: [] },
  { text: 'Holiday cover for the ward is sorted, thanks all', expect: [] },
  { text: 'Annual leave request approved for August 🙏', expect: [] },
  { text: 'Can anyone recommend a hotel in Edinburgh for the RCN congress?', expect: [] },
  { text: 'Off to the conference in London for 2 days to present our poster! (views my own)', expect: [] },
  { text: 'Happy birthday to our amazing ward sister! 🎂🎉', expect: [], account: 'trust' },
  { text: 'Flu clinic on 14/10/2025 in the education centre, drop in', expect: [], account: 'trust' },
  { text: 'Charity fun run starts at Harewood Park, Leeds LS17 9LG, see you there!', expect: [] },
  { text: 'Off to bed after 3 nights, see you all on the other side 😴', expect: [] },
  { text: 'The house feels so empty now the kids have gone to uni 🥲', expect: [] },
  { text: "Villa booked for August!! 2 whole weeks of sun 🌞 house will be empty so if anyone wants to water my plants lmk", expect: ['personal-safety'] },
  { text: "jetting off to NYC tomorrow for 10 days 🗽✈️ cannot wait", expect: ['personal-safety'] },
  { text: "At Manchester airport, see you in two weeks Britain 👋🏻", expect: ['personal-safety'] },
  { text: "my new mob is 07812 345678 text me girlies", expect: ['personal-safety'] },
  { text: "Happy birthday to me 🥳 DOB 02/04/1990 for anyone wondering how old I am lol", expect: ['personal-safety'] },
  { text: "Come to my housewarming!! Flat 2, 18 Victoria Road, Sheffield S10 🎉", expect: ['personal-safety'] },
  { text: "we're in Portugal all next week so the house is empty, keep an eye out neighbours", expect: ['personal-safety'] },
  { text: "Just booked Greece for next summer 😍 something to look forward to", expect: [] },
  { text: "Missing Tenerife already, back to reality tomorrow 😭", expect: [] },
  { text: "Going on holiday? Make sure you pack enough of your regular medicines", expect: [], account: 'trust' },
  { text: "Birthday meal tonight, 30 today 🥂", expect: [] },
  { text: "Call 0300 123 4567 for our booking line", expect: [], account: 'trust' },
  { text: "Throwback to Dubai last year ☀️", expect: [] },
  { text: "Off on holiday tomorrow 🏖️ no emails, no wards, just sun 😎", expect: ['personal-safety'] },
  { text: "Packing for Orlando!!! 2 weeks of Disney 🏰 leaving Saturday", expect: ['personal-safety'] },
  { text: "Snowed in at my sisters in Scotland till New Year 😅 hope the pipes at home survive", expect: ['personal-safety'] },
  { text: "ring me on 0161 496 0123 if you want to book a cake 🎂 (home number)", expect: ['personal-safety'] },
  { text: "Moving house on Friday! New address is 5 The Paddock, Chorley PR7 3AB 🏠", expect: ['personal-safety'] },
  { text: "Holiday planning 🏖️ where should we go next year?", expect: [] },
  { text: "Went to Lanzarote in May, would recommend 10/10", expect: [] },
  { text: "If you are travelling abroad this summer, check if you need any vaccines", expect: [], account: 'trust' },
  { text: "Nights done, 4 days off 🥳 sofa here I come", expect: [] },
  { text: "Off to the shops then bed, what a week", expect: [] },
  { text: "My mum's 70th birthday party tonight 🎉", expect: [] },
  { text: "2 weeks of sun, sea and sangria starts NOW 🍹☀️ see you on the 21st!", expect: ['personal-safety'] },
  { text: "Whole family away for half term in Center Parcs so if anyone's passing our house give it a check 🙏", expect: ['personal-safety'] },
  { text: "Holibobs!!! 🌴✈️ Dubai we're coming for you", expect: ['personal-safety'] },
  { text: "Mum's 60th! Join us at ours, 29 Ash Grove, Bolton BL1 4RT from 6pm 🎉🎂", expect: ['personal-safety'] },
  { text: "Lost my phone, if anyone needs me use my home number 01632 960999 for now", expect: ['personal-safety'] },
  { text: "Counting down to Christmas 🎄 12 sleeps!", expect: [] },
  { text: "Anyone been to Crete? Thinking of booking for next year", expect: [] },
  { text: "Back from a week in Wales and already planning the next trip 🏴󠁧󠁢󠁷󠁬󠁳󠁿", expect: [] },
]);

suite('patient-contact', [
  { text: "A patient's daughter keeps messaging me on Facebook for updates on her dad 😬", expect: ['patient-contact'] },
  { text: 'Guess who just followed me on insta 👀 the lovely lady from bay 3 lol', expect: ['patient-contact'] },
  { text: 'Matched with an ex-patient on Hinge 😳 what do I do', expect: ['patient-contact'] },
  { text: "He was such a lovely patient, we've kept in touch since he was discharged ☕", expect: ['patient-contact'] },
  { text: 'The patient in bed 12 is SO fit 😍 might slip him my number when he goes home 🙈', expect: ['patient-contact'] },
  { text: 'Sent my old service user a friend request to see how shes getting on 💙', expect: ['patient-contact'] },
  { text: "Been texting Mr Jones since his discharge, he's doing great 😊", expect: ['patient-contact'] },
  { text: "I followed up my patient's bloods, all normal 🙌", expect: [] },
  { text: 'Patients can follow us on Instagram for updates from the wards', expect: [], account: 'trust' },
  { text: "Patient asked me out lol, told him I'm flattered but it's a no, professional boundaries!", expect: [] },
  { text: 'Top tip for students: never accept friend requests from patients', expect: [] },
  { text: 'Lovely to see Mrs Patel in clinic today, discharged with a big smile 😊 (views my own)', expect: [] },
  { text: 'Went out with the girls last night, in bed by 2 😂', expect: [] },
  { text: 'Coffee with my PT before the gym, then a long day shift', expect: [] },
  { text: 'Drinks on Friday for the team, bring your plus ones! Patients thank you cards are on the board', expect: [] },
  { text: "My old patient from the ward has messaged me on Insta asking if I want to go for a coffee 😳 should I?", expect: ['patient-contact'] },
  { text: "Just accepted a friend request from the sweetest lady I nursed last month ❤️", expect: ['patient-contact'] },
  { text: "Officially dating someone I met at work... he was a patient on my ward but he's discharged now so it's fine right? 😅", expect: ['patient-contact'] },
  { text: "Shoutout to my former service user Jay who I still follow on tiktok, your videos are class 😂", expect: ['patient-contact'] },
  { text: "added a couple of my ex patients on fb so I can keep up with how theyre doing 🥰", expect: ['patient-contact'] },
  { text: "Patient gave me a thank you card today and I cried 🥹 (views my own)", expect: [] },
  { text: "Follow us on Facebook for updates on visiting times", expect: [], account: 'trust' },
  { text: "My friend from school is a patient here now, visited her on my break ❤️", expect: [] },
  { text: "Patient told me I was the best nurse she'd met today 🥺 made my week", expect: [] },
  { text: "Ran into a lad I looked after on the ward, we're meeting up for a drink Saturday 🍻", expect: ['patient-contact'] },
  { text: "Do you think it's ok that a patient I had last month sent me a message on Facebook asking me out?? I said yes 🙈", expect: ['patient-contact'] },
  { text: "one of my service users follows me on tiktok now and comments on everything lol", expect: ['patient-contact'] },
  { text: "Still in touch with my first ever patient, we text every Christmas 🎄", expect: ['patient-contact'] },
  { text: "Bumped into a former patient in Tesco, she said she's doing well and thanked the team 🥹 (views my own)", expect: [] },
  { text: "Service users can message our team directly through the app", expect: [], account: 'trust' },
  { text: "My patient's wife brought in homemade scones for the whole ward 😍 (views mine)", expect: [] },
  { text: "Dating apps are a nightmare when you work nights 😂", expect: [] },
  { text: "That moment when a patient you looked after years ago slides into your DMs to say hi 🥹 replied straight away", expect: ['patient-contact'] },
  { text: "Went for a coffee with one of my old patients today, so lovely to catch up ☕", expect: ['patient-contact'] },
  { text: "Patient in bay 2 gave me his number on a napkin 😂 might actually text him tbh", expect: ['patient-contact'] },
  { text: "Accepted a follow request from my patient's son, he's been messaging me about his dad's care", expect: ['patient-contact'] },
  { text: "Our patients can now video call their families from every bed thanks to the League of Friends 📱", expect: [] },
  { text: "A patient asked if I was on Facebook, told him sorry it's against policy 😊", expect: [] },
]);

suite('photo-consent', [
  { text: "Look at Mrs Green's smile after her first proper shower in weeks 😍📸", expect: ['photo-consent'] },
  { text: 'Video of our dementia patients singing group is up on my TikTok 🎶', expect: ['photo-consent'] },
  { text: 'Throwback pic of the patients at the ward Christmas quiz 🎄', expect: ['photo-consent'] },
  { text: 'Quick selfie before handover! Please ignore the bed board behind us 🙈', expect: ['photo-consent'] },
  { text: "Pic of my colleague's face when she saw the rota 😂 she doesn't know I took it", expect: ['photo-consent'] },
  {
    text: 'Meet our patient Jim, 82, who has just completed his cardiac rehab programme 💪',
    expect: ['photo-consent'],
    account: 'trust',
    hasMedia: true,
  },
  { text: 'Selfie with the team at the awards, everyone happy to be tagged 🏆', expect: [] },
  { text: 'Team photo from our away day, everyone agreed to be in it 📸 (views my own)', expect: [] },
  { text: 'Photo of the new garden we built for patients 🌻', expect: [], account: 'trust' },
  { text: 'Photos from our patient safety conference are now on the website', expect: [], account: 'trust' },
  { text: 'Video call with my nan in her care home, she is doing great 💕', expect: [] },
  { text: 'Flu jabs available for all patients over 65 this week 💉', expect: [], account: 'trust', hasMedia: true },
  { text: 'Our stroke team celebrated 10 years of the unit today 🎉', expect: [], account: 'trust', hasMedia: true },
  { text: "Here's Eric, 97, on his first walk in the hospital garden after 3 months on the ward 📸💙", expect: ['photo-consent'] },
  { text: "Couldn't resist a pic with the twins I delivered last night 👶👶 #midwife", expect: ['photo-consent'] },
  { text: "a quick vid of our ward round this morning 🎥 apologies to Mrs Davies in the background lol", expect: ['photo-consent'] },
  { text: "Snapped my colleague mid yawn at 5am, she'll hate this 😂 #nightshift #nhs", expect: ['photo-consent'] },
  { text: "new ward selfie! theatre list on the wall behind us is the real star 😂", expect: ['photo-consent'] },
  { text: "Our patients enjoying the sunshine in the garden today ☀️ 📸", expect: ['photo-consent'], account: 'trust' },
  { text: "New profile pic courtesy of my 5 year old 😂", expect: [] },
  { text: "Our new MRI scanner arrived today! 📸 No patients were scanned in the making of this photo", expect: [], account: 'trust' },
  { text: "Pic of the sunset from the car park after a long day 🌅 (views my own)", expect: [] },
  { text: "Patient information leaflets are now available in 12 languages", expect: [], account: 'trust' },
  { text: "Grandad in bed 7 showing off his new knee 📸 #ortho", expect: ['photo-consent'] },
  { text: "Had to get a photo of this little man before he went home, 6 months on NICU 💙", expect: ['photo-consent'] },
  { text: "lol found a video of the new F1 crying in the sluice, sending it round 😂", expect: ['photo-consent'] },
  { text: "Our wonderful patients on the rehab ward enjoying a cream tea 🍰 #TeamRehab", expect: ['photo-consent'], account: 'trust', hasMedia: true },
  { text: "selfie in resus with the screens behind us lol hashtag busy", expect: ['photo-consent'] },
  { text: "Photo from our team's fundraising walk 🥾 everyone agreed to be in it", expect: [] },
  { text: "Pics from my holiday finally uploaded 🌴", expect: [] },
  { text: "Watch our video on how to prepare for your colonoscopy", expect: [], account: 'trust' },
  { text: "My patient drew me a picture of a unicorn 🦄 it's on the fridge now", expect: [] },
  { text: "This gorgeous lady turned 100 on our ward today 🎂 swipe to see her blowing out her candles 🥹", expect: ['photo-consent'] },
  { text: "Pic of our whiteboard after the busiest night ever 😅 every bed full", expect: ['photo-consent'] },
  { text: "Took a sneaky photo of the consultant asleep in the mess 😂😂", expect: ['photo-consent'] },
  { text: "Look who's back! 💙 Our former patient Tom came to visit the team that cared for him after his accident", expect: ['photo-consent'], account: 'trust' },
  { text: "Sunrise from the helipad 🚁🌅", expect: [] },
  { text: "Meet the team! Our physios, all happy to be pictured 💪", expect: [], account: 'trust' },
]);

// Look-alikes aimed at the weak spots of each rule: none of them is a conduct problem.
suite('look-alikes', [
  { text: "Two weeks in ICU and now he's home, my dad is a fighter 💪", expect: [] },
  { text: "Pics from the ward Christmas do! (staff only, no patients) 🎄 (views my own)", expect: [] },
  { text: "Quick pic of our new electronic bed board, all dummy data for the training session 😊 (views my own)", expect: [] },
  { text: "Reminder: use your access card at the staff entrance, door codes are being phased out", expect: [], account: 'trust' },
  { text: "Added a photo to our team's Facebook page from the charity bake sale 🍰", expect: [] },
  { text: "A patient asked if he could add me on Facebook. I explained why I can't, he was lovely about it (views my own)", expect: [] },
  { text: "Nothing changes if nothing changes. New year, new habits 💪", expect: [] },
  { text: "Here it is! Our new falls prevention poster is finally up in every bay 😊", expect: [], account: 'trust' },
  { text: "Our ward runs 1 nurse to 8 patients on days, proud of our safe staffing (views my own)", expect: [] },
  { text: "Holiday club for the kids sorted for the summer 🙌", expect: [] },
  { text: "Patients going on holiday: remember your medication and a copy of your prescription ✈️", expect: [], account: 'trust' },
  { text: "Heading to the airport to pick my mum up 🛬", expect: [] },
  { text: "Flying solo on the ward tonight, wish me luck 😅 (views my own)", expect: [] },
  { text: "Patient in bed 3 asked me out for the 5th time today 🙄 boundaries!", expect: [] },
  { text: "The ward is closing for refurbishment in March, patients will move to Ward 9, as announced on our website", expect: [], account: 'trust' },
  { text: "Don't tell anyone but I've booked us a surprise holiday for our anniversary 🤫", expect: [] },
  { text: "My password is 12 characters long now thanks to IT 🙄", expect: [] },
  { text: "Pics of the new patient lounge are up on our website 🛋️", expect: [], account: 'trust' },
  { text: "Took a photo of my patient's thank you card 🥹 (views my own)", expect: [] },
  { text: "My patient showed me photos of her new granddaughter 😍 (views my own)", expect: [] },
  { text: "Photo booth at the staff party! No patients harmed 😂", expect: [] },
  { text: "Dating app horror stories: he asked what I do and then asked me to diagnose his rash 🙄", expect: [] },
  { text: "A former patient came back to visit the ward with chocolates 🥹 (views my own)", expect: [] },
  { text: "Total idiot move this morning, locked my keys in the car 🤦‍♀️", expect: [] },
  { text: "Our learning disability liaison nurses make sure reasonable adjustments are in place for every admission", expect: [], account: 'trust' },
  { text: "The drunk tank at the Christmas market was hilarious 😂 Dave in an elf costume", expect: [] },
  { text: "So my husband thinks 'partner' means I'm hiding something 😂 it's an NHS form, babe", expect: [] },
  { text: "Old school nurses were something else, my nan trained in 1962 💙", expect: [] },
  { text: "My old bag finally died, new rucksack for nights 🎒", expect: [] },
  { text: "The code for our Netflix is our wedding date, obviously I won't share it 😂", expect: [] },
  { text: "She said 'he' and 'him' throughout and nobody corrected her, we need better training on pronouns (views my own)", expect: [] },
  { text: "Did you know the CD cupboard in every ward has two-person checks? That's how we keep medicines safe.", expect: [], account: 'trust' },
  { text: "Raised it at the team meeting and nothing changed, so I'm making my own rota template 😂", expect: [] },
  { text: "Corridor care is awful for patients and staff alike. We need national action (views my own)", expect: [] },
  { text: "Hubby is away with work all week so it's just me and the kids 😅", expect: [] },
]);

describe('severity follows the policy wording', () => {
  const severities = (text: string, account: Account = 'personal') =>
    check({ text, expect: [], account }).filter((f) => CONDUCT.includes(f.category)).map((f) => f.severity);

  it('blocks a door code or a relationship with a patient (the policies say never)', () => {
    expect(severities('Door code for the drug room is 2580 if anyone forgot')).toContain('block');
    expect(severities('The guy from bed 6 asked me out and we are going on a date Friday 🙈')).toContain('block');
  });

  it('only warns about whistleblowing, and points to the Freedom to Speak Up Guardian', () => {
    const findings = check({ text: "Raised it 2 months ago and nothing. Kids on our unit are being restrained face down. Someone has to say it publicly.", expect: [] })
      .filter((f) => f.category === 'whistleblowing');
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['warn']));
    expect(findings[0].message).toMatch(/Freedom to Speak Up Guardian/);
  });

  it('does not hold a Trust post for the personal-safety rules, which protect the author at home', () => {
    expect(severities('Call our switchboard on 01632 960000, my number for the team is below', 'trust')).toEqual([]);
  });
});
