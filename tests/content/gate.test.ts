// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Gate, type HeldPost } from '../../src/content/gate';
import type { Submission } from '../../src/sites/adapter';
import { x } from '../../src/sites/x';
import { xPage } from './x-page';

function clickGesture(target: Element): void {
  const init = { bubbles: true, cancelable: true, composed: true, clientX: 10, clientY: 10 };
  target.dispatchEvent(new PointerEvent('pointerdown', init));
  target.dispatchEvent(new MouseEvent('mousedown', init));
  target.dispatchEvent(new PointerEvent('pointerup', init));
  target.dispatchEvent(new MouseEvent('mouseup', init));
  target.dispatchEvent(new MouseEvent('click', init));
}

function ctrlEnter(target: Element, init: KeyboardEventInit & { keyCode?: number } = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('the post gate', () => {
  let detach: () => void;
  let verdict: (s: Submission) => string | null;
  let held: HeldPost<string>[];
  let failures: unknown[];
  let gate: Gate<string>;
  let ownUi: HTMLElement;

  beforeEach(() => {
    verdict = () => null;
    held = [];
    failures = [];
    ownUi = document.createElement('postcheck-ui');
    gate = new Gate<string>(x, {
      assess: (s) => verdict(s),
      held: (post) => held.push(post),
      failed: (error) => failures.push(error),
      isOwnUi: (path) => path.includes(ownUi),
    });
    detach = gate.attach(window);
  });
  afterEach(() => detach());

  it('lets a clean draft post with no extra step: every event reaches the site', () => {
    const { seen, button } = xPage();
    const assess = vi.fn(() => null);
    verdict = assess;
    clickGesture(button.querySelector('span')!);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    expect(assess).toHaveBeenCalledTimes(1); // decided once per gesture, at its first event
    expect(held).toEqual([]);
  });

  it('holds a risky post: the site sees none of the gesture, and the review opens once, on click', () => {
    const { seen, button } = xPage();
    verdict = () => 'NHS number';
    clickGesture(button);
    expect(seen).toEqual([]);
    expect(held).toHaveLength(1);
    expect(held[0].assessment).toBe('NHS number');
    expect(held[0].events.map((e) => e.event.type)).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    expect(held[0].submission.composers[0].editor.snapshot().text).toBe('draft text');
  });

  it('replays a released post to the site exactly once, past the gate', () => {
    const { seen, button } = xPage();
    verdict = () => 'warning';
    clickGesture(button);
    gate.release(held[0]);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    expect(held).toHaveLength(1);
  });

  it('synthesises the mousedown/mouseup the browser suppressed when it stopped pointerdown', () => {
    const { seen, button } = xPage();
    verdict = () => 'warning';
    const init = { bubbles: true, cancelable: true, composed: true };
    button.dispatchEvent(new PointerEvent('pointerdown', init));
    button.dispatchEvent(new PointerEvent('pointerup', init));
    button.dispatchEvent(new MouseEvent('click', init));
    gate.release(held[0]);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
  });

  it('holds the keyboard submit and the keyup that follows it, and replays both', () => {
    const { seen, editor } = xPage();
    verdict = () => 'warning';
    const event = ctrlEnter(editor);
    editor.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(event.defaultPrevented).toBe(true);
    expect(seen).toEqual([]);
    gate.release(held[0]);
    expect(seen).toEqual(['keydown', 'keyup']);
  });

  it('never treats a key press during IME composition as a submit', () => {
    const { seen, editor } = xPage();
    verdict = () => 'warning';
    ctrlEnter(editor, { isComposing: true });
    ctrlEnter(editor, { keyCode: 229 });
    expect(held).toEqual([]);
    expect(seen).toEqual(['keydown', 'keydown']);
  });

  it('lets the post through and reports checking unavailable when the check throws', () => {
    const { seen, button } = xPage();
    verdict = () => {
      throw new Error('engine broke');
    };
    clickGesture(button);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    expect(failures).toHaveLength(1);
  });

  it('ignores a disabled Post button (nothing to post) and the extension\'s own UI', () => {
    const { button } = xPage();
    const assess = vi.fn(() => 'warning');
    verdict = assess;
    button.setAttribute('aria-disabled', 'true');
    clickGesture(button);
    button.removeAttribute('aria-disabled');
    ownUi.append(button);
    document.body.append(ownUi);
    clickGesture(button);
    expect(assess).not.toHaveBeenCalled();
  });

  it('swallows a second click while the review is open, without opening another', () => {
    const { seen, button } = xPage();
    verdict = () => 'warning';
    clickGesture(button);
    clickGesture(button);
    expect(held).toHaveLength(1);
    expect(seen).toEqual([]);
    gate.cancel(held[0]);
    clickGesture(button);
    expect(held).toHaveLength(2);
  });

  it('lets the same unchanged draft through once when asked to, and checks it again after an edit', () => {
    const { seen, button, editor } = xPage();
    verdict = () => 'warning';
    clickGesture(button);
    gate.cancel(held[0]);
    gate.allowOnce(held[0].submission.composers);
    clickGesture(button);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    gate.allowOnce(held[0].submission.composers);
    editor.querySelector('[data-text]')!.textContent = 'draft text, edited';
    clickGesture(button);
    expect(held).toHaveLength(2);
  });
});
