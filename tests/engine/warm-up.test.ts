import { describe, expect, it } from 'vitest';
import { loadPackFile, packFiles } from '../../src/cli/packs';
import { compilePack } from '../../src/engine/compile';
import { MAX_CHUNK } from '../../src/engine/doc';
import { createWarmUp, warmUpDrafts } from '../../src/engine/warm-up';

const packs = packFiles(new URL('../../rules/', import.meta.url).pathname).map((file) => {
  const loaded = loadPackFile(file);
  if (!loaded.ok) throw new Error(`bad pack ${file}`);
  return compilePack(loaded.pack);
});

describe('warm-up drafts', () => {
  it("are the packs' own examples one by one, then long drafts of several paragraphs made of them", () => {
    const drafts = warmUpDrafts(packs);
    const examples = packs.flatMap((p) => p.rules.flatMap((r) => [...r.rule.examples.flag, ...r.rule.examples.pass]));
    const texts = examples.map((e) => (typeof e === 'string' ? e : e.text));
    expect(drafts.slice(0, texts.length).map((d) => d.text)).toEqual(texts);
    const long = drafts.slice(texts.length).map((d) => d.text);
    const multi = long.filter((t) => t.includes('\n\n'));
    expect(multi.length).toBeGreaterThan(1);
    for (const draft of multi) {
      const paragraphs = draft.split('\n\n');
      expect(paragraphs.length).toBeGreaterThan(1);
      // A long paragraph is read in pieces: the warm-up takes that path too.
      expect(Math.max(...paragraphs.map((p) => p.length))).toBeGreaterThan(MAX_CHUNK);
      // Each paragraph is checked alone just before its draft, so no single warm-up step is long.
      const at = long.indexOf(draft);
      expect(long.slice(at - paragraphs.length, at)).toEqual(paragraphs);
    }
    // Their paragraphs, each checked alone, hold every example's text, in order.
    const bare = (t: string) => t.replace(/\s+/g, '');
    expect(long.filter((t) => !t.includes('\n\n')).map(bare).join('')).toBe(texts.map(bare).join(''));
  });

  it('has nothing to check without packs', () => {
    expect(warmUpDrafts([])).toEqual([]);
    expect(createWarmUp([])(() => true)).toBe(true);
  });
});

describe('createWarmUp', () => {
  it('checks only while the slice has time left, and carries on in the next slice', () => {
    const step = createWarmUp(packs);
    let asked = 0;
    // A slice with time for three drafts.
    expect(step(() => ++asked <= 3)).toBe(false);
    expect(asked).toBe(4);
    expect(step(() => false)).toBe(false);
    expect(step(() => true)).toBe(true);
    expect(step(() => true)).toBe(true);
  });
});
