/**
 * Issue 3 "Done when": from keystroke to updated findings for a 3 000-character draft is under one frame
 * (16 ms) at the median, measured in the browser. The content script measures each as-you-type check
 * (src/content/live.ts: from the input event to the findings painted) into a log in its own world; the
 * test reads that log in the content script's world through CDP and prints the median per site. It is a measurement, not a
 * timing assertion (issue 6: CI never asserts a timing, a busy machine would make it fail for nothing): the
 * test fails only if keystrokes go unchecked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATENCY_LOG, type LatencyLog } from '../../src/content/live';
import { COMPOSERS } from './composers';
import { openComposer, waitUntil } from './flows';
import { evaluateInContentScript, launch, type Harness } from './harness';
import { longDraft } from './sample-drafts';

const DRAFT_CHARS = 3_000;
const KEYSTROKES = 25;
/** A steady typist (about 60 words a minute): each keystroke gets its own check, as it would for a user. */
const KEY_GAP_MS = 200;
const ONE_FRAME_MS = 16;

/** Polls until the live check has run on a draft of at least `atLeast` characters; returns its length. */
async function checkedChars(page: Page, atLeast: number): Promise<number> {
  const read = () =>
    evaluateInContentScript<number>(
      page,
      harness.extensionId,
      `globalThis[${JSON.stringify(LATENCY_LOG)}]?.chars ?? 0`,
    );
  const deadline = Date.now() + 10_000;
  let chars = await read();
  while (chars < atLeast && Date.now() < deadline) {
    await page.waitForTimeout(100);
    chars = await read();
  }
  return chars;
}

const median = (values: number[]) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], p: number) =>
  values.length === 0 ? Number.NaN : [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const SITES = ['X inline', 'Facebook post', 'LinkedIn share box', 'Instagram caption (Lexical)'];
const results: { composer: string; samples: number; chars: number; median: number; p95: number; own: number }[] = [];

describe(`keystroke to findings, ${DRAFT_CHARS}-character draft`, () => {
  for (const name of SITES) {
    it(`${name}: every keystroke is checked, and the latency is measured`, async () => {
      const spec = COMPOSERS.find((c) => c.name === name)!;
      const page = await openComposer(harness, spec);
      const typed = 'Views my own. '.repeat(3).slice(0, KEYSTROKES);
      const pasted = longDraft(DRAFT_CHARS - typed.length);
      await page.keyboard.insertText(pasted);
      // Waits for the check of the pasted text (the packs may still be loading), then measures typing only.
      await checkedChars(page, pasted.length);
      await evaluateInContentScript(page, harness.extensionId, `(({ samples, checks }) => { samples.length = 0; checks.length = 0; })(globalThis[${JSON.stringify(LATENCY_LOG)}])`);
      await page.keyboard.type(typed, { delay: KEY_GAP_MS });
      const chars = await checkedChars(page, pasted.length + typed.length);
      const { samples: durations, checks } = await evaluateInContentScript<LatencyLog>(page, harness.extensionId, `globalThis[${JSON.stringify(LATENCY_LOG)}]`);
      await page.close();
      results.push({ composer: name, samples: durations.length, chars, median: median(durations), p95: percentile(durations, 0.95), own: median(checks) });
      expect(chars).toBeGreaterThanOrEqual(DRAFT_CHARS - 5); // the whole draft was checked
      // Every keystroke was checked (a stall on a loaded machine may merge a few).
      expect(durations.length).toBeGreaterThanOrEqual(KEYSTROKES * 0.75);
    });
  }

  it('prints the medians', () => {
    console.log(
      `Keystroke to findings (${DRAFT_CHARS} characters, Chromium ${harness.context.browser()?.version() ?? ''}):\n` +
        results
          .map((r) => `  ${r.composer.padEnd(28)} median ${r.median.toFixed(1)} ms ${r.median < ONE_FRAME_MS ? '(under one frame)' : `(OVER the ${ONE_FRAME_MS} ms frame)`}, p95 ${r.p95.toFixed(1)} ms, Postcheck's own check median ${r.own.toFixed(1)} ms (${r.samples} keystrokes, ${r.chars} chars)`)
          .join('\n'),
    );
    expect(results).toHaveLength(SITES.length);
  });
});

/**
 * Issue 6's cold budget: the first check after the content script loads. The content script compiles
 * its packs and warms the engine up while the page is idle (src/content/postcheck.ts); this measures the
 * first check that follows, of a first keystroke and of a long draft pasted at once, each on a page of
 * its own. Printed, not asserted, like the rest of this file.
 */
describe('the first check after the page loaded (packs compiled and engine warmed up while idle)', () => {
  /** A first check happens once per page load, so each is measured on several fresh loads. */
  const LOADS = 5;
  const firsts: { composer: string; what: string; ms: number[]; own: number[]; ready: number[]; warm: number[]; chars: number }[] = [];
  const firstCheck = async (name: string, what: string, text: string, enter: (page: Page) => Promise<void>) => {
    const spec = COMPOSERS.find((c) => c.name === name)!;
    const ms: number[] = [];
    const own: number[] = [];
    const ready: number[] = [];
    const warm: number[] = [];
    let chars = 0;
    for (let load = 0; load < LOADS; load++) {
      const page = await openComposer(harness, spec);
      const log = () => evaluateInContentScript<LatencyLog | null>(page, harness.extensionId, `globalThis[${JSON.stringify(LATENCY_LOG)}] ?? null`);
      const warmed = await waitUntil('the engine to warm up', log, (l) => l?.warmedUpAt !== undefined, 30_000);
      ready.push(warmed!.readyAt!);
      warm.push(warmed!.warmedUpAt!);
      await enter(page);
      const after = await waitUntil('the first check', log, (l) => (l?.samples.length ?? 0) > 0 && (l?.chars ?? 0) >= text.length - 5, 10_000);
      await page.close();
      ms.push(after!.samples[0]!);
      own.push(after!.checks[0]!);
      chars = after!.chars;
    }
    firsts.push({ composer: name, what, ms, own, ready, warm, chars });
  };

  for (const name of ['X inline', 'LinkedIn share box']) {
    it(`${name}: a first keystroke is checked`, async () => {
      await firstCheck(name, 'first keystroke', 'H', (page) => page.keyboard.type('H'));
    }, 120_000);
    it(`${name}: a ${DRAFT_CHARS}-character draft pasted first is checked in full`, async () => {
      const draft = longDraft(DRAFT_CHARS);
      await firstCheck(name, `${DRAFT_CHARS}-char paste`, draft, (page) => page.keyboard.insertText(draft));
    }, 120_000);
  }

  it('prints them', () => {
    console.log(
      'First check after the page loaded:\n' +
        firsts
          .map((f) => {
            const each = f.ms.map((ms) => ms.toFixed(1)).join(', ');
            return (
              `  ${f.composer.padEnd(20)} ${f.what.padEnd(17)} median ${median(f.ms).toFixed(1)} ms to findings, of which ` +
              `Postcheck's check ${median(f.own).toFixed(1)} ms, over ${f.ms.length} page loads (${each}; ${f.chars} chars); ` +
              `packs ready ${median(f.ready).toFixed(0)} ms and warm-up done ${median(f.warm).toFixed(0)} ms after the page started loading`
            );
          })
          .join('\n'),
    );
    expect(firsts).toHaveLength(4);
  });
});

