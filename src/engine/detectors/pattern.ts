import * as z from 'zod/mini';
import { RE2JS } from 're2js';
import { defineDetector, PackCompileError } from '../detector';

export const pattern = defineDetector({
  schema: z.strictObject({
    kind: z.literal('pattern'),
    /** RE2 syntax: matched in linear time, so no pattern can hang the browser. */
    regex: z.string().check(z.minLength(1)),
    caseSensitive: z.optional(z.boolean()),
  }),
  summary: 'A regular expression (RE2 syntax, linear time: no look-arounds or back-references).',
  compile(options) {
    let re: RE2JS;
    try {
      re = RE2JS.compile(options.regex, options.caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
    } catch (error) {
      throw new PackCompileError(
        `not a valid RE2 pattern (${(error as Error).message}); look-arounds and back-references are not allowed`,
        ['regex'],
      );
    }
    if (re.matches('')) throw new PackCompileError('this pattern matches empty text, so it would flag every draft', ['regex']);
    return (doc) => {
      // re2js finds positions far slower than it answers yes/no (NFA vs DFA), and most drafts don't match.
      if (!re.test(doc.norm)) return [];
      const out = [];
      const m = re.matcher(doc.norm);
      while (m.find()) if (m.end() > m.start()) out.push({ start: m.start(), end: m.end() });
      return out;
    };
  },
});
