import * as z from 'zod/mini';
import { compileContext, ContextOption } from '../context';
import { defineDetector } from '../detector';
import { dateMentions } from '../identifiers/dates';

// A birth cue straight before the date: "DOB 14/03/1941", "D.O.B: 1.2.89", "born on 3rd March 1990".
const CUE_BEFORE = /(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate of birth|\bborn(?: on)?|\bbirthday(?: is| was)?|\bb\.)\s*[:=(-]?\s*(?:(?:is|was|on)\s+)?$/i;
// …or straight after it: "14/03/1941 (DOB)".
const CUE_AFTER = /^\s*[(,-]?\s*(?:d\.?\s?o\.?\s?b\b|date of birth)/i;
// "The NHS was born on 5 July 1948" is the NHS's birthday, not a person's.
const NOT_A_PERSON = /\bNHS(?:'s)?[\s!.,:-]{0,3}(?:was\s+|is\s+)?(?:born|birthday)/i;
const NHS_BIRTHDAY = /^(?:0?5(?:th)?\s+(?:of\s+)?jul(?:y)?\.?,?\s+1948|0?5[/.-]0?7[/.-](?:19)?48|jul(?:y)?\.?\s+5(?:th)?,?\s+1948)$/i;
const LOOK = 30;

export const dateOfBirth = defineDetector({
  schema: z.strictObject({
    kind: z.literal('date-of-birth'),
    context: z.optional(ContextOption),
  }),
  summary: 'Dates given as a date of birth ("DOB 14/03/1941", "born on 3rd March 1990"); other dates are left alone.',
  compile(options, env) {
    const inContext = compileContext(options.context, env);
    return (doc) =>
      dateMentions(doc)
        .filter((d) => {
          const before = doc.norm.slice(Math.max(0, d.start - LOOK), d.start);
          const cued = CUE_BEFORE.test(before) || CUE_AFTER.test(doc.norm.slice(d.end, d.end + LOOK));
          const nhs = NOT_A_PERSON.test(before) || NHS_BIRTHDAY.test(doc.norm.slice(d.start, d.end));
          return cued && !nhs && inContext(doc, d);
        })
        .map((d) => ({ start: d.start, end: d.end }));
  },
});
