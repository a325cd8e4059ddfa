import * as z from 'zod/mini';
import { defineDetector } from '../detector';
import type { Match } from '../types';
import { compileDetector, DetectorSchema, type AnyDetector } from './index';

export const anyOf = defineDetector({
  schema: z.strictObject({
    kind: z.literal('any'),
    get of(): z.ZodMiniArray<AnyDetector> {
      return z.array(DetectorSchema as AnyDetector).check(z.minLength(1));
    },
  }),
  summary: 'Everything that any of the listed detectors finds.',
  composite: true,
  compile(options, env) {
    const parts = options.of.map((d, i) => compileDetector(d, env, ['of', i]));
    return (doc) => {
      const out: Match[] = [];
      for (const detect of parts) for (const m of detect(doc)) out.push(m);
      return out;
    };
  },
});
