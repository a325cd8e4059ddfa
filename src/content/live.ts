import type { Finding, Severity } from '../engine/types';
import type { Composer } from '../sites/adapter';
import type { Highlighter } from '../ui/highlights';
import type { ComposerCheck } from './check';

/** Performance marks around each as-you-type check (names only; no text). See entrypoints/content.ts. */
export const INPUT_MARK = 'postcheck:input';
export const FINDINGS_MARK = 'postcheck:findings';
export const CHECK_MEASURE = 'postcheck:keystroke-to-findings';
/** Measures kept before the oldest are cleared, so a long typing session does not grow the timeline. */
const MAX_MEASURES = 500;

/**
 * While checks typically cost more than this, the next one waits for a pause in typing instead of running
 * at once: a task this long between keystrokes would start to delay the next one (a huge paste, a slow
 * machine). The median of the last few (at least three), so a cold first check or a garbage-collection
 * pause does not switch modes.
 */
const SLOW_CHECK_MS = 40;
const COST_SAMPLES = 5;
const PAUSE_MS = 150;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

export interface PageFindings {
  findings: number;
  worst: Severity | 'none';
}

export interface LiveOptions {
  check(composer: Composer): ComposerCheck;
  highlighter: Highlighter;
  /** The totals over every composer on the page changed. */
  report(totals: PageFindings): void;
  /** Checking threw; it stays off for this composer until the next input. */
  failed(error: unknown): void;
}

/**
 * Checks drafts as the user types without ever running inside a keystroke: input only schedules a check
 * for the next animation frame (coalescing bursts), so the findings and their highlights are drawn in
 * the same frame as the typed character; when checks get slow (a huge paste) they wait for a pause.
 * Editors are also watched for DOM changes, because Draft.js and Lexical apply deletions, pastes and
 * undo themselves (the browser's `input` event never fires for those).
 */
export class LiveChecker {
  private readonly findings = new Map<HTMLElement, Finding[]>();
  private readonly due = new Map<HTMLElement, Composer>();
  private readonly watched = new Map<HTMLElement, Composer>();
  private readonly observer = new MutationObserver((records) => this.mutated(records));
  /** A change was seen since the last check, so the next check ends a keystroke-to-findings measure. */
  private typed = false;
  /** The scheduled check: in the next animation frame, or after a pause in typing while checks are slow. */
  private pending: { cancel(): void } | undefined;
  private slow = false;
  /** What the last few checks cost, in ms. */
  private costs: number[] = [];
  private measures = 0;
  private lastReport = '';

  constructor(private readonly options: LiveOptions) {}

  /**
   * A composer's text is changing. `at` (performance.now's clock) is when: the timeStamp of a
   * `beforeinput` or `input` event, or the moment a DOM change in the editor was seen (Draft.js applies
   * some keystrokes itself, with neither event). The first signal since the last check starts the
   * keystroke-to-findings measure; the others of the same change do not move it.
   */
  input(composer: Composer, at: number): void {
    if (!this.typed) {
      performance.mark(INPUT_MARK, { startTime: at });
      this.typed = true;
    }
    this.watch(composer);
    this.schedule(composer);
  }

  /** Re-check this composer whenever its editor's text changes, typed or not. */
  watch(composer: Composer): void {
    const editor = composer.editor.element;
    if (this.watched.has(editor)) return;
    this.watched.set(editor, composer);
    this.observer.observe(editor, { childList: true, characterData: true, subtree: true });
  }

  private mutated(records: MutationRecord[]): void {
    for (const [editor, composer] of this.watched) {
      if (records.some((r) => editor.contains(r.target))) this.input(composer, performance.now());
    }
  }

  private schedule(composer: Composer): void {
    this.due.set(composer.editor.element, composer);
    if (this.pending && !this.slow) return;
    this.pending?.cancel();
    if (this.slow) {
      const timer = setTimeout(this.run, PAUSE_MS);
      this.pending = { cancel: () => clearTimeout(timer) };
    } else {
      const frame = requestAnimationFrame(this.run);
      this.pending = { cancel: () => cancelAnimationFrame(frame) };
    }
  }

  /** Checks a composer now, outside typing (a draft found on the page, a fix applied). */
  refresh(composer: Composer): void {
    this.due.delete(composer.editor.element);
    this.checkOne(composer, false);
  }

  /** The findings in every composer still on the page, as last checked. */
  current(): Finding[] {
    return [...this.findings].flatMap(([editor, findings]) => (editor.isConnected ? findings : []));
  }

  forget(editor: HTMLElement): void {
    this.due.delete(editor);
    this.watched.delete(editor);
    this.findings.delete(editor);
    this.options.highlighter.clear(editor);
    this.report();
  }

  private readonly run = () => {
    this.pending = undefined;
    const due = [...this.due.values()];
    const typed = this.typed;
    this.due.clear();
    this.typed = false;
    for (const composer of due) this.checkOne(composer, typed);
  };

  private checkOne(composer: Composer, typed: boolean): void {
    const editor = composer.editor;
    const started = performance.now();
    let result: ComposerCheck;
    try {
      result = this.options.check(composer);
    } catch (error) {
      this.options.failed(error);
      return;
    }
    this.options.highlighter.paint({ element: editor.element, range: result.snapshot.range }, result.findings);
    this.options.highlighter.flush();
    this.findings.set(editor.element, result.findings);
    const took = performance.now() - started;
    this.costs = [...this.costs.slice(-(COST_SAMPLES - 1)), took];
    this.slow = this.costs.length >= 3 && median(this.costs) > SLOW_CHECK_MS;
    this.report();
    if (typed) this.measure(result.snapshot.text.length);
  }

  private measure(chars: number): void {
    performance.mark(FINDINGS_MARK, { detail: { chars } });
    try {
      performance.measure(CHECK_MEASURE, INPUT_MARK, FINDINGS_MARK);
    } catch {
      // The input mark was cleared between the keystroke and the check; nothing to measure.
    }
    if (++this.measures >= MAX_MEASURES) {
      performance.clearMeasures(CHECK_MEASURE);
      performance.clearMarks(INPUT_MARK);
      performance.clearMarks(FINDINGS_MARK);
      this.measures = 0;
    }
  }

  private report(): void {
    for (const editor of this.findings.keys()) if (!editor.isConnected) this.findings.delete(editor);
    const all = [...this.findings.values()].flat();
    const worst = (['block', 'warn', 'info'] as const).find((s) => all.some((f) => f.severity === s)) ?? 'none';
    const key = `${all.length}:${worst}`;
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.options.report({ findings: all.length, worst });
  }
}
