// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComposerDiscovery } from '../../src/content/discovery';
import { linkedin } from '../../src/sites/linkedin';
import { $, page } from '../sites/dom';

const settle = () => new Promise((r) => setTimeout(r, 250));

describe('finding composers as a single-page site mounts them', () => {
  let found: string[];
  let gone: string[];
  let discovery: ComposerDiscovery;

  beforeEach(() => {
    page('<div id="interop-outlet"></div><main></main>');
    found = [];
    gone = [];
    discovery = new ComposerDiscovery(document, linkedin, {
      found: (c) => found.push(c.editor.snapshot().text),
      gone: (editor) => gone.push(editor.textContent ?? ''),
    });
  });
  afterEach(() => discovery.stop());

  it('finds a composer added later, and notices when it goes', async () => {
    const box = document.createElement('div');
    box.dataset.viewName = 'comment-box';
    box.innerHTML = '<div class="ProseMirror" contenteditable="true" role="textbox"><p>Well done</p></div>';
    $('main').append(box);
    await settle();
    expect(found).toEqual(['Well done']);
    box.remove();
    await settle();
    expect(gone).toEqual(['Well done']);
  });

  it('looks inside the open shadow root of a known host, which a document observer cannot see into', async () => {
    const shadow = $('#interop-outlet').attachShadow({ mode: 'open' });
    discovery.scan();
    shadow.innerHTML = '<div role="dialog"><div class="ql-editor" contenteditable="true"><p>Share this</p></div></div>';
    await settle();
    expect(found).toEqual(['Share this']);
  });
});
