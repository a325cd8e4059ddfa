import { RE2JS } from 're2js';
import type { Doc } from './doc';
import type { Match } from './types';

/**
 * Pack regular expressions, matched with re2js (RE2: linear time, so no pattern can hang the browser).
 * Each pattern first asks its own lazily built automaton (re2js's DFA, no positions) whether it matches at
 * all, and only then finds positions (its backtracker, which is dearer per call). One shared RE2Set for
 * every pattern was tried and dropped: its automaton's states carry every pattern's start at once, so on
 * a page's first long drafts building them cost more than asking each pattern separately saved.
 */
export interface CompiledPattern {
  /** A pattern that matches empty text would flag every draft. */
  matchesEmpty: boolean;
  find(doc: Doc): Match[];
}

/** One compiled pattern per source, so rules sharing a pattern share the automaton states it has built. */
const bySource = new Map<string, CompiledPattern>();
/** Patterns compiled over a process's life are a pack's worth; this bound only stops a leak. */
const MAX_PATTERNS = 2048;

/** Throws what RE2JS.compile throws for a pattern RE2 cannot read. */
export function compilePattern(regex: string, caseSensitive: boolean): CompiledPattern {
  const source = caseSensitive ? regex : `(?i:${regex})`;
  const known = bySource.get(source);
  if (known) return known;
  const re = RE2JS.compile(regex, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  const compiled: CompiledPattern = re.matches('')
    ? { matchesEmpty: true, find: () => [] }
    : {
        matchesEmpty: false,
        find(doc) {
          // A piece of a long paragraph is read with the characters either side of its cuts (doc.ts),
          // searching from the piece's own start: a match must lie within the piece.
          const before = doc.around?.before ?? '';
          const text = doc.around ? before + doc.norm + doc.around.after : doc.norm;
          if (!re.test(text)) return [];
          const out: Match[] = [];
          const m = re.matcher(text);
          for (let found = m.find(before.length); found; found = m.find()) {
            const start = m.start() - before.length;
            const end = m.end() - before.length;
            if (end > start && end <= doc.norm.length) out.push({ start, end });
          }
          return out;
        },
      };
  if (bySource.size >= MAX_PATTERNS) bySource.clear();
  bySource.set(source, compiled);
  return compiled;
}
