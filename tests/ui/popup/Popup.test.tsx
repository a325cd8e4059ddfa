// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabReportMessage } from '../../../src/messages';
import type { PopupClient, PopupReport } from '../../../src/ui/popup/client';
import { Popup } from '../../../src/ui/popup/Popup';

const policy = { source: '001_a2aaa61759ac3d9f.txt', section: '§3.4' };
const report = (overrides: Partial<TabReportMessage> = {}): TabReportMessage => ({
  type: 'postcheck:tab-report',
  site: 'x',
  checking: 'on',
  account: { mode: 'personal', source: 'default' },
  drafts: 1,
  findings: [
    { ruleId: 'nhs-number', category: 'patient-identifier', severity: 'block', message: 'This looks like an NHS number.', policy, count: 1 },
    { ruleId: 'party', category: 'political', severity: 'warn', message: 'This reads as party politics.', policy, count: 2 },
  ],
  ...overrides,
});

function fakeClient(first: PopupReport) {
  let changed: () => void = () => {};
  const client: PopupClient = {
    query: vi.fn(async () => first),
    setAccount: vi.fn(async (account) => report({ account: { mode: account ?? 'personal', source: account ? 'tab' : 'default' } })),
    onTabChanged: (callback) => ((changed = callback), () => {}),
    openOptions: vi.fn(),
  };
  return { client, change: () => changed() };
}

describe('the popup', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });
  const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

  it('says first whether the draft can be posted, then each finding by category, in words not colour', async () => {
    const { client } = fakeClient(report());
    await act(() => render(<Popup client={client} />, container));
    await settle();
    expect(container.querySelector('.checking')?.textContent).toMatch(/Checking your drafts on X/);
    const verdict = container.querySelector('[role=status]');
    expect(verdict?.getAttribute('aria-live')).toBe('polite');
    expect(verdict?.textContent).toBe('1 must be fixed before posting, 1 to think about.');
    expect([...container.querySelectorAll('section.group h3')].map((h) => h.textContent)).toEqual(['Patient details', 'Politics']);
    const items = [...container.querySelectorAll('li.finding')].map((li) => li.textContent);
    expect(items[0]).toMatch(/^ ?Must fix.*This looks like an NHS number\..*Policy: ELFT social media policy \(v2\.1\), §3\.4/);
    expect(items[1]).toMatch(/Think again \(2 times\)/);
  });

  it('switches the account mode for the tab and shows the new report', async () => {
    const { client } = fakeClient(report());
    await act(() => render(<Popup client={client} />, container));
    await settle();
    await act(async () => (container.querySelector('input[value=trust]') as HTMLInputElement).click());
    await settle();
    expect(client.setAccount).toHaveBeenCalledWith('trust');
    expect(container.querySelector('legend')?.textContent).toMatch(/Posting as: Trust account \(you chose it for this tab\)/);
    await act(async () => (container.querySelector('input[value=auto]') as HTMLInputElement).click());
    expect(client.setAccount).toHaveBeenLastCalledWith(null);
  });

  it('refreshes when the tab reports a change, and explains pages it does not check or sites switched off', async () => {
    const { client, change } = fakeClient(report({ checking: 'policy-off', findings: [] }));
    await act(() => render(<Popup client={client} />, container));
    await settle();
    expect(container.textContent).toMatch(/Not checking X: switched off by your Trust/);
    vi.mocked(client.query).mockResolvedValue(null);
    await act(async () => change());
    await settle();
    expect(container.textContent).toMatch(/It is not checking this page/);
  });
});
