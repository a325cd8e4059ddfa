import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { compiledFor } from '../engine/analyze';
import type { PreElectionPeriod } from '../engine/election';
import { PackSchema, type Pack } from '../engine/pack';
import { checkPackData, type PackProblem } from '../engine/pack-problems';
import { SITE_IDS, type SiteId } from './sites';

/**
 * Everything Postcheck remembers, where it keeps it, and the one schema each value is parsed with on
 * every read. A value that does not parse (an old version, a hand-edited profile, a policy typo) falls
 * back to its default on its own, so one bad value never takes the others down or crashes a page.
 *
 * - storage.sync `staffSettings`: the member of staff's own choices (small; follows them to their other
 *   browsers).
 * - storage.local `importedPacks`: packs an IG lead imported, stored as validated JSON (too big for
 *   sync; the content script needs no YAML parser).
 * - storage.managed: what the Trust's IT set by browser policy (public/managed_schema.json). It wins.
 *
 * No draft text is ever stored anywhere: findings live in the content script's memory only.
 */


export const STAFF_KEY = 'staffSettings';
export const IMPORTED_KEY = 'importedPacks';

const Handle = z.string().check(z.minLength(1), z.maxLength(100));
const Handles = z.array(Handle).check(z.maxLength(100));
const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const SiteIdSchema = z.enum(SITE_IDS);
/** A rule as settings name it: "pack-id:rule-id", or a bare rule id (any pack) in a policy. */
const RuleRef = z.string().check(z.regex(/^([a-z0-9]+(-[a-z0-9]+)*:)?[a-z0-9]+(-[a-z0-9]+)*$/));

const SiteSettingsSchema = z.object({
  enabled: z._default(z.boolean(), true),
  /** Handles or page names of the Trust accounts this person posts as: drafts from them are in Trust mode. */
  trustAccounts: z._default(Handles, []),
  /** "My profile bio already carries a disclaimer": no missing-disclaimer finding on this site. */
  bioDisclaimer: z._default(z.boolean(), false),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

export const StaffSettingsSchema = z.object({
  sites: z._default(z.partialRecord(SiteIdSchema, SiteSettingsSchema), {}),
  /** "pack-id:rule-id" of each rule this person switched off. */
  disabledRules: z._default(z.array(RuleRef).check(z.maxLength(1000)), []),
});
export type StaffSettings = z.infer<typeof StaffSettingsSchema>;

export const ImportedPackSchema = z.object({
  pack: PackSchema,
  /** The file it came from ("pasted" when pasted), shown in the options page. */
  source: z.string().check(z.maxLength(300)),
  importedAt: z.string().check(z.maxLength(40)),
});
export type ImportedPack = z.infer<typeof ImportedPackSchema>;

/** The policy as set by a Trust's IT; each field is parsed on its own (see parseManaged). */
const ManagedFields = {
  rulePack: z.string(),
  trustAccounts: z.partialRecord(SiteIdSchema, Handles),
  disabledSites: z.array(SiteIdSchema),
  disabledRules: z.array(RuleRef),
  preElectionPeriods: z.array(z.object({ name: z.optional(z.string().check(z.maxLength(100))), start: IsoDate, end: IsoDate })),
  allowStaffSettings: z.boolean(),
};

export interface ManagedPolicy {
  rulePack?: Pack;
  trustAccounts?: Partial<Record<SiteId, string[]>>;
  disabledSites?: SiteId[];
  disabledRules?: string[];
  preElectionPeriods?: PreElectionPeriod[];
  allowStaffSettings?: boolean;
}

/** What was read from the three areas, every value parsed; `problems` says what was ignored and why. */
export interface StoredSettings {
  staff: StaffSettings;
  imported: ImportedPack[];
  managed: ManagedPolicy;
  problems: string[];
}

export const DEFAULT_STAFF_SETTINGS: StaffSettings = StaffSettingsSchema.parse({});

export function parseStaffSettings(raw: unknown, problems: string[] = []): StaffSettings {
  if (raw === undefined) return DEFAULT_STAFF_SETTINGS;
  const parsed = StaffSettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push('Your saved settings could not be read, so the defaults are in use.');
  return DEFAULT_STAFF_SETTINGS;
}

export function parseImportedPacks(raw: unknown, problems: string[] = []): ImportedPack[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push('The imported rule packs could not be read, so the built-in packs are in use.');
    return [];
  }
  return raw.flatMap((entry: unknown) => {
    const parsed = StoredEntrySchema.safeParse(entry);
    if (!parsed.success) {
      problems.push('An imported rule pack could not be read and is not in use; import it again.');
      return [];
    }
    // A pack that was good when imported can stop being so after an update of Postcheck (a detector or
    // vocabulary it names changed): say what is wrong with it, as the importer would.
    const checked = checkPack(parsed.data.pack, parsed.data.source);
    if (checked.ok) return [{ ...parsed.data, pack: checked.pack }];
    problems.push(`The imported rule pack from ${parsed.data.source} is not in use: ${checked.problem} Fix it and import it again.`);
    return [];
  });
}

/** An imported pack's stored record, its pack still unchecked (checkPack says what is wrong with it). */
const StoredEntrySchema = z.object({ ...ImportedPackSchema.shape, pack: z.unknown() });

/**
 * Settings are read again on every change, and each read makes new pack objects; handing back the
 * object read last time for the same content lets the engine reuse its compiled form (compiledFor
 * keeps one per object) instead of compiling an unchanged pack again.
 */
const packsByContent = new Map<string, Pack>();
function same(pack: Pack): Pack {
  const key = JSON.stringify(pack);
  const known = packsByContent.get(key);
  if (known) return known;
  if (packsByContent.size > 20) packsByContent.clear();
  packsByContent.set(key, pack);
  return pack;
}

export function parseManaged(raw: unknown, problems: string[] = []): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null) return {};
  const values = raw as Record<string, unknown>;
  const policy: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ManagedFields)) {
    if (values[key] === undefined) continue;
    const parsed = schema.safeParse(values[key]);
    if (parsed.success) policy[key] = parsed.data;
    else problems.push(`The Trust's policy "${key}" is not valid and is ignored.`);
  }
  if (typeof policy.rulePack === 'string') {
    const pack = parsePolicyPack(policy.rulePack);
    if (pack.ok) policy.rulePack = pack.pack;
    else {
      delete policy.rulePack;
      problems.push(`The Trust's policy "rulePack" is ignored: ${pack.problem}`);
    }
  }
  return policy as ManagedPolicy;
}

