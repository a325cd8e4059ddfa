import type { Category, Draft, Severity } from './types';

/** Dates (YYYY-MM-DD, both inclusive) when a Trust's accounts must say nothing political: the pre-election period. */
export interface PreElectionPeriod {
  name?: string;
  start: string;
  end: string;
}

/** The local calendar date: a post written at 23:30 goes out "today" where its author is, not in UTC. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The pre-election period a Trust-account draft falls in, if any. ISO dates compare as strings. */
export function preElectionPeriodFor(draft: Draft, periods: readonly PreElectionPeriod[] | undefined): PreElectionPeriod | undefined {
  if (draft.account !== 'trust' || !periods?.length) return undefined;
  const date = draft.date ?? localDate();
  return periods.find((p) => p.start <= date && date <= p.end);
}

/**
 * In a pre-election period a Trust account must not post anything political, so every political rule
 * that is on holds the post until fixed, whatever the pack says for ordinary days; the note tells the
 * user why a usual warning now stops the post.
 */
export function preElectionEscalation(category: Category, period: PreElectionPeriod | undefined): { severity: Severity; note: string } | undefined {
  if (!period || category !== 'political') return undefined;
  return { severity: 'block', note: `${period.name ?? 'pre-election period'} until ${period.end}: Trust accounts post nothing political` };
}
