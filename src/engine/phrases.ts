import { remember, type Doc } from './doc';
import { tokenise, type Token } from './text';

/**
 * Phrase lists as IG leads write them: words separated by spaces, matched case-insensitively on word
 * boundaries. With `forms`, each word also matches its other forms ("discipline" finds "disciplinary").
 * A word ending in `*` matches any word starting with it ("disciplin*").
 */
export interface PhraseMatch {
  start: number;
  end: number;
  /** Token indices of the first and last word. */
  first: number;
  last: number;
  term: string;
}

export interface PhraseOptions {
  forms?: boolean;
  caseSensitive?: boolean;
}

interface WordPattern {
  key: string;
  prefix: boolean;
}

interface CompiledTerm {
  term: string;
  words: WordPattern[];
}

export interface PhraseMatcher {
  readonly size: number;
  find(doc: Doc, fromToken?: number, toToken?: number): PhraseMatch[];
}

/** Gaps allowed inside a phrase: spaces and light punctuation, never a sentence end. */
const PHRASE_GAP = /^[\s\-'",:/#@()*_~]*$/;

/**
 * Packs use the same vocabularies in many rules (@care-context, @disclaimers…): a list compiled once is
 * shared, which keeps compiling the packs on a page's first check short.
 */
const compiledLists = new Map<string, PhraseMatcher>();

export function compilePhrases(terms: readonly string[], options: PhraseOptions = {}): PhraseMatcher {
  const key = `${options.forms ? 'f' : ''}${options.caseSensitive ? 'c' : ''}\u0000${terms.join('\u0001')}`;
  let matcher = compiledLists.get(key);
  if (!matcher) remember(compiledLists, key, (matcher = compileList(terms, options)), 4096);
  return matcher;
}

function compileList(terms: readonly string[], options: PhraseOptions): PhraseMatcher {
  // Tokens carry their lower-case form and stem already: picking the right one costs nothing per word.
  const keyOf = (t: Token) => (options.caseSensitive ? t.text : options.forms ? t.stem : t.lower);
  const surfaceOf = (t: Token) => (options.caseSensitive ? t.text : t.lower);
  const byFirstKey = new Map<string, CompiledTerm[]>();
  // Terms starting with a `word*` prefix, indexed by the prefix's first letters.
  const byPrefixHead = new Map<string, CompiledTerm[]>();
  const add = (map: Map<string, CompiledTerm[]>, key: string, term: CompiledTerm) => {
    const list = map.get(key);
    if (list) list.push(term);
    else map.set(key, [term]);
  };
  for (const term of terms) {
    const termTokens = termWords(term.trim());
    if (termTokens.length === 0) continue;
    const words: WordPattern[] = termTokens.map((t) => ({ key: keyOf(t), prefix: false }));
    if (term.trim().endsWith('*')) words[words.length - 1] = { key: surfaceOf(termTokens[termTokens.length - 1]), prefix: true };
    const compiled = { term, words };
    if (words[0].prefix) add(byPrefixHead, words[0].key.slice(0, PREFIX_HEAD), compiled);
    else add(byFirstKey, words[0].key, compiled);
  }

  const wordMatches = (w: WordPattern, t: Token) => (w.prefix ? surfaceOf(t).startsWith(w.key) : keyOf(t) === w.key);

  const keySpace = options.caseSensitive ? 'text' : options.forms ? 'stem' : 'lower';
  const headSpace = options.caseSensitive ? 'textHead' : 'lowerHead';
  // With few distinct first words, look them up in the text's word index; else walk the words.
  const firstWords = byFirstKey.size + byPrefixHead.size;
  const indexable = [...byPrefixHead.keys()].every((head) => head.length === PREFIX_HEAD);

  return {
    size: terms.length,
    find(doc, fromToken = 0, toToken = doc.tokens.length) {
      const out: PhraseMatch[] = [];
      const tokens = doc.tokens;
      const whole = fromToken === 0 && toToken === tokens.length;
      if (whole && indexable && firstWords < tokens.length) {
        const index = wordIndex(doc);
        for (const [key, list] of byFirstKey) for (const i of index[keySpace].get(key) ?? []) for (const c of list) tryTerm(c, i);
        for (const [head, list] of byPrefixHead) for (const i of index[headSpace].get(head) ?? []) for (const c of list) tryTerm(c, i);
        return out.sort((a, b) => a.first - b.first || a.last - b.last);
      }
      for (let i = fromToken; i < toToken; i++) {
        const exact = byFirstKey.get(keyOf(tokens[i]));
        if (exact) for (const c of exact) tryTerm(c, i);
        if (byPrefixHead.size > 0) {
          const surface = surfaceOf(tokens[i]);
          for (let k = 1; k <= Math.min(PREFIX_HEAD, surface.length); k++) {
            const prefixed = byPrefixHead.get(surface.slice(0, k));
            if (prefixed) for (const c of prefixed) tryTerm(c, i);
          }
        }
      }
      return out;

      function tryTerm(c: CompiledTerm, i: number) {
        let j = i;
        for (let w = 0; w < c.words.length; w++, j++) {
          if (j >= toToken || !wordMatches(c.words[w], tokens[j])) return;
          if (w > 0 && !PHRASE_GAP.test(doc.norm.slice(tokens[j - 1].end, tokens[j].start))) return;
        }
        if (inDigitGroup(doc, i, -1) || inDigitGroup(doc, j - 1, 1)) return;
        out.push({ start: tokens[i].start, end: tokens[j - 1].end, first: i, last: j - 1, term: c.term });
      }
    },
  };
}

const DIGITS = /^\d+$/;
const DIGIT_GROUP_GAP = /^[ .\-]$/;

/**
 * A number in a list ('999', '111') is not found inside a longer run of digit groups: "355 999 9535" is a
 * raffle ticket, not a 999 call.
 */
function inDigitGroup(doc: Doc, i: number, step: -1 | 1): boolean {
  const here = doc.tokens[i];
  const next = doc.tokens[i + step];
  if (!next || !DIGITS.test(here.text) || !DIGITS.test(next.text)) return false;
  return DIGIT_GROUP_GAP.test(step < 0 ? doc.norm.slice(next.end, here.start) : doc.norm.slice(here.end, next.start));
}

const termWordCache = new Map<string, Token[]>();

/** A term's words; the same term appears in many lists, so it is read once. */
function termWords(term: string): Token[] {
  let words = termWordCache.get(term);
  if (!words) remember(termWordCache, term, (words = tokenise(term).tokens), 65536);
  return words;
}

type WordIndex = Record<'text' | 'lower' | 'stem' | 'textHead' | 'lowerHead', Map<string, number[]>>;

/** Where each word (in each of its forms) stands in a text: built once per text, shared by every phrase list. */
function wordIndex(doc: Doc): WordIndex {
  return doc.memo('phrase-word-index', () => {
    const index: WordIndex = { text: new Map(), lower: new Map(), stem: new Map(), textHead: new Map(), lowerHead: new Map() };
    const put = (map: Map<string, number[]>, key: string, i: number) => {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    };
    doc.tokens.forEach((t, i) => {
      put(index.text, t.text, i);
      put(index.lower, t.lower, i);
      put(index.stem, t.stem, i);
      if (t.text.length >= PREFIX_HEAD) {
        put(index.textHead, t.text.slice(0, PREFIX_HEAD), i);
        put(index.lowerHead, t.lower.slice(0, PREFIX_HEAD), i);
      }
    });
    return index;
  });
}

/** How many leading letters of a `word*` prefix index it. */
const PREFIX_HEAD = 3;
