import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { CATEGORIES, type Category } from '../engine/types';

/**
 * What the checker did, as counts per category and nothing else: no text, no sites, no times beyond
 * the day counting started. Kept in storage.local, on this device only.
 */

/** A post held for review; a one-click fix applied; a post sent with warnings still in it. */
export const OUTCOMES = ['held', 'fixed', 'postedAnyway'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const STATS_KEY = 'stats';

const Counts = z.partialRecord(z.enum(CATEGORIES), z.number().check(z.int(), z.minimum(0)));
export const StatsSchema = z.object({
  since: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  held: z._default(Counts, {}),
  fixed: z._default(Counts, {}),
  postedAnyway: z._default(Counts, {}),
});
export type Stats = z.infer<typeof StatsSchema>;

export function parseStats(raw: unknown): Stats {
  const parsed = StatsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : StatsSchema.parse({});
}

/** Adds one to each category (each counted once, however many findings of it the draft had). */
export function countOutcome(stats: Stats, outcome: Outcome, categories: readonly Category[], today: string): Stats {
  const counts = { ...stats[outcome] };
  for (const category of new Set(categories)) counts[category] = (counts[category] ?? 0) + 1;
  return { ...stats, since: stats.since ?? today, [outcome]: counts };
}

export async function readStats(): Promise<Stats> {
  return parseStats((await browser.storage.local.get(STATS_KEY))[STATS_KEY]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Records an outcome. Calls are chained so two outcomes arriving together (two tabs) both count;
 * only the background calls this, so there is one writer.
 */
export function recordOutcome(outcome: Outcome, categories: readonly Category[], today: string): Promise<void> {
  const next = queue.then(async () => {
    const stats = await readStats();
    await browser.storage.local.set({ [STATS_KEY]: countOutcome(stats, outcome, categories, today) });
  });
  queue = next.catch(() => undefined);
  return next;
}

export async function resetStats(): Promise<void> {
  await browser.storage.local.remove(STATS_KEY);
}
