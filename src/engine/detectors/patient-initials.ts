import * as z from 'zod/mini';
import { compileContext, ContextOption } from '../context';
import { defineDetector } from '../detector';
import type { Doc } from '../doc';
import { ageMentions, bedAndWardNumbers } from '../identifiers/clinical';
import { looksLikeSurname } from '../identifiers/names';
import { TermList } from '../schema-parts';
import type { Token } from '../text';
import type { Match } from '../types';

/**
 * Patients referred to by initials: "Mr B", "Mrs K.", "Baby C", "patient JS", "pt JS", "service user AB",
 * "J.S. (72)", and, in a care context, bare initials followed by a patient event ("JB was discharged")
 * or owning something ("JM's card"), and a lone capital letter used as a name ("T" opened up, "watching D
 * walk out"). Acronyms on the pack's allow-list (GP, A&E, ICU…), the pronoun I and dotted
 * abbreviations (U.K., e.g.) are never initials.
 */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'master', 'baby']);
const SUBJECTS = new Set([
  'patient', 'pt', 'user', 'client', 'resident', 'child', 'infant', 'boy', 'girl', 'lady', 'gentleman', 'gent',
  'man', 'woman', 'case', 'person',
]);
const TWO_WORD_SUBJECTS = new Set(['service user', 'young person']);
// Short words people write in capitals for emphasis ("SHE was discharged", "SO proud"): never initials.
const SHOUTED_WORDS = new Set([
  'AN', 'AND', 'ARE', 'AS', 'AT', 'BE', 'BUT', 'BY', 'CAN', 'DID', 'DO', 'FOR', 'GET', 'GO', 'GOT', 'HAD', 'HAS',
  'HE', 'HER', 'HIM', 'HIS', 'HOW', 'IF', 'IN', 'IS', 'IT', 'ITS', 'ME', 'MY', 'NO', 'NOT', 'NOW', 'OF', 'OFF', 'OH',
  'ON', 'ONE', 'OR', 'OUR', 'OUT', 'SHE', 'SO', 'THE', 'TO', 'TOO', 'TWO', 'UP', 'US', 'WAS', 'WE', 'WHO', 'WHY',
  'YES', 'YET', 'YOU', 'ALL', 'ANY', 'BIG', 'BAD', 'DAY', 'END', 'FEW', 'HOT', 'ILL', 'LOT', 'MAN', 'NEW', 'OLD',
  'OWN', 'RAN', 'SAD', 'SAW', 'SAY', 'SEE', 'SET', 'SIT', 'TEN', 'WAY', 'WON', 'WOW', 'YAY', 'BED', 'BAY',
]);
// Capitalised words that can follow "Mr B" without being a surname ("Mr B In bay 3" is a sentence start).
const NOT_SURNAMES = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'had', 'has', 'he', 'her', 'his', 'i', 'in', 'into', 'is',
  'it', 'on', 'or', 'she', 'so', 'that', 'the', 'then', 'they', 'this', 'to', 'was', 'we', 'who', 'with', 'you',
]);
// Bare initials count as a person only when a patient event follows within a few words: "JB was
// discharged", "RW passed away", "AB kept pressing the buzzer" (never "AB was amazing on her first shift").
const PATIENT_EVENTS = new Set([
  'admitted', 'discharged', 'died', 'passed', 'fell', 'transferred', 'deteriorated', 'arrested', 'collapsed',
  'refused', 'presented', 'sectioned', 'intubated', 'extubated', 'seen', 'reviewed', 'scanned', 'diagnosed', 'rang',
  'pressed', 'buzzer', 'bed', 'bay', 'asking', 'asked', 'kept', 'ate', 'walked', 'thanked', 'family', 'relatives',
]);
const EVENT_WINDOW = 4;
// A lone capital as a person: quoted ("T" opened up), or straight before what people do ("watching D walk
// out"). Never after a word that labels things with letters (vitamin D, plan B, hep C, bay C, group B).
const QUOTED_LETTER = /["“‘']([B-HJ-Z])["”’']/g;
const LETTER_LABELS = new Set([
  'vitamin', 'vit', 'plan', 'hep', 'hepatitis', 'type', 'grade', 'group', 'class', 'block', 'wing', 'ward', 'bay',
  'bed', 'level', 'floor', 'zone', 'section', 'team', 'category', 'part', 'option', 'step', 'phase', 'appendix',
  'annex', 'schedule', 'table', 'figure', 'row', 'seat', 'gate', 'platform', 'band', 'strep', 'car', 'mr', 'mrs',
  'ms', 'miss', 'mx', 'master', 'baby', 'dr',
]);
const PERSON_VERBS = new Set([
  'walk', 'walked', 'walks', 'came', 'went', 'told', 'said', 'asked', 'is', 'was', 'has', 'had', 'finally', 'made',
  'gave', 'looked', 'smiled', 'cried', 'laughed', 'ate', 'left', 'got', 'started', 'managed', 'opened', 'spoke',
  'sang', 'danced', 'called', 'rang', 'wrote', 'sent', 'showed', 'thanked', 'hugged', 'arrived', 'returned',
  'passed', 'died', 'fell', 'needs', 'needed', 'wants', 'wanted', 'loves', 'loved', 'kept', 'refused', 'tried',
]);
// Words that follow a quoted letter used as a name ("got 'T' to open up"), not a label ("'B' shift").
const AFTER_A_NAME = new Set(['to', 'and', 'who', 'when', 'after', 'in', 'on', 'with', 'from', 'about', 'for']);
const DOTTED = /(?<![\p{L}.])[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?(?!\p{L})/gu;

interface Candidate extends Match {
  /** Says by itself that it is a person ("Mr B", "patient JS", "J.S. (72)"); bare initials need care context. */
  selfEvident: boolean;
}

export const patientInitials = defineDetector({
  schema: z.strictObject({
    kind: z.literal('patient-initials'),
    /** Upper-case abbreviations that are never someone's initials: GP, A&E, ICU, NHS, HCA… */
    acronyms: TermList,
    context: z.optional(ContextOption),
  }),
  summary: 'A patient referred to by initials ("Mr B", "patient JS", "J.S. (72)", "Baby C"), never allow-listed acronyms such as GP or ICU.',
  compile(options, env) {
    const acronyms = new Set(env.terms(options.acronyms, ['acronyms']).map((a) => a.replace(/[.\s]/g, '').toUpperCase()));
    const isInitials = (text: string) => /^[A-Z]{1,3}$/.test(text) && text !== 'I' && !acronyms.has(text) && !SHOUTED_WORDS.has(text);
    // The care-context rule and the title-only rule share one allow-list, so they share one reading.
    const candidatesKey = `initials:${[...acronyms].join(',')}`;
    const inContext = compileContext(options.context, env);
    // Bare initials count only next to care context; without it they are far more often an acronym.
    const nearContext = options.context?.require === 'near';
    return (doc) =>
      doc
        .memo(candidatesKey, () => candidates(doc, isInitials))
        .filter((c) => (c.selfEvident || nearContext) && inContext(doc, c))
        .map(({ start, end }) => ({ start, end }));
  },
});

function candidates(doc: Doc, isInitials: (text: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, norm } = doc;
  const ages = ageMentions(doc);
  const ageRightAfter = (end: number) => ages.some((a) => a.start >= end && a.start - end <= 2 && /^[\s,]*$/.test(norm.slice(end, a.start)));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const { initials, end } = splitPossessive(t);
    if (!isInitials(initials) || isTagged(norm, t) || /^-\p{L}/u.test(norm.slice(t.end, t.end + 2))) continue;
    // "MRS SMITH" in capitals: a title before a surname, not initials.
    if (TITLES.has(t.lower) && startsSurname(doc, i, end)) continue;
    const prev = tokens[i - 1];
    const gapBefore = prev ? norm.slice(prev.end, t.start) : '';
    if (prev && TITLES.has(prev.lower) && initials.length === 1 && /^(?:\.\s*|\s+)$/.test(gapBefore)) {
      if (!startsSurname(doc, i, end)) out.push({ start: prev.start, end, selfEvident: true });
      continue;
    }
    if (prev && SUBJECTS.has(prev.lower) && /^\s+$/.test(gapBefore) && initials !== 'U') {
      const before = tokens[i - 2];
      const first = before && TWO_WORD_SUBJECTS.has(`${before.lower} ${prev.lower}`) ? before : prev;
      out.push({ start: first.start, end, selfEvident: true });
      continue;
    }
    if (initials.length < 2) {
      const next = tokens[i + 1];
      const labelled = prev !== undefined && LETTER_LABELS.has(prev.lower);
      if (!labelled && initials !== 'A' && end === t.end && next?.sentence === t.sentence && PERSON_VERBS.has(next.lower) && norm.slice(t.end, next.start) === ' ') {
        out.push({ start: t.start, end, selfEvident: false });
      }
      continue;
    }
    const possessive = end < t.end;
    const eventAfter = tokens.slice(i + 1, i + 1 + EVENT_WINDOW).some((n) => n.sentence === t.sentence && PATIENT_EVENTS.has(n.lower));
    if (possessive || eventAfter || ageRightAfter(end)) out.push({ start: t.start, end, selfEvident: ageRightAfter(end) });
  }
  // "bed 4 (JS)": initials in brackets after a bed or bay.
  for (const place of bedAndWardNumbers(doc)) {
    const m = /^\s?\(([A-Z]{1,3})\)/.exec(norm.slice(place.end, place.end + 8));
    if (m && isInitials(m[1])) {
      const start = place.end + m[0].indexOf('(') + 1;
      out.push({ start, end: start + m[1].length, selfEvident: true });
    }
  }
  for (const m of norm.matchAll(QUOTED_LETTER)) {
    const next = /^\s*([a-z]+|[,.!?;:)]|$)/i.exec(norm.slice(m.index + m[0].length, m.index + m[0].length + 20));
    const usedAsName = next !== null && (PERSON_VERBS.has(next[1].toLowerCase()) || AFTER_A_NAME.has(next[1].toLowerCase()) || !/[a-z]/i.test(next[1]));
    if (isInitials(m[1]) && usedAsName) out.push({ start: m.index + 1, end: m.index + 2, selfEvident: false });
  }
  for (const m of norm.matchAll(DOTTED)) {
    const end = m.index + m[0].length;
    if (isInitials(m[0].replace(/[.\s]/g, ''))) out.push({ start: m.index, end, selfEvident: ageRightAfter(end) });
  }
  return out;
}

/** "K's" and "JM's" are one token; the initials are the part before the apostrophe. */
function splitPossessive(t: Token): { initials: string; end: number } {
  return t.text.endsWith("'s") ? { initials: t.text.slice(0, -2), end: t.end - 2 } : { initials: t.text, end: t.end };
}

/** Hashtags and handles (#ICU, @JS) are not initials of a patient; nor is "X" in "X-ray" (checked above). */
function isTagged(norm: string, t: Token): boolean {
  const before = norm[t.start - 1];
  return before === '#' || before === '@';
}

/** "Mr R Patel" and "Mr R PATEL" are names (the name detector's job), not initials: a surname follows. */
function startsSurname(doc: Doc, i: number, end: number): boolean {
  const next = doc.tokens[i + 1];
  if (!next || doc.norm.slice(end, next.start) !== ' ') return false;
  return looksLikeSurname(next.text) && !NOT_SURNAMES.has(next.lower);
}
