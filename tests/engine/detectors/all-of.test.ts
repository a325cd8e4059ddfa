import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { loadPack } from '../../../src/engine/pack-loader';

/** A one-rule pack whose `detect:` block is the given YAML (indented under `detect:`). */
function packWith(detect: string) {
  const source = `id: test-pack
name: Test
version: 1.0.0
owner: IG
lastReviewed: 2026-11-01
rules:
  - id: photo-of-patient
    category: photo-consent
    severity: warn
    message: This shares a photo of a patient; post it only with their written consent.
    policy: { source: 001_a2aaa61759ac3d9f.txt, section: "§3.4" }
    detect:
${detect}
    examples:
      flag: [Pic of my patient today, Photo of the patient]
      pass: [Lovely walk, Nice day]
`;
  const result = loadPack(source, 'test.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack;
}

const excerpts = (text: string, pack: ReturnType<typeof packWith>) =>
  analyze({ text, account: 'personal', platform: 'x' }, pack).map((f) => f.excerpt);

const PHOTO_AND_PATIENT = `      kind: all
      of:
        - { kind: pattern, regex: "📸|\\\\bpics?\\\\b" }
        - { kind: phrases, forms: true, terms: [patient, Mr] }`;

describe('all detector', () => {
  it('reports what the first detector finds when every other one finds something anywhere', () => {
    const pack = packWith(PHOTO_AND_PATIENT);
    expect(excerpts('📸 from the ward party. Patients loved it', pack)).toEqual(['📸']);
  });

  it('reports nothing when any one of the detectors finds nothing', () => {
    const pack = packWith(PHOTO_AND_PATIENT);
    expect(excerpts('📸 from the team night out', pack)).toEqual([]);
    expect(excerpts('Our patients loved the carols', pack)).toEqual([]);
  });

  it('with `within`, pairs only finds that many words apart and highlights both', () => {
    const pack = packWith(`${PHOTO_AND_PATIENT}\n      within: 3`);
    expect(excerpts('Pic of Mr T walking again', pack)).toEqual(['Pic of Mr']);
    expect(excerpts('Pic of the sunset on my drive home after a long shift, patients were lovely today', pack)).toEqual([]);
  });

  it('with `within`, an emoji between words counts from the next word', () => {
    const pack = packWith(`${PHOTO_AND_PATIENT}\n      within: 1`);
    expect(excerpts('The patients did the conga 📸', pack)).toEqual([]);
    expect(excerpts('Conga time with the patients 📸 what a night', pack)).toEqual(['patients 📸']);
  });

  it('with `sameSentence`, ignores a partner in another sentence', () => {
    const pack = packWith(`${PHOTO_AND_PATIENT}\n      within: 10\n      sameSentence: true`);
    expect(excerpts('Pic of the cake. Patients loved it', pack)).toEqual([]);
    expect(excerpts('Pic of the patients with the cake', pack)).toEqual(['Pic of the patients']);
  });

  it('needs every listed detector near the first one, not just one of them', () => {
    const pack = packWith(`      kind: all
      within: 4
      of:
        - { kind: phrases, terms: [house] }
        - { kind: phrases, terms: [empty] }
        - { kind: phrases, terms: [weeks] }`);
    expect(excerpts('Two weeks in Spain, house empty', pack)).toEqual(['weeks in Spain, house empty']);
    expect(excerpts('House empty at last, the kids have gone to uni. In three weeks they will be back', pack)).toEqual([]);
  });

  it('rejects a single detector and sameSentence without within, saying where', () => {
    const one = loadPack(
      `id: p\nname: P\nversion: 1.0.0\nowner: IG\nlastReviewed: 2026-11-01\nrules:\n  - id: r\n    category: abuse\n    severity: warn\n    message: This is a test message for a rule.\n    policy: { source: 001_a2aaa61759ac3d9f.txt, section: "§3.4" }\n    detect: { kind: all, of: [{ kind: phrases, terms: [x] }] }\n    examples: { flag: [a, b], pass: [c, d] }\n`,
      'p.yaml',
    );
    expect(one.ok ? [] : one.problems.map((p) => [p.field, p.message])).toEqual([['rules[0].detect.of', 'needs at least two detectors']]);
    expect(() => packWith(`${PHOTO_AND_PATIENT}\n      sameSentence: true`)).toThrow(/sameSentence needs `within`/);
  });
});
