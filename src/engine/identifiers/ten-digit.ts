import { compileCues } from '../context';
import type { Doc } from '../doc';
import type { Match } from '../types';
import { inHealthAndCareRange, isValidChi, passesMod11 } from './check-digits';

/**
 * A 10-digit number as typed: 943 476 5919, 9434765919, 943-476-5919, 943.476.5919, 943/476/5919, or, as
 * CHI numbers are often written (date of birth, then four digits), 020788 1359.
 */
export interface TenDigitNumber {
  start: number;
  end: number;
  digits: string;
  separator: string;
  /** Grouped 6-4: only a CHI number is written that way. */
  sixFour: boolean;
}

// 3-3-4 with one separator used twice (or none), or 6-4. Boundaries are checked in code, where they can be explained.
const CANDIDATE = /(?<!\d)(?:(\d{3})( {1,2}|[-./]| - )?(\d{3})\2(\d{4})|(\d{6})([ -])(\d{4}))(?!\d)/g;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const URL_LIKE = /:\/\/|^www\.|[a-z0-9-]\.(?:com|org|net|uk|io|co|gov|nhs|scot|wales)\b/i;

/** Every standalone 10-digit number in the draft, found once per draft for all the identifier detectors. */
export function tenDigitNumbers(doc: Doc): TenDigitNumber[] {
  return doc.memo('ten-digit-numbers', () => {
    const out: TenDigitNumber[] = [];
    for (const m of doc.norm.matchAll(CANDIDATE)) {
      const start = m.index;
      const end = start + m[0].length;
      const sixFour = m[5] !== undefined;
      const separator = (sixFour ? m[6] : m[2]) ?? '';
      if (standsAlone(doc.norm, start, end, separator) && !labelledAsSomethingElse(doc.norm, start)) {
        out.push({ start, end, digits: sixFour ? m[5] + m[7] : m[1] + m[3] + m[4], separator, sixFour });
      }
    }
    return out;
  });
}

/**
 * Not part of something longer: a word or handle (K4010232137, @4010232137), a hashtag, an international
 * phone number (+44…), a longer run of digit groups (card numbers, 4010232137-2) or a URL path.
 */
function standsAlone(text: string, start: number, end: number, separator: string): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (WORD_CHAR.test(before) || WORD_CHAR.test(after) || before === '@' || before === '+') return false;
  // "#4010232137" is a hashtag; "NHS#4010232137" is a label.
  if (before === '#' && !/[\p{L}]/u.test(text[start - 2] ?? '')) return false;
  const joiners = separator === '' ? '-./' : separator.trim() === '' ? ' -./' : separator.trim();
  if (joiners.includes(before) && /\d/.test(text[start - 2] ?? '')) return false;
  if (joiners.includes(after) && /\d/.test(text[end + 1] ?? '')) return false;
  return !URL_LIKE.test(chunkAround(text, start, end)) && !pathAround(text, start, end, separator);
}

// "Order 4010232137", "ref: 2041538762", "tracking no 1234567890": the writer says what the number is.
const OTHER_LABEL = /\b(?:order|ref|reference|tracking|invoice|ticket|booking|account|acct|parcel|consignment|serial|receipt|transaction|claim|policy|membership|customer|confirmation|voucher|PO|tel|phone|mobile|fax)(?:\s+(?:no|number|num|id))?\.?\s*[:#=-]?\s*(?:is\s+)?$/i;

function labelledAsSomethingElse(text: string, start: number): boolean {
  return OTHER_LABEL.test(text.slice(Math.max(0, start - 30), start));
}

/** The whitespace-delimited chunk the number sits in (for a spaced number, the chunks at its two ends). */
function chunkAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]) && start - from < 200) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]) && to - end < 200) to++;
  return text.slice(from, to);
}

/** A slash next to the number that is not one of its own separators: a path such as /pages/4010232137/. */
function pathAround(text: string, start: number, end: number, separator: string): boolean {
  if (separator === '/') return false;
  return text[start - 1] === '/' || text[end] === '/';
}

export type Scheme = 'nhs' | 'chi' | 'hc';

// National labels, not a Trust's choice: they decide which scheme a number belongs to.
const CHI_CUES = compileCues(['CHI', 'CHI no', 'CHI number', 'community health index', 'NHS Scotland', 'NHSScotland', 'Scotland', 'Scottish']);
const HC_CUES = compileCues(['H&C', 'H and C', 'health and care number', 'HSC', 'HSCNI', 'Northern Ireland']);
const SCHEME_WINDOW = 8;

/**
 * Which national scheme a number belongs to: CHI when it is a valid CHI number with a Scottish cue nearby,
 * H&C when it is in the Northern Ireland range with an H&C cue nearby, else NHS (but a 6-4 number that is
 * not a CHI number is nothing). Each number is reported by one detector only.
 */
export function schemeOf(doc: Doc, n: TenDigitNumber): Scheme | undefined {
  if (isValidChi(n.digits) && CHI_CUES.near(doc, n, SCHEME_WINDOW)) return 'chi';
  if (n.sixFour) return undefined;
  if (inHealthAndCareRange(n.digits) && passesMod11(n.digits) && HC_CUES.near(doc, n, SCHEME_WINDOW)) return 'hc';
  return 'nhs';
}

/** The numbers of one scheme that pass a detector's context filter, as matches. */
export function numbersOfScheme(doc: Doc, scheme: Scheme, keep: (doc: Doc, n: TenDigitNumber) => boolean): Match[] {
  return tenDigitNumbers(doc)
    .filter((n) => schemeOf(doc, n) === scheme && keep(doc, n))
    .map((n) => ({ start: n.start, end: n.end }));
}
