import type * as z from 'zod/mini';
import { compilePack, type CompiledPack } from './compile';
import { PackCompileError } from './detector';
import { PackSchema, type Pack } from './pack';

/**
 * What is wrong with a pack's data, said so that an IG lead can find and fix it: the schema's and the
 * compiler's complaints as "rule X field rules[3].detect.regex: …". No YAML here (the content script
 * reads the policy's JSON pack with it); pack-loader.ts adds lines and columns for YAML and JSON text.
 */
/** One thing wrong with a pack, said so that an IG lead can find and fix it. */
export interface PackProblem {
  file: string;
  line?: number;
  column?: number;
  ruleId?: string;
  /** Dotted path of the field, e.g. rules[3].detect.regex; empty when the fault is the file as a whole. */
  field: string;
  message: string;
}

/** Where a field is in the source text, when there is one. */
export type Locate = (path: PropertyKey[]) => { line?: number; column?: number };

export type LoadResult = { ok: true; pack: Pack; compiled: CompiledPack } | { ok: false; problems: PackProblem[] };

/** Validates parsed pack data and compiles it (with `compile`, e.g. a caching one). Never throws for a bad pack. */
export function checkPackData(data: unknown, file: string, locate: Locate = () => ({}), compile: (pack: Pack) => CompiledPack = compilePack): LoadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const message = data === null || data === undefined ? 'the file has no fields' : `the file holds ${describeValue(data)}`;
    return {
      ok: false,
      problems: [{ file, ...locate([]), field: '', message: `${message}; a rule pack is a set of fields: id, name, version, owner, lastReviewed and rules` }],
    };
  }
  const problemAt = (path: PropertyKey[], message: string): PackProblem => ({
    file,
    ...locate(path),
    ruleId: ruleIdAt((data as { rules?: unknown[] }).rules?.[path[1] as number], path),
    field: formatPath(path),
    message,
  });
  const parsed = PackSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => describeIssue(issue, problemAt, (path) => valueAt(data, path))) };
  }
  try {
    const compiled = compile(parsed.data);
    return { ok: true, pack: compiled.pack, compiled };
  } catch (error) {
    if (error instanceof PackCompileError) return { ok: false, problems: [problemAt(error.path, error.message)] };
    throw error;
  }
}

/** The value at a path of the parsed data, and whether its field is there at all. */
function valueAt(data: unknown, path: PropertyKey[]): { present: boolean; value?: unknown } {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return { present: false };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { present: value !== undefined, value };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  record: 'a set of fields',
};

/** A value as an IG lead would call it: "a list", "text", "a number". */
function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return `${value}`;
  return TYPE_NAMES[typeof value] ?? typeof value;
}

function describeIssue(
  issue: z.core.$ZodIssue,
  problemAt: (path: PropertyKey[], message: string) => PackProblem,
  valueOf: (path: PropertyKey[]) => { present: boolean; value?: unknown },
): PackProblem[] {
  const path = issue.path;
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  const given = valueOf(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => problemAt([...path, key], `unknown field "${key}"`));
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (!given.present) return [problemAt(path, `required field is missing (expected ${expected})`)];
      return [problemAt(path, given.value === null ? `is empty (expected ${expected})` : `expected ${expected}, not ${describeValue(given.value)}`)];
    }
    case 'invalid_value': {
      const choices = `one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return [problemAt(path, given.present ? `must be ${choices}` : `required field is missing (${choices})`)];
    }
    case 'too_small':
      return [problemAt(path, custom ?? (issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : issue.origin === 'string' ? `must be at least ${issue.minimum} character(s)` : `must be at least ${issue.minimum}`))];
    case 'too_big':
      return [problemAt(path, custom ?? (issue.origin === 'array' ? `has more than ${issue.maximum} items` : issue.origin === 'string' ? `must be at most ${issue.maximum} characters` : `must be at most ${issue.maximum}`))];
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const field = path.at(-1) === issue.discriminator ? path : [...path, issue.discriminator];
        const missing = !valueOf(field).present;
        const choices = `use one of: ${(issue as { options?: unknown[] }).options?.join(', ')}`;
        return [problemAt(path, missing ? `required field "${issue.discriminator}" is missing; ${choices}` : `unknown ${issue.discriminator}; ${choices}`)];
      }
      if (!given.present) return [problemAt(path, 'required field is missing')];
      // Report the alternative that got furthest, which is what the author most likely meant.
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
      // Its issues' paths are relative to the union: prefix them so the problem points at the field.
      return best?.length
        ? best.flatMap((inner) => describeIssue({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, problemAt, valueOf))
        : [problemAt(path, 'does not match any allowed form')];
    }
    default:
      return [problemAt(path, custom ?? 'is not valid here')];
  }
}

function depth(issues: z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length)) - issues.length / 100;
}

/** The id of the rule a path is inside (its number when it has no usable id), for a path under rules[N]. */
export function ruleIdAt(rule: unknown, path: PropertyKey[]): string | undefined {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return undefined;
  const id = (rule as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : `#${path[1] + 1}`;
}

/** rules[3].detect.regex; a key that is not a plain name is quoted: vocabularies["care words"], [""]. */
export function formatPath(path: PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : !/^[A-Za-z_$][\w$-]*$/.test(String(p)) ? `[${JSON.stringify(String(p))}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

export function formatProblem(p: PackProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  const rule = p.ruleId ? ` rule ${p.ruleId}` : '';
  const field = p.field ? ` field ${p.field}` : '';
  return rule || field ? `${where}:${rule}${field}: ${p.message}` : `${where}: ${p.message}`;
}
