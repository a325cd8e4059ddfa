import * as z from 'zod/mini';
import { compileContext, ContextOption } from '../context';
import { defineDetector } from '../detector';
import { streetAddresses } from '../identifiers/places';

// "last known address Hollins Rd", "lives on Fore St": a street without a house number that is someone's home.
const HOME_CUE = /\b(?:address(?:\s+is)?|lives?\s+(?:on|in|at)|living\s+(?:on|in|at)|home\s+(?:on|in|at))\s*[:,-]?\s*$/i;

export const streetAddress = defineDetector({
  schema: z.strictObject({
    kind: z.literal('street-address'),
    context: z.optional(ContextOption),
  }),
  summary: 'Home addresses: a house number and street ("12 Acacia Rd"), or a street given as where someone lives.',
  compile(options, env) {
    const inContext = compileContext(options.context, env);
    return (doc) =>
      streetAddresses(doc)
        .filter((s) => (s.numbered || HOME_CUE.test(doc.norm.slice(Math.max(0, s.start - 30), s.start))) && inContext(doc, s))
        .map((s) => ({ start: s.start, end: s.end }));
  },
});
