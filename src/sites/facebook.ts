import {
  composersBy,
  enterPostsComment,
  hasMediaPreview,
  namedControlIn,
  namedControlInPath,
  type Composer,
  submissionIn,
  type SiteAdapter,
} from './adapter';
import { editorFor, familyOf } from './editors';

/**
 * Facebook: Lexical editors (role=textbox, data-lexical-editor) in the "Create post" dialog and in
 * comment forms (form[role=presentation], where bare Enter posts). Submit controls are div[role=button]
 * with no test id, so they are found by role and name inside the composer's own dialog or form.
 * Editors anywhere else (Messenger chat boxes) are not checked.
 */
const EDITORS = '[contenteditable="true"][role="textbox"]';
const CONTROLS = '[role="button"], button';
const POST_NAMES = ['post', 'share', 'share now', 'publish'];
const COMMENT_NAMES = ['comment', 'post comment', 'reply', 'post reply'];
const COMMENT_FORM = 'form[role="presentation"]';

function composerAt(editor: HTMLElement): Composer | null {
  const form = editor.closest(COMMENT_FORM);
  const kind = form ? 'comment' : 'post';
  const scope = form ?? editor.closest('[role="dialog"]');
  if (!scope) return null;
  return { editor: editorFor(editor, familyOf(editor)), kind, scope };
}

const { findComposers, composerOf } = composersBy(EDITORS, composerAt);

function commentSubmit(scope: ParentNode): HTMLElement | null {
  return scope.querySelector<HTMLElement>('#focused-state-composer-submit [role="button"]') ?? namedControlIn(scope, CONTROLS, COMMENT_NAMES);
}

export const facebook: SiteAdapter = {
  platform: 'facebook',
  matches: ['https://*.facebook.com/*'],
  shadowHosts: [],
  findComposers,
  composerOf,
  submissionAt(path) {
    const comment = namedControlInPath(path, CONTROLS, COMMENT_NAMES);
    const post = namedControlInPath(path, CONTROLS, POST_NAMES);
    return (
      submissionIn(comment, comment?.closest(COMMENT_FORM), 'comment', findComposers) ??
      submissionIn(post, post?.closest('[role="dialog"]'), 'post', findComposers)
    );
  },
  submissionFromKey: (event, composer) => enterPostsComment(event, composer, (c) => commentSubmit(c.scope)),
  submitControlOf(composer) {
    return composer.kind === 'comment' ? commentSubmit(composer.scope) : namedControlIn(composer.scope, CONTROLS, POST_NAMES);
  },
  hasMedia(composer) {
    return hasMediaPreview(composer.scope);
  },
  account() {
    // Meta Business Suite posts as a Page; elsewhere the composer does not show whose voice it is.
    return location.hostname === 'business.facebook.com' ? 'trust' : undefined;
  },
};
