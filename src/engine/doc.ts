import type { Draft } from './types';
import { normalise, tokenise, type NormalisedText, type Span, type Token } from './text';

/** A draft prepared once for every rule: normalised text, words, sentences and a per-draft memo. */
export interface Doc {
  draft: Draft;
  text: NormalisedText;
  /** Normalised text; detector offsets refer to it. */
  norm: string;
  tokens: Token[];
  sentences: Span[];
  /** Work shared by several rules (e.g. a name parse) is done once per draft. */
  memo<T>(key: string, make: () => T): T;
}

export function prepare(draft: Draft): Doc {
  const text = normalise(draft.text);
  const { tokens, sentences } = tokenise(text.norm);
  const cache = new Map<string, unknown>();
  return {
    draft,
    text,
    norm: text.norm,
    tokens,
    sentences,
    memo<T>(key: string, make: () => T): T {
      if (!cache.has(key)) cache.set(key, make());
      return cache.get(key) as T;
    },
  };
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
