import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/engine/pack-loader';
import { excerptsWith } from './find-with';

const excerpts = excerptsWith({
  kind: 'evidence',
  threshold: 2,
  signals: [
    { weight: 2, detect: { kind: 'phrases', terms: ['night shift', 'my patients'] } },
    { weight: 1, detect: { kind: 'pattern', regex: '\\b(?:bay|bed) \\d+\\b' } },
    { weight: 1, detect: { kind: 'phrases', forms: true, terms: ['discharged', 'admitted'] } },
    { weight: -2, detect: { kind: 'phrases', terms: ['my dad', 'my mum'] } },
  ],
});

describe('evidence detector', () => {
  it('reports a strong cue on its own', () => {
    expect(excerpts('Another night shift done')).toEqual(['night shift']);
  });

  it('needs two weak cues, and reports each of them', () => {
    expect(excerpts('The lad in bed 6 asked for my number')).toEqual([]);
    expect(excerpts('The lad in bed 6 asked for my number when he was discharged')).toEqual(['bed 6', 'discharged']);
  });

  it('weighs cues from different paragraphs of a long post together', () => {
    expect(excerpts('The lad in bed 6 asked for my number.\n\nHe was discharged today, so I said yes.')).toEqual(['bed 6', 'discharged']);
  });

  it('counts a signal once however often it matches', () => {
    expect(excerpts('Moved from bay 2 to bay 4 and then bed 9')).toEqual([]);
  });

  it('subtracts counter-evidence from the total', () => {
    expect(excerpts('My dad was discharged from bay 4 today')).toEqual([]);
    expect(excerpts('My mum dropped me off for my night shift')).toEqual([]);
    expect(excerpts('My mum dropped me off for my night shift, 3 admitted to bay 4 already')).toEqual(['night shift', 'admitted', 'bay 4']);
  });

  it('refuses a threshold the positive weights can never reach, naming the field', () => {
    const yaml = `id: t
name: T
version: 1.0.0
owner: IG
lastReviewed: 2026-11-29
rules:
  - id: unreachable
    category: grievance
    severity: warn
    message: This airs a work grievance; raise it through internal routes instead.
    policy: { source: 000_6128475eb12b3fe1.txt, section: §6 }
    detect:
      kind: evidence
      threshold: 3
      signals:
        - { weight: 1, detect: { kind: phrases, terms: [rota] } }
        - { weight: -1, detect: { kind: phrases, terms: [thanks] } }
    examples: { flag: [a, b], pass: [c, d] }
`;
    const result = loadPack(yaml, 'bad.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ ruleId: 'unreachable', field: 'rules[0].detect.threshold', line: 14 });
    expect(result.problems[0].message).toContain('can never be reached');
  });
});
