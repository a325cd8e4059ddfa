import type { SiteAdapter } from './adapter';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { x } from './x';

/** Every site Postcheck hooks: one adapter each. The content script runs on exactly these sites' pages. */
export const SITES: readonly SiteAdapter[] = [x, facebook, linkedin, instagram];

/** The adapter for a page, by hostname (x.com, www.facebook.com, m.facebook.com, ...). */
export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return SITES.find((site) => site.matches.some((pattern) => hostMatches(pattern, hostname)));
}

function hostMatches(pattern: string, hostname: string): boolean {
  const [, wildcard, host] = /^[a-z]+:\/\/(\*\.)?([^/]+)\//.exec(pattern) ?? [];
  return hostname === host || (wildcard !== undefined && hostname.endsWith(`.${host}`));
}
