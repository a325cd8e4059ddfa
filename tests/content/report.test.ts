import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { accountFor } from '../../src/content/account';
import { tabReport } from '../../src/content/report';
import { parseMessage } from '../../src/messages';
import type { Composer, SiteAdapter } from '../../src/sites/adapter';

const finding = (ruleId: string, severity: Finding['severity'], category: Finding['category'], excerpt: string): Finding => ({
  ruleId,
  category,
  severity,
  start: 0,
  end: excerpt.length,
  excerpt,
  message: `Message of ${ruleId}.`,
  policy: { source: '001_a2aaa61759ac3d9f.txt', section: '§3.4' },
  fixes: [],
});

describe("the popup's report of a tab", () => {
  it('lists each rule once with how often it matched, most serious first, without the words of the draft', () => {
    const report = tabReport({
      site: 'x',
      checking: 'on',
      account: { mode: 'personal', source: 'default' },
      drafts: 1,
      findings: [
        finding('party', 'warn', 'political', 'Tories'),
        finding('surname', 'block', 'patient-identifier', 'Mrs Smith'),
        finding('surname', 'block', 'patient-identifier', 'Mr Jones'),
      ],
    });
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.count])).toEqual([
      ['surname', 'block', 2],
      ['party', 'warn', 1],
    ]);
    expect(JSON.stringify(report)).not.toMatch(/Smith|Jones|Tories/);
    // It is a valid message: the background and the popup accept it.
    expect(parseMessage(report)).toEqual(report);
  });
});

describe('the account a draft is checked as', () => {
  const composer = {} as Composer;
  const adapter = (shown?: 'trust', handle?: string) => ({ account: () => shown, postingAs: () => handle }) as unknown as SiteAdapter;
  const config = { packs: [], defaultAccount: 'personal' as const, trustAccounts: ['@NHSTrust'] };

  it('is the tab choice first, then a listed Trust handle, then what the site shows, then personal', () => {
    expect(accountFor(adapter('trust', 'nhstrust'), composer, { ...config, accountOverride: 'personal' })).toEqual({ mode: 'personal', source: 'tab' });
    expect(accountFor(adapter(undefined, 'NHSTrust'), composer, config)).toEqual({ mode: 'trust', source: 'trust-account' });
    expect(accountFor(adapter(undefined, 'someone-else'), composer, config)).toEqual({ mode: 'personal', source: 'default' });
    expect(accountFor(adapter('trust'), composer, config)).toEqual({ mode: 'trust', source: 'site' });
    expect(accountFor(adapter('trust'), undefined, config)).toEqual({ mode: 'personal', source: 'default' });
  });
});
