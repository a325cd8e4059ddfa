import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'postcheck-cli-'));

function postcheck(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/postcheck.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const PACK = readFileSync(join(ROOT, 'tests/cli/sample-pack.yaml'), 'utf8');

describe('postcheck CLI', () => {
  it('check prints each finding with rule, severity, excerpt, message and policy, and exits 1 when a post would be held', () => {
    const r = postcheck('check', 'The rota is a joke again', '--pack', 'tests/cli/sample-pack.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/WARN\s+rota-moan \(grievance\).*“rota is a joke”/);
    expect(r.out).toMatch(/Policy: 000_6128475eb12b3fe1.txt §6/);
  });

  it('check exits 0 and says so for a clean draft', () => {
    const r = postcheck('check', 'Lovely walk with the dog', '--pack', 'tests/cli/sample-pack.yaml');
    expect(r).toMatchObject({ code: 0, out: 'No problems found.\n' });
  });

  it('check --jsonl writes one {id, findings} line per draft in the measured shape', () => {
    const file = join(dir, 'drafts.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', text: 'the rota is a joke', platform: 'x', account: 'personal' }),
      JSON.stringify({ id: 'b', text: 'all fine', platform: 'facebook', account: 'trust' }),
    ].join('\n'));
    const r = postcheck('check', '--jsonl', file, '--pack', 'tests/cli/sample-pack.yaml');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 'a', findings: [{ ruleId: 'rota-moan', category: 'grievance', severity: 'warn', start: 4, end: 18, message: expect.any(String) }] },
      { id: 'b', findings: [] },
    ]);
  });

  it('rules test passes on a good pack and fails, naming pack, rule and example, when an example is wrong', () => {
    expect(postcheck('rules', 'test', 'tests/cli/sample-pack.yaml').code).toBe(0);
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, PACK.replace('pass: [New rota software', 'pass: [The rota is a joke, New rota software'));
    const r = postcheck('rules', 'test', broken);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL .*broken.yaml sample\/rota-moan: should pass but flagged “rota is a joke”/);
  });

  it('rules lint reports a broken pack with file, line, rule and field, and exits non-zero', () => {
    const broken = join(dir, 'typo.yaml');
    writeFileSync(broken, PACK.replace('category: grievance', 'categry: grievance'));
    const r = postcheck('rules', 'lint', broken);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/typo.yaml:\d+:\d+: rule rota-moan field rules\[0\]\.categry: unknown field "categry"/);
  });

  it('a usage error exits 2 with the usage text', () => {
    const r = postcheck('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/postcheck check/);
  });
});
