import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { localDate, preElectionPeriodFor } from '../../src/engine/election';
import { PackSchema, type Pack } from '../../src/engine/pack';
import type { Draft } from '../../src/engine/types';

const policy = { source: '001_a2aaa61759ac3d9f.txt', section: '§3.4' };
const examples = { flag: ['a', 'b'], pass: ['c', 'd'] };

const pack: Pack = PackSchema.parse({
  id: 't',
  name: 'T',
  version: '1.0.0',
  owner: 'IG',
  lastReviewed: '2026-11-29',
  rules: [
    { id: 'party', category: 'political', severity: { personal: 'info', trust: 'warn' }, message: 'This reads as party-political; keep it neutral.', policy, examples, detect: { kind: 'phrases', terms: ['vote labour'] } },
    { id: 'party-off', category: 'political', severity: { personal: 'warn', trust: 'off' }, message: 'Off on Trust accounts, whatever the date.', policy, examples, detect: { kind: 'phrases', terms: ['tories'] } },
    { id: 'rota', category: 'grievance', severity: 'warn', message: 'This airs a rota grievance; raise it with your manager.', policy, examples, detect: { kind: 'phrases', terms: ['rota is a joke'] } },
  ],
});

const GENERAL_ELECTION = { name: 'General election', start: '2027-04-20', end: '2027-05-06' };
const draft = (account: Draft['account'], date: string): Draft => ({
  text: 'Vote Labour on Thursday. The rota is a joke. Tories out.',
  platform: 'x',
  account,
  date,
});
const severities = (d: Draft) =>
  Object.fromEntries(analyze(d, pack, { preElection: [GENERAL_ELECTION] }).map((f) => [f.ruleId, f.severity]));

describe('pre-election periods', () => {
  it('turn a political warning on a Trust account into a block, and say why', () => {
    expect(severities(draft('trust', '2027-05-01'))).toEqual({ party: 'block', rota: 'warn' });
    const [finding] = analyze(draft('trust', '2027-05-01'), pack, { preElection: [GENERAL_ELECTION] });
    expect(finding.message).toMatch(/General election until 2027-05-06: Trust accounts post nothing political/);
  });

  it('include their first and last day and nothing outside them', () => {
    expect(severities(draft('trust', '2027-04-20')).party).toBe('block');
    expect(severities(draft('trust', '2027-05-06')).party).toBe('block');
    expect(severities(draft('trust', '2027-04-19')).party).toBe('warn');
    expect(severities(draft('trust', '2027-05-07')).party).toBe('warn');
  });

  it('leave personal accounts, other categories and rules that are off alone', () => {
    expect(severities(draft('personal', '2027-05-01'))).toEqual({ party: 'info', 'party-off': 'warn', rota: 'warn' });
    expect(severities(draft('trust', '2027-05-01'))['party-off']).toBeUndefined();
  });

  it('change nothing when none are configured', () => {
    expect(analyze(draft('trust', '2027-05-01'), pack).find((f) => f.ruleId === 'party')?.severity).toBe('warn');
  });

  it('use the local date when the draft has none', () => {
    const today = localDate();
    expect(preElectionPeriodFor({ text: '', platform: 'x', account: 'trust' }, [{ start: today, end: today }])).toBeDefined();
    expect(localDate(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
});
