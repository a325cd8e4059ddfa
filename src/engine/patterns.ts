import { RE2JS, RE2Set } from 're2js';
import type { Doc } from './doc';
import type { Match } from './types';

/**
 * Pack regular expressions, matched with re2js (RE2: linear time, so no pattern can hang the browser).
 * re2js walks a text once per pattern even to say "no", and most paragraphs match none of a pack's
 * dozens of patterns; so every pattern also joins one shared RE2Set, whose single pass over a paragraph
 * says which patterns match at all. Only those look for positions.
 */
export interface CompiledPattern {
  /** A pattern that matches empty text would flag every draft. */
  matchesEmpty: boolean;
  find(doc: Doc): Match[];
}

const registered: { source: string; re: RE2JS }[] = [];
const bySource = new Map<string, CompiledPattern>();
/** Patterns compiled over a process's life are a pack's worth; this bound only stops a leak. */
const MAX_PATTERNS = 2048;

let set: RE2Set | undefined;
/** Bumped whenever a pattern joins, so the set and each paragraph's answer are made again. */
let version = 0;

/** Throws what RE2JS.compile throws for a pattern RE2 cannot read. */
export function compilePattern(regex: string, caseSensitive: boolean): CompiledPattern {
  const source = caseSensitive ? regex : `(?i:${regex})`;
  const known = bySource.get(source);
  if (known) return known;
  const re = RE2JS.compile(regex, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  if (re.matches('')) return { matchesEmpty: true, find: () => [] };
  if (registered.length >= MAX_PATTERNS) {
    registered.length = 0;
    bySource.clear();
  }
  const id = registered.push({ source, re }) - 1;
  set = undefined;
  version++;
  const compiled: CompiledPattern = {
    matchesEmpty: false,
    find(doc) {
      // A pattern forgotten by the leak guard still answers, just without the shared pass.
      if (registered[id]?.re !== re ? !re.test(doc.norm) : !matchingIds(doc).has(id)) return [];
      const out: Match[] = [];
      const m = re.matcher(doc.norm);
      while (m.find()) if (m.end() > m.start()) out.push({ start: m.start(), end: m.end() });
      return out;
    },
  };
  bySource.set(source, compiled);
  return compiled;
}

/** Which patterns match somewhere in a text: one pass of the shared set, kept on the Doc. */
function matchingIds(doc: Doc): Set<number> {
  const kept = doc.memo('pattern-set', () => ({ version: -1, ids: new Set<number>() }));
  if (kept.version !== version) {
    kept.ids = matchAll(doc.norm);
    kept.version = version;
  }
  return kept.ids;
}

function matchAll(text: string): Set<number> {
  if (!set) set = buildSet();
  if (set) return new Set(set.match(text));
  // A set too large for RE2 to compile: ask each pattern instead.
  return new Set(registered.flatMap(({ re }, id) => (re.test(text) ? [id] : [])));
}

function buildSet(): RE2Set | undefined {
  const built = new RE2Set();
  for (const { source } of registered) built.add(source);
  try {
    built.compile();
    return built;
  } catch {
    return undefined;
  }
}
