import type { Doc } from '../doc';
import type { Span } from '../text';
import { matchSpans } from './spans';

/**
 * Details that point at one patient in a care setting: where they are ("bay 3", "side room 2", "Ward 7")
 * and how old they are ("94-year-old", "72M", "Bert (93)", "Mrs R, 89,"). Shared by the name, initials and
 * jigsaw detectors, found once per draft.
 */

// Never "24-bed unit", "in bed by 10" or "room for improvement": the place word comes straight before a number.
const PLACE_NUMBER = /\b(?:bed|bay|side ?room|sr|cubicle|cubby|room|ward|resus|pod)\s?(?:no\.?\s?|number\s)?\d{1,3}[a-z]?\b(?![-/.]\d)/gi;

export function bedAndWardNumbers(doc: Doc): Span[] {
  return doc.memo('bed-ward-numbers', () => matchSpans(doc.norm, PLACE_NUMBER));
}

const AGE_PATTERNS = [
  // 94-year-old, 3 year old, 6-week-old, 72 yrs old
  /\b(\d{1,3})[- ]?(?:years?|yrs?|yr|months?|weeks?|days?)[- ]?old\b/gi,
  /\b(\d{1,3}) ?(?:yo|y\.o\.?|y\/o)(?![\w/])/gi,
  /\baged? (\d{1,3})\b/gi,
  // 72M, 85F, 72 M: clinical shorthand for age and sex (upper-case only).
  /\b(\d{2,3}) ?[MF]\b/g,
  // Bert (93), J.S. (72): the bracket must follow a word (checked below).
  /\((\d{1,3})\)/g,
  // Mrs R, 89, … / Jean, 84): from the comma after a capitalised word.
  /\b[A-Z][\w.']*(,\s?(\d{2,3}))(?=\s?[,)])/g,
  /\b(\d{1,3})(?:st|nd|rd|th) birthday\b/gi,
  /\bborn at (\d{2}) ?(?:weeks|wks)\b/gi,
];
const DECADE = /\bin (?:his|her|their) (?:early |mid-?|late )?(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const AFTER_A_WORD = /[A-Za-z.] ?$/;
const MAX_AGE = 115;

export function ageMentions(doc: Doc): Span[] {
  return doc.memo('ages', () => {
    const { norm } = doc;
    const out = matchSpans(norm, DECADE);
    if (!/\d/.test(norm)) return out;
    for (const re of AGE_PATTERNS) {
      for (const m of norm.matchAll(re)) {
        const age = m[2] ?? m[1];
        if (Number(age) > MAX_AGE) continue;
        let start = m.index;
        if (m[0][0] === '(' && !AFTER_A_WORD.test(norm.slice(Math.max(0, start - 2), start))) continue;
        if (m[2] !== undefined) start += m[0].indexOf(m[1]);
        out.push({ start, end: m.index + m[0].length });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}
