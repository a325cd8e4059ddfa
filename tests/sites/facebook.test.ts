// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { facebook } from '../../src/sites/facebook';
import { $, clickPath, key, page } from './dom';

const lexical = (label: string, paragraphs: string) =>
  `<div class="notranslate x1a2a7pz" contenteditable="true" role="textbox" spellcheck="true" tabindex="0"
        data-lexical-editor="true" aria-label="${label}">${paragraphs}</div>`;

const FEED = `
  <div role="dialog" aria-label="Create post"><form method="POST"><h2>Create post</h2>
    ${lexical("What's on your mind?", '<p dir="auto"><span data-lexical-text="true">Night shift done</span></p><p><br></p><p><span data-lexical-text="true">Bed 4</span></p>')}
    <div role="button" aria-label="Photo/video" tabindex="0"></div>
    <div role="button" aria-label="Post" tabindex="0"><span>Post</span></div>
  </form></div>
  <div role="article">
    <span>A friend's post</span>
    <div role="button" tabindex="0">Comment</div><div role="button" tabindex="0">Share</div>
    <form role="presentation">
      ${lexical('Write a comment…', '<p><span data-lexical-text="true">Great work</span></p>')}
      <div id="focused-state-composer-submit"><span><div role="button" aria-label="Comment" tabindex="0"></div></span></div>
    </form>
  </div>
  <div aria-label="Chat with Sam">${lexical('Aa', '<p><span data-lexical-text="true">private message</span></p>')}</div>`;

describe('Facebook adapter', () => {
  beforeEach(() => page(FEED));

  it('checks the Create post dialog and comment boxes, and leaves Messenger chat boxes alone', () => {
    const composers = facebook.findComposers(document);
    expect(composers.map((c) => [c.kind, c.editor.family, c.editor.snapshot().text])).toEqual([
      ['post', 'lexical', 'Night shift done\n\nBed 4'],
      ['comment', 'lexical', 'Great work'],
    ]);
    expect(facebook.composerOf($('[aria-label="Chat with Sam"] span'))).toBeNull();
  });

  it('holds the Post div[role=button] of the dialog, clicked anywhere on it', () => {
    const submission = facebook.submissionAt(clickPath($('[aria-label="Post"] span')));
    expect(submission?.control).toBe($('[aria-label="Post"]'));
    expect(submission?.composers.map((c) => c.kind)).toEqual(['post']);
  });

  it('holds the comment submit button, but not the feed\'s Comment and Share action buttons', () => {
    const comment = facebook.submissionAt(clickPath($('#focused-state-composer-submit [role="button"]')));
    expect(comment?.composers.map((c) => c.editor.snapshot().text)).toEqual(['Great work']);
    const [commentAction, shareAction] = document.querySelectorAll('[role="article"] > [role="button"]');
    expect(facebook.submissionAt(clickPath(commentAction))).toBeNull();
    expect(facebook.submissionAt(clickPath(shareAction))).toBeNull();
  });

  it('posts a comment on bare Enter; Shift+Enter is a new line and Enter in the post dialog is too', () => {
    const [post, comment] = facebook.findComposers(document);
    expect(facebook.submissionFromKey(key({ key: 'Enter' }), comment)?.control).toBe($('#focused-state-composer-submit [role="button"]'));
    expect(facebook.submissionFromKey(key({ key: 'Enter', shiftKey: true }), comment)).toBeNull();
    expect(facebook.submissionFromKey(key({ key: 'Enter' }), post)).toBeNull();
  });

  it('finds the submit control of each composer', () => {
    const [post, comment] = facebook.findComposers(document);
    expect(facebook.submitControlOf(post)).toBe($('[aria-label="Post"]'));
    expect(facebook.submitControlOf(comment)).toBe($('#focused-state-composer-submit [role="button"]'));
  });

  it('sees a photo preview in the dialog as attached media', () => {
    const [post] = facebook.findComposers(document);
    expect(facebook.hasMedia(post)).toBe(false);
    const img = document.createElement('img');
    img.src = 'blob:https://www.facebook.com/5f1c';
    $('form[method="POST"]').append(img);
    expect(facebook.hasMedia(post)).toBe(true);
  });

  it('does not guess the account on the ordinary site', () => {
    expect(facebook.account(facebook.findComposers(document)[0])).toBeUndefined();
  });
});
