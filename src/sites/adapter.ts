import type { Account, Platform } from '../engine/types';
import type { Editor } from './editors';

/**
 * What the content script needs to know about one site's DOM, and nothing about rules. Adapters prefer
 * editor-library markers, data-testids and roles over labels, and never use hashed class names
 * (../shared/design/sites.md §9).
 */
export interface SiteAdapter {
  platform: Exclude<Platform, 'other'>;
  /** Extension match patterns for the site's pages. */
  matches: readonly string[];
  /** Selectors of hosts whose open shadow roots hold composers (LinkedIn's #interop-outlet). */
  shadowHosts: readonly string[];
  /** Every composer in a document or an open shadow root. */
  findComposers(root: ParentNode): Composer[];
  /** The composer whose editor contains this element, if it is one this adapter checks. */
  composerOf(element: Element): Composer | null;
  /** When an event path (composedPath) goes through a submit control, what that control would post. */
  submissionAt(path: readonly EventTarget[]): Submission | null;
  /** When this key press in the composer would post it (Ctrl/Cmd+Enter on X, Enter in a comment box). */
  submissionFromKey(event: KeyboardEvent, composer: Composer): Submission | null;
  /** The control that posts this composer; null when it cannot be found, so the post cannot be held. */
  submitControlOf(composer: Composer): HTMLElement | null;
  /** An image or video is attached to what this composer will post. */
  hasMedia(composer: Composer): boolean;
  /** Who the post goes out as, where the site shows it; undefined when the page does not say. */
  account(composer: Composer): Account | undefined;
  /**
   * The handle or page name the post goes out as, where the page shows it; matched against the Trust
   * account list in the settings to turn on Trust mode.
   */
  postingAs?(composer: Composer): string | undefined;
}

export interface Composer {
  editor: Editor;
  kind: 'post' | 'comment';
  /** The element holding the composer and its controls: a dialog, a form, a composer row. */
  scope: Element;
}

/** A post about to go out: the control that sends it (if any) and every composer whose text it sends. */
export interface Submission {
  control: HTMLElement | null;
  composers: Composer[];
}

/** The elements of an event path, innermost first (shadow-DOM aware: composedPath includes open shadow trees). */
export function elementsOf(path: readonly EventTarget[]): Element[] {
  return path.filter((t): t is Element => typeof (t as Element).matches === 'function');
}

/** The text a control shows or announces, lower-cased with spaces collapsed: "Post", "Share", "Comment". */
export function controlName(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A control the site has disabled (empty draft) posts nothing, so there is nothing to hold. */
export function isDisabled(el: Element): boolean {
  return el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled === true;
}

/** The first element in the path matching `selector` whose name is one of `names`. */
export function namedControlInPath(path: readonly EventTarget[], selector: string, names: readonly string[]): HTMLElement | null {
  const hit = elementsOf(path).find((el) => el.matches(selector) && names.includes(controlName(el)));
  return (hit as HTMLElement | undefined) ?? null;
}

/** The first element under `scope` matching `selector` whose name is one of `names`. */
export function namedControlIn(scope: ParentNode, selector: string, names: readonly string[]): HTMLElement | null {
  for (const el of scope.querySelectorAll<HTMLElement>(selector)) if (names.includes(controlName(el))) return el;
  return null;
}

/** What the four sites call the controls that publish what was written (as `controlName` gives them). */
const PUBLISH_NAMES = ['post', 'post all', 'reply', 'share', 'share now', 'publish', 'comment', 'post comment', 'post reply', 'tweet', 'tweet all'];
/** How far above an editable box its Post control may sit for the box to count as a compose box. */
const COMPOSER_DEPTH = 8;

/** Any box the user can write in but a one-line field: a contenteditable root or a textarea. */
export const EDITABLE = '[contenteditable]:not([contenteditable="false"]), textarea';

/**
 * Whether an editable box (EDITABLE) that no adapter selector claims looks like a compose box all the
 * same: a Post, Reply, Share or Comment control sits a few levels above it. That is what a composer
 * looks like after the site renamed the markup an adapter relies on, so the user can be told that
 * checking is unavailable instead of trusting a check that is not happening. Chat boxes (their control
 * is "Send") and search fields (`<input>`) do not count.
 */
export function looksLikeComposer(editable: Element): boolean {
  let scope = editable.parentElement;
  for (let depth = 0; scope && depth < COMPOSER_DEPTH && scope !== scope.ownerDocument.body; depth++, scope = scope.parentElement) {
    if (namedControlIn(scope, 'button, [role="button"]', PUBLISH_NAMES)) return true;
  }
  return false;
}

/** Preview images or video that a site shows for an attachment (blob: or data: URLs, not avatars). */
export function hasMediaPreview(scope: ParentNode): boolean {
  return scope.querySelector('img[src^="blob:"], img[src^="data:"], video') !== null;
}

/**
 * The submission a control sends: every composer of `kind` in its scope (its dialog or form), or null
 * when the control or its scope holds none.
 */
export function submissionIn(
  control: HTMLElement | null,
  scope: Element | null | undefined,
  kind: Composer['kind'],
  findComposers: (root: ParentNode) => Composer[],
): Submission | null {
  if (!control || !scope) return null;
  const composers = findComposers(scope).filter((c) => c.kind === kind);
  return composers.length > 0 ? { control, composers } : null;
}

/** `findComposers` and `composerOf` for a site whose editors match one selector, each classified by `composerAt`. */
export function composersBy(editors: string, composerAt: (editor: HTMLElement) => Composer | null): Pick<SiteAdapter, 'findComposers' | 'composerOf'> {
  return {
    findComposers: (root) => [...root.querySelectorAll<HTMLElement>(editors)].flatMap((el) => composerAt(el) ?? []),
    composerOf(element) {
      const editor = element.closest<HTMLElement>(editors);
      return editor ? composerAt(editor) : null;
    },
  };
}

/** Comment boxes where bare Enter posts (Facebook, Instagram): Shift+Enter is a new line. */
export function enterPostsComment(event: KeyboardEvent, composer: Composer, control: (c: Composer) => HTMLElement | null): Submission | null {
  const bareEnter = event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
  return composer.kind === 'comment' && bareEnter ? { control: control(composer), composers: [composer] } : null;
}
