import * as z from 'zod/mini';
import { defineDetector } from '../detector';
import { compilePhrases } from '../phrases';
import { TermList } from '../schema-parts';

export const phrases = defineDetector({
  schema: z.strictObject({
    kind: z.literal('phrases'),
    terms: TermList,
    /** Also match other forms of each word ("discipline" → "disciplinary", "disciplined"). */
    forms: z.optional(z.boolean()),
    caseSensitive: z.optional(z.boolean()),
  }),
  summary: 'Any of a list of words or phrases, on word boundaries (optionally in any word form).',
  compile(options, env) {
    const matcher = compilePhrases(env.terms(options.terms, ['terms']), options);
    return (doc) => matcher.find(doc);
  },
});
