// One first check in a fresh process; prints milliseconds. The packs are read before timing starts, as the
// extension gets them pre-parsed at build time.
//   cold.ts SIZE          validating and compiling the packs, then the first check (a check before any idle time)
//   cold.ts SIZE --warm   the first check after the packs were compiled and the engine warmed up untimed,
//                         as the content script does in idle time after a page loads (src/engine/warm-up.ts)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { packFiles } from '../src/cli/packs';
import { draftOfLength } from './drafts';

const packs = packFiles(new URL('../rules/', import.meta.url).pathname).map((f) => parse(readFileSync(f, 'utf8')));
const text = draftOfLength(Number(process.argv[2]));
const warm = process.argv.includes('--warm');
// Loading the modules is not timed: in the browser that is the content script's own parse, before any check.
const { analyze } = await import('../src/engine/analyze');
const { compilePack } = await import('../src/engine/compile');
const { PackSchema } = await import('../src/engine/pack');
const { createWarmUp } = await import('../src/engine/warm-up');
const draft = { text, platform: 'x', account: 'personal' } as const;
if (warm) {
  const compiled = packs.map((p) => compilePack(PackSchema.parse(p)));
  createWarmUp(compiled)(() => true);
  const t0 = performance.now();
  analyze(draft, compiled);
  console.log((performance.now() - t0).toFixed(3));
} else {
  const t0 = performance.now();
  analyze(draft, packs.map((p) => PackSchema.parse(p)));
  console.log((performance.now() - t0).toFixed(3));
}
