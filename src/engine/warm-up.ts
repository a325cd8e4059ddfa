import { analyze } from './analyze';
import type { CompiledPack } from './compile';
import { MAX_CHUNK } from './doc';
import { exampleDraft } from './examples';
import type { Draft } from './types';

/**
 * Drafts to check while the page is idle, before the user types: a page's first checks are many times
 * slower than later ones (V8 has not compiled the engine's hot paths yet, re2js has not built its
 * automata), and paying that up front keeps the first keystroke's check fast. They are the packs' own
 * examples, never anyone's text: one by one, then run together as one long paragraph, because long
 * paragraphs take other paths through the regular-expression engine than short posts do.
 */

export function warmUpDrafts(packs: readonly CompiledPack[]): Draft[] {
  const examples = packs.flatMap(({ rules }) => rules.flatMap(({ rule }) => [...rule.examples.flag, ...rule.examples.pass].map(exampleDraft)));
  if (examples.length === 0) return [];
  // One paragraph as long as the engine ever reads at once (doc.ts cuts longer ones).
  const together = examples.map((d) => d.text.replace(/\s+/g, ' ')).join(' ').slice(0, MAX_CHUNK);
  return [...examples, { text: together, platform: 'x', account: 'personal' }];
}

/**
 * Checks the warm-up drafts a few at a time: `more()` says whether there is time left in this slice
 * (an idle callback's deadline). Returns true when every draft has been checked.
 */
export function createWarmUp(packs: CompiledPack[]): (more: () => boolean) => boolean {
  const drafts = warmUpDrafts(packs);
  let next = 0;
  return (more) => {
    while (next < drafts.length && more()) analyze(drafts[next++], packs);
    return next >= drafts.length;
  };
}
