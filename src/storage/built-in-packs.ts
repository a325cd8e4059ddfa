import type { Pack } from '../engine/pack';
import { BUILT_IN_PACK_FILES } from './built-in-pack-files';
import { compilePacks } from './packs';

let validated: Pack[] | undefined;

/** The built-in packs, validated and compiled on first use (options page, tests). Throws PackLoadError for a bad one. */
export function builtInPacks(): Pack[] {
  validated ??= compilePacks(BUILT_IN_PACK_FILES).map((c) => c.pack);
  return validated;
}
