// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { x } from '../../src/sites/x';
import { $, clickPath, key, page } from './dom';

const draftEditor = (id: string, blocks: string[]) => `
  <div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
    <div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post text"
         aria-multiline="true" spellcheck="true" data-testid="${id}">
      <div data-contents="true">${blocks
        .map(
          (text, i) => `<div data-block="true" data-editor="e${id}" data-offset-key="k${i}-0-0">
            <div class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr" data-offset-key="k${i}-0-0">
              <span data-offset-key="k${i}-0-0">${text ? `<span data-text="true">${text}</span>` : '<br data-text="true">'}</span>
            </div></div>`,
        )
        .join('')}</div>
    </div></div></div>`;

const HOME = `
  <div id="react-root"><main role="main"><div data-testid="primaryColumn"><div class="inline-composer">
    <div data-testid="tweetTextarea_0_label"><div data-testid="tweetTextarea_0RichTextInputContainer">
      ${draftEditor('tweetTextarea_0', ['Mrs Smith&nbsp;in bay 4', '', 'Home today'])}
    </div></div>
    <div data-testid="toolBar">
      <input type="file" data-testid="fileInput" multiple>
      <button data-testid="tweetButtonInline" type="button"><span><span>Post</span></span></button>
    </div>
  </div></div></main>
  <a data-testid="SideNav_NewTweet_Button" href="/compose/post">Post</a></div>
  <div id="layers"></div>`;

const MODAL_THREAD = `
  <div role="dialog" aria-modal="true" aria-labelledby="modal-header">
    ${draftEditor('tweetTextarea_0', ['First post of the thread'])}
    ${draftEditor('tweetTextarea_1', ['Second post'])}
    <div data-testid="toolBar"><button data-testid="tweetButton" type="button"><span><span>Post all</span></span></button></div>
    <div data-testid="app-bar-close" role="button">Close</div>
  </div>`;

describe('X adapter', () => {
  beforeEach(() => page(HOME));

  it('finds the Draft.js composer by its test id, not by its label or container test ids', () => {
    const composers = x.findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0].editor.element).toBe($('[data-testid="tweetTextarea_0"][contenteditable]'));
    expect(composers[0].editor.family).toBe('draft');
    expect(composers[0].kind).toBe('post');
  });

  it('reads the text as posted: one line per block, an empty block as an empty line, nbsp as a space', () => {
    const [composer] = x.findComposers(document);
    expect(composer.editor.snapshot().text).toBe('Mrs Smith in bay 4\n\nHome today');
  });

  it('maps text offsets back to the DOM for highlights and edits', () => {
    const snapshot = x.findComposers(document)[0].editor.snapshot();
    expect(snapshot.range(4, 9)?.toString()).toBe('Smith');
    expect(snapshot.range(19, 30)?.toString()).toBe('Home today');
  });

  it('knows the editor from any element inside it', () => {
    expect(x.composerOf($('[data-text="true"]'))?.editor.element).toBe($('[data-testid="tweetTextarea_0"][contenteditable]'));
    expect(x.composerOf($('[data-testid="toolBar"]'))).toBeNull();
  });

  it('treats a click anywhere on the inline Post button as a submission of its composer', () => {
    const submission = x.submissionAt(clickPath($('[data-testid="tweetButtonInline"] span span')));
    expect(submission?.control).toBe($('[data-testid="tweetButtonInline"]'));
    expect(submission?.composers.map((c) => c.editor.element)).toEqual([$('[data-testid="tweetTextarea_0"][contenteditable]')]);
  });

  it('does not treat the side-nav Post link (which only opens the composer) as a submission', () => {
    expect(x.submissionAt(clickPath($('[data-testid="SideNav_NewTweet_Button"]')))).toBeNull();
  });

  it('submits on Ctrl+Enter and Cmd+Enter, not on Enter alone', () => {
    const [composer] = x.findComposers(document);
    expect(x.submissionFromKey(key({ key: 'Enter', ctrlKey: true }), composer)?.control).toBe($('[data-testid="tweetButtonInline"]'));
    expect(x.submissionFromKey(key({ key: 'Enter', metaKey: true }), composer)).not.toBeNull();
    expect(x.submissionFromKey(key({ key: 'Enter' }), composer)).toBeNull();
    expect(x.submissionFromKey(key({ key: 'Enter', ctrlKey: true, shiftKey: true }), composer)).toBeNull();
  });

  it('sees attached media in the composer', () => {
    const [composer] = x.findComposers(document);
    expect(x.hasMedia(composer)).toBe(false);
    const attachments = document.createElement('div');
    attachments.dataset.testid = 'attachments';
    attachments.append(Object.assign(document.createElement('div'), { role: 'group' }));
    attachments.firstElementChild!.setAttribute('role', 'group');
    $('[data-testid="toolBar"]').before(attachments);
    expect(x.hasMedia(composer)).toBe(true);
  });

  it('sends every post of a thread in the modal composer with one click', () => {
    $('#layers').innerHTML = MODAL_THREAD.replace(/>\s+</g, '><');
    const submission = x.submissionAt(clickPath($('[data-testid="tweetButton"] span')));
    expect(submission?.composers.map((c) => c.editor.snapshot().text)).toEqual(['First post of the thread', 'Second post']);
    const second = x.composerOf($('#layers [data-testid="tweetTextarea_1"]'))!;
    expect(x.submissionFromKey(key({ key: 'Enter', ctrlKey: true }), second)?.composers).toHaveLength(2);
    expect(x.submitControlOf(second)).toBe($('[data-testid="tweetButton"]'));
  });

  it('reads the textarea of the mobile layout', () => {
    page(`<main><div data-testid="tweetTextarea_0"><textarea>Hello\u00A0there\n</textarea></div>
      <button data-testid="tweetButton">Post</button></main>`);
    const [composer] = x.findComposers(document);
    expect(composer.editor.family).toBe('textarea');
    expect(composer.editor.snapshot().text).toBe('Hello there');
    expect(x.submitControlOf(composer)).toBe($('[data-testid="tweetButton"]'));
  });

  it('does not guess the account type: X does not show it', () => {
    expect(x.account(x.findComposers(document)[0])).toBeUndefined();
  });
});
