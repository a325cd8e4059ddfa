import { composersBy, controlName, elementsOf, enterPostsComment, namedControlIn, namedControlInPath, submissionIn, type Composer, type SiteAdapter } from './adapter';
import { editorFor, familyOf } from './editors';

/**
 * Instagram: the caption of the create-post dialog (a Lexical contenteditable or, on older pages, a
 * textarea) and comment boxes, which sit in a form and post on bare Enter. A feed post always carries
 * an image or video. Direct messages are not checked.
 */
const EDITORS = 'textarea, [contenteditable="true"][role="textbox"]';
const CONTROLS = '[role="button"], button, [role="link"]';
const SHARE_NAMES = ['share'];
const COMMENT_NAMES = ['post'];

function composerAt(editor: HTMLElement): Composer | null {
  if (editor.ownerDocument.location?.pathname.startsWith('/direct/')) return null;
  const form = editor.closest('form');
  const scope = form ?? editor.closest('[role="dialog"]');
  if (!scope) return null;
  return { editor: editorFor(editor, familyOf(editor)), kind: form ? 'comment' : 'post', scope };
}

const { findComposers, composerOf } = composersBy(EDITORS, composerAt);

function submitIn(composer: Composer): HTMLElement | null {
  if (composer.kind === 'post') return namedControlIn(composer.scope, CONTROLS, SHARE_NAMES);
  return namedControlIn(composer.scope, CONTROLS, COMMENT_NAMES) ?? composer.scope.querySelector<HTMLElement>('button[type="submit"]');
}

/** A comment form's Post control; an explicit submit button counts whatever its label. */
function isCommentSubmit(el: Element): boolean {
  return el.closest('form') !== null && (el.matches('button[type="submit"]') || (el.matches(CONTROLS) && COMMENT_NAMES.includes(controlName(el))));
}

export const instagram: SiteAdapter = {
  platform: 'instagram',
  matches: ['https://*.instagram.com/*'],
  shadowHosts: [],
  findComposers,
  composerOf,
  submissionAt(path) {
    const comment = (elementsOf(path).find(isCommentSubmit) as HTMLElement | undefined) ?? null;
    const share = namedControlInPath(path, CONTROLS, SHARE_NAMES);
    return (
      submissionIn(comment, comment?.closest('form'), 'comment', findComposers) ??
      submissionIn(share, share?.closest('[role="dialog"]'), 'post', findComposers)
    );
  },
  submissionFromKey: (event, composer) => enterPostsComment(event, composer, submitIn),
  submitControlOf: submitIn,
  hasMedia(composer) {
    return composer.kind === 'post';
  },
  account() {
    // A business or creator profile looks the same as a personal one from the composer.
    return undefined;
  },
};
