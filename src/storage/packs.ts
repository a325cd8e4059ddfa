import { compiledFor, compiledForSteps, finish, finishGradually, PackSchema, type Account, type AnalyzeOptions, type CompiledPack, type Pack, type Steps } from '../engine';
import { compiledForSite, effectiveSettings, type EffectiveSettings } from './effective';
import { onStoredSettingsChanged, readStoredSettings } from './settings';
import type { SiteId } from './sites';

/**
 * What the content script checks drafts with: the built-in packs (src/storage/built-in-packs.ts),
 * validated and compiled once; replaced by id by packs
 * an IG lead imported and by the Trust's policy pack; with the user's and the policy's settings for
 * the site applied (src/storage/effective.ts).
 */
export interface CheckConfig {
  packs: CompiledPack[];
  /** The account to assume when the site does not show who is posting. */
  defaultAccount: Account;
  /** "on" (the default), or who switched checking off on this site: the user ("off") or the Trust ("policy-off"). */
  checking?: 'on' | 'off' | 'policy-off';
  /** Handles and page names that post for the Trust on this site: drafts from them are in Trust mode. */
  trustAccounts?: string[];
  /** The account mode the user forced for this tab in the popup. */
  accountOverride?: Account;
  analyzeOptions?: AnalyzeOptions;
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

/** Validates and compiles packs given as parsed data, keyed by file name. Throws PackLoadError on the first bad one. */
export function compilePacks(sources: Record<string, unknown>): CompiledPack[] {
  return finish(compilePackSteps(sources));
}

/** The same, with `pause()` between rules (see src/engine/steps.ts), so a page stays responsive while its packs compile. */
export function compilePacksGradually(sources: Record<string, unknown>, pause: () => Promise<void> | undefined): Promise<CompiledPack[]> {
  return finishGradually(compilePackSteps(sources), pause);
}

function* compilePackSteps(sources: Record<string, unknown>): Steps<CompiledPack[]> {
  const out: CompiledPack[] = [];
  for (const [file, data] of byFileName(sources)) {
    const pack = validated(file, data);
    try {
      out.push(yield* compiledForSteps(pack));
    } catch (error) {
      throw new PackLoadError(file, (error as Error).message);
    }
  }
  return out;
}

function byFileName(sources: Record<string, unknown>): [file: string, data: unknown][] {
  return Object.entries(sources)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, data]) => [path.split('/').pop() ?? path, data]);
}

function validated(file: string, data: unknown): Pack {
  const parsed = PackSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new PackLoadError(file, `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}

/** The check configuration for a site under these settings; without a site, every active pack in full. */
export function checkConfigFor(settings: EffectiveSettings, site?: SiteId): CheckConfig {
  const state = site && settings.sites[site];
  return {
    packs: site ? compiledForSite(settings, site) : settings.packs.map(({ pack }) => compiledFor(pack)),
    defaultAccount: 'personal',
    checking: !state || state.enabled ? 'on' : state.disabledByPolicy ? 'policy-off' : 'off',
    trustAccounts: state ? state.trustAccounts.map((a) => a.handle) : [],
    analyzeOptions: { preElection: settings.preElection },
  };
}

export async function loadCheckConfig(site: SiteId | undefined, builtIn: readonly Pack[]): Promise<CheckConfig> {
  return checkConfigFor(effectiveSettings(await readStoredSettings(), builtIn), site);
}

/**
 * Loads the configuration, then again whenever settings, imported packs or the policy change, so an
 * open page follows the options page and the admin without a reload. Calls are in order: a slow read
 * never overwrites a newer one.
 */
export function watchCheckConfig(
  site: SiteId,
  builtIn: () => Promise<Pack[]>,
  onConfig: (config: CheckConfig) => void,
  onError: (error: unknown) => void,
): () => void {
  let latest = 0;
  let packs: Promise<Pack[]> | undefined;
  const load = () => {
    const call = ++latest;
    packs ??= builtIn();
    packs.then((p) => loadCheckConfig(site, p)).then(
      (config) => {
        if (call === latest) onConfig(config);
      },
      (error: unknown) => {
        if (call === latest) onError(error);
      },
    );
  };
  const stop = onStoredSettingsChanged(load);
  load();
  return stop;
}
