import { render } from 'preact';
import type { Category, Fix } from '../engine/types';
import type { Outcome } from '../storage/stats';
import type { Composer } from '../sites/adapter';
import type { UiRoot } from '../ui/host';
import type { Notices } from '../ui/notices';
import { ReviewDialog, summaryOf, type ReviewItem } from '../ui/review-dialog/ReviewDialog';
import { holding, MAX_CHECKED_CHARS, type ComposerCheck } from './check';
import type { Gate, HeldPost } from './gate';

/** After "Post anyway", how long to wait for the site to take the post before offering "post it again". */
const POSTED_WITHIN_MS = 1500;

export interface ReviewOptions {
  ui(): UiRoot;
  gate: Pick<Gate<ComposerCheck[]>, 'release' | 'cancel' | 'allowOnce'>;
  check(composer: Composer): ComposerCheck;
  notices: Notices;
  /** A fix changed this composer's text: refresh its highlights and the badge. */
  edited(composer: Composer): void;
  /** For the counts-only statistics: a post was held, fixed with one click, or posted with warnings. */
  outcome?(outcome: Outcome, categories: Category[]): void;
  /** The review cannot be shown on this page (why, in words for the user): posts should no longer be held. */
  unavailable?(reason: string): void;
}

interface OpenReview {
  post: HeldPost<ComposerCheck[]>;
  checks: ComposerCheck[];
  announcement: string;
  busy: boolean;
}

/**
 * Runs the review of a held post: shows the dialog, applies fixes through the editor and re-checks,
 * selects a finding for editing, and releases the post when the user posts. If the dialog cannot be
 * shown, the post is not lost and the Post button is not dead: the next post of the same draft goes
 * through unchecked, and the user is told.
 */
export class ReviewController {
  private open?: OpenReview;

  constructor(private readonly options: ReviewOptions) {}

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  show(post: HeldPost<ComposerCheck[]>): void {
    const review = { post, checks: post.assessment, announcement: '', busy: false };
    this.open = review;
    this.options.outcome?.('held', categoriesOf(post.assessment));
    const ui = this.render();
    if (ui) this.confirmShown(review, ui);
  }

  /**
   * A page can take the extension's element out of the document or hide it with its own styles, and
   * then the review is drawn where nobody sees it while the post is held. So once the dialog is drawn,
   * the next frame checks that it is on screen (putting the element back once), and if it is not, the
   * review counts as one that could not be shown.
   */
  private confirmShown(review: OpenReview, ui: UiRoot, retries = 1): void {
    requestAnimationFrame(() => {
      if (this.open !== review || ui.shown()) return;
      if (retries > 0) {
        ui.attach();
        this.confirmShown(review, ui, retries - 1);
        return;
      }
      this.unavailable(review.post, new Error('the review dialog is not on screen'));
    });
  }

  /** Draws the open review; returns the UI it is in, or undefined when it could not be drawn. */
  private render(): UiRoot | undefined {
    const review = this.open;
    if (!review) return undefined;
    try {
      const ui = this.options.ui();
      render(
        <ReviewDialog
          items={itemsOf(review.checks)}
          announcement={review.announcement}
          busy={review.busy}
          note={review.checks.some((c) => c.truncated) ? `Only the first ${MAX_CHECKED_CHARS.toLocaleString('en-GB')} characters of this draft were checked.` : undefined}
          onFix={(item, fix) => void this.fix(item, fix)}
          onEdit={(item) => this.edit(item)}
          onPost={() => this.post()}
          onClose={() => this.close()}
        />,
        ui.dialog,
      );
      ui.setState('review');
      return ui;
    } catch (error) {
      this.unavailable(review.post, error);
      return undefined;
    }
  }

  private unavailable(post: HeldPost<ComposerCheck[]>, error: unknown): void {
    this.dismiss();
    this.options.gate.cancel(post);
    this.options.gate.allowOnce(post.submission.composers);
    this.options.unavailable?.('the review could not be shown on this page');
    this.options.notices.show('could not show its review, so your post was not sent. Post again to send it without checking.');
    console.error('Postcheck: review dialog failed', error instanceof Error ? error.name : typeof error);
  }

