import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../src/background/badge';

const status = (findings: number, worst: 'block' | 'warn' | 'info' | 'none', available = true) =>
  ({ type: 'postcheck:tab-status', findings, worst, available }) as const;

describe('the toolbar badge', () => {
  it('shows the number of findings and says in the tooltip what they mean', () => {
    expect(badgeFor(status(2, 'block'))).toMatchObject({ text: '2', title: 'Postcheck: 2 things in your drafts, at least one must be fixed before posting' });
    expect(badgeFor(status(1, 'warn')).title).toBe('Postcheck: 1 thing in your drafts to think about before posting');
    expect(badgeFor(status(150, 'info')).text).toBe('99+');
  });

  it('is empty when there is nothing to look at', () => {
    expect(badgeFor(status(0, 'none')).text).toBe('');
  });

  it('shows "!" and the reason when checking is unavailable', () => {
    const badge = badgeFor({ ...status(0, 'none', false), reason: 'rule pack x.yaml is not valid' });
    expect(badge.text).toBe('!');
    expect(badge.title).toBe('Postcheck: checking unavailable on this page (rule pack x.yaml is not valid)');
  });
});
