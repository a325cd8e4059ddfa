import * as z from 'zod/mini';
import { defineDetector, PackCompileError } from '../detector';
import type { Match } from '../types';
import { compileDetector, DetectorSchema, type AnyDetector } from './index';

const SignalSchema = z.strictObject({
  /** Added once when the signal finds anything; a negative weight is counter-evidence. */
  weight: z.number().check(z.int(), z.minimum(-10), z.maximum(10)),
  get detect(): AnyDetector {
    return DetectorSchema;
  },
});

/**
 * Several weak cues together are evidence where none is alone: "bay 4" or "#NHS" says little, "bay 4"
 * with "discharged" says the author is talking about work. Counter-evidence ("my dad's ward") lowers the
 * total, so an IG lead can say why a look-alike is not a hit without a special case.
 */
export const evidence = defineDetector({
  schema: z.strictObject({
    kind: z.literal('evidence'),
    /** Report when the weights of the signals found add up to at least this. */
    threshold: z.number().check(z.int(), z.minimum(1)),
    signals: z.array(SignalSchema).check(z.minLength(1)),
  }),
  summary: 'Weighs cues: each signal that finds something adds its weight once (negative = counter-evidence); reports the positive cues when the total reaches the threshold.',
  composite: true,
  compile(options, env) {
    const reachable = options.signals.reduce((sum, s) => sum + Math.max(0, s.weight), 0);
    if (reachable < options.threshold) {
      throw new PackCompileError(`the positive weights add up to ${reachable}, so the threshold ${options.threshold} can never be reached`, ['threshold']);
    }
    const signals = options.signals.map((s, i) => ({ weight: s.weight, detect: compileDetector(s.detect, env, ['signals', i, 'detect']) }));
    // What the positive signals from each one on can still add: once the total cannot reach the
    // threshold, the remaining signals need not run.
    const stillPossible = signals.map((_, i) => signals.slice(i).reduce((sum, s) => sum + Math.max(0, s.weight), 0));
    return (doc) => {
      let total = 0;
      const cues: Match[] = [];
      for (const [i, signal] of signals.entries()) {
        if (total + stillPossible[i] < options.threshold) return [];
        const hits = signal.detect(doc);
        if (hits.length === 0) continue;
        total += signal.weight;
        if (signal.weight > 0) cues.push(...hits);
      }
      return total >= options.threshold ? cues : [];
    };
  },
});
