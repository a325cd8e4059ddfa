import * as z from 'zod/mini';
import { defineDetector } from '../detector';
import { compilePhrases } from '../phrases';
import { TermList } from '../schema-parts';
import { compileDetector, DetectorSchema, type AnyDetector } from './index';

export const requirePhrase = defineDetector({
  schema: z.strictObject({
    kind: z.literal('require-phrase'),
    /** When this detector finds anything in the draft… */
    get trigger(): AnyDetector {
      return DetectorSchema;
    },
    /** …the draft must also contain one of these phrases (anywhere), or the first trigger is flagged. */
    require: TermList,
    forms: z.optional(z.boolean()),
  }),
  summary: 'If the trigger detector finds something, the draft must also contain one of the required phrases.',
  composite: true,
  compile(options, env) {
    const trigger = compileDetector(options.trigger, env, ['trigger']);
    const required = compilePhrases(env.terms(options.require, ['require']), options);
    return (doc) => {
      const hits = trigger(doc);
      if (hits.length === 0 || required.find(doc).length > 0) return [];
      return [hits.reduce((first, h) => (h.start < first.start ? h : first))];
    };
  },
});
