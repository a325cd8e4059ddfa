import * as z from 'zod/mini';
import { DetectorSchema } from './detectors/index';
import { SeveritySetting, TermList } from './schema-parts';
import { ACCOUNTS, CATEGORIES, PLATFORMS } from './types';

const PolicyRefSchema = z.strictObject({
  /** A file in shared/policies, e.g. 001_a2aaa61759ac3d9f.txt */
  source: z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'must name a policy file, e.g. 001_a2aaa61759ac3d9f.txt' })),
  /** e.g. "§3.8" or "Appendix C" */
  section: z.string().check(z.minLength(1)),
  quote: z.optional(z.string().check(z.minLength(1), z.maxLength(400))),
});

const SeveritySchema = z.union([
  SeveritySetting,
  z.strictObject({ personal: SeveritySetting, trust: SeveritySetting }),
]);

const ExampleSchema = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({
    text: z.string().check(z.minLength(1)),
    account: z.optional(z.enum(ACCOUNTS)),
    platform: z.optional(z.enum(PLATFORMS)),
    hasMedia: z.optional(z.boolean()),
  }),
]);

const FixSchema = z.union([
  z.strictObject({ replace: z.string(), label: z.optional(z.string()) }),
  z.strictObject({ append: z.string().check(z.minLength(1)), label: z.optional(z.string()) }),
]);

export const RuleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens, e.g. nhs-number' })),
  category: z.enum(CATEGORIES),
  /** One setting for both account types, or one each; `off` switches the rule off there. */
  severity: SeveritySchema,
  /** One line in plain en-GB: what is wrong and what to do. */
  message: z.string().check(
    z.minLength(10),
    z.maxLength(220),
    z.regex(/^[^\n]*$/, { error: 'must be one line' }),
  ),
  policy: PolicyRefSchema,
  detect: DetectorSchema,
  /** Only check drafts like these. */
  when: z.optional(
    z.strictObject({
      platforms: z.optional(z.array(z.enum(PLATFORMS)).check(z.minLength(1))),
      hasMedia: z.optional(z.boolean()),
    }),
  ),
  /** Phrases that never count: a match inside one of them is dropped (e.g. "Labour ward"). */
  allow: z.optional(TermList),
  /** Drop a match when one of these phrases is near it (or anywhere in the draft, without `within`). */
  unless: z.optional(
    z.strictObject({
      terms: TermList,
      within: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
    }),
  ),
  fix: z.optional(FixSchema),
  /** Drafts this rule must flag and drafts it must leave alone; the test suite runs them all. */
  examples: z.strictObject({
    flag: z.array(ExampleSchema).check(z.minLength(2, { error: 'needs at least two examples' })),
    pass: z.array(ExampleSchema).check(z.minLength(2, { error: 'needs at least two examples' })),
  }),
  enabled: z.optional(z.boolean()),
});

export const PackSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' })),
  name: z.string().check(z.minLength(1)),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, { error: 'must be a version like 1.2.0' })),
  owner: z.string().check(z.minLength(1)),
  lastReviewed: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2026-11-29' })),
  description: z.optional(z.string()),
  /** Named word lists, used in rules as `@name`. */
  vocabularies: z.optional(z.record(z.string().check(z.regex(/^[a-zA-Z][\w-]*$/)), TermList)),
  rules: z.array(RuleSchema).check(z.minLength(1)),
});

export type Pack = z.infer<typeof PackSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Example = z.infer<typeof ExampleSchema>;
