import * as z from 'zod/mini';
import { compileCues, sentenceOf, tokenRange, wordGap, type Cues } from '../context';
import { defineDetector } from '../detector';
import type { Doc } from '../doc';
import { ageMentions, bedAndWardNumbers } from '../identifiers/clinical';
import { looksLikeSurname } from '../identifiers/names';
import { TermList } from '../schema-parts';
import type { Span, Token } from '../text';
import type { Match } from '../types';

/**
 * People named in a post about their care: "Mrs Ahmed in bed 4", "my old patient Dave", "Bert (93) on
 * ward 4", "Jean Pritchard, DOB …". A name alone is not a problem; a name tied to a patient is. So a name
 * needs a patient cue nearby, and a staff cue (colleague, retires, volunteer, Dr, Sister…) clears it.
 * No NLP parse: a first-name lexicon from the pack, capitals, titles and cue words keep this linear.
 */

// How strongly the text says "this person is a patient":
// - `strong`: a title and surname, a full name, or a name in a patient slot ("patient Dave", "Bert (93)",
//   "Mrs Ahmed in bed 4"), with a patient cue;
// - `weak`: a lone first name with a patient cue nearby.
const STRENGTHS = ['strong', 'weak'] as const;
type Strength = (typeof STRENGTHS)[number];

const PATIENT_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
const STAFF_TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'sister', 'nurse', 'matron', 'sir', 'dame', 'rev', 'revd', 'cllr']);
const SLOT_BEFORE = new Set(['patient', 'pt', 'resident']);
// How close a staff word must be to a title and surname: straight before it, or a few words after.
const STAFF_BEFORE_TITLED = 0;
const STAFF_AFTER_TITLED = 5;
// Words after a capitalised word that make it a place, a condition or an organisation, not a person.
const NOT_PERSON_AFTER = new Set([
  'ward', 'unit', 'wing', 'house', 'centre', 'center', 'hospital', 'suite', 'building', 'lodge', 'practice', 'surgery',
  'clinic', 'hall', 'school', 'college', 'university', 'syndrome', 'disease', 'procedure', 'trust', 'foundation',
  'road', 'rd', 'street', 'lane', 'avenue', 'close', 'court', 'park', 'award', 'awards', 'hospice', 'infirmary',
]);
// Capitalised words that start sentences or follow titles without being surnames.
const NOT_SURNAMES = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'had', 'has', 'he', 'her', 'his', 'i', 'in', 'into', 'is',
  'it', 'on', 'or', 'she', 'so', 'that', 'the', 'then', 'they', 'this', 'to', 'was', 'we', 'who', 'with', 'you', 'my',
  'our', 'your', 'today', 'tonight', 'yesterday', 'tomorrow', 'thanks', 'thank', 'happy', 'well', 'just', 'not', 'no',
  'yes', 'all', 'if', 'when', 'what', 'how', 'why', 'where', 'there', 'here', 'after', 'before', 'again', 'still',
]);
const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter',
]);
const AUTHORS_PEOPLE = new Set([
  'mum', 'mam', 'mom', 'dad', 'son', 'daughter', 'husband', 'wife', 'partner', 'sister', 'brother', 'nan', 'nana',
  'gran', 'grandma', 'grandad', 'grandpa', 'friend', 'bestie', 'boyfriend', 'girlfriend', 'niece', 'nephew', 'cousin',
  'aunt', 'auntie', 'uncle', 'kids', 'baby', 'fiance', 'hubby', 'dog', 'cat',
]);

interface NameMention extends Span {
  /** The word that names the person (first name, or surname after a title), lower-case: every mention of
   * "Tom" is cleared once one of them is a colleague. */
  key: string;
  kind: 'titled' | 'full' | 'first';
  /** In a patient slot: "patient Dave", "Bert (93)", "Mrs Ahmed in bed 4". */
  slotted: boolean;
  ambiguous: boolean;
}

