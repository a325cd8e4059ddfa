// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComposerCheck } from '../../src/content/check';
import { latencyLog, LiveChecker, type PageFindings } from '../../src/content/live';
import type { Finding } from '../../src/engine/types';
import type { Composer } from '../../src/sites/adapter';
import { editorFor } from '../../src/sites/editors';
import type { HighlightSpan } from '../../src/ui/highlights';
import { page } from '../sites/dom';

const finding = (severity: Finding['severity']): Finding => ({
  ruleId: 'r',
  category: 'political',
  severity,
  start: 0,
  end: 3,
  excerpt: 'abc',
  message: 'A message long enough.',
  policy: { source: '001_a2aaa61759ac3d9f.txt', section: '§1' },
  fixes: [],
});

function composer(id: string): Composer {
  const el = document.createElement('textarea');
  el.id = id;
  el.value = 'abc';
  document.body.append(el);
  return { editor: editorFor(el, 'textarea'), kind: 'post', scope: document.body };
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('live checking as the user types', () => {
  let checks: string[];
  let reports: PageFindings[];
  let painted: Map<HTMLElement, HighlightSpan[]>;
  let findingsFor: (id: string) => Finding[];
  let live: LiveChecker;
  let checkCost = 0;

  beforeEach(() => {
    page('');
    checks = [];
    reports = [];
    painted = new Map();
    findingsFor = () => [finding('warn')];
    performance.clearMeasures();
    performance.clearMarks();
    live = new LiveChecker({
      check: (c): ComposerCheck => {
        checks.push(c.editor.element.id);
        const until = performance.now() + checkCost;
        while (performance.now() < until) {
          // a slow engine
        }
        return { composer: c, snapshot: c.editor.snapshot(), findings: findingsFor(c.editor.element.id) };
      },
      highlighter: { paint: (t, spans) => painted.set(t.element, spans), clear: (el) => painted.delete(el), flush: () => {} },
      report: (totals) => reports.push(totals),
      failed: () => {},
    });
  });
  afterEach(() => {
    checkCost = 0;
    vi.useRealTimers();
  });

  it('never checks inside the keystroke: one check follows a burst of input, in the next frame', async () => {
    const a = composer('a');
    live.input(a, performance.now());
    live.input(a, performance.now());
    live.input(a, performance.now());
    expect(checks).toEqual([]);
    await nextFrame();
    expect(checks).toEqual(['a']);
    expect(painted.get(a.editor.element)).toEqual([finding('warn')]);
  });

  it('re-checks when an editor changes its text without an input event (Draft.js and Lexical deletions, pastes)', async () => {
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    editable.innerHTML = '<p>abc</p>';
    document.body.append(editable);
    const c: Composer = { editor: editorFor(editable, 'lexical'), kind: 'post', scope: document.body };
    live.watch(c);
    editable.querySelector('p')!.textContent = '';
    await nextFrame();
    expect(checks).toEqual(['']);
  });

  it("records keystroke-to-findings in its own world's latency log, with no text, and nothing on the page's performance timeline", async () => {
    const a = composer('a');
    latencyLog().samples.length = 0;
    latencyLog().checks.length = 0;
    live.input(a, performance.now() - 5);
    await nextFrame();
    expect(latencyLog().samples).toHaveLength(1);
    expect(latencyLog().samples[0]).toBeGreaterThanOrEqual(5);
    // Postcheck's own share of the sample: part of it, never more.
    expect(latencyLog().checks).toHaveLength(1);
    expect(latencyLog().checks[0]).toBeGreaterThanOrEqual(0);
    expect(latencyLog().checks[0]).toBeLessThanOrEqual(latencyLog().samples[0]! - 5);
    expect(latencyLog().chars).toBe(3);
    expect(performance.getEntries().filter((entry) => entry.name.startsWith('postcheck'))).toEqual([]);
  });

  it('reports the page totals for the badge only when they change, and forgets removed composers', async () => {
    const a = composer('a');
    const b = composer('b');
    findingsFor = (id) => (id === 'a' ? [finding('warn')] : [finding('block'), finding('info')]);
    live.refresh(a);
    live.refresh(b);
    live.refresh(b);
    expect(reports).toEqual([
      { findings: 1, worst: 'warn' },
      { findings: 3, worst: 'block' },
    ]);
    live.forget(b.editor.element);
    expect(reports.at(-1)).toEqual({ findings: 1, worst: 'warn' });
    expect(painted.has(b.editor.element)).toBe(false);
  });

  it('waits for a pause in typing once checks get slow (a huge paste)', async () => {
    // The engine's cost is measured on the real clock; frames and timers are the test's.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const a = composer('a');
    checkCost = 60;
    for (let i = 1; i <= 3; i++) {
      live.input(a, performance.now());
      await vi.advanceTimersByTimeAsync(16);
      expect(checks).toHaveLength(i); // the first slow checks may be a cold start: still in the next frame
    }
    checks = ['a'];
    live.input(a, performance.now());
    await vi.advanceTimersByTimeAsync(100);
    live.input(a, performance.now());
    await vi.advanceTimersByTimeAsync(100);
    expect(checks).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(100);
    expect(checks).toEqual(['a', 'a']);
  });
});
