import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { UI_HOST_ATTRIBUTE } from '../../src/ui/host';
import { SURNAME, testPackData } from './test-pack';

const PACK = testPackData([SURNAME]);

/**
 * A fake background that holds back the built-in packs until `deliver()`, like a page where the user
 * posts before they have loaded. (startPostcheck attaches to the window for good, so one page per file.)
 */
export function packsOnRequest(): { deliver(): void } {
  fakeBrowser.reset();
  let deliver: () => void = () => {};
  const packs = new Promise((resolve) => (deliver = () => resolve({ type: 'postcheck:built-in-packs', files: { 'rules/test.yaml': PACK } })));
  browser.runtime.onMessage.addListener((message: { type?: string }) => (message.type === 'postcheck:get-built-in-packs' ? packs : undefined));
  // jsdom does no layout; highlights have no rectangles to draw.
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  return { deliver };
}

export async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!ok()) throw new Error(`never happened: ${what}`);
}

export const uiState = () => document.querySelector(`[${UI_HOST_ATTRIBUTE}]`)?.getAttribute(UI_HOST_ATTRIBUTE) ?? 'idle';

/**
 * Lets the UI's pending effects run before the file ends: Preact runs them after the next frame, with a
 * timer as a fallback, and a fallback firing after jsdom has torn the window down fails the whole run.
 */
export async function uiSettled(): Promise<void> {
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}
