import type { Doc } from '../doc';
import type { Span } from '../text';

/** A day-and-month date as UK staff write it: 14/03/1941, 1.2.89, 3rd March 1990, March 3, 1990, 12 Mar. */
export interface DateMention extends Span {
  /** The year is written out, so the date could be a date of birth. */
  hasYear: boolean;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
// Numeric d/m/y with one separator; never 24/7, 5/7, 1/52 or 120/80 (two parts), nor part of a version or longer run.
const NUMERIC = String.raw`(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)`;
const DAY_MONTH = String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH}\b\.?(?:,?\s+(\d{4}|'\d{2}))?`;
const MONTH_DAY = String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`;
const DATE = new RegExp(`${NUMERIC}|${DAY_MONTH}|${MONTH_DAY}`, 'gi');

export function dateMentions(doc: Doc): DateMention[] {
  return doc.memo('dates', () => {
    const out: DateMention[] = [];
    for (const m of doc.norm.matchAll(DATE)) {
      const [day, month] = m[1] !== undefined ? [Number(m[1]), Number(m[3])] : [Number(m[5] ?? m[7]), 1];
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      out.push({ start: m.index, end: m.index + m[0].length, hasYear: m[4] !== undefined || m[6] !== undefined || m[8] !== undefined });
    }
    return out;
  });
}
