import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type * as z from 'zod/mini';
import { compilePack, type CompiledPack } from './compile';
import { PackCompileError } from './detector';
import { PackSchema, type Pack } from './pack';

/** One thing wrong with a pack, said so that an IG lead can find and fix it. */
export interface PackProblem {
  file: string;
  line?: number;
  column?: number;
  ruleId?: string;
  /** Dotted path of the field, e.g. rules[3].detect.regex */
  field: string;
  message: string;
}

export type LoadResult = { ok: true; pack: Pack; compiled: CompiledPack } | { ok: false; problems: PackProblem[] };

/** Reads a pack written in YAML or JSON, validates it and compiles it. Never throws for a bad pack. */
export function loadPack(source: string, file: string): LoadResult {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locate = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        ...locate(e.pos[0]),
        field: '',
        message: `${e.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'YAML syntax error'}: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The yaml library only finds some mistakes (e.g. an alias *name with no &name anchor) when building values.
    return { ok: false, problems: [{ file, field: '', message: `YAML error: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const problemAt = (path: PropertyKey[], message: string): PackProblem => ({
    file,
    ...locate(nodeOffset(doc, path)),
    ruleId: ruleIdAt(data, path),
    field: formatPath(path),
    message,
  });

  const parsed = PackSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => describeIssue(issue, problemAt)) };
  }
  try {
    return { ok: true, pack: parsed.data, compiled: compilePack(parsed.data) };
  } catch (error) {
    if (error instanceof PackCompileError) return { ok: false, problems: [problemAt(error.path, error.message)] };
    throw error;
  }
}

function describeIssue(issue: z.core.$ZodIssue, problemAt: (path: PropertyKey[], message: string) => PackProblem): PackProblem[] {
  const path = issue.path;
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => problemAt([...path, key], `unknown field "${key}"`));
    case 'invalid_type':
      return [
        problemAt(path, issue.input === undefined ? `required field is missing (expected ${issue.expected})` : `expected ${issue.expected}`),
      ];
    case 'invalid_value':
      return [problemAt(path, `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`)];
    case 'too_small':
      return [problemAt(path, custom ?? (issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : issue.origin === 'string' ? `must be at least ${issue.minimum} character(s)` : `must be at least ${issue.minimum}`))];
    case 'too_big':
      return [problemAt(path, custom ?? (issue.origin === 'array' ? `has more than ${issue.maximum} items` : issue.origin === 'string' ? `must be at most ${issue.maximum} characters` : `must be at most ${issue.maximum}`))];
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        return [problemAt(path, `unknown ${issue.discriminator}; use one of: ${(issue as { options?: unknown[] }).options?.join(', ')}`)];
      }
      // Report the alternative that got furthest, which is what the author most likely meant.
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
      // Its issues' paths are relative to the union: prefix them so the problem points at the field.
      return best?.length
        ? best.flatMap((inner) => describeIssue({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, problemAt))
        : [problemAt(path, 'does not match any allowed form')];
    }
    default:
      return [problemAt(path, custom ?? 'is not valid here')];
  }
}

function depth(issues: z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length)) - issues.length / 100;
}

function nodeOffset(doc: Document, path: PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const keyPath = path.slice(0, n) as (string | number)[];
    const node = doc.getIn(keyPath, true);
    if (isNode(node) && node.range) {
      // For a missing or unknown field, point at the key rather than the value when we can.
      const parent = n > 0 ? doc.getIn(keyPath.slice(0, -1), true) : undefined;
      const pair = parent && 'items' in (parent as object) ? (parent as { items: { key?: { value?: unknown; range?: [number, number, number] } }[] }).items.find((p) => p.key?.value === keyPath.at(-1)) : undefined;
      return pair?.key?.range?.[0] ?? node.range[0];
    }
  }
  return undefined;
}

function ruleIdAt(data: unknown, path: PropertyKey[]): string | undefined {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return undefined;
  const rule = (data as { rules?: { id?: unknown }[] }).rules?.[path[1]];
  return typeof rule?.id === 'string' ? rule.id : `#${path[1] + 1}`;
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

export function formatProblem(p: PackProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  const rule = p.ruleId ? ` rule ${p.ruleId}` : '';
  const field = p.field ? ` field ${p.field}` : '';
  return `${where}:${rule}${field}: ${p.message}`;
}
