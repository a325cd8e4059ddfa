import type * as z from 'zod/mini';
import { remember, type Doc, type DraftDoc } from './doc';
import type { Match } from './types';

/** A problem found while compiling a pack, pointing at the field (path relative to the rule's `detect`). */
export class PackCompileError extends Error {
  constructor(
    message: string,
    readonly path: (string | number)[] = [],
  ) {
    super(message);
  }
}

export interface CompileEnv {
  /** A term list with `@vocabulary` references expanded. `path` is where the list sits, for errors. */
  terms(list: readonly string[], path: (string | number)[]): string[];
}

export type DetectFn = (doc: Doc) => readonly Match[];

/**
 * A detector kind: its options schema (the `detect:` block of a rule, with `kind`) and how to compile
 * those options once into a function over a prepared draft. Built-in kinds hold what needs code;
 * generic kinds let an IG lead write rules without it.
 */
export interface DetectorKind<Options extends { kind: string }> {
  kind: Options['kind'];
  /** One line for the pack documentation and the JSON Schema. */
  summary: string;
  compile(options: Options, env: CompileEnv): DetectFn;
}

/** Ties a detector's options schema to its compile function, so the options are typed from the schema. */
export function defineDetector<S extends z.ZodMiniType<{ kind: string }>>(definition: {
  schema: S;
  summary: string;
  /**
   * A composite combines other detectors' finds across the whole draft (any, all, require-phrase…).
   * Every other kind is a leaf: it sees one paragraph at a time, and its finds are cached per paragraph.
   */
  composite?: true;
  compile(options: z.infer<S>, env: CompileEnv): DetectFn;
}) {
  return definition;
}

const LEAF_CACHE_SIZE = 128;

/**
 * Runs a leaf detector paragraph by paragraph, keeping each paragraph's finds: typing in one paragraph
 * re-runs the detector on that paragraph only. Finds are shifted to whole-draft offsets.
 */
export function perParagraph(detect: DetectFn): DetectFn {
  const cache = new Map<string, readonly Match[]>();
  return (doc) => {
    if (!('chunks' in doc)) return detect(doc);
    const out: Match[] = [];
    for (const { start, doc: chunk } of (doc as DraftDoc).chunks) {
      let found = cache.get(chunk.norm);
      if (!found) remember(cache, chunk.norm, (found = detect(chunk)), LEAF_CACHE_SIZE);
      for (const m of found) out.push({ ...m, start: m.start + start, end: m.end + start });
    }
    return out;
  };
}
