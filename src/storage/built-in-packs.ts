import type { Pack } from '../engine/pack';
import { compilePacks } from './packs';

/**
 * The packs in rules/*.yaml, bundled at build time (scripts/yaml-plugin.ts turns them into JSON), keyed
 * by file. Only the background and the extension's pages bundle them: the content script asks the
 * background for them on start (src/content/messaging.ts), which keeps its bundle small.
 */
export const BUILT_IN_PACK_FILES: Record<string, unknown> = import.meta.glob('../../rules/*.yaml', { eager: true, import: 'default' });

let validated: Pack[] | undefined;

/** The built-in packs, validated and compiled on first use. Throws PackLoadError for a bad one. */
export function builtInPacks(): Pack[] {
  validated ??= compilePacks(BUILT_IN_PACK_FILES).map((c) => c.pack);
  return validated;
}
