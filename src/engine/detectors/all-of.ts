import * as z from 'zod/mini';
import { sentenceOf } from '../context';
import { defineDetector, PackCompileError } from '../detector';
import { tokenAt, type Doc } from '../doc';
import type { Match } from '../types';
import { compileDetector, DetectorSchema, type AnyDetector } from './index';

/** Token positions a match covers; an emoji or symbol between words sits at the next word. */
function wordSpan(doc: Doc, m: Match): { first: number; last: number; sentence: number } {
  const first = tokenAt(doc, m.start);
  const last = Math.max(first, tokenAt(doc, m.end) - 1);
  return { first, last, sentence: sentenceOf(doc, m.start) };
}

function wordsBetween(a: { first: number; last: number }, b: { first: number; last: number }): number {
  if (b.first > a.last) return b.first - a.last - 1;
  if (a.first > b.last) return a.first - b.last - 1;
  return 0;
}

export const allOf = defineDetector({
  schema: z.strictObject({
    kind: z.literal('all'),
    get of(): z.ZodMiniArray<AnyDetector> {
      return z.array(DetectorSchema as AnyDetector).check(z.minLength(2, { error: 'needs at least two detectors' }));
    },
    /** Every other detector must find something within this many words of the first one's find, in the same paragraph. */
    within: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
    /** …and in the same sentence (only with `within`). */
    sameSentence: z.optional(z.boolean()),
  }),
  summary:
    "What the first detector finds, when every other listed detector also finds something (within N words of it, if `within` is set).",
  composite: true,
  // Words near each other are in one paragraph: a blank line ends a thought at least as firmly as a full stop.
  paragraphLocal: (options) => options.within !== undefined,
  compile(options, env) {
    const [lead, ...others] = options.of.map((d, i) => compileDetector(d, env, ['of', i]));
    const { within, sameSentence } = options;
    if (sameSentence !== undefined && within === undefined) {
      throw new PackCompileError('sameSentence needs `within` (how many words apart the finds may be)', ['sameSentence']);
    }
    return (doc) => {
      // Stop at the first detector that finds nothing: the rest (often regular expressions) need not run.
      const partners: (readonly Match[])[] = [];
      for (const detect of others) {
        const found = detect(doc);
        if (found.length === 0) return [];
        partners.push(found);
      }
      const leads = lead(doc);
      if (within === undefined) return leads;
      const spans = partners.map((found) => found.map((p) => ({ p, at: wordSpan(doc, p) })));
      const out: Match[] = [];
      for (const m of leads) {
        const at = wordSpan(doc, m);
        let start = m.start;
        let end = m.end;
        const allNear = spans.every((found) => {
          let closest: { p: Match; gap: number } | undefined;
          for (const { p, at: pAt } of found) {
            if (sameSentence && pAt.sentence !== at.sentence) continue;
            const gap = wordsBetween(at, pAt);
            if (gap <= within && (!closest || gap < closest.gap)) closest = { p, gap };
          }
          if (!closest) return false;
          start = Math.min(start, closest.p.start);
          end = Math.max(end, closest.p.end);
          return true;
        });
        if (allNear) out.push({ start, end });
      }
      return out;
    };
  },
});