  private async fix(item: ReviewItem, fix: Fix): Promise<void> {
    const review = this.open;
    if (!review || review.busy) return;
    const check = review.checks[item.draft];
    if (!check?.composer.editor.element.isConnected) return this.close();
    review.busy = true;
    this.render();
    const editor = check.composer.editor;
    const end = check.snapshot.text.length;
    const [start, stop] = fix.kind === 'replace' ? [fix.start, fix.end] : [end, end];
    const applied = await editor.replace(start, stop, fix.text).catch(() => false);
    if (this.open !== review) return;
    if (applied) this.options.outcome?.('fixed', [item.finding.category]);
    this.options.edited(check.composer);
    if (review.checks.some((c) => !c.composer.editor.element.isConnected)) return this.close();
    try {
      review.checks = review.checks.map((c) => this.options.check(c.composer));
    } catch (error) {
      // The draft can no longer be checked: it is the user's to post unchecked, and they are told.
      return this.unavailable(review.post, error);
    }
    review.busy = false;
    review.announcement = applied
      ? `Fixed. ${summaryOf(itemsOf(review.checks))}`
      : check.snapshot.text === review.checks[item.draft]?.snapshot.text
        ? 'That fix could not be applied in this editor, so your draft is just as it was. Choose Edit to change it yourself.'
        : 'That fix could not be applied in this editor and your draft has changed: undo (Ctrl+Z) to get it back, or choose Edit to change it yourself.';
    this.render();
  }

  private edit(item: ReviewItem): void {
    const check = this.open?.checks[item.draft];
    this.close(false);
    check?.composer.editor.select(item.finding.start, item.finding.end);
  }

  private post(): void {
    const review = this.open;
    if (!review || review.busy || review.checks.some((c) => c.findings.some((f) => f.severity === 'block'))) return;
    const composers = review.post.submission.composers;
    const texts = review.checks.map((c) => c.snapshot.text);
    const left = categoriesOf(review.checks);
    if (left.length > 0) this.options.outcome?.('postedAnyway', left);
    this.dismiss();
    this.options.gate.release(review.post);
    setTimeout(() => {
      // Some sites ignore synthetic events; if the draft is still sitting there, let the user post it by hand.
      const unsent = composers.every((c, i) => c.editor.element.isConnected && sameText(c, texts[i]));
      if (!unsent || texts.every((t) => t.trim() === '')) return;
      this.options.gate.allowOnce(composers);
      this.options.notices.show('if your post has not gone, post it again: it will not be held a second time.');
    }, POSTED_WITHIN_MS);
  }

  private close(refocus = true): void {
    const review = this.open;
    if (!review) return;
    this.dismiss();
    this.options.gate.cancel(review.post);
    if (refocus) review.post.submission.composers[0]?.editor.element.focus({ preventScroll: true });
  }

  private dismiss(): void {
    this.open = undefined;
    try {
      const ui = this.options.ui();
      ui.setState('idle');
      render(null, ui.dialog);
    } catch {
      // The UI never came up; there is nothing on screen to take down.
    }
  }
}

/** Whether the composer's draft reads `text`; an editor that cannot be read counts as changed. */
function sameText(composer: Composer, text: string | undefined): boolean {
  try {
    return composer.editor.snapshot().text === text;
  } catch {
    return false;
  }
}

function categoriesOf(checks: ComposerCheck[]): Category[] {
  return [...new Set(checks.flatMap((c) => holding(c.findings).map((f) => f.category)))];
}

/** The findings that hold the post, keyed by composer so an action knows which editor to change. */
export function itemsOf(checks: ComposerCheck[]): ReviewItem[] {
  return checks.flatMap((check, i) =>
    holding(check.findings).map((finding) => ({
      key: `${i}-${finding.ruleId}-${finding.start}`,
      finding,
      draft: i,
      where: checks.length > 1 ? `Post ${i + 1} of ${checks.length}` : undefined,
    })),
  );
}
