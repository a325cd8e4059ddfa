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
  /** The draft is longer than MAX_CHECKED_CHARS and only its start was checked: the user must be told. */
  truncated?: boolean;
}

/**
 * Longer drafts are checked up to here, so a huge paste cannot freeze the page: checking 10 000 characters
 * never seen before takes about 30 ms on a 2-core machine (`npm run bench`), inside the 50 ms a paste may
 * take. Above the post limits of LinkedIn (3 000) and Instagram (2 200) and a standard X account (280);
 * longer Facebook posts and paid X posts are checked up to here and the user is told.
 */
export const MAX_CHECKED_CHARS = 10_000;

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
    const findings = analyze(draft, config.packs, { ...config.analyzeOptions, maxChars: MAX_CHECKED_CHARS });
    return { composer, snapshot, findings, truncated: snapshot.text.length > MAX_CHECKED_CHARS };
  };
}

/** Block and warn findings hold a post; info findings are only shown. */
export function holding(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'block' || f.severity === 'warn');
}
