import { elementsOf, type Composer, type SiteAdapter, type Submission } from './adapter';
import { editorFor, familyOf } from './editors';

/**
 * X: Draft.js editors carrying data-testid="tweetTextarea_N" (one per post of a thread), or a textarea
 * inside that test id on the mobile layout. The modal composer (/compose/post, replies, quotes) is a
 * role=dialog in #layers; the inline one sits in the timeline with its own button. Ctrl/Cmd+Enter posts.
 */
const EDITOR_ID = /^tweetTextarea_\d+$/;
const EDITORS = '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] textarea';
const SUBMIT = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
const AVATAR_PREFIX = 'UserAvatar-Container-';
const AVATAR = `[data-testid^="${AVATAR_PREFIX}"]`;
const ATTACHMENT = '[data-testid="attachments"] [role="group"], [data-testid="attachments"] img, [data-testid="attachments"] video';

function editorElement(el: Element): HTMLElement | null {
  const editable = el.closest<HTMLElement>('[contenteditable="true"], textarea');
  if (!editable) return null;
  const tagged = editable instanceof HTMLTextAreaElement ? editable.parentElement?.closest('[data-testid]') : editable;
  return tagged && EDITOR_ID.test(tagged.getAttribute('data-testid') ?? '') ? editable : null;
}

/** The dialog, or the nearest ancestor that also holds a Post button (the inline composer row). */
function scopeOf(el: Element, holds: string): Element {
  const dialog = el.closest('[role="dialog"]');
  if (dialog) return dialog;
  for (let a = el.parentElement; a; a = a.parentElement) if (a.querySelector(holds)) return a;
  return el.ownerDocument.body;
}

function composerAt(editor: HTMLElement): Composer {
  return { editor: editorFor(editor, familyOf(editor)), kind: 'post', scope: scopeOf(editor, SUBMIT) };
}

function findComposers(root: ParentNode): Composer[] {
  return [...root.querySelectorAll<HTMLElement>(EDITORS)].filter((el) => editorElement(el) === el).map(composerAt);
}

/** Every post of the thread in the same composer is sent by one click. */
function submissionOf(control: HTMLElement | null, scope: Element): Submission {
  return { control, composers: findComposers(scope) };
}

export const x: SiteAdapter = {
  platform: 'x',
  // "*." also matches the bare domain: x.com, mobile.x.com, and twitter.com, which still redirects here.
  matches: ['https://*.x.com/*', 'https://*.twitter.com/*'],
  shadowHosts: [],
  findComposers,
  composerOf(element) {
    const editor = editorElement(element);
    return editor ? composerAt(editor) : null;
  },
  submissionAt(path) {
    const control = elementsOf(path).find((el) => el.matches(SUBMIT)) as HTMLElement | undefined;
    if (!control) return null;
    const submission = submissionOf(control, scopeOf(control, EDITORS));
    return submission.composers.length > 0 ? submission : null;
  },
  submissionFromKey(event, composer) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return null;
    return submissionOf(this.submitControlOf(composer), composer.scope);
  },
  submitControlOf(composer) {
    return composer.scope.querySelector<HTMLElement>(SUBMIT);
  },
  hasMedia(composer) {
    return composer.scope.querySelector(ATTACHMENT) !== null;
  },
  account() {
    // X shows no difference between a personal and an organisation account in the composer.
    return undefined;
  },
  postingAs(composer) {
    // The composer shows the posting account's avatar, tagged with its handle; else the account switcher's.
    const avatar =
      composer.scope.querySelector(AVATAR) ?? composer.scope.ownerDocument.querySelector(`[data-testid="SideNav_AccountSwitcher_Button"] ${AVATAR}`);
    return avatar?.getAttribute('data-testid')?.slice(AVATAR_PREFIX.length) || undefined;
  },
};
