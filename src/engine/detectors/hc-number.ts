import * as z from 'zod/mini';
import { compileContext, ContextOption } from '../context';
import { defineDetector } from '../detector';
import { numbersOfScheme } from '../identifiers/ten-digit';

export const hcNumber = defineDetector({
  schema: z.strictObject({
    kind: z.literal('hc-number'),
    context: z.optional(ContextOption),
  }),
  summary: 'Northern Ireland Health and Care numbers: the 320…399 range with a Modulus 11 check digit and an "H&C" cue nearby.',
  compile(options, env) {
    const inContext = compileContext(options.context, env);
    return (doc) => numbersOfScheme(doc, 'hc', inContext);
  },
});
