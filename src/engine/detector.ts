import type * as z from 'zod/mini';
import { inSlot, newSlot, shiftedOnce, type Doc, type DraftDoc } from './doc';
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
  /**
   * A composite whose finds never reach beyond one paragraph with these options (e.g. "within N words")
   * is run and cached paragraph by paragraph, like a leaf.
   */
  paragraphLocal?: (options: z.infer<S>) => boolean;
  compile(options: z.infer<S>, env: CompileEnv): DetectFn;
}) {
  return definition;
}

/**
 * Runs a leaf detector paragraph by paragraph, keeping each paragraph's finds on the paragraph's Doc
 * (which doc.ts keeps while the paragraph is still typed): typing in one paragraph re-runs the detector
 * on that paragraph only. Finds are shifted to whole-draft offsets, and the shifted copy is kept while the
 * paragraph stays where it is (typing at the end moves nothing before it).
 */
export function perParagraph(detect: DetectFn): DetectFn {
  const found = newSlot();
  const moved = newSlot();
  return (doc) => {
    if (!('chunks' in doc)) return inSlot(doc, found, detect);
    const { chunks } = doc as DraftDoc;
    if (chunks.length === 1 && chunks[0].start === 0) return inSlot(chunks[0].doc, found, detect);
    const out: Match[] = [];
    for (const { start, doc: chunk } of chunks) {
      const matches = inSlot(chunk, found, detect);
      if (matches.length === 0) continue;
      for (const m of shiftedOnce(chunk, moved, start, matches, shiftBy)) out.push(m);
    }
    return out;
  };
}

const shiftBy = (matches: readonly Match[], offset: number): Match[] => matches.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
