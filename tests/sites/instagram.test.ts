// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { instagram } from '../../src/sites/instagram';
import { $, clickPath, key, page } from './dom';

const CREATE_LEXICAL = `
  <div role="dialog"><div><h1>Create new post</h1><div role="button" tabindex="0">Share</div></div>
    <img src="blob:https://www.instagram.com/1" alt="">
    <div contenteditable="true" role="textbox" aria-label="Write a caption..." data-lexical-editor="true">
      <p><span data-lexical-text="true">Ward garden open</span></p></div>
  </div>`;

const CREATE_TEXTAREA = `
  <div role="dialog"><div><h1>Create new post</h1><div role="button" tabindex="0">Share</div></div>
    <textarea aria-label="Write a caption…">Ward garden open</textarea></div>`;

const FEED_POST = `
  <article><img src="https://cdn.example/ward.jpg" alt="Ward 7 garden"><span>Our garden</span>
    <form method="POST"><textarea aria-label="Add a comment…" placeholder="Add a comment…">Lovely</textarea>
      <div role="button" tabindex="0">Post</div></form>
  </article>`;

describe('Instagram adapter', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('checks the caption of the create-post dialog, Lexical or textarea, as a post that carries media', () => {
    for (const markup of [CREATE_LEXICAL, CREATE_TEXTAREA]) {
      page(markup);
      const [caption] = instagram.findComposers(document);
      expect([caption.kind, caption.editor.snapshot().text, instagram.hasMedia(caption)]).toEqual(['post', 'Ward garden open', true]);
      const submission = instagram.submissionAt(clickPath($('[role="dialog"] [role="button"]')));
      expect(submission?.composers).toHaveLength(1);
    }
  });

  it('reads the Lexical caption as Lexical and the legacy caption as a textarea', () => {
    page(CREATE_LEXICAL);
    expect(instagram.findComposers(document)[0].editor.family).toBe('lexical');
    page(CREATE_TEXTAREA);
    expect(instagram.findComposers(document)[0].editor.family).toBe('textarea');
  });

  it('checks comments, posted by the form\'s Post button or bare Enter, without media', () => {
    page(FEED_POST);
    const [comment] = instagram.findComposers(document);
    expect([comment.kind, comment.editor.snapshot().text, instagram.hasMedia(comment)]).toEqual(['comment', 'Lovely', false]);
    expect(instagram.submissionAt(clickPath($('form [role="button"]')))?.control).toBe($('form [role="button"]'));
    expect(instagram.submissionFromKey(key({ key: 'Enter' }), comment)?.control).toBe($('form [role="button"]'));
    expect(instagram.submissionFromKey(key({ key: 'Enter', shiftKey: true }), comment)).toBeNull();
  });

  it('does not treat the caption dialog\'s other buttons as posting', () => {
    page(CREATE_LEXICAL.replace('>Share<', '>Next<'));
    expect(instagram.submissionAt(clickPath($('[role="dialog"] [role="button"]')))).toBeNull();
  });

  it('leaves direct messages alone', () => {
    history.replaceState(null, '', '/direct/t/1234/');
    page(`<form><div contenteditable="true" role="textbox" data-lexical-editor="true" spellcheck="false"><p>hi</p></div>
      <div role="button">Send</div></form>`);
    expect(instagram.findComposers(document)).toEqual([]);
  });
});
