import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { analyze } from '../engine/analyze';
import type { CompiledPack } from '../engine/compile';
import { runExamples } from '../engine/examples';
import { formatProblem } from '../engine/pack-problems';
import { ACCOUNTS, CATEGORIES, PLATFORMS, type Draft, type Finding } from '../engine/types';
import { score } from '../eval/score';
import { loadPackFile, packFiles } from './packs';

const USAGE = `postcheck — check social-media drafts against NHS social-media policies

  postcheck check "TEXT" [--account personal|trust] [--platform x|facebook|linkedin|instagram] [--media] [--pack FILE]...
  postcheck check --jsonl FILE [--pack FILE]...     one JSON line per draft: {id, text, platform, account}
  postcheck rules test [PATH]                        run every rule's flag/pass examples (default: rules/)
  postcheck rules lint FILE...                       validate packs: file, line, rule and field of each problem
  postcheck eval FILE [--pack FILE]...               precision/recall/F1 per category on a labelled JSONL file

Without --pack, the packs in rules/ are used.`;

const DEFAULT_RULES = resolve(import.meta.dirname, '../../rules');

/** Exit codes: 0 fine, 1 findings that hold a post / failing tests / bad pack, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      account: { type: 'string', default: 'personal' },
      platform: { type: 'string', default: 'x' },
      media: { type: 'boolean', default: false },
      pack: { type: 'string', multiple: true },
      jsonl: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  switch (command) {
    case 'check':
      return values.jsonl ? checkJsonl(values.jsonl, values.pack) : checkText(rest.join(' '), values);
    case 'rules':
      if (rest[0] === 'test') return rulesTest(rest[1] ?? DEFAULT_RULES);
      if (rest[0] === 'lint' && rest.length > 1) return rulesLint(rest.slice(1));
      break;
    case 'eval':
      if (rest[0]) return evaluate(rest[0], values.pack);
      break;
  }
  console.error(USAGE);
  return 2;
}

/** Loads the packs to check with, or prints why it can't and returns undefined. */
function loadPacks(paths: string[] | undefined): CompiledPack[] | undefined {
  const files = (paths?.length ? paths : [DEFAULT_RULES]).flatMap(packFiles);
  const packs: CompiledPack[] = [];
  let ok = true;
  for (const file of files) {
    const result = loadPackFile(file);
    if (result.ok) packs.push(result.compiled);
    else {
      ok = false;
      result.problems.forEach((p) => console.error(formatProblem(p)));
    }
  }
  return ok ? packs : undefined;
}

function checkText(text: string, options: { account?: string; platform?: string; media?: boolean; pack?: string[] }): number {
  if (!text.trim()) {
    console.error('postcheck check: give the draft text in quotes, or --jsonl FILE');
    return 2;
  }
  const account = z.enum(ACCOUNTS).safeParse(options.account);
  const platform = z.enum(PLATFORMS).safeParse(options.platform);
  if (!account.success || !platform.success) {
    console.error(`postcheck check: --account is one of ${ACCOUNTS.join('|')}, --platform one of ${PLATFORMS.join('|')}`);
    return 2;
  }
  const packs = loadPacks(options.pack);
  if (!packs) return 1;
  const findings = analyze({ text, account: account.data, platform: platform.data, hasMedia: options.media }, packs);
  if (findings.length === 0) {
    console.log('No problems found.');
    return 0;
  }
  for (const f of findings) console.log(formatFinding(f));
  return findings.some((f) => f.severity !== 'info') ? 1 : 0;
}

function formatFinding(f: Finding): string {
  const policy = `${f.policy.source} ${f.policy.section}${f.policy.quote ? ` — “${f.policy.quote}”` : ''}`;
  const lines = [`${f.severity.toUpperCase().padEnd(5)} ${f.ruleId} (${f.category}) at ${f.start}–${f.end}: “${f.excerpt}”`, `      ${f.message}`, `      Policy: ${policy}`];
  for (const fix of f.fixes) lines.push(`      Fix: ${fix.label}`);
  return lines.join('\n');
}

const JsonlDraft = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  platform: z.optional(z.string()),
  account: z.optional(z.enum(ACCOUNTS)),
  hasMedia: z.optional(z.boolean()),
  expect: z.optional(z.array(z.enum(CATEGORIES))),
});

function readJsonl(file: string) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => {
      const parsed = JsonlDraft.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${n}: not a draft line (needs id and text): ${z.prettifyError(parsed.error)}`);
      const d = parsed.data;
      const platform = z.enum(PLATFORMS).safeParse(d.platform);
      const draft: Draft = { text: d.text, account: d.account ?? 'personal', platform: platform.success ? platform.data : 'other', hasMedia: d.hasMedia };
      return { id: d.id, draft, expect: d.expect };
    });
}

function checkJsonl(file: string, packPaths: string[] | undefined): number {
  const packs = loadPacks(packPaths);
  if (!packs) return 1;
  for (const { id, draft } of readJsonl(file)) {
    const findings = analyze(draft, packs).map(({ ruleId, category, severity, start, end, message }) => ({ ruleId, category, severity, start, end, message }));
    process.stdout.write(`${JSON.stringify({ id, findings })}\n`);
  }
  return 0;
}

function rulesTest(path: string): number {
  let failed = 0;
  let total = 0;
  for (const file of packFiles(path)) {
    const result = loadPackFile(file);
    if (!result.ok) {
      result.problems.forEach((p) => console.error(formatProblem(p)));
      failed++;
      continue;
    }
    const run = runExamples(result.compiled);
    total += run.total;
    failed += run.failures.length;
    for (const f of run.failures) {
      const why = f.expect === 'flag' ? 'should flag but found nothing' : `should pass but flagged “${f.found.join('”, “')}”`;
      console.log(`FAIL ${file} ${f.packId}/${f.ruleId}: ${why}\n     “${f.text}”`);
    }
    console.log(`${file}: ${run.total - run.failures.length}/${run.total} examples pass (${result.pack.rules.length} rules)`);
  }
  console.log(`${total - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

function rulesLint(files: string[]): number {
  let bad = 0;
  for (const file of files) {
    const result = loadPackFile(file);
    if (result.ok) console.log(`${file}: OK — ${result.pack.rules.length} rules`);
    else {
      bad++;
      result.problems.forEach((p) => console.error(formatProblem(p)));
    }
  }
  return bad === 0 ? 0 : 1;
}

function evaluate(file: string, packPaths: string[] | undefined): number {
  const packs = loadPacks(packPaths);
  if (!packs) return 1;
  const drafts = readJsonl(file);
  const findings = new Map(drafts.map(({ id, draft }) => [String(id), analyze(draft, packs)]));
  const report = score(drafts.map((d) => ({ id: String(d.id), expect: d.expect ?? [] })), findings);
  const pct = (x: number) => x.toFixed(2);
  console.log(`${report.drafts} drafts in ${file}\n`);
  console.log('category              TP  FP  FN  precision  recall    F1');
  for (const s of report.perCategory) {
    console.log(`${s.category.padEnd(20)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(4)}`);
  }
  console.log(`\nmacro-F1, five core categories: ${pct(report.macroF1Core)}`);
  console.log(`macro-F1, all eleven categories: ${pct(report.macroF1All)}`);
  const share = report.cleanDrafts ? report.cleanFlagged.length / report.cleanDrafts : 0;
  console.log(`clean drafts given a warn or block: ${report.cleanFlagged.length}/${report.cleanDrafts} (${(share * 100).toFixed(1)} %)${report.cleanFlagged.length ? ` — ${report.cleanFlagged.join(', ')}` : ''}`);
  return 0;
}
