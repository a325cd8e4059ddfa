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
  it("are the packs' own examples, then one long paragraph made of them", () => {
    const drafts = warmUpDrafts(packs);
    const examples = packs.flatMap((p) => p.rules.flatMap((r) => [...r.rule.examples.flag, ...r.rule.examples.pass]));
    expect(drafts).toHaveLength(examples.length + 1);
    const long = drafts.at(-1)!.text;
    expect(long.length).toBe(MAX_CHUNK);
    expect(long).not.toMatch(/\n/);
    expect(long.startsWith(drafts[0].text.replace(/\s+/g, ' '))).toBe(true);
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
