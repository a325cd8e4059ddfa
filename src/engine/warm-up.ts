import { analyze } from './analyze';
import type { CompiledPack } from './compile';
import { MAX_CHUNK } from './doc';
import { exampleDraft } from './examples';
import type { Draft } from './types';

/**
 * Drafts to check while the page is idle, before the user types: a page's first checks are many times
 * slower than later ones (V8 has not compiled the engine's hot paths yet, re2js has not built its
 * automata for the words it meets), and paying that up front keeps the first check fast, a keystroke's
 * or a long paste's. They are the packs' own examples, never anyone's text: one by one, then run together
 * into long drafts of several paragraphs, one of them longer than the engine reads at once, because long
 * text takes other paths through the engine than short posts do. Each long draft's paragraphs are
 * checked alone first, so that no single step of the warm-up holds the page for long.
 */
export function warmUpDrafts(packs: readonly CompiledPack[]): Draft[] {
  const examples = packs.flatMap(({ rules }) => rules.flatMap(({ rule }) => [...rule.examples.flag, ...rule.examples.pass].map(exampleDraft)));
  if (examples.length === 0) return [];
  const together = examples.map((d) => d.text.replace(/\s+/g, ' ')).join(' ');
  const long: string[] = [];
  for (let at = 0; at < together.length; at += LONG_DRAFT) {
    const piece = together.slice(at, at + LONG_DRAFT);
    const paragraphs = PARAGRAPH_STARTS.map((start, i) => piece.slice(start, PARAGRAPH_STARTS[i + 1]).trim()).filter(Boolean);
    long.push(...paragraphs);
    if (paragraphs.length > 1) long.push(paragraphs.join('\n\n'));
  }
  return [...examples, ...long.map((text): Draft => ({ text, platform: 'x', account: 'personal' }))];
}

const LONG_DRAFT = 3000;
/** Where a long warm-up draft's paragraphs start: the first is longer than MAX_CHUNK, so it is read in pieces. */
const PARAGRAPH_STARTS = [0, Math.round(MAX_CHUNK * 1.6), Math.round(MAX_CHUNK * 2.2), Math.round(MAX_CHUNK * 3)];

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
