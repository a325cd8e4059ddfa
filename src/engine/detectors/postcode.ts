import * as z from 'zod/mini';
import { compileContext, ContextOption } from '../context';
import { defineDetector } from '../detector';
import { fullPostcodes, outwardPostcodes } from '../identifiers/places';

export const postcode = defineDetector({
  schema: z.strictObject({
    kind: z.literal('postcode'),
    /** Also report outward codes on their own ("Wigan WN3") when they follow a street address. */
    outward: z._default(z.boolean(), false),
    context: z.optional(ContextOption),
  }),
  summary: 'UK postcodes in capitals (SW1A 1AA, M11AA), and optionally an outward code that ends a street address.',
  compile(options, env) {
    const inContext = compileContext(options.context, env);
    return (doc) => {
      const found = options.outward ? [...fullPostcodes(doc), ...outwardPostcodes(doc)] : fullPostcodes(doc);
      return found.filter((p) => inContext(doc, p)).map((p) => ({ start: p.start, end: p.end }));
    };
  },
});
