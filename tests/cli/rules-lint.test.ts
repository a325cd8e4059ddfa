import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// `postcheck rules lint` on the mistakes an IG lead makes: each broken file is reported as
// file:line:column, rule and field, and the command exits non-zero. One run lints them all.

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'postcheck-lint-'));
const PACK = readFileSync(join(ROOT, 'tests/cli/sample-pack.yaml'), 'utf8');

const BROKEN: Record<string, string> = {
  'missing-message.yaml': PACK.replace(/ {4}message: .*\n/, ''),
  'wrong-type.yaml': PACK.replace('severity: warn', 'severity: [warn, block]'),
  'look-ahead.yaml': PACK.replace(/detect: .*/, "detect: { kind: pattern, regex: 'rota(?= is)' }"),
  'back-reference.yaml': PACK.replace(/detect: .*/, "detect: { kind: pattern, regex: '(rota) \\1' }"),
  'unknown-vocabulary.yaml': PACK.replace('terms: [rota is a joke, rota is rubbish]', "terms: ['@moans']"),
  'unknown-kind.yaml': PACK.replace('kind: phrases', 'kind: phrasez'),
  'syntax.yaml': PACK.replace('severity: warn', 'severity: [warn'),
  'duplicate-rule.yaml': PACK + PACK.slice(PACK.indexOf('  - id:')),
  'duplicate-key.yaml': PACK.replace('    severity: warn\n', '    severity: warn\n    severity: block\n'),
  'cut-off.yaml': PACK.slice(0, PACK.indexOf('    examples:')),
  'too-deep.yaml': '['.repeat(1_000),
  'empty.yaml': '',
  'pack.json': JSON.stringify({ ...parse(PACK), rules: [{ ...parse(PACK).rules[0], category: 42 }] }, null, 2),
};
for (const [name, text] of Object.entries(BROKEN)) writeFileSync(join(dir, name), text);

function lint(...files: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/postcheck.mjs'), 'rules', 'lint', ...files], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('postcheck rules lint on broken packs', () => {
  let r: ReturnType<typeof lint>;
  let said: string[];
  beforeAll(() => {
    r = lint(...Object.keys(BROKEN), 'missing-file.yaml', join(ROOT, 'tests/cli/sample-pack.yaml'));
    said = r.err.split('\n').filter(Boolean);
  });

  it('exits 1, says the good pack is OK and prints nothing but problems on stderr', () => {
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/sample-pack\.yaml: OK — 1 rules/);
    expect(r.err).not.toMatch(/\n\s+at |Error:/);
  });

  it.each<[string, RegExp]>([
    ['missing-message.yaml', /^missing-message\.yaml:7:5: rule rota-moan field rules\[0\]\.message: required field is missing \(expected text\)$/],
    ['wrong-type.yaml', /^wrong-type\.yaml:9:5: rule rota-moan field rules\[0\]\.severity: must be one of: "block", "warn", "info", "off"$/],
    ['look-ahead.yaml', /^look-ahead\.yaml:12:30: rule rota-moan field rules\[0\]\.detect\.regex: not a valid RE2 pattern .*look-arounds and back-references are not allowed$/],
    ['back-reference.yaml', /^back-reference\.yaml:12:30: rule rota-moan field rules\[0\]\.detect\.regex: not a valid RE2 pattern .*look-arounds and back-references are not allowed$/],
    ['unknown-vocabulary.yaml', /^unknown-vocabulary\.yaml:12:38: rule rota-moan field rules\[0\]\.detect\.terms\[0\]: refers to vocabulary "@moans", which the pack does not define$/],
    ['unknown-kind.yaml', /^unknown-kind\.yaml:12:\d+: rule rota-moan field rules\[0\]\.detect\.kind: unknown kind; use one of: phrases, pattern/],
    ['syntax.yaml', /^syntax\.yaml:10:\d+: rule rota-moan field rules\[0\]\.severity: YAML syntax error: /],
    ['duplicate-rule.yaml', /^duplicate-rule\.yaml:16:5: rule rota-moan field rules\[1\]\.id: duplicate rule id "rota-moan"$/],
    ['duplicate-key.yaml', /^duplicate-key\.yaml:10:5: rule rota-moan field rules\[0\]\.severity: duplicate key: /],
    ['cut-off.yaml', /^cut-off\.yaml:7:5: rule rota-moan field rules\[0\]\.examples: required field is missing/],
    ['too-deep.yaml', /^too-deep\.yaml:1:65: nested more than 64 levels deep; a rule pack never needs that many$/],
    ['empty.yaml', /^empty\.yaml: the file has no fields; a rule pack is a set of fields: id, name, version, owner, lastReviewed and rules$/],
    ['pack.json', /^pack\.json:\d+:\d+: rule rota-moan field rules\[0\]\.category: must be one of: "patient-identifier"/],
    ['missing-file.yaml', /^missing-file\.yaml: the file cannot be read \(ENOENT\)$/],
  ])('%s: where and what', (file, line) => {
    expect(said.filter((l) => l.startsWith(`${file}:`)), r.err).toContainEqual(expect.stringMatching(line));
  });
});
