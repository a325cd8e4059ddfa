/** The four fixture sites: where each is served (its real hostname) and which page the demo opens first. */
export interface FixtureSite {
  id: 'x' | 'facebook' | 'linkedin' | 'instagram';
  name: string;
  /** Entry module under tests/e2e/fixtures/. */
  entry: string;
  /** Served for every path of this origin (the sites are single-page apps). */
  origin: string;
  start: string;
  /** What to try, shown on the demo's index page. */
  tryThis: string;
  /** A Content-Security-Policy the real site also sends (as a meta tag: the page must work standalone). */
  csp?: string;
}

export const FIXTURE_SITES: readonly FixtureSite[] = [
  {
    id: 'x',
    name: 'X',
    entry: 'x.tsx',
    origin: 'https://x.com',
    start: 'https://x.com/home',
    tryThis: 'Type in the home composer or open "Post" (Ctrl+Enter posts); a reply box is under "A post".',
  },
  {
    id: 'facebook',
    name: 'Facebook',
    entry: 'facebook.tsx',
    origin: 'https://www.facebook.com',
    start: 'https://www.facebook.com/',
    tryThis: 'Open "What\'s on your mind" for the Create post dialog, or write a comment (Enter sends).',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    entry: 'linkedin.ts',
    origin: 'https://www.linkedin.com',
    start: 'https://www.linkedin.com/feed/',
    tryThis: 'Click "Start a post": the Quill editor opens inside a shadow root.',
    csp: "require-trusted-types-for 'script'",
  },
  {
    id: 'instagram',
    name: 'Instagram',
    entry: 'instagram.tsx',
    origin: 'https://www.instagram.com',
    start: 'https://www.instagram.com/',
    tryThis: 'Comment under the post (Enter sends), or "Create" a post: pick any image, Next twice, write a caption.',
  },
];

/** The demo's index page: a host the extension does not run on. */
export const INDEX_URL = 'https://fixtures.postcheck.invalid/';

export function siteForUrl(url: string): FixtureSite | undefined {
  const origin = new URL(url).origin;
  return FIXTURE_SITES.find((site) => site.origin === origin);
}
