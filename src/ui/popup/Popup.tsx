import { useEffect, useState } from 'preact/hooks';
import type { Account, Category } from '../../engine/types';
import type { FindingSummary, TabReportMessage } from '../../messages';
import { SITE_NAMES } from '../../storage/sites';
import { CATEGORY_NAMES } from '../labels';
import { policyCitation } from '../policy-names';
import { SeverityLabel } from '../SeverityLabel';
import type { PopupClient, PopupReport } from './client';

/**
 * The toolbar popup: for the current tab, is Postcheck checking here, as which kind of account, and
 * what is wrong with the draft being written. Built to be read in five seconds: the verdict first, in
 * words and a symbol, then the detail, then the account it is checked as (which the user can change).
 */
export function Popup({ client }: { client: PopupClient }) {
  const [report, setReport] = useState<PopupReport | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const refresh = () => void client.query().then((r) => live && setReport(r));
    refresh();
    const stop = client.onTabChanged(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [client]);

  return (
    <main class="popup">
      <header class="bar">
        <h1>Postcheck</h1>
        <button type="button" class="link" onClick={() => client.openOptions()}>
          Settings
        </button>
      </header>
      {report === undefined ? (
        <p role="status">Checking this tab…</p>
      ) : report === null ? (
        <p class="verdict">Postcheck checks drafts on X, Facebook, LinkedIn and Instagram. It is not checking this page.</p>
      ) : (
        <TabView report={report} onAccount={(account) => void client.setAccount(account).then(setReport)} />
      )}
    </main>
  );
}

function TabView({ report, onAccount }: { report: TabReportMessage; onAccount(account: Account | null): void }) {
  const site = SITE_NAMES[report.site];
  return (
    <>
      <p class={`checking ${report.checking}`}>
        <span aria-hidden="true">{report.checking === 'on' ? '✓ ' : '✕ '}</span>
        {checkingText(report, site)}
      </p>
      <section aria-labelledby="draft-heading">
        <h2 id="draft-heading">Your draft</h2>
        <p class="verdict" role="status" aria-live="polite">
          {verdict(report)}
        </p>
        {report.checking === 'on' && <FindingGroups findings={report.findings} />}
      </section>
      <AccountChoice report={report} onAccount={onAccount} />
    </>
  );
}

function checkingText(report: TabReportMessage, site: string): string {
  switch (report.checking) {
    case 'on':
      return `Checking your drafts on ${site}`;
    case 'off':
      return `Not checking ${site}: you switched it off in Settings`;
    case 'policy-off':
      return `Not checking ${site}: switched off by your Trust`;
    case 'unavailable':
      return `Checking is unavailable on ${site}${report.reason ? ` (${report.reason})` : ''}. Posts go out unchecked.`;
  }
}

function verdict(report: TabReportMessage): string {
  if (report.checking !== 'on') return 'Not checked.';
  if (report.drafts === 0) return 'Nothing typed yet.';
  const blocks = count(report.findings, 'block');
  const warns = count(report.findings, 'warn');
  const infos = count(report.findings, 'info');
  if (blocks + warns + infos === 0) return 'Nothing found. Fine to post.';
  const parts = [];
  if (blocks) parts.push(`${blocks} must be fixed before posting`);
  if (warns) parts.push(`${warns} to think about`);
  if (infos) parts.push(`${infos} for information`);
  return `${parts.join(', ')}.`.replace(/^./, (c) => c.toUpperCase());
}

const count = (findings: FindingSummary[], severity: FindingSummary['severity']) => findings.filter((f) => f.severity === severity).length;

const ACCOUNT_SOURCES: Record<TabReportMessage['account']['source'], string> = {
  tab: 'you chose it for this tab',
  'trust-account': 'a Trust account in your settings',
  site: 'shown by the site',
  default: 'the site does not say, so personal',
};

function AccountChoice({ report, onAccount }: { report: TabReportMessage; onAccount(account: Account | null): void }) {
  const chosen = report.account.source === 'tab' ? report.account.mode : 'auto';
  const options: { value: Account | 'auto'; label: string }[] = [
    { value: 'auto', label: 'As detected' },
    { value: 'personal', label: 'Personal' },
    { value: 'trust', label: 'Trust account' },
  ];
  return (
    <fieldset class="account">
      <legend>
        Posting as: <strong>{report.account.mode === 'trust' ? 'Trust account' : 'Personal account'}</strong>{' '}
        <span class="muted">({ACCOUNT_SOURCES[report.account.source]})</span>
      </legend>
      <div class="segmented">
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="radio"
              name="account"
              value={o.value}
              checked={chosen === o.value}
              onChange={() => onAccount(o.value === 'auto' ? null : o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function FindingGroups({ findings }: { findings: FindingSummary[] }) {
  const groups = new Map<Category, FindingSummary[]>();
  for (const f of findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  return (
    <>
      {[...groups].map(([category, items]) => (
        <section key={category} class="group" aria-label={CATEGORY_NAMES[category]}>
          <h3>{CATEGORY_NAMES[category]}</h3>
          <ul>
            {items.map((f) => (
              <li key={`${f.ruleId}-${f.severity}`} class={`finding ${f.severity}`}>
                <SeverityLabel severity={f.severity} times={f.count} />
                <p class="message">{f.message}</p>
                <p class="policy">Policy: {policyCitation(f.policy.source, f.policy.section)}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
