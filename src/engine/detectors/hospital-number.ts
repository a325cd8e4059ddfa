import * as z from 'zod/mini';
import { compileCues, compileContext, ContextOption } from '../context';
import { defineDetector } from '../detector';
import { TermList } from '../schema-parts';
import type { Match } from '../types';

// The number straight after its label: "hosp no K4491827", "MRN: 12345678", "unit number is RTH1234567".
const NUMBER_AFTER_LABEL = /^[\s:#.=-]*(?:(?:is|was)\s+)?([A-Za-z]{0,3}\d{5,10}[A-Za-z]?)(?![\w-])/;
const LOOK = 40;

export const hospitalNumber = defineDetector({
  schema: z.strictObject({
    kind: z.literal('hospital-number'),
    /** What staff call the local number: hospital number, hosp no, MRN, unit number, case note number… */
    labels: TermList,
    context: z.optional(ContextOption),
  }),
  summary: 'Local patient numbers (hospital number, MRN, unit or case-note number): a label followed by a number of 5–10 digits.',
  compile(options, env) {
    const labels = compileCues(env.terms(options.labels, ['labels']));
    const inContext = compileContext(options.context, env);
    return (doc) => {
      const out: Match[] = [];
      for (const label of labels.hits(doc)) {
        const m = NUMBER_AFTER_LABEL.exec(doc.norm.slice(label.end, label.end + LOOK));
        if (!m) continue;
        const end = label.end + m[0].length;
        const span = { start: end - m[1].length, end };
        if (!out.some((o) => o.start === span.start) && inContext(doc, span)) out.push(span);
      }
      return out;
    };
  },
});
