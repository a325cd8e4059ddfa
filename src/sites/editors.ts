/**
 * Reading and editing the text of a site's editor without breaking the editor's own model.
 *
 * Text is read from the DOM, one line per block (Draft.js blocks, Lexical and Quill paragraphs, list
 * items) with `<br>` as a line break, so offsets into the text can be mapped back to DOM positions for
 * highlights, selection and edits. Edits go through the editor: select the span, wait a task so the
 * editor syncs its model selection from `selectionchange`, then paste or `insertText`
 * (../shared/design/e2e-recipe.md §6: direct DOM writes are reverted by Lexical; Draft.js loses
 * paragraphs with multi-line `insertText`; Quill 1 ignores synthetic paste events).
 */

/** Which editor library renders a composer; it decides how an edit is applied. */
export type EditorFamily = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'plain' | 'textarea';

/** The text of an editor at one moment, with a way back from text offsets to the DOM. */
export interface TextSnapshot {
  text: string;
  /** A DOM range over [start, end) of `text`; null for a textarea, whose text has no DOM nodes. */
  range(start: number, end: number): Range | null;
}

export interface Editor {
  element: HTMLElement;
  family: EditorFamily;
  snapshot(): TextSnapshot;
  /** Focuses the editor and selects [start, end) so the user can retype it. */
  select(start: number, end: number): void;
  /**
   * Replaces [start, end) with `text` through the editor's own input handling. Resolves true when the
   * editor's text afterwards is exactly the expected result. When it is not (the editor refused the
   * edit, or made a different one), the editor is asked to put back the text it had, so a fix that
   * fails leaves the draft as it was wherever the editor allows that.
   */
  replace(start: number, end: number, text: string): Promise<boolean>;
}

/** How long to let an editor sync its model selection from the DOM before inserting (recipe §6: 50 ms works). */
const SELECTION_SETTLE_MS = 50;

export function editorFor(element: HTMLElement, family: EditorFamily): Editor {
  if (family === 'textarea' || element instanceof HTMLTextAreaElement) return textareaEditor(element as HTMLTextAreaElement);
  return contentEditableEditor(element, family);
}

/** The family of a contenteditable root, from the markers each editor library writes into the DOM. */
export function familyOf(element: HTMLElement): EditorFamily {
  if (element instanceof HTMLTextAreaElement) return 'textarea';
  if (element.classList.contains('public-DraftEditor-content')) return 'draft';
  if (element.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (element.classList.contains('ql-editor')) return 'quill';
  if (element.classList.contains('ProseMirror')) return 'prosemirror';
  return 'plain';
}

// ---------------------------------------------------------------------------------------------- reading

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

interface TextPiece {
  node: Text;
  start: number;
}

interface TextModel {
  text: string;
  pieces: TextPiece[];
}

/**
 * Plain text of a contenteditable root: blocks joined by one newline, `<br>` as a newline except the
 * placeholder `<br>` an editor leaves at the end of a block (an empty Draft.js, Lexical or Quill line is
 * `<p><br></p>`), non-breaking spaces as spaces. Every character of a text node keeps its offset, so
 * `pieces` maps text offsets back to DOM positions.
 */
export function readContentEditable(root: HTMLElement): TextModel {
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  let inlineSinceBreak = false;
  let pendingBreak = false;
  let endsWithBr = false;

  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const flush = () => {
    if (pendingBreak) emit('\n');
    pendingBreak = false;
  };
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (!data || isLayoutWhitespace(child as Text)) continue;
        flush();
        pieces.push({ node: child as Text, start: length });
        emit(data.replace(/\u00A0/g, ' '));
        inlineSinceBreak = true;
        endsWithBr = false;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (SKIPPED_TAGS.has(el.tagName) || el.getAttribute('aria-hidden') === 'true') continue;
      if (el.tagName === 'BR') {
        flush();
        emit('\n');
        inlineSinceBreak = false;
        endsWithBr = true;
        continue;
      }
      if (!BLOCK_TAGS.has(el.tagName)) {
        visit(el);
        continue;
      }
      if (pendingBreak || inlineSinceBreak) emit('\n');
      pendingBreak = inlineSinceBreak = endsWithBr = false;
      visit(el);
      dropPlaceholderBr();
      pendingBreak = true;
      inlineSinceBreak = false;
    }
  };
  const dropPlaceholderBr = () => {
    if (!endsWithBr) return;
    parts.pop();
    length -= 1;
    endsWithBr = false;
  };
  visit(root);
  dropPlaceholderBr();
  return { text: parts.join(''), pieces };
}

const isBlock = (node: Node | null) => node?.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);

/** Whitespace between block elements (indentation in markup) is not text anyone typed. */
function isLayoutWhitespace(node: Text): boolean {
  return /^\s*$/.test(node.data) && (isBlock(node.previousSibling) || isBlock(node.nextSibling));
}

/** Trailing newlines carry no meaning for a check and some editors always end with one (Quill's model). */
function withoutTrailingNewlines(text: string): string {
  return text.replace(/\n+$/, '');
}