export const careContextName = defineDetector({
  schema: z.strictObject({
    kind: z.literal('care-context-name'),
    /** First names, any culture (lower-case match). Names that are also common words go in `ambiguousNames`. */
    firstNames: TermList,
    /** Names that are also words or months (Grace, May, Will, Rose): only a surname or a patient slot makes them names. */
    ambiguousNames: z.optional(TermList),
    /** Words and names never read as a patient: ward and hospital names (Victoria, Nightingale), politicians. */
    notNames: z.optional(TermList),
    /** Words that tie a name to a patient: patient, admitted, discharged, passed away, next of kin… */
    patientCues: TermList,
    /**
     * Broader care words (clinic, GP, ward…) that are enough for a title and surname: "Mr Hussain back in
     * clinic" is a patient far more often than a colleague, who is named "Dr", "Sister" or by first name.
     */
    careContext: z.optional(TermList),
    /** Words that make a name a colleague's: colleague, team, retires, volunteer, consultant… */
    staffCues: TermList,
    /** At most this many words between a name and a cue, in the same sentence. */
    within: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(30)), 10),
    report: z._default(z.array(z.enum(STRENGTHS)).check(z.minLength(1)), ['strong', 'weak']),
  }),
  summary: 'Names of patients or their relatives: a name (lexicon, title + surname, or a patient slot) with a patient cue nearby and no staff cue.',
  compile(options, env) {
    const lower = (list: string[] | undefined, field: string) => new Set(env.terms(list ?? [], [field]).map((n) => n.toLowerCase()));
    const firstNames = lower(options.firstNames, 'firstNames');
    const ambiguous = lower(options.ambiguousNames, 'ambiguousNames');
    const notNames = lower(options.notNames, 'notNames');
    const patientCues = compileCues(env.terms(options.patientCues, ['patientCues']));
    const staffCues = compileCues(env.terms(options.staffCues, ['staffCues']));
    const careContext = options.careContext && compileCues(env.terms(options.careContext, ['careContext']));
    const wanted = new Set<Strength>(options.report);
    const lexicon = { firstNames, ambiguous, notNames };
    // Rules sharing a lexicon (the strong and the weak one) read each draft's names once.
    const namesKey = `names:${[firstNames, ambiguous, notNames].map((set) => [...set].join(',')).join('|')}`;

    return (doc) => {
      const mentions = doc.memo(namesKey, () => findNames(doc, lexicon));
      if (mentions.length === 0) return [];
      // A bed or ward number is a cue too ("Jean … bed 4"); an age is not ("Isla's 5th birthday party").
      const places = bedAndWardNumbers(doc);
      const near = (span: Span, cues: typeof patientCues) => cues.near(doc, span, options.within, true);
      const nearPlace = (span: Span) => {
        const { first, last } = tokenRange(doc, span);
        const sentence = sentenceOf(doc, span.start);
        return places.some((c) => {
          const range = tokenRange(doc, c);
          return sentenceOf(doc, c.start) === sentence && wordGap(range, first, last) <= options.within;
        });
      };
      // A colleague once is a colleague throughout the post. Staff named with a title are described right
      // beside the name ("our consultant Mr Jones", "Mrs Smith, our ward manager"); a team further off is
      // just who is with a patient ("Ward 4 team celebrating Mrs Jenkins' 100th").
      const isStaff = (m: NameMention) => (m.kind === 'titled' ? describedAsStaff(doc, m, staffCues) : near(m, staffCues));
      const staff = new Set(mentions.filter((m) => !m.slotted && isStaff(m)).map((m) => m.key));
      for (const m of staffTitled(doc)) staff.add(m);
      const out: Match[] = [];
      for (const m of mentions) {
        if (notNames.has(doc.norm.slice(m.start, m.end).toLowerCase()) || notNames.has(m.key)) continue;
        if (!m.slotted && staff.has(m.key)) continue;
        const cued = near(m, patientCues) || nearPlace(m) || (m.kind === 'titled' && careContext && near(m, careContext));
        if (!m.slotted && !cued) continue;
        if (m.ambiguous && !m.slotted && m.kind === 'first') continue;
        const strength: Strength = m.slotted || m.kind !== 'first' ? 'strong' : 'weak';
        if (wanted.has(strength)) out.push({ start: m.start, end: m.end });
      }
      return out;
    };
  },
});

interface Lexicon {
  firstNames: Set<string>;
  ambiguous: Set<string>;
  notNames: Set<string>;
}

function findNames(doc: Doc, lexicon: Lexicon): NameMention[] {
  const { tokens, norm } = doc;
  const out: NameMention[] = [];
  const slotAfter = patientSlots(doc);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const capitalised = /^[A-Z][a-z]/.test(t.text);
    // "Mrs", or "MRS" in a draft written in capitals.
    const title = PATIENT_TITLES.has(t.lower) && /^[A-Z]/.test(t.text);
    const name = bare(t);
    const known = lexicon.firstNames.has(name) || lexicon.ambiguous.has(name);
    if ((!capitalised && !known && !title) || lexicon.notNames.has(name) || (CALENDAR.has(name) && !known)) continue;
    const prev = tokens[i - 1];
    if (prev && (STAFF_TITLES.has(prev.lower) || (/^st$/i.test(prev.text) && norm.slice(prev.end, t.start).trim() === ''))) continue;
    if (title) {
      const surname = titledSurname(doc, i);
      if (surname === undefined || followedByPlaceWord(doc, surname)) continue;
      const last = tokens[surname];
      out.push({ start: t.start, end: nameEnd(last), key: bare(last), kind: 'titled', slotted: slotAfter(i, surname) !== undefined, ambiguous: false });
      i = surname;
      continue;
    }
    const surnameAt = capitalised && isSurname(doc, i + 1) ? i + 1 : undefined;
    const last = surnameAt ?? i;
    const slot = slotAfter(i, last);
    // An unknown capitalised word is a name only where nothing else fits: "Oluwaseun (67)", "… Dawit in bay 2".
    const accepted = known
      ? capitalised || (slot !== undefined && !lexicon.ambiguous.has(name))
      : capitalised && (slot === 'age' || slot === 'place') && !sentenceInitial(doc, i);
    if (!accepted || followedByPlaceWord(doc, last) || afterAuthorsPerson(doc, i)) continue;
    out.push({
      start: t.start,
      end: nameEnd(tokens[last]),
      key: name,
      kind: surnameAt !== undefined ? 'full' : 'first',
      slotted: slot !== undefined,
      ambiguous: lexicon.ambiguous.has(name) && surnameAt === undefined,
    });
    i = last;
  }
  return out;
}

