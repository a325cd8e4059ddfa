// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createChecker, MAX_CHECKED_CHARS } from '../../src/content/check';
import { x } from '../../src/sites/x';
import { $ } from '../sites/dom';
import { SURNAME, testPack } from './test-pack';
import { xPage } from './x-page';

const PACK = testPack([
  { id: 'ward-photo', category: 'photo-consent', severity: 'warn', message: 'A photo from the ward needs consent.', detect: { kind: 'phrases', terms: ['ward'] }, when: { hasMedia: true } },
  SURNAME,
]);
const check = createChecker(x, { packs: [PACK], defaultAccount: 'personal' });

describe('checking a composer', () => {
  it('checks the draft as the site would post it, with its media', () => {
    xPage('A picture from the ward');
    const [composer] = x.findComposers(document);
    expect(check(composer).findings).toEqual([]);
    const attachments = document.createElement('div');
    attachments.dataset.testid = 'attachments';
    attachments.innerHTML = '<div role="group"></div>';
    $('[data-testid="toolBar"]').before(attachments);
    expect(check(composer).findings.map((f) => f.ruleId)).toEqual(['ward-photo']);
  });

  it('checks only the start of a huge paste, and says so', () => {
    xPage(`${'Long shift. '.repeat(MAX_CHECKED_CHARS / 10)} Mrs Smith`);
    const result = check(x.findComposers(document)[0]);
    expect(result.truncated).toBe(true);
    expect(result.findings).toEqual([]);
    xPage('Mrs Smith');
    expect(check(x.findComposers(document)[0])).toMatchObject({ truncated: false, findings: [{ ruleId: 'surname' }] });
  });

  it('finds nothing where checking is switched off for the site', () => {
    xPage('Mrs Smith');
    const off = createChecker(x, { packs: [PACK], defaultAccount: 'personal', checking: 'off' });
    expect(off(x.findComposers(document)[0]).findings).toEqual([]);
  });
});
