import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyze } from '../../src/engine/analyze';
import { watchCheckConfig, type CheckConfig } from '../../src/storage/packs';
import { IMPORTED_KEY, STAFF_KEY } from '../../src/storage/settings';
import { trustPack } from './trust-pack';

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!ok()) throw new Error('never happened');
};

describe('the content script configuration', () => {
  it('follows stored settings and the policy as they change, without a reload', async () => {
    fakeBrowser.reset();
    const configs: CheckConfig[] = [];
    const stop = watchCheckConfig('x', async () => [trustPack], (c) => configs.push(c), (e) => { throw e; });
    const latest = () => configs.at(-1)!;
    const flagged = () => analyze({ text: 'Car park charges again. Vote Labour.', platform: 'x', account: 'trust' }, latest().packs, latest().analyzeOptions).map((f) => `${f.ruleId}:${f.severity}`);
    await until(() => configs.length === 1);
    expect(latest().checking).toBe('on');
    expect(flagged()).toEqual(['car-park:warn', 'vote:warn']);

    await fakeBrowser.storage.sync.set({ [STAFF_KEY]: { disabledRules: ['trust-extra:car-park'], sites: { x: { trustAccounts: ['@Trust'] } } } });
    await until(() => configs.length === 2);
    expect(flagged()).toEqual(['vote:warn']);
    expect(latest().trustAccounts).toEqual(['@Trust']);

    await fakeBrowser.storage.managed.set({ disabledSites: ['x'], preElectionPeriods: [{ start: '2000-01-01', end: '2999-12-31' }] });
    await until(() => configs.length === 3);
    expect(latest().checking).toBe('policy-off');
    expect(flagged()).toEqual(['vote:block']);

    // Stats and other keys are not settings: no reload for them.
    await fakeBrowser.storage.local.set({ stats: { held: {} } });
    await fakeBrowser.storage.local.set({ [IMPORTED_KEY]: [] });
    await until(() => configs.length === 4);
    stop();
    await fakeBrowser.storage.managed.set({ disabledSites: [] });
    await new Promise((r) => setTimeout(r, 30));
    expect(configs).toHaveLength(4);
  });
});
