/**
 * The analysed form of a draft. Detectors work on `norm` (evasions undone: fullwidth digits, zero-width
 * characters, odd spaces, homoglyphs) and report offsets into it; `toOriginal` maps them back so a
 * highlight lands on what the user actually typed.
 */

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

/**
 * Cyrillic and Greek letters that look Latin (Unicode's confusables for the Latin alphabet), used to hide
 * names and words from a checker: "Мrs Ѕmіth" is typed to read as "Mrs Smith" and must be read so.
 */
const HOMOGLYPHS: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  Ѕ: 'S', І: 'I', Ј: 'J', Ӏ: 'I', Ү: 'Y', Ԛ: 'Q', Ԝ: 'W', Ь: 'b',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h',
  ӏ: 'l', ү: 'y', ԛ: 'q', ԝ: 'w',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X', ο: 'o', ν: 'v', ι: 'i', α: 'a', ρ: 'p', ϲ: 'c', ϳ: 'j', Ϲ: 'C', Ϳ: 'J',
  ı: 'i',
};
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

export interface Token {
  /** Offsets into `norm`. */
  start: number;
  end: number;
  /** The word as normalised (case kept). */
  text: string;
  lower: string;
  /** A crude word-form key: "disciplined", "disciplines" and "discipline" share one. */
  stem: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface NormalisedText {
  original: string;
  norm: string;
  /** original offset of each norm offset (length norm.length + 1). */
  offsets: Int32Array;
}

export function normalise(original: string): NormalisedText {
  // Plain ASCII text (most drafts) needs no work: the mapping is the identity.
  if (!NEEDS_NORMALISING.test(original)) return { original, norm: original, offsets: identity(original.length) };
  const parts: string[] = [];
  const offsets = new Int32Array(original.length * 3 + 1);
  let n = 0;
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      parts.push(original[i]);
      offsets[n++] = i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const out = ZERO_WIDTH.test(ch) ? '' : SPACES.test(ch) ? ' ' : (HOMOGLYPHS[ch] ?? PUNCTUATION[ch] ?? foldCompat(ch));
    for (let k = 0; k < out.length; k++) offsets[n++] = i;
    parts.push(out);
    i += ch.length;
  }
  offsets[n] = original.length;
  return { original, norm: parts.join(''), offsets: offsets.subarray(0, n + 1) };
}

const NEEDS_NORMALISING = /[^\x00-\x7f]/;
let identityCache = new Int32Array(0);

function identity(length: number): Int32Array {
  if (identityCache.length <= length) {
    identityCache = new Int32Array(Math.max(length + 1, identityCache.length * 2));
    for (let i = 0; i < identityCache.length; i++) identityCache[i] = i;
  }
  return identityCache.subarray(0, length + 1);
}

/** NFKC for the characters it turns into plain letters and digits (fullwidth, maths alphanumerics). */
function foldCompat(ch: string): string {
  const folded = ch.normalize('NFKC');
  return /^[\x20-\x7e]+$/.test(folded) && folded.length <= 3 ? folded : ch;
}

export function toOriginal(t: NormalisedText, span: Span): Span {
  const start = t.offsets[Math.min(span.start, t.norm.length)];
  // The end maps to just past the last character of the span.
  const end = span.end > span.start ? lastCharEnd(t, span.end) : start;
  return { start, end };
}

function lastCharEnd(t: NormalisedText, normEnd: number): number {
  const lastOrig = t.offsets[normEnd - 1];
  const cp = t.original.codePointAt(lastOrig)!;
  return lastOrig + (cp > 0xffff ? 2 : 1);
}

const WORD = /[\p{L}\p{N}]+(?:['&][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?]+(?=\s|$)|\n/g;

export function tokenise(norm: string): { tokens: Token[]; sentences: Span[] } {
  const sentences: Span[] = [];
  let from = 0;
  for (const m of norm.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (norm.slice(from, end).trim()) sentences.push({ start: from, end });
    from = end;
  }
  if (norm.slice(from).trim() || sentences.length === 0) sentences.push({ start: from, end: norm.length });

  const tokens: Token[] = [];
  let s = 0;
  for (const m of norm.matchAll(WORD)) {
    while (s < sentences.length - 1 && m.index >= sentences[s].end) s++;
    const text = m[0];
    const lower = text.toLowerCase();
    tokens.push({ start: m.index, end: m.index + text.length, text, lower, stem: stem(lower), sentence: s });
  }
  return { tokens, sentences };
}

/**
 * A deliberately crude stemmer: enough to let "disciplinary", "disciplined" and "discipline" or "nurses"
 * and "nurse" meet, without a dictionary. Terms and text go through the same function, so they agree.
 */
export function stem(lower: string): string {
  let w = lower.replace(/'s$/, '');
  for (const [suffix, replacement] of STEM_RULES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  return w.length > 3 ? w.replace(/e$/, '') : w;
}

const STEM_RULES: [string, string][] = [
  ['ational', 'ate'], ['iness', 'y'], ['ness', ''], ['ments', ''], ['ment', ''], ['ingly', ''], ['edly', ''],
  ['ies', 'y'], ['ied', 'y'], ['ing', ''], ['ary', ''], ['ery', ''], ['ed', ''], ['es', ''], ['ly', ''], ['s', ''],
];
