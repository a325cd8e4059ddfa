import { describe, expect, it } from 'vitest';
import { diffPacks } from '../../../src/ui/options/pack-diff';
import { trustPack } from '../../storage/trust-pack';

describe('the preview of an imported pack', () => {
  it('lists every rule as added when the pack is new', () => {
    const diff = diffPacks(undefined, trustPack);
    expect(diff.added.map((r) => r.id)).toEqual(['car-park', 'no-disclaimer', 'vote']);
    expect([diff.removed, diff.severityChanged, diff.otherwiseChanged]).toEqual([[], [], []]);
  });

  it('lists rules added, removed, with a changed severity, and otherwise changed', () => {
    const [carPark, noDisclaimer, vote] = trustPack.rules;
    const next = {
      ...trustPack,
      rules: [
        { ...carPark!, severity: 'block' as const },
        { ...vote!, message: 'Keep campaigning off every account.' },
        { ...noDisclaimer!, id: 'no-disclaimer-v2' },
      ],
    };
    const diff = diffPacks(trustPack, next);
    expect(diff.added.map((r) => r.id)).toEqual(['no-disclaimer-v2']);
    expect(diff.removed.map((r) => r.id)).toEqual(['no-disclaimer']);
    expect(diff.severityChanged).toEqual([{ id: 'car-park', from: 'warn', to: 'block' }]);
    expect(diff.otherwiseChanged).toEqual(['vote']);
  });

  it('shows a per-account severity as written', () => {
    const next = { ...trustPack, rules: trustPack.rules.map((r) => (r.id === 'vote' ? { ...r, severity: { personal: 'warn' as const, trust: 'block' as const } } : r)) };
    expect(diffPacks(trustPack, next).severityChanged).toEqual([{ id: 'vote', from: 'personal: info, trust: warn', to: 'personal: warn, trust: block' }]);
  });
});
