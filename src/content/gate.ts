import { elementsOf, isDisabled, type Composer, type SiteAdapter, type Submission } from '../sites/adapter';

/**
 * Holds a post at the moment it would be sent. Capture-phase listeners on window run before any page
 * handler (React delegates to its root, Lexical listens on its root; recipe §7), so stopping the event
 * there stops the site from posting. A whole click gesture is decided once, at its first event, so a
 * site that posts on pointerdown is held as surely as one that posts on click.
 */
export const GATED_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown', 'keyup'] as const;

/** Events of one click gesture further apart than this belong to different gestures. */
const GESTURE_MS = 5000;
/** How long "post it again" lets the same unchanged draft through. */
const BYPASS_MS = 2 * 60_000;

export interface HeldPost<A> {
  submission: Submission;
  /** What the check found, as returned by `assess`. */
  assessment: A;
  /** The stopped events with their original (innermost) targets, replayed in order on release. */
  events: { event: Event; target: EventTarget }[];
}

export interface GateHooks<A> {
  /** What holds this submission, or null to let it go. Throwing means checking is unavailable: it goes. */
  assess(submission: Submission): A | null;
  /** A post was held at the end of its gesture (click or key press): show the review. */
  held(post: HeldPost<A>): void;
  /** Checking threw; the post was let through. */
  failed(error: unknown): void;
  /** Events from the extension's own UI are never gated. */
  isOwnUi(path: readonly EventTarget[]): boolean;
}

interface Gesture<A> {
  control: HTMLElement | null;
  started: number;
  post: HeldPost<A> | null;
}

export class Gate<A> {
  private gesture?: Gesture<A>;
  private reviewing?: HeldPost<A>;
  private replaying = false;
  private bypass?: { editors: HTMLElement[]; texts: string[]; expires: number };

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly hooks: GateHooks<A>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  attach(win: Window): () => void {
    for (const type of GATED_EVENTS) win.addEventListener(type, this.onEvent, { capture: true });
    return () => {
      for (const type of GATED_EVENTS) win.removeEventListener(type, this.onEvent, { capture: true });
    };
  }

  /** Sends a held post: its events are dispatched again on their original targets, past the gate. */
  release(post: HeldPost<A>): void {
    if (this.reviewing === post) this.reviewing = undefined;
    this.replaying = true;
    try {
      replay(post, this.adapter);
    } finally {
      this.replaying = false;
    }
  }

  /** The review of a held post closed without posting; the draft stays as it is. */
  cancel(post: HeldPost<A>): void {
    if (this.reviewing === post) this.reviewing = undefined;
  }

  /** Lets the next post of these composers through once, if their text is unchanged ("post it again"). */
  allowOnce(composers: Composer[]): void {
    let texts: string[];
    try {
      texts = composers.map((c) => c.editor.snapshot().text);
    } catch {
      // An editor that cannot be read cannot be checked either, so its next post goes through anyway.
      return;
    }
    this.bypass = { editors: composers.map((c) => c.editor.element), texts, expires: this.now() + BYPASS_MS };
  }

  private readonly onEvent = (e: Event) => {
    if (this.replaying) return;
    const path = e.composedPath();
    if (this.hooks.isOwnUi(path)) return;
    const submission = this.submissionOf(e, path);
    if (!submission || (submission.control && isDisabled(submission.control))) return;
    if (this.reviewing || e.type === 'keyup') {
      // A review is open: a second click or key press on the same post must not send it behind the dialog
      // (nor the keyup of the key press that was held, for sites that post on keyup).
      if (this.reviewing && sameEditors(this.reviewing.submission.composers, submission.composers)) stop(e);
      return;
    }
    const post = this.decide(e, submission);
    if (!post) return;
    stop(e);
    post.events.push({ event: e, target: path[0] ?? submission.control });
    if (e.type === 'click' || e.type === 'keydown') {
      this.gesture = undefined;
      this.reviewing = post;
      this.hooks.held(post);
    }
  };

  private submissionOf(e: Event, path: EventTarget[]): Submission | null {
    if (e.type !== 'keydown' && e.type !== 'keyup') return this.adapter.submissionAt(path);
    const key = e as KeyboardEvent;
    if (key.isComposing || key.keyCode === 229) return null;
    const plain = !key.ctrlKey && !key.metaKey && !key.altKey && !key.shiftKey;
    if (plain && (key.key === 'Enter' || key.key === ' ')) {
      const activated = this.adapter.submissionAt(path);
      if (activated) return activated;
    }
    const target = elementsOf(path)[0];
    const composer = target ? this.adapter.composerOf(target) : null;
    return composer ? this.adapter.submissionFromKey(key, composer) : null;
  }

