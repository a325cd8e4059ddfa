// One cold check in a fresh process; prints milliseconds. The packs are read before timing starts, as the
// extension gets them pre-parsed at build time.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { packFiles } from '../src/cli/packs';
import { draftOfLength } from './drafts';

const packs = packFiles(new URL('../rules/', import.meta.url).pathname).map((f) => parse(readFileSync(f, 'utf8')));
const text = draftOfLength(Number(process.argv[2]));
// Loading the modules is not timed: in the browser that is the content script's own parse, before any check.
const { analyze } = await import('../src/engine/analyze');
const { PackSchema } = await import('../src/engine/pack');
const t0 = performance.now();
analyze({ text, platform: 'x', account: 'personal' }, packs.map((p) => PackSchema.parse(p)));
console.log((performance.now() - t0).toFixed(3));
