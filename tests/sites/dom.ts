/** Helpers for the adapter tests: small DOM snippets in jsdom, and event paths as the content script sees them. */

/** Replaces the page with a snippet of a site's markup (test input, not product code). */
export function page(markup: string): void {
  document.body.innerHTML = markup.replace(/>\s+</g, '><').trim();
}

export function $(selector: string, root: ParentNode = document): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`test snippet has no ${selector}`);
  return el;
}

/** The composedPath a capture listener on window sees for a click on `target`. */
export function clickPath(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const record = (e: Event) => (path = e.composedPath());
  window.addEventListener('click', record, { capture: true, once: true });
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  return path;
}

export function key(init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  return new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
}

/** An open shadow root on a new host appended to the body, filled with a snippet. */
export function shadowPage(hostMarkup: string, hostSelector: string, shadowMarkup: string): ShadowRoot {
  page(hostMarkup);
  const root = $(hostSelector).attachShadow({ mode: 'open' });
  root.innerHTML = shadowMarkup.replace(/>\s+</g, '><').trim();
  return root;
}

/** jsdom has no clipboard events; these carry text/plain the way the browser's do. */
export function installClipboardEvents(): void {
  class TextTransfer {
    private readonly data = new Map<string, string>();
    setData(type: string, value: string) {
      this.data.set(type, value);
    }
    getData(type: string) {
      return this.data.get(type) ?? '';
    }
  }
  class PasteEvent extends Event {
    readonly clipboardData: TextTransfer | null;
    constructor(type: string, init: EventInit & { clipboardData?: TextTransfer }) {
      super(type, init);
      this.clipboardData = init.clipboardData ?? null;
    }
  }
  globalThis.DataTransfer = TextTransfer as unknown as typeof DataTransfer;
  globalThis.ClipboardEvent = PasteEvent as unknown as typeof ClipboardEvent;
}

/** A stand-in for an editor library that handles paste itself: the pasted text replaces the selection. */
export function handlePasteLikeAnEditor(editor: HTMLElement): void {
  editor.addEventListener('paste', (e) => {
    const selection = document.getSelection()!;
    const range = selection.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode((e as ClipboardEvent).clipboardData?.getData('text/plain') ?? ''));
    editor.normalize();
    e.preventDefault();
  });
}

/**
 * jsdom has no editing commands; this does to the selection what the browser's `insertText` and
 * `delete` do. Returns the function that takes it away again.
 */
export function installEditingCommands(): () => void {
  const original = Object.getOwnPropertyDescriptor(document, 'execCommand');
  document.execCommand = (command: string, _showUi?: boolean, value?: string) => {
    const selection = document.getSelection();
    if (!selection?.rangeCount || (command !== 'insertText' && command !== 'delete')) return false;
    const range = selection.getRangeAt(0);
    const container = range.commonAncestorContainer;
    range.deleteContents();
    if (command === 'insertText' && value) range.insertNode(document.createTextNode(value));
    container.normalize();
    return true;
  };
  return () => {
    if (original) Object.defineProperty(document, 'execCommand', original);
    else delete (document as { execCommand?: unknown }).execCommand;
  };
}
