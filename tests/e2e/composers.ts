/**
 * Every composer the e2e tests cover, and how a user reaches, fills and posts it on its fixture page.
 * Locators use the sites' real markers (sites.md); Playwright's CSS pierces LinkedIn's OPEN shadow root.
 */
import type { Locator, Page } from 'playwright-core';
import type { FixtureSite } from './fixture-sites';

export interface ComposerSpec {
  /** Test name, e.g. "X inline". */
  name: string;
  site: FixtureSite['id'];
  url: string;
  /** The `composer` the fixture records for a post from here. */
  posts: string;
  /** From the loaded page to the composer on screen (a dialog opened, a file picked…). */
  open(page: Page): Promise<void>;
  editor(page: Page): Locator;
  submit(page: Page): Locator;
  /** The key that posts from inside the editor, where the site has one. */
  submitKey?: 'Control+Enter' | 'Enter';
  /** Posting from here always carries an image. */
  withMedia?: boolean;
}

/** A real 1×1 PNG, for the media inputs. */
export const TINY_PNG = {
  name: 'photo.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
};

const nothingToOpen = async () => {};

async function openInstagramCaption(page: Page): Promise<void> {
  await page.locator('svg[aria-label="New post"]').click();
  await page.locator('[role=dialog] input[type=file]').setInputFiles(TINY_PNG);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
}

/** The home timeline's composer and a post page's reply box: the same markup. */
const X_TIMELINE_COMPOSER = {
  site: 'x',
  open: nothingToOpen,
  editor: (page: Page) => page.locator('[data-testid=primaryColumn] [data-testid=tweetTextarea_0]'),
  submit: (page: Page) => page.locator('[data-testid=tweetButtonInline]'),
  submitKey: 'Control+Enter',
} as const;

/** Both caption variants: reached through the create flow, posted with Share, always with media. */
const INSTAGRAM_CAPTION = {
  site: 'instagram',
  posts: 'instagram-caption',
  open: openInstagramCaption,
  submit: (page: Page) => page.locator('[role=dialog]').getByRole('button', { name: 'Share' }),
  withMedia: true,
} as const;

export const COMPOSERS: readonly ComposerSpec[] = [
  { name: 'X inline', url: 'https://x.com/home', posts: 'x-inline', ...X_TIMELINE_COMPOSER },
  {
    name: 'X modal',
    site: 'x',
    url: 'https://x.com/home',
    posts: 'x-modal',
    open: (page) => page.locator('[data-testid=SideNav_NewTweet_Button]').click(),
    editor: (page) => page.locator('#layers [role=dialog] [data-testid=tweetTextarea_0]'),
    submit: (page) => page.locator('#layers [data-testid=tweetButton]'),
    submitKey: 'Control+Enter',
  },
  { name: 'X reply', url: 'https://x.com/nhsengland/status/1', posts: 'x-reply', ...X_TIMELINE_COMPOSER },
  {
    name: 'Facebook post',
    site: 'facebook',
    url: 'https://www.facebook.com/',
    posts: 'facebook-post',
    open: (page) => page.getByRole('button', { name: "What's on your mind, Jane?" }).click(),
    editor: (page) => page.locator('[role=dialog][aria-label="Create post"] [data-lexical-editor=true]'),
    submit: (page) => page.locator('[role=dialog][aria-label="Create post"] [role=button][aria-label=Post]'),
  },
  {
    name: 'Facebook comment',
    site: 'facebook',
    url: 'https://www.facebook.com/',
    posts: 'facebook-comment',
    open: nothingToOpen,
    editor: (page) => page.locator('[role=article] [data-lexical-editor=true][aria-label="Write a comment…"]'),
    submit: (page) => page.locator('[role=article] [role=button][aria-label=Comment]'),
    submitKey: 'Enter',
  },
  {
    name: 'LinkedIn share box',
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    posts: 'linkedin-share',
    open: (page) => page.getByRole('button', { name: 'Start a post' }).click(),
    editor: (page) => page.locator('#interop-outlet [role=dialog] .ql-editor'),
    submit: (page) => page.locator('#interop-outlet [role=dialog] button.share-actions__primary-action'),
  },
  {
    name: 'Instagram caption (Lexical)',
    url: 'https://www.instagram.com/',
    editor: (page) => page.locator('[role=dialog] [contenteditable=true][aria-label="Write a caption..."]'),
    ...INSTAGRAM_CAPTION,
  },
  {
    name: 'Instagram caption (textarea)',
    url: 'https://www.instagram.com/?caption=textarea',
    editor: (page) => page.locator('[role=dialog] textarea[aria-label="Write a caption…"]'),
    ...INSTAGRAM_CAPTION,
  },
  {
    name: 'Instagram comment',
    site: 'instagram',
    url: 'https://www.instagram.com/',
    posts: 'instagram-comment',
    open: nothingToOpen,
    editor: (page) => page.locator('article textarea[aria-label="Add a comment…"]'),
    submit: (page) => page.locator('article form').getByRole('button', { name: 'Post' }),
    submitKey: 'Enter',
  },
];
