/** Drafts the e2e tests type and the demo page suggests. */
export interface SampleDraft {
  label: string;
  text: string;
}

/** Nothing in it should hold a post: no patient, no grievance, no politics. */
export const CLEAN_DRAFT: SampleDraft = {
  label: 'A clean post',
  text: 'Lovely sunny walk along the beach with the dog this morning.',
};

/** A patient's name and a valid NHS number (checksum correct): the post must be held. */
export const RISKY_DRAFT: SampleDraft = {
  label: 'A patient name and NHS number',
  text: 'Mrs Jean Pritchard in bay 4, NHS no 943 476 5919, finally went home today.',
};

/** Warnings only on a personal account (a grievance, no disclaimer): it may be posted after a second look. */
export const WARNING_DRAFT: SampleDraft = {
  label: 'A grievance',
  text: 'The rota is a joke again, fuming.',
};

export const SAMPLE_DRAFTS: readonly SampleDraft[] = [CLEAN_DRAFT, RISKY_DRAFT, WARNING_DRAFT];

/** Sentences a member of staff might write in a long post (a LinkedIn reflection, a Facebook update). */
const LONG_POST_SENTENCES = [
  'Twelve years ago I started on the wards as a healthcare assistant, and this week I qualified as an advanced clinical practitioner.',
  'None of it happened alone: mentors gave up their breaks to teach me, and the team covered shifts so I could sit exams.',
  'The hardest part was learning to say I did not know something, and then going to find out properly.',
  'If you are thinking about the apprenticeship route, talk to your practice educator; the funding is there and the support is real.',
  'We also ran our first community wellbeing day on Saturday, with blood pressure checks, a smoking cessation stand and a lot of tea.',
  'Thank you to the volunteers who set up the marquee in the rain and to the local bakery that donated the cakes.',
  'Next month we are trialling a new handover template on two wards, and I will share what we learn.',
  'Winter is coming, so please book your flu and COVID vaccines and look after yourselves on the long shifts.',
];

/** A long draft of about `length` characters, ending at a word boundary. */
export function longDraft(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += (text ? ' ' : '') + LONG_POST_SENTENCES[i % LONG_POST_SENTENCES.length];
  return text.slice(0, text.lastIndexOf(' ', length));
}
