import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadPack, type LoadResult } from '../engine/pack-loader';

/** Pack files under a path: the file itself, or every .yaml/.yml/.json pack in a folder (not the JSON Schema). */
export function packFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => /\.(ya?ml|json)$/.test(name) && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => join(path, name));
}

export function loadPackFile(file: string): LoadResult {
  return loadPack(readFileSync(file, 'utf8'), relative(process.cwd(), file) || file);
}