/** The policy's pack is JSON text (a browser policy cannot describe a pack's shape): parse it, then check it as the importer does. */
function parsePolicyPack(text: string): { ok: true; pack: Pack } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'it is not JSON.' };
  }
  return checkPack(data, 'rulePack');
}

/** Checks pack data as the importer does, compiling it once for the engine; the problem is the first few faults in a sentence. */
function checkPack(data: unknown, file: string): { ok: true; pack: Pack } | { ok: false; problem: string } {
  const checked = checkPackData(data, file, undefined, (pack) => compiledFor(same(pack)));
  if (checked.ok) return { ok: true, pack: checked.pack };
  const shown = checked.problems.slice(0, MAX_SHOWN_PROBLEMS).map(describeProblem);
  const more = checked.problems.length - shown.length;
  return { ok: false, problem: `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.` };
}

/** A pack can be wrong in many places; the first few tell the admin or IG lead where to start. */
const MAX_SHOWN_PROBLEMS = 3;

/** "rule x field rules[0].detect.regex: …", without a file (the policy has none; an imported pack's is said before). */
function describeProblem(p: PackProblem): string {
  return [p.ruleId && `rule ${p.ruleId}`, p.field && `field ${p.field}`].filter(Boolean).join(' ').concat(p.ruleId || p.field ? ': ' : '', p.message);
}

export function parseStoredSettings(raw: { staff?: unknown; imported?: unknown; managed?: unknown }): StoredSettings {
  const problems: string[] = [];
  return {
    staff: parseStaffSettings(raw.staff, problems),
    imported: parseImportedPacks(raw.imported, problems),
    managed: parseManaged(raw.managed, problems),
    problems,
  };
}

/** Reads all three areas. An area the browser cannot give (no managed storage in a test profile) reads as empty. */
export async function readStoredSettings(): Promise<StoredSettings> {
  const empty = () => ({}) as Record<string, unknown>;
  const [sync, local, managed] = await Promise.all([
    browser.storage.sync.get(STAFF_KEY).catch(empty),
    browser.storage.local.get(IMPORTED_KEY).catch(empty),
    browser.storage.managed.get(null).catch(empty),
  ]);
  return parseStoredSettings({ staff: sync[STAFF_KEY], imported: local[IMPORTED_KEY], managed });
}

/** Calls back whenever a setting, an imported pack or the policy changes (in any tab or by the admin). */
export function onStoredSettingsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'sync' && STAFF_KEY in changes) || (area === 'local' && IMPORTED_KEY in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Changes the staff settings from their latest stored value (another tab may have changed them). */
export async function updateStaffSettings(change: (settings: StaffSettings) => StaffSettings): Promise<void> {
  const current = parseStaffSettings((await browser.storage.sync.get(STAFF_KEY))[STAFF_KEY]);
  await browser.storage.sync.set({ [STAFF_KEY]: StaffSettingsSchema.parse(change(current)) });
}

export async function saveImportedPacks(packs: ImportedPack[]): Promise<void> {
  await browser.storage.local.set({ [IMPORTED_KEY]: packs.map((p) => ImportedPackSchema.parse(p)) });
}
