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
