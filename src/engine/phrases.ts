import type { Doc } from './doc';
import { stem, tokenise, type Token } from './text';

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

export function compilePhrases(terms: readonly string[], options: PhraseOptions = {}): PhraseMatcher {
  const keyOf = (t: Token | { text: string; lower: string }) =>
    options.caseSensitive ? t.text : options.forms ? stem(t.lower) : t.lower;
  const byFirstKey = new Map<string, CompiledTerm[]>();
  const prefixed: CompiledTerm[] = [];
  for (const term of terms) {
    const termTokens = tokenise(term.trim()).tokens;
    if (termTokens.length === 0) continue;
    const words: WordPattern[] = termTokens.map((t) => ({ key: keyOf(t), prefix: false }));
    if (term.trim().endsWith('*')) {
      const raw = termTokens[termTokens.length - 1];
      words[words.length - 1] = { key: options.caseSensitive ? raw.text : raw.lower, prefix: true };
    }
    const compiled = { term, words };
    if (words[0].prefix) prefixed.push(compiled);
    else {
      const list = byFirstKey.get(words[0].key) ?? [];
      list.push(compiled);
      byFirstKey.set(words[0].key, list);
    }
  }

  const wordMatches = (w: WordPattern, t: Token) =>
    w.prefix ? (options.caseSensitive ? t.text : t.lower).startsWith(w.key) : keyOf(t) === w.key;

  return {
    size: terms.length,
    find(doc, fromToken = 0, toToken = doc.tokens.length) {
      const out: PhraseMatch[] = [];
      const tokens = doc.tokens;
      for (let i = fromToken; i < toToken; i++) {
        const candidates = byFirstKey.get(keyOf(tokens[i]));
        for (const c of candidates ? [...candidates, ...prefixed] : prefixed) {
          const last = matchFrom(c, i);
          if (last >= 0) out.push({ start: tokens[i].start, end: tokens[last].end, first: i, last, term: c.term });
        }
      }
      return out;

      function matchFrom(c: CompiledTerm, i: number): number {
        let j = i;
        for (let w = 0; w < c.words.length; w++, j++) {
          if (j >= toToken || !wordMatches(c.words[w], tokens[j])) return -1;
          if (w > 0 && !PHRASE_GAP.test(doc.norm.slice(tokens[j - 1].end, tokens[j].start))) return -1;
        }
        return j - 1;
      }
    },
  };
}
