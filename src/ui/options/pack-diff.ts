import type { Pack, Rule } from '../../engine/pack';

export interface SeverityChange {
  id: string;
  from: string;
  to: string;
}

export interface PackDiff {
  added: Rule[];
  removed: Rule[];
  severityChanged: SeverityChange[];
  /** Rules in both whose detection, message or policy changed (severity aside). */
  otherwiseChanged: string[];
}

/** "warn" or "personal: warn, trust: block", as an IG lead wrote it. */
export function severityText(severity: Rule['severity']): string {
  return typeof severity === 'string' ? severity : `personal: ${severity.personal}, trust: ${severity.trust}`;
}

/** What switching from `current` (absent for a new pack) to `next` would change, rule by rule. */
export function diffPacks(current: Pack | undefined, next: Pack): PackDiff {
  const before = new Map((current?.rules ?? []).map((r) => [r.id, r]));
  const after = new Map(next.rules.map((r) => [r.id, r]));
  const severityChanged: SeverityChange[] = [];
  const otherwiseChanged: string[] = [];
  for (const [id, rule] of after) {
    const old = before.get(id);
    if (!old) continue;
    const [from, to] = [severityText(old.severity), severityText(rule.severity)];
    if (from !== to) severityChanged.push({ id, from, to });
    const { severity: _a, examples: _b, ...restOld } = old;
    const { severity: _c, examples: _d, ...restNew } = rule;
    if (JSON.stringify(restOld) !== JSON.stringify(restNew)) otherwiseChanged.push(id);
  }
  return {
    added: next.rules.filter((r) => !before.has(r.id)),
    removed: (current?.rules ?? []).filter((r) => !after.has(r.id)),
    severityChanged,
    otherwiseChanged,
  };
}
