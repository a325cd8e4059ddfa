import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadPack } from '../engine/pack-loader';
import type { LoadResult } from '../engine/pack-problems';

/** Pack files under a path: the file itself, or every .yaml/.yml/.json pack in a folder (not the JSON Schema). */
export function packFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => /\.(ya?ml|json)$/.test(name) && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => join(path, name));
}

/** Loads a pack file; one that cannot be read (missing, a folder, no permission) is a problem like any other. */
export function loadPackFile(file: string): LoadResult {
  const name = relative(process.cwd(), file) || file;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ok: false, problems: [{ file: name, field: '', message: `the file cannot be read (${reason})` }] };
  }
  return loadPack(source, name);
}
