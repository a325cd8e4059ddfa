import * as z from 'zod/mini';
import type { CompileEnv } from './detector';
import { tokenAt, type Doc } from './doc';
import { compilePhrases, type PhraseMatch } from './phrases';
import { TermList } from './schema-parts';
import type { Span } from './text';

/**
 * The `context:` option shared by the built-in identifier detectors: words that make a match about a
 * patient (e.g. "ward", "admitted", "NHS no") and how close they must be. `require: absent` reports only
 * matches with no such word nearby, so a pack can give the two cases different severities.
 */
export const ContextOption = z.strictObject({
  terms: TermList,
  /** At most this many words between the match and a context word. */
  within: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(50)), 8),
  require: z._default(z.enum(['near', 'absent']), 'near'),
  /** Only count context words in the same sentence as the match. */
  sameSentence: z._default(z.boolean(), false),
});
export type ContextSetting = z.infer<typeof ContextOption>;

/** Word phrases found once per draft, however many detectors ask. */
export interface Cues {
  hits(doc: Doc): readonly PhraseMatch[];
  /** Is a cue within `within` words of the span (and in the same sentence, if asked)? */
  near(doc: Doc, span: Span, within: number, sameSentence?: boolean): boolean;
}

/**
 * Cue words match as written (any case), with `word*` for prefixes: no stemming, so "notes" never matches
 * "not" and each cue list says exactly which forms count.
 */
export function compileCues(terms: readonly string[]): Cues {
  const matcher = compilePhrases(terms);
  const hits = (doc: Doc) => matcher.find(doc);
  return {
    hits,
    near(doc, span, within, sameSentence = false) {
      const found = hits(doc);
      if (found.length === 0) return false;
      const { first, last } = tokenRange(doc, span);
      const sentence = sentenceOf(doc, span.start);
      return found.some((h) => {
        if (sameSentence && doc.tokens[h.first].sentence !== sentence) return false;
        return wordGap(h, first, last) <= within;
      });
    },
  };
}

/** Tokens a span covers; a span between words (an emoji) gets an empty range at the next word. */
export function tokenRange(doc: Doc, span: Span): { first: number; last: number } {
  const first = tokenAt(doc, span.start);
  const last = Math.max(first - 1, tokenAt(doc, span.end) - 1);
  return { first, last };
}

/** Words strictly between a phrase and a token range (0 when they touch or overlap). */
export function wordGap(h: { first: number; last: number }, first: number, last: number): number {
  if (h.first > last) return Math.max(0, h.first - last - 1);
  if (h.last < first) return Math.max(0, first - h.last - 1);
  return 0;
}

export function sentenceOf(doc: Doc, offset: number): number {
  const t = doc.tokens[Math.min(tokenAt(doc, offset), doc.tokens.length - 1)];
  return t ? t.sentence : 0;
}

/** Compiles a detector's `context:` option into a filter on its matches (no option: keep everything). */
export function compileContext(setting: ContextSetting | undefined, env: CompileEnv): (doc: Doc, span: Span) => boolean {
  if (!setting) return () => true;
  const cues = compileCues(env.terms(setting.terms, ['context', 'terms']));
  const wanted = setting.require === 'near';
  return (doc, span) => cues.near(doc, span, setting.within, setting.sameSentence) === wanted;
}
