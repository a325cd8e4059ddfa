import type { PreElectionPeriod } from '../engine/election';
import { compiledFor } from '../engine/analyze';
import type { CompiledPack } from '../engine/compile';
import type { Pack } from '../engine/pack';
import type { StoredSettings } from './settings';
import { SITE_IDS, type SiteId } from './sites';

/**
 * The settings in force, from what staff chose and what the Trust's policy says. Policy wins, and
 * anything it decides is marked so the options page can show it locked. When the policy says staff may
 * not change their own settings, what they chose before is not applied at all.
 */

export type PackSource = 'built-in' | 'imported' | 'policy';

export interface ActivePack {
  pack: Pack;
  source: PackSource;
  /** For an imported pack: the file it came from and when. */
  importedFrom?: { source: string; importedAt: string };
}

export interface TrustAccount {
  handle: string;
  byPolicy: boolean;
}

export interface SiteState {
  enabled: boolean;
  /** Switched off by the Trust's policy: staff cannot switch it back on. */
  disabledByPolicy: boolean;
  trustAccounts: TrustAccount[];
  bioDisclaimer: boolean;
}

export type RuleSwitch = 'policy' | 'you';

export interface EffectiveSettings {
  staffMayChange: boolean;
  sites: Record<SiteId, SiteState>;
  /** Who switched a rule off, or undefined when it is on. */
  ruleOff(packId: string, ruleId: string): RuleSwitch | undefined;
  preElection: PreElectionPeriod[];
  /** The packs drafts are checked with, one per pack id, in a stable order. */
  packs: ActivePack[];
  /** Stored values or policies that were ignored, in words for the options page. */
  problems: string[];
}

export function effectiveSettings(stored: StoredSettings, builtIn: readonly Pack[]): EffectiveSettings {
  const { staff, managed } = stored;
  const staffMayChange = managed.allowStaffSettings !== false;
  const sites = Object.fromEntries(
    SITE_IDS.map((site): [SiteId, SiteState] => {
      const own = staffMayChange ? staff.sites[site] : undefined;
      const disabledByPolicy = managed.disabledSites?.includes(site) ?? false;
      const policyAccounts = managed.trustAccounts?.[site] ?? [];
      const ownAccounts = (own?.trustAccounts ?? []).filter((h) => !policyAccounts.some((p) => sameHandle(p, h)));
      return [
        site,
        {
          enabled: !disabledByPolicy && (own?.enabled ?? true),
          disabledByPolicy,
          trustAccounts: [...policyAccounts.map((handle) => ({ handle, byPolicy: true })), ...ownAccounts.map((handle) => ({ handle, byPolicy: false }))],
          bioDisclaimer: own?.bioDisclaimer ?? false,
        },
      ];
    }),
  ) as Record<SiteId, SiteState>;

  const policyOff = new Set(managed.disabledRules ?? []);
  const ownOff = new Set(staffMayChange ? staff.disabledRules : []);
  const ruleOff = (packId: string, ruleId: string): RuleSwitch | undefined => {
    const key = `${packId}:${ruleId}`;
    if (policyOff.has(key) || policyOff.has(ruleId)) return 'policy';
    return ownOff.has(key) ? 'you' : undefined;
  };

  const byId = new Map<string, ActivePack>();
  for (const pack of builtIn) byId.set(pack.id, { pack, source: 'built-in' });
  if (staffMayChange) {
    for (const { pack, source, importedAt } of stored.imported) byId.set(pack.id, { pack, source: 'imported', importedFrom: { source, importedAt } });
  }
  if (managed.rulePack) byId.set(managed.rulePack.id, { pack: managed.rulePack, source: 'policy' });

  return {
    staffMayChange,
    sites,
    ruleOff,
    preElection: managed.preElectionPeriods ?? [],
    packs: [...byId.values()].sort((a, b) => a.pack.id.localeCompare(b.pack.id)),
    problems: stored.problems,
  };
}

/** Handles compare without case and without a leading @ ("@NHSTrust" is "nhstrust"). */
export function sameHandle(a: string, b: string): boolean {
  const norm = (h: string) => h.trim().replace(/^@/, '').toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The packs as they check drafts on one site: rules switched off are left out, and with a disclaimer
 * in the profile bio so are missing-disclaimer rules. Packs are compiled once (compiledFor keeps them);
 * a settings change only filters their compiled rules.
 */
export function compiledForSite(settings: EffectiveSettings, site: SiteId): CompiledPack[] {
  const bio = settings.sites[site].bioDisclaimer;
  return settings.packs.map(({ pack }) => {
    const compiled = compiledFor(pack);
    const rules = compiled.rules.filter(({ rule }) => !settings.ruleOff(pack.id, rule.id) && !(bio && rule.category === 'missing-disclaimer'));
    return rules.length === compiled.rules.length ? compiled : { pack, rules };
  });
}
