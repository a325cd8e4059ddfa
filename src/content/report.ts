import type { Finding, Severity } from '../engine/types';
import type { FindingSummary, TabReportMessage } from '../messages';
import type { SiteId } from '../storage/sites';
import type { AccountSource } from './account';
import type { Account } from '../engine/types';

const ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

export interface TabState {
  site: SiteId;
  checking: TabReportMessage['checking'];
  reason?: string;
  account: { mode: Account; source: AccountSource };
  /** Composers on the page with text in them. */
  drafts: number;
  findings: readonly Finding[];
}

/**
 * The popup's view of a tab: one entry per rule (how often it matched), most serious first. Built from
 * the findings in memory when the popup asks; the excerpts (the user's own words) are left out.
 */
export function tabReport(state: TabState): TabReportMessage {
  const byRule = new Map<string, FindingSummary>();
  for (const f of state.findings) {
    const key = `${f.ruleId}:${f.severity}`;
    const seen = byRule.get(key);
    if (seen) seen.count++;
    else byRule.set(key, { ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message, policy: { ...f.policy }, count: 1 });
  }
  const findings = [...byRule.values()].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.category.localeCompare(b.category));
  return {
    type: 'postcheck:tab-report',
    site: state.site,
    checking: state.checking,
    ...(state.reason ? { reason: state.reason.slice(0, 200) } : {}),
    account: state.account,
    drafts: state.drafts,
    findings,
  };
}
