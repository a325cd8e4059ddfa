import * as z from 'zod/mini';
import { compileCues, compileContext, ContextOption } from '../context';
import { defineDetector } from '../detector';
import { inHealthAndCareRange, inNhsTestRange, isPlaceholder, passesMod11 } from '../identifiers/check-digits';
import { schemeOf, tenDigitNumbers, type TenDigitNumber } from '../identifiers/ten-digit';
import type { Doc } from '../doc';
import type { Match } from '../types';

/**
 * What a 10-digit number looks like, so a pack can give each its own severity:
 * - `valid`: passes Modulus 11 (and is not a test number or placeholder);
 * - `test-number`: in the 999 test range, valid by checksum but never issued;
 * - `labelled-invalid`: fails the check digit but is labelled as an NHS number ("NHS no 726 018 1592");
 * - `placeholder`: 0000000000, 1111111111, 0123456789 and the like.
 */
const EVIDENCE = ['valid', 'test-number', 'labelled-invalid', 'placeholder'] as const;
type Evidence = (typeof EVIDENCE)[number];

// Words that name the number right before it: "NHS no 401 023 2137", "nhs#4010232137".
const LABELS = compileCues(['NHS', 'NHS no', 'NHS number', 'NHS num', 'NHS nbr']);
const LABEL_GAP = /^[\s:#.=-]*(?:(?:is|was)\s*)?$/i;

export const nhsNumber = defineDetector({
  schema: z.strictObject({
    kind: z.literal('nhs-number'),
    report: z._default(z.array(z.enum(EVIDENCE)).check(z.minLength(1)), ['valid']),
    context: z.optional(ContextOption),
  }),
  summary: 'NHS numbers (Modulus 11 check digit) in every spacing; `report` picks valid, test, placeholder or labelled-but-invalid numbers.',
  compile(options, env) {
    const inContext = compileContext(options.context, env);
    const wanted = new Set<Evidence>(options.report);
    return (doc) => {
      const out: Match[] = [];
      for (const n of tenDigitNumbers(doc)) {
        if (schemeOf(doc, n) !== 'nhs') continue;
        const evidence = evidenceFor(doc, n);
        if (evidence && wanted.has(evidence) && inContext(doc, n)) out.push({ start: n.start, end: n.end, note: noteFor(evidence, n) });
      }
      return out;
    };
  },
});

function evidenceFor(doc: Doc, n: TenDigitNumber): Evidence | undefined {
  if (isPlaceholder(n.digits)) return 'placeholder';
  if (passesMod11(n.digits)) return inNhsTestRange(n.digits) ? 'test-number' : 'valid';
  return isLabelled(doc, n) ? 'labelled-invalid' : undefined;
}

function isLabelled(doc: Doc, n: TenDigitNumber): boolean {
  return LABELS.hits(doc).some((h) => h.end <= n.start && n.start - h.end <= 8 && LABEL_GAP.test(doc.norm.slice(h.end, n.start)));
}

function noteFor(evidence: Evidence, n: TenDigitNumber): string | undefined {
  switch (evidence) {
    case 'test-number':
      return 'looks like a test NHS number';
    case 'labelled-invalid':
      return 'the check digit does not match, but it is labelled as an NHS number';
    case 'placeholder':
      return 'looks like a placeholder number';
    case 'valid':
      return inHealthAndCareRange(n.digits) ? 'in the Northern Ireland H&C range' : undefined;
  }
}