/** The surname after a title, skipping an initial: "Mrs Walsh", "Mr R Patel", "Mr. O'Neill", "Mrs SMITH". */
function titledSurname(doc: Doc, i: number): number | undefined {
  const { tokens } = doc;
  const gap = (a: number, b: number) => doc.norm.slice(tokens[a].end, tokens[b].start);
  let j = i + 1;
  if (tokens[j] && /^[A-Z]$/.test(tokens[j].text) && /^\.?\s$/.test(gap(i, j))) j++;
  if (!tokens[j] || !/^\.?\s$/.test(gap(j - 1, j))) return undefined;
  return looksLikeSurname(tokens[j].text) && !NOT_SURNAMES.has(bare(tokens[j])) ? j : undefined;
}

function isSurname(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  if (!t || doc.norm.slice(doc.tokens[j - 1].end, t.start) !== ' ') return false;
  const word = bare(t);
  return /^(?:[A-Z][a-z]|Mc[A-Z]|O'[A-Z])/.test(t.text) && !NOT_SURNAMES.has(word) && !CALENDAR.has(word) && !NOT_PERSON_AFTER.has(word);
}

type Slot = 'subject' | 'age' | 'place';

/**
 * The patient slot around the name tokens from..to, if any: "patient Dave" (subject), "Bert (93)", "Mrs R,
 * 89," (age), "Mrs Ahmed in bed 4", "Mr Bailey from ward 10" (place).
 */
function patientSlots(doc: Doc): (from: number, to: number) => Slot | undefined {
  const ages = ageMentions(doc);
  const places = bedAndWardNumbers(doc);
  return (from, to) => {
    const before = doc.tokens[from - 1];
    if (before && SLOT_BEFORE.has(before.lower) && doc.norm.slice(before.end, doc.tokens[from].start) === ' ') return 'subject';
    const end = nameEnd(doc.tokens[to]);
    if (ages.some((a) => a.start >= end && a.start - end <= 2 && /^[\s,]*$/.test(doc.norm.slice(end, a.start)))) return 'age';
    const placeAhead = (p: Span) => p.start > end && p.start - end <= 12 && /^\s+(?:in|on|from|at)\s+(?:the\s+)?$/i.test(doc.norm.slice(end, p.start));
    if (places.some(placeAhead)) return 'place';
    return undefined;
  };
}

function describedAsStaff(doc: Doc, m: Span, staffCues: Cues): boolean {
  const { first, last } = tokenRange(doc, m);
  const sentence = sentenceOf(doc, m.start);
  return staffCues.hits(doc).some((h) => {
    if (doc.tokens[h.first].sentence !== sentence) return false;
    if (h.last < first) return first - h.last - 1 <= STAFF_BEFORE_TITLED;
    return h.first > last && h.first - last - 1 <= STAFF_AFTER_TITLED;
  });
}

/** Names given with a staff title anywhere in the post: "Dr Ahmed", "Sister Wong". */
function staffTitled(doc: Doc): string[] {
  const out: string[] = [];
  for (let i = 1; i < doc.tokens.length; i++) if (STAFF_TITLES.has(doc.tokens[i - 1].lower)) out.push(bare(doc.tokens[i]));
  return out;
}

function followedByPlaceWord(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  return next !== undefined && NOT_PERSON_AFTER.has(next.lower) && doc.norm.slice(doc.tokens[i].end, next.start) === ' ';
}

/** "my sister Jo", "our dog Bramble": the author's own people, not patients. */
function afterAuthorsPerson(doc: Doc, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = doc.tokens[j];
    if (AUTHORS_PEOPLE.has(t.lower)) return ['my', 'our'].includes(doc.tokens[j - 1]?.lower ?? '') || ['my', 'our'].includes(doc.tokens[j - 2]?.lower ?? '');
  }
  return false;
}

function sentenceInitial(doc: Doc, i: number): boolean {
  return i === 0 || doc.tokens[i - 1].sentence !== doc.tokens[i].sentence;
}

/** Lower-case word without a possessive: "Walsh's" → "walsh". */
function bare(t: Token): string {
  return t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
}

function nameEnd(t: Token): number {
  return t.text.endsWith("'s") ? t.end - 2 : t.end;
}
