import { analyze, type Finding } from '../engine';
import type { Composer, SiteAdapter } from '../sites/adapter';
import type { TextSnapshot } from '../sites/editors';
import type { CheckConfig } from '../storage/packs';
import { accountFor } from './account';

/** One composer's draft as it was checked, and what was found in it. */
export interface ComposerCheck {
  composer: Composer;
  snapshot: TextSnapshot;
  findings: Finding[];
}

export type ComposerChecker = (composer: Composer) => ComposerCheck;

/** Checks a composer's current text as the site would post it: platform and media from the adapter, account per accountFor; nothing where checking is off. */
export function createChecker(adapter: SiteAdapter, config: CheckConfig): ComposerChecker {
  return (composer) => {
    const snapshot = composer.editor.snapshot();
    if (snapshot.text.trim() === '' || (config.checking ?? 'on') !== 'on') return { composer, snapshot, findings: [] };
    const draft = {
      text: snapshot.text,
      platform: adapter.platform,
      account: accountFor(adapter, composer, config).mode,
      hasMedia: adapter.hasMedia(composer),
    };
    return { composer, snapshot, findings: analyze(draft, config.packs, config.analyzeOptions) };
  };
}

/** Block and warn findings hold a post; info findings are only shown. */
export function holding(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'block' || f.severity === 'warn');
}