/** The DOM position of a text offset; `side` picks the neighbour when the offset falls on a line break. */
function positionAt(model: TextModel, offset: number, side: 'start' | 'end'): [Node, number] | null {
  const { pieces } = model;
  if (pieces.length === 0) return null;
  let lo = 0;
  let hi = pieces.length - 1;
  if (offset < pieces[0].start) return [pieces[0].node, 0];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  const inside = offset - piece.start;
  if (inside <= piece.node.length) return [piece.node, inside];
  const next = pieces[lo + 1];
  return side === 'start' && next ? [next.node, 0] : [piece.node, piece.node.length];
}

function rangeIn(root: HTMLElement, model: TextModel, start: number, end: number): Range {
  const range = root.ownerDocument.createRange();
  const from = positionAt(model, start, 'start');
  const to = positionAt(model, Math.max(start, end), 'end');
  if (!from || !to) {
    range.selectNodeContents(root);
    range.collapse(false);
    return range;
  }
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

// ---------------------------------------------------------------------------------------------- editing

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function setSelection(range: Range): void {
  const selection = range.startContainer.ownerDocument?.getSelection();
  if (!selection) return;
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}

/** A synthetic paste; true when the editor handled it (Draft.js, Lexical and ProseMirror prevent the default). */
function pasteText(target: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  return !target.dispatchEvent(event);
}

/** The browser's own editing command; false where it is missing or refused (it is deprecated, not removed). */
function insertText(doc: Document, text: string): boolean {
  try {
    return text === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * Where two texts differ: [start, end) of `now` must become `wanted`'s [start, wantedEnd). The common
 * start and end are left alone, so putting a text back touches only what an edit changed.
 */
export function difference(now: string, wanted: string): { start: number; end: number; wantedEnd: number } {
  const most = Math.min(now.length, wanted.length);
  let start = 0;
  while (start < most && now[start] === wanted[start]) start++;
  let tail = 0;
  while (tail < most - start && now[now.length - 1 - tail] === wanted[wanted.length - 1 - tail]) tail++;
  return { start, end: now.length - tail, wantedEnd: wanted.length - tail };
}

function contentEditableEditor(element: HTMLElement, family: EditorFamily): Editor {
  const snapshot = (): TextSnapshot => {
    const model = readContentEditable(element);
    return { text: withoutTrailingNewlines(model.text), range: (start, end) => rangeIn(element, model, start, end) };
  };
  /** Selects [start, end), lets the editor see the selection, and types `text` over it: a paste where the editor handles those, else insertText. */
  const edit = async (current: TextSnapshot, start: number, end: number, text: string, paste: boolean) => {
    const range = current.range(start, end);
    if (!range) return;
    setSelection(range);
    await wait(SELECTION_SETTLE_MS);
    const handled = paste && text !== '' && family !== 'quill' && family !== 'plain' && pasteText(element, text);
    if (!handled) insertText(element.ownerDocument, text);
    await wait(SELECTION_SETTLE_MS);
  };
  /** Undoes whatever a failed edit did, by the other route than the edit took (its route is what misbehaved). */
  const putBack = async (original: string) => {
    for (const paste of [false, true]) {
      const current = snapshot();
      if (current.text === original) return;
      const { start, end, wantedEnd } = difference(current.text, original);
      await edit(current, start, end, original.slice(start, wantedEnd), paste);
    }
  };
  return {
    element,
    family,
    snapshot,
    select(start, end) {
      element.focus({ preventScroll: true });
      const range = snapshot().range(start, end);
      if (!range) return;
      setSelection(range);
      (range.startContainer.parentElement ?? element).scrollIntoView?.({ block: 'nearest' });
    },
    async replace(start, end, text) {
      const before = snapshot();
      const expected = withoutTrailingNewlines(before.text.slice(0, start) + text + before.text.slice(end));
      element.focus({ preventScroll: true });
      await edit(before, start, end, text, true);
      if (snapshot().text === expected) return true;
      await putBack(before.text);
      return false;
    },
  };
}

function setNativeValue(element: HTMLTextAreaElement, value: string): void {
  // The prototype's setter bypasses React's value tracking, so the site's onChange sees the input event.
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function textareaEditor(element: HTMLTextAreaElement): Editor {
  const plain = (value: string) => withoutTrailingNewlines(value.replace(/\u00A0/g, ' '));
  const read = () => plain(element.value);
  return {
    element,
    family: 'textarea',
    snapshot: () => ({ text: read(), range: () => null }),
    select(start, end) {
      element.focus({ preventScroll: true });
      element.setSelectionRange(start, end);
    },
    async replace(start, end, text) {
      const result = element.value.slice(0, start) + text + element.value.slice(end);
      element.focus({ preventScroll: true });
      element.setSelectionRange(start, end);
      // insertText keeps the field's undo history; sites built on React also see it as ordinary input.
      const before = element.value;
      const inserted = insertText(element.ownerDocument, text);
      if (!inserted || read() !== plain(result)) setNativeValue(element, result);
      if (read() === plain(result)) return true;
      if (element.value !== before) setNativeValue(element, before);
      return false;
    },
  };
}
