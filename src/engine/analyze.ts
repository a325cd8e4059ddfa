import { compileSteps, type CompiledPack, type CompiledRule } from './compile';
import { prepare, tokenAt, type Doc, type DraftDoc } from './doc';
import { preElectionEscalation, preElectionPeriodFor, type PreElectionPeriod } from './election';
import type { Pack } from './pack';
import { finish, type Steps } from './steps';
import { toOriginal } from './text';
import type { Draft, Finding, Fix, Match, Severity } from './types';

const compiled = new WeakMap<Pack, CompiledPack>();

/** Compiles a pack on first use and keeps it for as long as the pack object lives. */
export function compiledFor(pack: Pack | CompiledPack): CompiledPack {
  return 'rules' in pack && 'pack' in pack ? pack : finish(compiledForSteps(pack));
}

/** compiledFor a step per rule, for a caller that compiles in slices (see steps.ts). */
export function* compiledForSteps(pack: Pack): Steps<CompiledPack> {
  const known = compiled.get(pack);
  if (known) return known;
  const c = yield* compileSteps(pack);
  compiled.set(pack, c);
  return c;
}

export interface AnalyzeOptions {
  /**
   * Check only this many characters from the start (a huge paste must not freeze the page); the caller
   * tells the user the rest was not checked.
   */
  maxChars?: number;
  /** The Trust's pre-election periods: on those dates political findings on Trust accounts are blocks. */
  preElection?: readonly PreElectionPeriod[];
}

/** Checks a draft against one or more packs. Findings are sorted by position, most severe first on ties. */
export function analyze(draft: Draft, packs: Pack | CompiledPack | (Pack | CompiledPack)[], options: AnalyzeOptions = {}): Finding[] {
  const text = options.maxChars !== undefined && draft.text.length > options.maxChars ? cutAt(draft.text, options.maxChars) : draft.text;
  const doc = prepare(text);
  const period = preElectionPeriodFor(draft, options.preElection);
  const findings: Finding[] = [];
  for (const pack of Array.isArray(packs) ? packs : [packs]) {
    for (const rule of compiledFor(pack).rules) findings.push(...runRule(rule, draft, doc, period));
  }
  return findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

export function severityFor(rule: CompiledRule['rule'], draft: Draft): Severity | 'off' {
  if (rule.enabled === false) return 'off';
  return typeof rule.severity === 'string' ? rule.severity : rule.severity[draft.account];
}

/** Never cut a surrogate pair in half. */
function cutAt(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

function runRule(compiledRule: CompiledRule, draft: Draft, doc: DraftDoc, period: PreElectionPeriod | undefined): Finding[] {
  const { rule } = compiledRule;
  const setting = severityFor(rule, draft);
  if (setting === 'off' || !applies(compiledRule, draft)) return [];
  const escalation = preElectionEscalation(rule.category, period);
  const severity = escalation?.severity ?? setting;
  const allowed = compiledRule.allow?.(doc) ?? [];
  const matches = mergeOverlapping(compiledRule.detect(doc))
    .filter((m) => !allowed.some((a) => a.start < m.end && m.start < a.end))
    .filter((m) => !suppressedByUnless(compiledRule, doc, m));
  const noted = (m: Match): Match => (escalation ? { ...m, note: m.note ? `${m.note}; ${escalation.note}` : escalation.note } : m);
  return matches.map((m) => toFinding(compiledRule, draft, doc, noted(m), severity));
}

function applies({ rule }: CompiledRule, draft: Draft): boolean {
  const when = rule.when;
  if (!when) return true;
  if (when.platforms && !when.platforms.includes(draft.platform)) return false;
  if (when.hasMedia !== undefined && Boolean(draft.hasMedia) !== when.hasMedia) return false;
  return true;
}

function suppressedByUnless({ unless }: CompiledRule, doc: Doc, m: Match): boolean {
  if (!unless) return false;
  const hits = unless.find(doc);
  if (unless.within === undefined || hits.length === 0) return hits.length > 0;
  const words = (a: number, b: number) => {
    const first = tokenAt(doc, a);
    return { first, last: Math.max(first, tokenAt(doc, b) - 1) };
  };
  const at = words(m.start, m.end);
  return hits.some((h) => {
    const hw = words(h.start, h.end);
    return hw.last >= at.first - unless.within! - 1 && hw.first <= at.last + unless.within! + 1;
  });
}

function mergeOverlapping(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) prev.end = Math.max(prev.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

function toFinding({ rule }: CompiledRule, draft: Draft, doc: DraftDoc, m: Match, severity: Severity): Finding {
  const { start, end } = toOriginal(doc.text, m);
  const fixes: Fix[] = [];
  if (rule.fix && 'replace' in rule.fix) {
    fixes.push({ kind: 'replace', label: rule.fix.label ?? `Replace with “${rule.fix.replace}”`, start, end, text: rule.fix.replace });
  } else if (rule.fix) {
    fixes.push({ kind: 'append', label: rule.fix.label ?? `Add “${rule.fix.append.trim()}”`, text: appendText(draft.text, rule.fix.append) });
  }
  return {
    ruleId: rule.id,
    category: rule.category,
    severity,
    start,
    end,
    excerpt: draft.text.slice(start, end),
    message: m.note ? `${rule.message} (${m.note})` : rule.message,
    policy: rule.policy,
    fixes,
  };
}

/** Text to add at the end of the draft: on its own line after a paragraph, else after a space. */
function appendText(draft: string, addition: string): string {
  const trimmed = addition.trim();
  if (draft.trim() === '') return trimmed;
  if (/\n\s*$/.test(draft)) return trimmed;
  return (draft.includes('\n') ? '\n\n' : ' ') + trimmed;
}
