import * as z from 'zod/mini';
import { compileContext, ContextOption } from '../context';
import { defineDetector } from '../detector';
import { numbersOfScheme } from '../identifiers/ten-digit';

export const chiNumber = defineDetector({
  schema: z.strictObject({
    kind: z.literal('chi-number'),
    context: z.optional(ContextOption),
  }),
  summary: 'Scottish CHI numbers: a DDMMYY date of birth and a Modulus 11 or 10 check digit, with "CHI" or a Scottish cue nearby.',
  compile(options, env) {
    const inContext = compileContext(options.context, env);
    return (doc) => numbersOfScheme(doc, 'chi', inContext);
  },
});
