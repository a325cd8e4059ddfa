import * as z from 'zod/mini';
import { defineDetector, PackCompileError } from '../detector';
import { compilePattern, type CompiledPattern } from '../patterns';

export const pattern = defineDetector({
  schema: z.strictObject({
    kind: z.literal('pattern'),
    /** RE2 syntax: matched in linear time, so no pattern can hang the browser. */
    regex: z.string().check(z.minLength(1)),
    caseSensitive: z.optional(z.boolean()),
  }),
  summary: 'A regular expression (RE2 syntax, linear time: no look-arounds or back-references).',
  compile(options) {
    let re: CompiledPattern;
    try {
      re = compilePattern(options.regex, options.caseSensitive ?? false);
    } catch (error) {
      throw new PackCompileError(
        `not a valid RE2 pattern (${(error as Error).message}); look-arounds and back-references are not allowed`,
        ['regex'],
      );
    }
    if (re.matchesEmpty) throw new PackCompileError('this pattern matches empty text, so it would flag every draft', ['regex']);
    return (doc) => re.find(doc);
  },
});
