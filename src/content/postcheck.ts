import type { CompiledPack } from '../engine/compile';
import type { Account } from '../engine/types';
import { createWarmUp } from '../engine/warm-up';
import type { OutcomeMessage, TabReportMessage, TabStatusMessage } from '../messages';
import { EDITABLE, elementsOf, looksLikeComposer, type Composer, type SiteAdapter } from '../sites/adapter';
import type { TextSnapshot } from '../sites/editors';
import { PackLoadError, watchCheckConfig, type CheckConfig } from '../storage/packs';
import { createHighlighter } from '../ui/highlights';
import { createUiRoot, isFromUi, type UiRoot } from '../ui/host';
import { createNotices } from '../ui/notices';
import { createChecker, holding, MAX_CHECKED_CHARS, type ComposerCheck, type ComposerChecker } from './check';
import { ComposerDiscovery } from './discovery';
import { Gate, type HeldPost } from './gate';
import { latencyLog, LiveChecker, type PageFindings } from './live';
import { accountFor } from './account';
import { requestBuiltInPacks } from './messaging';
import { tabReport } from './report';
import { ReviewController } from './review';

/** What a composer is checked as before the packs are ready: nothing, without reading the editor. */
const NOT_READ: TextSnapshot = { text: '', range: () => null };

/** How long a post made while the packs are still loading waits for them before it goes unchecked. */
const LOAD_WAIT_MS = 5000;

/** Runs `task` once the page has loaded and the browser is idle (or after a while, however busy it is). */
function whenIdleAfterLoad(win: Window, task: () => void): void {
  const idle = () => (typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 1000));
  if (win.document.readyState === 'complete') idle();
  else win.addEventListener('load', idle, { once: true });
}

/** A slice of idle time: never longer than this when the browser cannot say how much is left. */
const FALLBACK_SLICE_MS = 8;

/**
 * Warms the engine up (src/engine/warm-up.ts) in idle slices once the packs are compiled, so that the
 * user's first check is as quick as the later ones and the page is never held up for it.
 */
function warmUpWhenIdle(win: Window, packs: CompiledPack[]): void {
  const step = createWarmUp(packs);
  const slice = (deadline?: IdleDeadline) => {
    const end = performance.now() + FALLBACK_SLICE_MS;
    const more = deadline ? () => deadline.timeRemaining() > 1 : () => performance.now() < end;
    if (step(more)) latencyLog().warmedUpAt = performance.now();
    else schedule();
  };
  const schedule = () => (typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(slice) : setTimeout(slice, 50));
  schedule();
}

/** What the rest of the extension can ask of a page Postcheck runs on (through the background). */
export interface PostcheckTab {
  /** The popup's report: site, checking on or off, the account in force, the live findings (memory only). */
  report(): TabReportMessage;
  /** The user chose an account mode for this tab in the popup; undefined goes back to what the site shows. */
  setAccountOverride(account: Account | undefined): void;
}

/**
 * Wires one page: the gate (attached first, synchronously, so its capture listeners run before any of
 * the page's), live checking on input, composer discovery, highlights, the review dialog and the badge.
 * Whatever fails, the site's own Post keeps working and the user is told checking is unavailable.
 */