  /** The held post this event belongs to, or null to let it through. */
  private decide(e: Event, submission: Submission): HeldPost<A> | null {
    if (e.type === 'keydown') return this.evaluate(submission);
    const now = this.now();
    const gesture = this.gesture;
    const continues = e.type !== 'pointerdown' && gesture?.control === submission.control && now - gesture.started < GESTURE_MS;
    if (continues) return gesture.post;
    const post = this.evaluate(submission);
    this.gesture = e.type === 'click' ? undefined : { control: submission.control, started: now, post };
    return post;
  }

  private evaluate(submission: Submission): HeldPost<A> | null {
    if (this.takeBypass(submission.composers)) return null;
    try {
      const assessment = this.hooks.assess(submission);
      return assessment === null ? null : { submission, assessment, events: [] };
    } catch (error) {
      this.hooks.failed(error);
      return null;
    }
  }

  private takeBypass(composers: Composer[]): boolean {
    const bypass = this.bypass;
    if (!bypass || this.now() > bypass.expires) return false;
    const editors = composers.map((c) => c.editor.element);
    if (!sameElements(editors, bypass.editors)) return false;
    if (composers.some((c, i) => c.editor.snapshot().text !== bypass.texts[bypass.editors.indexOf(editors[i])])) return false;
    this.bypass = undefined;
    return true;
  }
}

function stop(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

function sameElements(a: Element[], b: Element[]): boolean {
  return a.length === b.length && a.every((el) => b.includes(el));
}

function sameEditors(a: Composer[], b: Composer[]): boolean {
  return a.some((c) => b.some((d) => d.editor.element === c.editor.element));
}

/**
 * Dispatches copies of the held events. A pointerdown that was stopped also suppressed the browser's
 * compatibility mousedown/mouseup, so those are synthesised after their pointer events, and a held key
 * press gets its keyup (the real one went to the review dialog) for sites that post on keyup. When the original
 * targets are gone (the site re-rendered) or a native button was activated by key, the control is clicked.
 */
function replay<A>(post: HeldPost<A>, adapter: SiteAdapter): void {
  const control = post.submission.control?.isConnected
    ? post.submission.control
    : (post.submission.composers.map((c) => adapter.submitControlOf(c)).find((c) => c) ?? null);
  const targetsGone = post.events.some(({ target }) => !(target as Node).isConnected);
  const keyOnButton = post.events.some(({ event, target }) => event.type === 'keydown' && target instanceof HTMLButtonElement);
  if (targetsGone || keyOnButton) {
    control?.click();
    return;
  }
  const held = new Set(post.events.map(({ event }) => event.type));
  for (const { event, target } of post.events) {
    target.dispatchEvent(copyOf(event));
    const compat = COMPAT_FOLLOWERS[event.type];
    if (compat && !held.has(compat)) target.dispatchEvent(copyOf(event, compat));
  }
}

/** Events the browser would have sent after each held one, had it not been stopped. */
const COMPAT_FOLLOWERS: Record<string, string | undefined> = { pointerdown: 'mousedown', pointerup: 'mouseup', keydown: 'keyup' };

const COPIED_FIELDS = [
  'bubbles', 'cancelable', 'composed', 'detail', 'screenX', 'screenY', 'clientX', 'clientY', 'ctrlKey', 'shiftKey',
  'altKey', 'metaKey', 'button', 'buttons', 'pointerId', 'pointerType', 'isPrimary', 'width', 'height', 'pressure',
  'key', 'code', 'location', 'repeat', 'isComposing', 'keyCode', 'charCode', 'which',
] as const;

/** A synthetic twin of an event (same type and fields unless `type` is given; keyCode kept, recipe §7). */
export function copyOf(event: Event, type = event.type): Event {
  const init: Record<string, unknown> = { view: (event as UIEvent).view ?? null };
  for (const field of COPIED_FIELDS) if (field in event) init[field] = (event as unknown as Record<string, unknown>)[field];
  if (event instanceof KeyboardEvent) return new KeyboardEvent(type, init);
  if (type.startsWith('pointer') && typeof PointerEvent === 'function') return new PointerEvent(type, init);
  return new MouseEvent(type, init);
}
