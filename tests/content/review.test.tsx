// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChecker, holding, type ComposerCheck } from '../../src/content/check';
import { Gate } from '../../src/content/gate';
import { ReviewController } from '../../src/content/review';
import { x } from '../../src/sites/x';
import { createUiRoot, isFromUi, UI_HOST_ATTRIBUTE, type UiRoot } from '../../src/ui/host';
import { createNotices } from '../../src/ui/notices';
import { $, handlePasteLikeAnEditor, installClipboardEvents } from '../sites/dom';
import { PARTY, SURNAME, testPack } from './test-pack';
import { xPage as timeline } from './x-page';

function xPage(text: string) {
  const parts = timeline(text);
  handlePasteLikeAnEditor(parts.editor);
  return parts;
}

const PACK = testPack([SURNAME, PARTY]);

describe('reviewing a held post', () => {
  let ui: UiRoot;
  let uiFails: boolean;
  let detach: () => void;
  /** What the review told the page it cannot do, each time. */
  let unavailable: string[];

  const dialogText = () => ui.dialog.textContent ?? '';
  const noticeText = () => ui.notice.textContent ?? '';
  const dialogButton = (name: RegExp) => {
    const found = [...ui.dialog.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
    if (!found) throw new Error(`no button ${name} in: ${dialogText()}`);
    return found;
  };

  beforeAll(installClipboardEvents);
  beforeEach(() => {
    vi.useFakeTimers();
    uiFails = false;
    unavailable = [];
    ui = createUiRoot(document);
    const uiOrFail = () => {
      if (uiFails) throw new Error('cannot render');
      ui.attach();
      return ui;
    };
    const check = createChecker(x, { packs: [PACK], defaultAccount: 'personal' });
    const notices = createNotices(uiOrFail);
    const gate: Gate<ComposerCheck[]> = new Gate<ComposerCheck[]>(x, {
      assess: (submission) => {
        const checks = submission.composers.map(check);
        return checks.some((c) => holding(c.findings).length > 0) ? checks : null;
      },
      held: (post) => review.show(post),
      failed: () => {},
      isOwnUi: (path) => isFromUi(ui, path),
    });
    const review = new ReviewController({ ui: uiOrFail, gate, check, notices, edited: () => {}, unavailable: (reason) => unavailable.push(reason) });
    detach = gate.attach(window);
  });
  afterEach(() => {
    detach();
    ui.host.remove();
    vi.useRealTimers();
  });

  it('fixes a block finding through the editor, re-checks, and posts the fixed text', async () => {
    const { posted, button } = xPage('Saw Mrs Smith today');
    button.click();
    expect(ui.host.getAttribute(UI_HOST_ATTRIBUTE)).toBe('review');
    expect(dialogText()).toContain('Must fix');
    expect(posted).toEqual([]);

    dialogButton(/name removed/).click();
    await vi.advanceTimersByTimeAsync(200);
    expect(dialogText()).toContain('Fixed. Nothing left to look at. You can post now.');

    dialogButton(/^Post$/).click();
    expect(posted).toEqual(['Saw Mrs [name removed] today']);
    expect(ui.host.getAttribute(UI_HOST_ATTRIBUTE)).toBe('idle');
  });

  it('posts a warning anyway when asked, and keeps the draft when the review is closed', async () => {
    const { posted, button } = xPage('Tories out');
    button.click();
    dialogButton(/Back to editing/).click();
    expect(posted).toEqual([]);
    expect(dialogText()).toBe('');
    button.click();
    dialogButton(/Post anyway/).click();
    expect(posted).toEqual(['Tories out']);
  });

  it('when the site ignores the replay, lets the user post the same draft by hand once', async () => {
    const { posted, button } = xPage('Tories out');
    const ignoreSynthetic = (e: Event) => {
      if (!e.isTrusted && (e.target as Element).closest?.('button')) e.stopImmediatePropagation();
    };
    $('#react-root').addEventListener('click', ignoreSynthetic, { capture: true });
    button.click();
    dialogButton(/Post anyway/).click();
    await vi.advanceTimersByTimeAsync(1600);
    expect(noticeText()).toContain('post it again');
    $('#react-root').removeEventListener('click', ignoreSynthetic, { capture: true });
    button.click();
    expect(posted).toEqual(['Tories out']);
  });

  it('never leaves a dead Post button: if the review cannot be shown, the next post goes through unchecked', () => {
    const { posted, button } = xPage('Saw Mrs Smith today');
    uiFails = true;
    button.click();
    expect(posted).toEqual([]);
    button.click();
    expect(posted).toEqual(['Saw Mrs Smith today']);
    expect(unavailable).toEqual(['the review could not be shown on this page']);
  });

  it('counts a review the page keeps off the screen as one that could not be shown: the next post goes through', async () => {
    const { posted, button } = xPage('Saw Mrs Smith today');
    // A page that keeps <html> to itself: the extension's element is removed each time it is put there.
    const remover = new MutationObserver(() => ui.host.isConnected && ui.host.remove());
    remover.observe(document.documentElement, { childList: true });
    button.click();
    await vi.advanceTimersByTimeAsync(100);
    remover.disconnect();
    expect(unavailable).toEqual(['the review could not be shown on this page']);
    expect(posted).toEqual([]);
    button.click();
    expect(posted).toEqual(['Saw Mrs Smith today']);
  });

  it('leaves a shown review alone', async () => {
    const { posted, button } = xPage('Saw Mrs Smith today');
    button.click();
    await vi.advanceTimersByTimeAsync(100);
    expect(unavailable).toEqual([]);
    expect(dialogText()).toContain('Must fix');
    expect(posted).toEqual([]);
  });

  it('says so when a fix could not be applied, with the draft just as it was', async () => {
    const { posted, button, editor } = xPage('Saw Mrs Smith today');
    // An editor that takes no pasted text at all.
    editor.addEventListener(
      'paste',
      (e) => {
        e.preventDefault();
        e.stopImmediatePropagation();
      },
      { capture: true },
    );
    button.click();
    dialogButton(/name removed/).click();
    await vi.advanceTimersByTimeAsync(300);
    expect(dialogText()).toContain('That fix could not be applied in this editor, so your draft is just as it was.');
    expect(editor.textContent).toBe('Saw Mrs Smith today');
    expect(posted).toEqual([]);
  });
});
