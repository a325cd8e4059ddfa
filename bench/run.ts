/**
 * `npm run bench`: how long checking takes, next to one plain `compromise` parse of the same text as a
 * yardstick. `--smoke` runs a few iterations only (CI uses it to catch a crash, never to judge timing).
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import nlp from 'compromise';
import { Bench } from 'tinybench';
import { analyze } from '../src/engine/analyze';
import { compilePack, type CompiledPack } from '../src/engine/compile';
import { loadPackFile, packFiles } from '../src/cli/packs';
import { MAX_CHECKED_CHARS } from '../src/content/check';
import type { Draft } from '../src/engine/types';
import { draftOfLength } from './drafts';

const smoke = process.argv.includes('--smoke');
const SIZES = [280, 1_000, 3_000, 100_000];

function loadPacks() {
  return packFiles(new URL('../rules/', import.meta.url).pathname).map((file) => {
    const r = loadPackFile(file);
    if (!r.ok) throw new Error(`bad pack ${file}`);
    return r.pack;
  });
}

/** A first check in a fresh process (see cold.ts): with the packs compiled in the timing, or compiled and warmed up before it. */
function coldRuns(size: number, runs: number, warm: boolean): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const args = ['--import', 'tsx', new URL('./cold.ts', import.meta.url).pathname, String(size), ...(warm ? ['--warm'] : [])];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
    times.push(Number(r.stdout.trim()));
  }
  return times;
}

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (pos - lo);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

async function main() {
  const packs: CompiledPack[] = loadPacks().map(compilePack);
  const rows: { size: number; what: string; median: number; p95: number; yardstick: number }[] = [];
  for (const size of SIZES) {
    const text = draftOfLength(size);
    const draft: Draft = { text, platform: 'x', account: 'personal' };
    // More distinct paragraphs than the engine's caches hold, so cycling through them never hits a cache.
    const variants = Array.from({ length: size > 10_000 ? 8 : 400 }, (_, i) => draftOfLength(size, i + 1));
    let n = 0;
    let edit = 0;
    const big = size > 10_000;
    const bench = new Bench({
      time: smoke ? 0 : big ? 3000 : 1000,
      iterations: smoke ? 2 : big ? 10 : 100,
      warmupTime: smoke ? 0 : 100,
      warmupIterations: smoke ? 1 : big ? 2 : 10,
      retainSamples: true,
    });
    bench
      .add('yardstick: compromise parse', () => void nlp(text))
      .add('warm full check (engine warm, same draft checked again)', () => {
        analyze(draft, packs);
      })
      .add('full check of text never seen before (warm engine, no cache helps)', () => {
        analyze({ ...draft, text: variants[n++ % variants.length] }, packs);
      })
      .add('re-check after a one-character edit', () => {
        // Alternate a typed character at the end, as the as-you-type path sees it.
        edit++;
        analyze({ ...draft, text: text + (edit % 2 ? 'a' : 'ab') }, packs);
      });
    if (size > MAX_CHECKED_CHARS) {
      // Enough different pastes that their first paragraphs never come back from the engine's caches.
      const pastes = Array.from({ length: 64 }, (_, i) => draftOfLength(size, 1000 + i));
      let p = 0;
      bench.add(`a paste as the content script checks it (first ${MAX_CHECKED_CHARS.toLocaleString('en-GB')} chars, never seen)`, () => {
        analyze({ ...draft, text: pastes[p++ % pastes.length] }, packs, { maxChars: MAX_CHECKED_CHARS });
      });
    }
    await bench.run();
    const [yard, ...tasks] = bench.tasks.map((t) => {
      const samples = (t.result as { latency?: { samples?: number[] } }).latency?.samples ?? [];
      return { name: t.name, ...stats(samples) };
    });
    rows.push({ size, what: yard.name, median: yard.median, p95: yard.p95, yardstick: yard.median });
    for (const t of tasks) rows.push({ size, what: t.name, median: t.median, p95: t.p95, yardstick: yard.median });
    const runs = smoke ? 1 : 7;
    const afterLoad = stats(coldRuns(size, runs, true));
    rows.push({ size, what: 'first check after the page loaded (packs compiled and engine warmed up at idle)', ...afterLoad, yardstick: yard.median });
    const cold = stats(coldRuns(size, runs, false));
    rows.push({ size, what: 'first check before any idle time (cold, incl. validating and compiling the packs)', ...cold, yardstick: yard.median });
  }
  const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(2));
  console.log(`Postcheck benchmark — ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}${smoke ? ' (SMOKE RUN: timings not meaningful)' : ''}\n`);
  console.log('| draft chars | what | median ms | p95 ms | × compromise parse |');
  console.log('|---:|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.size.toLocaleString('en-GB')} | ${r.what} | ${fmt(r.median)} | ${fmt(r.p95)} | ${(r.median / r.yardstick).toFixed(3)} |`);
}

await main();
