import * as z from 'zod/mini';
import { compileContext, ContextOption } from '../context';
import { defineDetector, PackCompileError } from '../detector';
import { TermList } from '../schema-parts';

// 0 or +44 (optionally "+44 (0)") and ten more digits, in any grouping: 07700 900314, 0161 496 0123,
// (0113) 496 0871, +44 20 7946 0412. Short codes (111, 999) and NHS numbers (ten digits) never match.
const UK_PHONE = /(?<![\w+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)(?:\d\)?[\s\-.]?){9}\d(?!\d)/g;

export const phone = defineDetector({
  schema: z.strictObject({
    kind: z.literal('phone'),
    /** Number prefixes never reported, written as dialled in the UK: 0300 (NHS and public services), 0800. */
    allowPrefixes: z.optional(TermList),
    context: z.optional(ContextOption),
  }),
  summary: 'UK phone numbers (landline, mobile, +44), except numbers starting with an allowed prefix such as 0300.',
  compile(options, env) {
    const inContext = compileContext(options.context, env);
    const allowed = env.terms(options.allowPrefixes ?? [], ['allowPrefixes']).map((prefix, i) => {
      const digits = nationalDigits(prefix);
      if (!/^0\d+$/.test(digits)) throw new PackCompileError(`"${prefix}" is not a phone number prefix like 0300`, ['allowPrefixes', i]);
      return digits;
    });
    return (doc) =>
      [...doc.norm.matchAll(UK_PHONE)]
        .map((m) => ({ start: m.index, end: m.index + m[0].length, digits: nationalDigits(m[0]) }))
        .filter((m) => !allowed.some((prefix) => m.digits.startsWith(prefix)) && inContext(doc, m))
        .map(({ start, end }) => ({ start, end }));
  },
});

/** The number as dialled inside the UK: digits only, +44 (0) → 0. */
function nationalDigits(written: string): string {
  const digits = written.replace(/\(0\)/, '').replace(/\D/g, '');
  return written.trim().startsWith('+44') ? `0${digits.slice(2)}` : digits;
}
