import * as z from 'zod/mini';
import { defineDetector } from '../detector';
import { compilePhrases } from '../phrases';
import { TermList } from '../schema-parts';

export const near = defineDetector({
  schema: z.strictObject({
    kind: z.literal('near'),
    a: TermList,
    b: TermList,
    /** At most this many words between the two. */
    within: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(50)), 6),
    /** Only pair words in the same sentence (default true). */
    sameSentence: z._default(z.boolean(), true),
    forms: z.optional(z.boolean()),
  }),
  summary: 'A word or phrase from list A within N words of one from list B.',
  compile(options, env) {
    const a = compilePhrases(env.terms(options.a, ['a']), options);
    const b = compilePhrases(env.terms(options.b, ['b']), options);
    return (doc) => {
      const bs = b.find(doc);
      if (bs.length === 0) return [];
      const out = [];
      for (const x of a.find(doc)) {
        const partner = bs.find((y) => {
          if (y.first <= x.last && y.last >= x.first) return false;
          const gap = y.first > x.last ? y.first - x.last - 1 : x.first - y.last - 1;
          if (options.sameSentence && doc.tokens[x.first].sentence !== doc.tokens[y.first].sentence) return false;
          return gap <= options.within;
        });
        if (partner) out.push({ start: Math.min(x.start, partner.start), end: Math.max(x.end, partner.end) });
      }
      return out;
    };
  },
});