export function startPostcheck(win: Window, adapter: SiteAdapter, send: (message: TabStatusMessage | OutcomeMessage) => void): PostcheckTab {
  const doc = win.document;
  let uiRoot: UiRoot | undefined;
  const ui = () => {
    uiRoot ??= createUiRoot(doc);
    uiRoot.attach();
    return uiRoot;
  };
  const notices = createNotices(ui);
  let checker: ComposerChecker | undefined;
  /** The settings in force (updated live from storage) with the tab's account override. */
  let config: CheckConfig | undefined;
  let override: Account | undefined;
  /** Why checking cannot work on this page at all (a bad pack); undefined when it can. */
  let broken: string | undefined;
  /**
   * Why checking does not work for some of this page until it is reloaded: a compose box the adapter
   * does not recognise, or a review the page would not let be shown.
   */
  let trouble: string | undefined;
  /** The review could not be shown on this page: posts are no longer held (the badge says so). */
  let reviewUnavailable = false;
  /** A post waited LOAD_WAIT_MS for the packs and went unchecked; checking is unavailable until they come. */
  let packsLate = false;
  let lastCheckFailed = false;
  let told = false;
  let totals: PageFindings = { findings: 0, worst: 'none' };

  const unavailableReason = () =>
    broken ??
    trouble ??
    (packsLate && !config ? 'the rule packs took too long to load' : undefined) ??
    (lastCheckFailed ? 'the checker failed on a draft' : undefined);
  const sendStatus = () => {
    const reason = unavailableReason();
    send({ type: 'postcheck:tab-status', ...totals, available: reason === undefined, ...(reason ? { reason } : {}) });
  };
  const unavailable = (reason: string) => {
    sendStatus();
    if (told) return;
    told = true;
    notices.show(`checking is unavailable (${reason}). Your posts will go out without being checked.`);
  };
  const check = (composer: Composer): ComposerCheck => {
    if (!checker) throw new Error('no checker');
    return checker(composer);
  };
  const failed = (error: unknown) => {
    lastCheckFailed = true;
    unavailable(broken ?? (checker ? 'the checker failed on this draft' : 'the rule packs are still loading'));
    if (checker) console.error('Postcheck: check failed', error instanceof Error ? error.name : typeof error);
  };

  const assess = (composers: Composer[]): ComposerCheck[] | null => {
    const checks = composers.map(check);
    lastCheckFailed = false;
    return checks.some((c) => holding(c.findings).length > 0) ? checks : null;
  };
  const gate = new Gate<ComposerCheck[] | 'loading'>(adapter, {
    assess(submission) {
      if (reviewUnavailable) return null;
      if (checker || broken) return assess(submission.composers);
      // Posted before the packs are ready (just after the page loaded): hold it until they are.
      startLoading();
      return 'loading';
    },
    held(post) {
      if (post.assessment !== 'loading') return review.show(post as HeldPost<ComposerCheck[]>);
      void decideWhenLoaded(post);
    },
    failed,
    isOwnUi: (path) => isFromUi(uiRoot, path),
  });
  gate.attach(win);

  /** A post held while loading: checked once the packs are ready, or let go (and the user told) if they never are. */
  const decideWhenLoaded = async (post: HeldPost<ComposerCheck[] | 'loading'>) => {
    const loaded = await Promise.race([ready, new Promise<false>((resolve) => setTimeout(resolve, LOAD_WAIT_MS, false))]);
    let checks: ComposerCheck[] | null = null;
    try {
      checks = loaded ? assess(post.submission.composers) : null;
    } catch (error) {
      failed(error);
    }
    if (!loaded) {
      packsLate = true;
      unavailable(unavailableReason() ?? 'the rule packs took too long to load');
    }
    if (!checks) return gate.release(post);
    post.assessment = checks;
    review.show(post as HeldPost<ComposerCheck[]>);
  };

  const live = new LiveChecker({
    check: (composer) => {
      // Until the packs are ready there is nothing to check with; everything is checked again once they are.
      if (!checker) return { composer, snapshot: NOT_READ, findings: [] };
      const result = check(composer);
      lastCheckFailed = false;
      noticeIfUnguarded(composer, result);
      noticeIfTruncated(composer, result);
      return result;
    },
    highlighter: createHighlighter(win, () => ui().layer),
    report(next) {
      totals = next;
      sendStatus();
    },
    failed,
  });
  const review = new ReviewController({
    ui,
    gate,
    check,
    notices,
    edited: (composer) => live.refresh(composer),
    outcome: (outcome, categories) => send({ type: 'postcheck:outcome', outcome, categories }),
    unavailable(reason) {
      reviewUnavailable = true;
      trouble ??= reason;
      unavailable(trouble);
    },
  });

  /** Whether a composer has text; one that cannot be read counts as having some, so its check runs and reports the failure. */
  const hasText = (composer: Composer) => {
    try {
      return composer.editor.snapshot().text.trim() !== '';
    } catch {
      return true;
    }
  };

  const judged = new WeakSet<Element>();
  /**
   * The user is typing in a box the adapter does not claim. If it looks like a compose box all the same,
   * the site has most likely changed its markup: say checking is unavailable rather than seem to check.
   */
  const noticeIfUnrecognised = (target: Element) => {
    const editable = target.closest(EDITABLE);
    if (!editable || judged.has(editable)) return;
    judged.add(editable);
    if (!looksLikeComposer(editable)) return;
    trouble ??= 'this compose box is not one it recognises; the site may have changed';
    unavailable(trouble);
  };

  const toldTooLong = new WeakSet<HTMLElement>();
  /** Only the start of a very long draft is checked (MAX_CHECKED_CHARS): say so, once per composer. */
  const noticeIfTruncated = (composer: Composer, result: ComposerCheck) => {
    if (!result.truncated || toldTooLong.has(composer.editor.element)) return;
    toldTooLong.add(composer.editor.element);
    notices.show(`this draft is too long to check fully: only its first ${MAX_CHECKED_CHARS.toLocaleString('en-GB')} characters were checked.`);
  };

  const unguarded = new WeakSet<HTMLElement>();
  /** A composer whose Post control cannot be found cannot be held: say so once, rather than fail silently. */
  const noticeIfUnguarded = (composer: Composer, result: ComposerCheck) => {
    const editor = composer.editor.element;
    if (unguarded.has(editor) || holding(result.findings).length === 0) return;
    unguarded.add(editor);
    if (adapter.submitControlOf(composer)) return;
    notices.show('cannot find the Post button for this box, so it cannot hold this post. Problems are still highlighted as you type.');
  };

  const discovery = new ComposerDiscovery(doc, adapter, {
    found: (composer) => {
      live.watch(composer);
      if (checker && hasText(composer)) live.refresh(composer);
    },
    gone: (editor) => live.forget(editor),
  });

  const onInput = (e: Event) => {
    const path = e.composedPath();
    if (isFromUi(uiRoot, path)) return;
    discovery.watchPath(path);
    const target = elementsOf(path)[0];
    const composer = target ? adapter.composerOf(target) : null;
    if (!composer) {
      if (target) noticeIfUnrecognised(target);
      return;
    }
    startLoading();
    if (checker) live.input(composer, e.timeStamp);
    else if (broken) unavailable(broken);
  };
  win.addEventListener('beforeinput', onInput, { capture: true });
  win.addEventListener('input', onInput, { capture: true });
  win.addEventListener(
    'focusin',
    (e) => {
      const path = e.composedPath();
      discovery.watchPath(path);
      const target = elementsOf(path)[0];
      if (target && adapter.composerOf(target)) startLoading();
    },
    { capture: true },
  );

  /** Settings changed (in the options page, by policy, or the tab's account in the popup): check everything again. */
  const apply = () => {
    if (!config) return;
    checker = createChecker(adapter, { ...config, accountOverride: override });
    discovery.scan();
    for (const composer of discovery.composers()) live.refresh(composer);
  };
  let markReady: (loaded: boolean) => void = () => {};
  /** Settles when the packs first load (true) or fail to (false). */
  const ready = new Promise<boolean>((resolve) => (markReady = resolve));
  let loading = false;
  /**
   * Compiling the packs is the heaviest thing the extension does, so it never competes with the page's
   * own loading: it starts when the user first goes to a composer or posts, or once the page is idle.
   */
  const startLoading = () => {
    if (loading) return;
    loading = true;
    watchCheckConfig(
      adapter.platform,
      requestBuiltInPacks,
      (next) => {
        if (!config) {
          latencyLog().readyAt = performance.now();
          warmUpWhenIdle(win, next.packs);
        }
        config = next;
        broken = undefined;
        apply();
        if (packsLate) sendStatus();
        markReady(true);
      },
      (error: unknown) => {
        broken = error instanceof PackLoadError ? error.message : 'the rule packs could not be loaded';
        unavailable(broken);
        markReady(false);
      },
    );
  };
  whenIdleAfterLoad(win, startLoading);

  return {
    report() {
      const composers = discovery.composers();
      const withText = composers.filter(hasText);
      const reason = unavailableReason();
      const checking = reason || !config ? 'unavailable' : (config.checking ?? 'on');
      return tabReport({
        site: adapter.platform,
        checking,
        reason: reason ?? (config ? undefined : 'the rule packs are still loading'),
        account: config ? accountFor(adapter, withText[0] ?? composers[0], { ...config, accountOverride: override }) : { mode: override ?? 'personal', source: override ? 'tab' : 'default' },
        drafts: withText.length,
        findings: checking === 'on' ? live.current() : [],
      });
    },
    setAccountOverride(account) {
      override = account;
      apply();
    },
  };
}
