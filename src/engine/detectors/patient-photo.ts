import * as z from 'zod/mini';
import { compileCues, compileContext, ContextOption, sentenceOf } from '../context';
import { defineDetector } from '../detector';
import type { Doc } from '../doc';
import type { Span } from '../text';
import { TermList } from '../schema-parts';
import type { Match } from '../types';

/**
 * A post that says it shows a patient: "pic of Mr T taking his first steps", "swipe for pics of everyone in
 * their Santa hats" on the ward, "patients and staff all joined in 📸". A photo of something a patient owns
 * ("pic of JM's card", "Mr K's leg ulcer") is not a picture of the person.
 */
const CAMERA_EMOJI = /[\u{1F4F8}\u{1F4F7}\u{1F3A5}\u{1F4F9}\u{1F39E}]/gu;
// "of" or "with" + a person straight after a photo word: him, her, them, everyone, the patient(s), Mr T…
const OF_A_PERSON = /^\s+(?:\w+\s+){0,2}?(?:of|with)\s+(?:(?:him|her|them|everyone|everybody|us all)\b|(?:the|our|my|this|a)\s+(?:[a-z]+\s+)?(?:patients?|kid|child|baby|lady|gentleman|man|woman|boy|girl|little)\b|(?:Mr|Mrs|Ms|Miss|Mx|Baby)\.?\s+[A-Z][\w-]*\b)(?!'s)/i;
// Patients in the plural as the people in the picture ("patients and staff all joined in").
const PATIENTS = /\bpatients\b/gi;
const LOOK = 60;

export const patientPhoto = defineDetector({
  schema: z.strictObject({
    kind: z.literal('patient-photo'),
    /** Words that say a photo or video is attached: pic, photo, video, selfie, swipe… */
    photoWords: TermList,
    context: z.optional(ContextOption),
  }),
  summary: 'A photo or video described as showing a patient (photo word + "of him", "of Mr T", or patients in the same sentence).',
  compile(options, env) {
    const photoWords = compileCues(env.terms(options.photoWords, ['photoWords']));
    const inContext = compileContext(options.context, env);
    return (doc) => {
      const photos: Span[] = [...photoWords.hits(doc), ...[...doc.norm.matchAll(CAMERA_EMOJI)].map((m) => ({ start: m.index, end: m.index + m[0].length }))];
      const out: Match[] = [];
      for (const photo of photos) {
        const ofPerson = OF_A_PERSON.exec(doc.norm.slice(photo.end, photo.end + LOOK));
        const span = ofPerson ? { start: photo.start, end: photo.end + ofPerson[0].length } : patientsBeside(doc, photo);
        if (span && inContext(doc, span)) out.push(span);
      }
      return out;
    };
  },
});

/** "patients" in the same sentence as the photo word, or the one just before it (the emoji often follows). */
function patientsBeside(doc: Doc, photo: Span): Span | undefined {
  const sentence = sentenceOf(doc, photo.start);
  for (const m of doc.norm.matchAll(PATIENTS)) {
    const s = sentenceOf(doc, m.index);
    if (s === sentence || s === sentence - 1) return { start: Math.min(m.index, photo.start), end: Math.max(m.index + m[0].length, photo.end) };
  }
  return undefined;
}
