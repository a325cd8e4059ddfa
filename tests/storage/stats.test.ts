import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { countOutcome, parseStats, readStats, recordOutcome, resetStats, STATS_KEY } from '../../src/storage/stats';

describe('counts-only statistics', () => {
  it('count each category once per draft, and remember the day counting started', () => {
    const once = countOutcome(parseStats(undefined), 'held', ['political', 'political', 'grievance'], '2026-11-29');
    const twice = countOutcome(once, 'held', ['political'], '2026-11-30');
    expect(twice).toEqual({ since: '2026-11-29', held: { political: 2, grievance: 1 }, fixed: {}, postedAnyway: {} });
  });

  it('read a corrupt value as empty counts', () => {
    expect(parseStats({ held: { political: -3 } })).toEqual({ held: {}, fixed: {}, postedAnyway: {} });
    expect(parseStats('lots')).toEqual({ held: {}, fixed: {}, postedAnyway: {} });
  });

  it('lose no outcome when several arrive at once, and hold nothing but counts', async () => {
    fakeBrowser.reset();
    await Promise.all([
      recordOutcome('held', ['patient-identifier'], '2026-11-29'),
      recordOutcome('fixed', ['patient-identifier'], '2026-11-29'),
      recordOutcome('held', ['patient-identifier', 'political'], '2026-11-29'),
      recordOutcome('postedAnyway', ['political'], '2026-11-29'),
    ]);
    expect(await readStats()).toEqual({
      since: '2026-11-29',
      held: { 'patient-identifier': 2, political: 1 },
      fixed: { 'patient-identifier': 1 },
      postedAnyway: { political: 1 },
    });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([STATS_KEY]);
    await resetStats();
    expect((await fakeBrowser.storage.local.get(STATS_KEY))[STATS_KEY]).toBeUndefined();
  });
});
