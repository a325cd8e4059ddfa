import type { Span } from '../text';

/** Where a global regular expression matches, as spans. */
export function matchSpans(text: string, re: RegExp): Span[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
