import { composersBy, hasMediaPreview, namedControlIn, namedControlInPath, submissionIn, type Composer, type SiteAdapter } from './adapter';
import { editorFor, familyOf } from './editors';

/**
 * LinkedIn: the share box is a Quill 1 editor (.ql-editor) in a role=dialog inside the open shadow root
 * of #interop-outlet (older pages: the same dialog in the light DOM). Comment boxes are TipTap/ProseMirror
 * (new feed) or Quill (classic) inside a comment-box container. No key posts; messaging is not checked.
 */
const EDITORS = '.ql-editor[contenteditable="true"], .ProseMirror[contenteditable="true"]';
const SHARE_SUBMIT = 'button.share-actions__primary-action';
const COMMENT_SUBMIT = 'button.comments-comment-box__submit-button';
const COMMENT_BOXES = ['[data-view-name="comment-box"]', '.comments-comment-box', '.comments-comment-texteditor'];
const COMMENT_BOX = COMMENT_BOXES.join(', ');
const COMMENT_CONTROLS = [COMMENT_SUBMIT, ...COMMENT_BOXES.map((box) => `${box} button`)].join(', ');
const POST_NAMES = ['post'];
const COMMENT_NAMES = ['comment', 'post', 'reply'];

function composerAt(editor: HTMLElement): Composer | null {
  if (editor.closest('.msg-form')) return null;
  const box = editor.closest(COMMENT_BOX);
  const scope = box ?? editor.closest('[role="dialog"]');
  if (!scope) return null;
  return { editor: editorFor(editor, familyOf(editor)), kind: box ? 'comment' : 'post', scope };
}

const { findComposers, composerOf } = composersBy(EDITORS, composerAt);

function submitIn(scope: ParentNode, kind: Composer['kind']): HTMLElement | null {
  return kind === 'comment'
    ? (scope.querySelector<HTMLElement>(COMMENT_SUBMIT) ?? namedControlIn(scope, 'button', COMMENT_NAMES))
    : (scope.querySelector<HTMLElement>(SHARE_SUBMIT) ?? namedControlIn(scope, 'button', POST_NAMES));
}

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  matches: ['https://*.linkedin.com/*'],
  shadowHosts: ['#interop-outlet'],
  findComposers,
  composerOf,
  submissionAt(path) {
    const comment = namedControlInPath(path, COMMENT_CONTROLS, COMMENT_NAMES);
    const share = namedControlInPath(path, `${SHARE_SUBMIT}, [role="dialog"] button`, POST_NAMES);
    return (
      submissionIn(comment, comment?.closest(COMMENT_BOX), 'comment', findComposers) ??
      submissionIn(share, share?.closest('[role="dialog"]'), 'post', findComposers)
    );
  },
  submissionFromKey() {
    return null;
  },
  submitControlOf(composer) {
    return submitIn(composer.scope, composer.kind);
  },
  hasMedia(composer) {
    return hasMediaPreview(composer.scope);
  },
  account() {
    // A company page's admin view posts as the organisation.
    return /^\/company\/[^/]+\/admin(\/|$)/.test(location.pathname) ? 'trust' : undefined;
  },
  postingAs() {
    // The company page's name in its address (linkedin.com/company/<name>/admin), which staff can copy.
    return /^\/company\/([^/]+)\/admin(\/|$)/.exec(location.pathname)?.[1];
  },
};
