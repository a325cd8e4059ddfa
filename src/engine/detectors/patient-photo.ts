import * as z from 'zod/mini';
import { compileCues, compileContext, ContextOption, sentenceOf } from '../context';
import { defineDetector } from '../detector';
import type { Doc } from '../doc';
import type { Span } from '../text';
import { matchSpans } from '../identifiers/spans';
import { TermList } from '../schema-parts';
import type { Match } from '../types';

/**
 * A post that says it shows a patient: "pic of Mr T taking his first steps", "swipe for pics of everyone in
 * their Santa hats" on the ward, "patients and staff all joined in 📸". A photo of something a patient owns
 * ("pic of JM's card", "Mr K's leg ulcer") is not a picture of the person.
 */
const CAMERA_EMOJI = /[\u{1F4F8}\u{1F4F7}\u{1F3A5}\u{1F4F9}\u{1F39E}]/gu;
// "of" or "with" + a person straight after a photo word: him, her, them, everyone, the patient(s), Mr T…
const OF_A_PERSON = /^\s+(?:\w+\s+){0,2}?(?:of|with)\s+(?:(him|her|them|everyone|everybody|us all)\b|(?:the|our|my|this|a)\s+(?:[a-z]+\s+)?(?:patients?|kid|child|baby|lady|gentleman|man|woman|boy|girl|little)\b|(?:Mr|Mrs|Ms|Miss|Mx|Baby)\.?\s+[A-Z][\w-]*\b)(?!'s)/i;
// What follows "of the patient" when the picture is of a thing: "the new patient lounge", "the patient board".
const THING_AFTER_PATIENT = /^\s+(?:lounge|list|board|boards|leaflets?|information|area|garden|toilets?|transport|experience|safety|feedback|survey|portal|app|records|notes|day|room|centre|lift|menu)\b/i;
// "photos of her new granddaughter": "her" owns the next word, so the picture is not of her.
const OWNED_AFTER_HER = /^\s+(?!(?:with|in|on|at|and|before|after|from|when|while|as|for|to|by|being|doing|having|looking|taking|walking)\b)[a-z]+\b(?<!ing)/;
// Patients in the plural beside a camera emoji ("patients and staff all joined in with the conga! 📸").
const PATIENTS = /\bpatients\b/gi;
const LOOK = 60;

export const patientPhoto = defineDetector({
  schema: z.strictObject({
    kind: z.literal('patient-photo'),
    /** Words that say a photo or video is attached: pic, photo, video, selfie, swipe… */
    photoWords: TermList,
    context: z.optional(ContextOption),
  }),
  summary: 'A photo or video described as showing a patient (photo word + "of him", "of Mr T", or patients beside a camera emoji).',
  compile(options, env) {
    const photoWords = compileCues(env.terms(options.photoWords, ['photoWords']));
    const inContext = compileContext(options.context, env);
    return (doc) => {
      const emoji = matchSpans(doc.norm, CAMERA_EMOJI);
      const out: Match[] = [];
      for (const photo of [...photoWords.hits(doc), ...emoji]) {
        const span = ofAPerson(doc.norm, photo);
        if (span && inContext(doc, span)) out.push(span);
      }
      for (const camera of emoji) {
        const span = patientsBeside(doc, camera);
        if (span && inContext(doc, span)) out.push(span);
      }
      return out;
    };
  },
});

/** The photo word and the person it shows, if it shows one. */
function ofAPerson(norm: string, photo: Span): Span | undefined {
  const m = OF_A_PERSON.exec(norm.slice(photo.end, photo.end + LOOK));
  if (!m) return undefined;
  const end = photo.end + m[0].length;
  const after = norm.slice(end, end + 30);
  if (/patients?$/i.test(m[0]) && THING_AFTER_PATIENT.test(after)) return undefined;
  if (m[1]?.toLowerCase() === 'her' && OWNED_AFTER_HER.test(after)) return undefined;
  return { start: photo.start, end };
}

/** "patients" in the same sentence as a camera emoji, or the one just before it (the emoji often ends it). */
function patientsBeside(doc: Doc, photo: Span): Span | undefined {
  const sentence = sentenceOf(doc, photo.start);
  for (const m of doc.norm.matchAll(PATIENTS)) {
    const s = sentenceOf(doc, m.index);
    if (s === sentence || s === sentence - 1) return { start: Math.min(m.index, photo.start), end: Math.max(m.index + m[0].length, photo.end) };
  }
  return undefined;
}
