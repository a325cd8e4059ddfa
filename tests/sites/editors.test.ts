// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { difference, editorFor, familyOf, readContentEditable } from '../../src/sites/editors';
import { $, installClipboardEvents, installEditingCommands, page } from './dom';

function editable(markup: string, attributes = ''): HTMLElement {
  page(`<div id="ed" contenteditable="true" ${attributes}>${markup}</div>`);
  return $('#ed');
}

describe('reading an editor', () => {
  it('reads Lexical paragraphs, soft line breaks and empty paragraphs as the user sees them', () => {
    const el = editable('<p><span data-lexical-text="true">Hello</span></p><p><br></p><p><span>World</span><br><span>again</span></p>');
    expect(readContentEditable(el).text).toBe('Hello\n\nWorld\nagain');
  });

  it('keeps a line break a user typed at the end of a paragraph, but not the placeholder <br> of an empty one', () => {
    expect(readContentEditable(editable('<p>one<br><br></p><p>two</p>')).text).toBe('one\n\ntwo');
    expect(readContentEditable(editable('<p><br></p>')).text).toBe('');
  });

  it('reads Quill lists and text typed straight into the root', () => {
    expect(readContentEditable(editable('<ol><li>first</li><li>second</li></ol><p>after</p>')).text).toBe('first\nsecond\nafter');
    expect(readContentEditable(editable('loose text<div>a block</div>tail')).text).toBe('loose text\na block\ntail');
  });

  it('ignores markup indentation between blocks, hidden parts and styles', () => {
    const el = editable('<p>a</p>\n   <p>b</p>');
    el.append(Object.assign(document.createElement('span'), { textContent: 'placeholder' }));
    el.lastElementChild!.setAttribute('aria-hidden', 'true');
    el.append(Object.assign(document.createElement('style'), { textContent: 'p{}' }));
    expect(readContentEditable(el).text).toBe('a\nb');
  });

  it('maps any span of the text back to a DOM range covering the same characters', () => {
    const el = editable(
      '<div data-contents="true"><div data-block="true"><div><span><span>Mrs Ann Smith</span></span></div></div>' +
        '<div data-block="true"><div><span><br></span></div></div>' +
        '<div data-block="true"><div><span><span>bay </span><span>4, NHS no</span></span></div></div></div>',
    );
    const snapshot = editorFor(el, 'draft').snapshot();
    expect(snapshot.text).toBe('Mrs Ann Smith\n\nbay 4, NHS no');
    fc.assert(
      fc.property(fc.nat(snapshot.text.length), fc.nat(snapshot.text.length), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        // A Range's text has no line breaks between blocks; everything else must match exactly.
        expect(snapshot.range(start, end)!.toString()).toBe(snapshot.text.slice(start, end).replace(/\n/g, ''));
      }),
    );
  });

  it('knows the editor library from its markers', () => {
    expect(familyOf(editable('', 'class="notranslate public-DraftEditor-content"'))).toBe('draft');
    expect(familyOf(editable('', 'data-lexical-editor="true"'))).toBe('lexical');
    expect(familyOf(editable('', 'class="ql-editor"'))).toBe('quill');
    expect(familyOf(editable('', 'class="tiptap ProseMirror"'))).toBe('prosemirror');
    expect(familyOf(editable(''))).toBe('plain');
  });
});

describe('editing through the editor', () => {
  beforeAll(installClipboardEvents);

  it('selects the span, then pastes the replacement over it for the editor to apply', async () => {
    const el = editable('<p><span>Seen Mrs Ann Smith today</span></p>', 'data-lexical-editor="true"');
    const seen: { selected: string; pasted: string | undefined }[] = [];
    // A stand-in for Lexical: it handles the paste itself, replacing the selected text in its model.
    el.addEventListener('paste', (e) => {
      const selected = String(document.getSelection());
      const pasted = (e as ClipboardEvent).clipboardData?.getData('text/plain');
      seen.push({ selected, pasted });
      const span = el.querySelector('span')!;
      span.textContent = span.textContent!.replace(selected, pasted ?? '');
      e.preventDefault();
    });
    const editor = editorFor(el, 'lexical');
    await expect(editor.replace(5, 18, '[name removed]')).resolves.toBe(true);
    expect(seen).toEqual([{ selected: 'Mrs Ann Smith', pasted: '[name removed]' }]);
    expect(editor.snapshot().text).toBe('Seen [name removed] today');
  });

  it('reports failure, leaving the draft alone, when the editor ignores the edit', async () => {
    const el = editable('<p><span>Seen Mrs Ann Smith today</span></p>', 'data-lexical-editor="true"');
    const editor = editorFor(el, 'lexical');
    await expect(editor.replace(5, 18, '[name removed]')).resolves.toBe(false);
    expect(editor.snapshot().text).toBe('Seen Mrs Ann Smith today');
  });

  it('puts the draft back when the editor applies the edit somewhere else, and reports failure', async () => {
    const el = editable('<p><span>Seen Mrs Ann Smith today</span></p>', 'data-lexical-editor="true"');
    // An editor that pastes at its end whatever is selected (what Draft.js and Lexical do with a paste
    // sent before they have seen the selection), and applies the browser's editing commands as usual.
    el.addEventListener('paste', (e) => {
      el.querySelector('span')!.append((e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
      e.preventDefault();
    });
    const restoreCommands = installEditingCommands();
    try {
      const editor = editorFor(el, 'lexical');
      await expect(editor.replace(5, 18, '[name removed]')).resolves.toBe(false);
      expect(editor.snapshot().text).toBe('Seen Mrs Ann Smith today');
    } finally {
      restoreCommands();
    }
  });

  it('finds the one stretch where two texts differ', () => {
    expect(difference('Seen Mrs Ann Smith today[x]', 'Seen Mrs Ann Smith today')).toEqual({ start: 24, end: 27, wantedEnd: 24 });
    expect(difference('Seen [x] today', 'Seen Mrs Ann Smith today')).toEqual({ start: 5, end: 8, wantedEnd: 18 });
    expect(difference('aaa', 'aaaa')).toEqual({ start: 3, end: 3, wantedEnd: 4 });
    expect(difference('same', 'same')).toEqual({ start: 4, end: 4, wantedEnd: 4 });
  });

  it('replaces text in a textarea so that a React-style onChange sees it', async () => {
    page('<textarea id="ta"></textarea>');
    const textarea = $('#ta') as HTMLTextAreaElement;
    textarea.value = 'Call 07700 900123 now';
    const inputs: string[] = [];
    textarea.addEventListener('input', () => inputs.push(textarea.value));
    const editor = editorFor(textarea, 'textarea');
    await expect(editor.replace(5, 17, '[number removed]')).resolves.toBe(true);
    expect(textarea.value).toBe('Call [number removed] now');
    expect(inputs).toEqual(['Call [number removed] now']);
  });

  it('selects a span for the user to retype', () => {
    page('<textarea id="ta">Hello Mrs Smith</textarea>');
    const textarea = $('#ta') as HTMLTextAreaElement;
    editorFor(textarea, 'textarea').select(6, 15);
    expect(document.activeElement).toBe(textarea);
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('Mrs Smith');
    const el = editable('<p><span>Hello </span><span>Mrs Smith</span></p>');
    editorFor(el, 'plain').select(6, 15);
    expect(String(document.getSelection())).toBe('Mrs Smith');
  });
});
