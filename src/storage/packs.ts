import { compilePack, PackSchema, type Account, type CompiledPack } from '../engine';

/**
 * What the content script checks drafts with. Today: the packs in rules/*.yaml, bundled at build time
 * (scripts/yaml-plugin.ts turns them into JSON), validated and compiled once. Imported and centrally
 * managed packs and the user's settings will be read here too, which is why loading is asynchronous.
 */
export interface CheckConfig {
  packs: CompiledPack[];
  /** The account to assume when the site does not show who is posting. */
  defaultAccount: Account;
}

/** A bundled pack that does not pass the schema: says which file and which field. */
export class PackLoadError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`rule pack ${file} is not valid: ${detail}`);
    this.name = 'PackLoadError';
  }
}

const BUNDLED: Record<string, unknown> = import.meta.glob('../../rules/*.yaml', { eager: true, import: 'default' });

/** Validates and compiles packs given as parsed data, keyed by file name. Throws PackLoadError on the first bad one. */
export function compilePacks(sources: Record<string, unknown>): CompiledPack[] {
  return Object.entries(sources)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, data]) => {
      const file = path.split('/').pop() ?? path;
      const parsed = PackSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new PackLoadError(file, `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
      }
      try {
        return compilePack(parsed.data);
      } catch (error) {
        throw new PackLoadError(file, (error as Error).message);
      }
    });
}

let bundled: CompiledPack[] | undefined;

export async function loadCheckConfig(): Promise<CheckConfig> {
  bundled ??= compilePacks(BUNDLED);
  return { packs: bundled, defaultAccount: 'personal' };
}
