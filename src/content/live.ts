import type { Finding, Severity } from '../engine/types';
import type { Composer } from '../sites/adapter';
import type { Highlighter } from '../ui/highlights';
import type { ComposerCheck } from './check';

/**
 * The keystroke-to-findings timings of the as-you-type checks (for tests/e2e/latency.e2e.test.ts and
 * anyone profiling), kept in a global of the content script's own world, `globalThis[LATENCY_LOG]`,
 * which the page cannot see. Not performance marks and measures: the page shares the content script's
 * performance timeline (Chromium hands it every entry), so every site could tell that Postcheck is
 * installed and when it checks. Timings and lengths only, never text.
 */
export interface LatencyLog {
  /** ms from the first sign of a change to its findings painted, oldest first. */
  samples: number[];
  /**
   * For each sample, the ms of it that were Postcheck's own work (reading the draft, checking it,
   * painting the highlights); the rest is the site's editor handling the change and the wait for a frame.
   */
  checks: number[];
  /** The draft's length at the last check that ended a sample. */
  chars: number;
  /** When (performance.now's clock) the packs were first compiled and checking could start. */
  readyAt?: number;
  /** When the engine's warm-up (src/engine/warm-up.ts) finished: checks from then on are a page's usual ones. */
  warmedUpAt?: number;
}
export const LATENCY_LOG = 'postcheckLatency';
/** Samples kept; older ones are dropped, so a long typing session does not grow the log. */
const MAX_SAMPLES = 500;

/** This world's latency log, created on first use. */
export function latencyLog(): LatencyLog {
  const world = globalThis as unknown as Record<string, LatencyLog | undefined>;
  return (world[LATENCY_LOG] ??= { samples: [], checks: [], chars: 0 });
}

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
  /** When the first change since the last check was seen; the next check ends that keystroke-to-findings sample. */
  private typedAt: number | undefined;
  /** The scheduled check: in the next animation frame, or after a pause in typing while checks are slow. */
  private pending: { cancel(): void } | undefined;
  private slow = false;
  /** What the last few checks cost, in ms. */
  private costs: number[] = [];
  private lastReport = '';

  constructor(private readonly options: LiveOptions) {}

  /**
   * A composer's text is changing. `at` (performance.now's clock) is when: the timeStamp of a
   * `beforeinput` or `input` event, or the moment a DOM change in the editor was seen (Draft.js applies
   * some keystrokes itself, with neither event). The first signal since the last check starts the
   * keystroke-to-findings sample; the others of the same change do not move it.
   */
  input(composer: Composer, at: number): void {
    this.typedAt ??= at;
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
    this.checkOne(composer, undefined);
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
    const typedAt = this.typedAt;
    this.due.clear();
    this.typedAt = undefined;
    for (const composer of due) this.checkOne(composer, typedAt);
  };

  /** `typedAt`: when the change this check answers was first seen, for the latency log; none outside typing. */
  private checkOne(composer: Composer, typedAt: number | undefined): void {
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
    if (typedAt !== undefined) this.measure(typedAt, took, result.snapshot.text.length);
  }

  private measure(typedAt: number, took: number, chars: number): void {
    const log = latencyLog();
    log.samples.push(performance.now() - typedAt);
    log.checks.push(took);
    for (const kept of [log.samples, log.checks]) if (kept.length > MAX_SAMPLES) kept.splice(0, kept.length - MAX_SAMPLES);
    log.chars = chars;
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
