import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Pack } from '../../engine/pack';
import { effectiveSettings, type EffectiveSettings } from '../../storage/effective';
import { builtInPacks } from '../../storage/built-in-packs';
import { onStoredSettingsChanged, readStoredSettings, type StoredSettings } from '../../storage/settings';
import { readStats, STATS_KEY, type Stats } from '../../storage/stats';

export interface OptionsState {
  stored: StoredSettings;
  settings: EffectiveSettings;
  builtIn: Pack[];
  stats: Stats;
}

async function load(): Promise<OptionsState> {
  const builtIn = builtInPacks();
  const [stored, stats] = await Promise.all([readStoredSettings(), readStats()]);
  return { stored, settings: effectiveSettings(stored, builtIn), builtIn, stats };
}

/** Everything the options page shows, read again whenever it changes (here, in another tab, or by policy). */
export function useOptionsState(): OptionsState | undefined {
  const [state, setState] = useState<OptionsState>();
  useEffect(() => {
    let latest = 0;
    const refresh = () => {
      const call = ++latest;
      void load().then((next) => call === latest && setState(next));
    };
    refresh();
    const stopSettings = onStoredSettingsChanged(refresh);
    const onStats = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STATS_KEY in changes) refresh();
    };
    browser.storage.onChanged.addListener(onStats);
    return () => {
      stopSettings();
      browser.storage.onChanged.removeListener(onStats);
    };
  }, []);
  return state;
}
