import type { Account } from '../engine/types';
import type { Composer, SiteAdapter } from '../sites/adapter';
import { sameHandle } from '../storage/effective';
import type { CheckConfig } from '../storage/packs';

export type AccountSource = 'tab' | 'trust-account' | 'site' | 'default';

/**
 * Who a draft is posted as, and how we know: the user's choice for this tab wins, then a handle on the
 * Trust account list, then what the page itself shows (a company admin page), then personal.
 */
export function accountFor(adapter: SiteAdapter, composer: Composer | undefined, config: CheckConfig): { mode: Account; source: AccountSource } {
  if (config.accountOverride) return { mode: config.accountOverride, source: 'tab' };
  if (composer) {
    const handle = adapter.postingAs?.(composer);
    if (handle && config.trustAccounts?.some((h) => sameHandle(h, handle))) return { mode: 'trust', source: 'trust-account' };
    const shown = adapter.account(composer);
    if (shown) return { mode: shown, source: 'site' };
  }
  return { mode: config.defaultAccount, source: 'default' };
}
