import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/engine/pack-loader';
import { excerptsWith } from './find-with';

const hospital = excerptsWith({
  kind: 'hospital-number',
  labels: ['hospital number', 'hosp no', 'MRN', 'unit no', 'case note number', 'K number'],
});

describe('hospital-number detector', () => {
  it.each([
    ['Whoever has the notes for hosp no K4491827 send them back', 'K4491827'],
    ['MRN: 12345678 needs a bed', '12345678'],
    ['hospital number RTH1234567 in bay 6', 'RTH1234567'],
    ['unit no 0012345', '0012345'],
    ['his case note number is A123456', 'A123456'],
    ['MRN#99887766.', '99887766'],
  ])('finds the number after its label in "%s"', (text, number) => {
    expect(hospital(text)).toEqual([number]);
  });

  it.each([
    'The mRNA vaccine clinic runs on Tuesdays',
    'Our hospital number for switchboard is on the website',
    'MRN 1234 is too short to be one',
    'hosp no 12345678901 has too many digits',
    'NIHR CRN 123456 funded the study',
  ])('leaves "%s" alone', (text) => {
    expect(hospital(text)).toEqual([]);
  });

  it('requires labels', () => {
    const result = loadPack(
      `id: p\nname: P\nversion: 1.0.0\nowner: IG\nlastReviewed: 2026-11-29\nrules:\n  - id: r\n    category: patient-identifier\n    severity: block\n    message: This looks like a hospital number.\n    policy: { source: 002_dcdf6692878fa8bd.txt, section: "§5.5.1" }\n    detect: { kind: hospital-number }\n    examples: { flag: [a, b], pass: [c, d] }\n`,
      'p.yaml',
    );
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toContain('rules[0].detect.labels');
  });
});
