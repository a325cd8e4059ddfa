// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { linkedin } from '../../src/sites/linkedin';
import { $, clickPath, key, page, shadowPage } from './dom';

const SHARE_BOX = `
  <div role="dialog" class="artdeco-modal share-box-v2__modal" data-test-modal-id="sharebox">
    <div class="share-creation-state__text-editor"><div class="ql-container">
      <div class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true"
           aria-label="Text editor for creating content" data-placeholder="What do you want to talk about?"
           data-test-ql-editor-contenteditable="true"><p>Proud of the team</p><p><br></p><p>Ward 7</p></div>
    </div></div>
    <button aria-label="Add media"><span>Add media</span></button>
    <input id="media-editor-file-selector__file-input" type="file">
    <div class="share-creation-state__footer">
      <button class="share-actions__primary-action artdeco-button--primary"><span>Post</span></button>
    </div>
  </div>`;

const LIGHT_DOM = `
  <button class="share-box-feed-entry__trigger" aria-label="Start a post">Start a post</button>
  <div id="interop-outlet" data-testid="interop-shadowdom"></div>
  <div data-view-name="comment-box">
    <div class="tiptap ProseMirror" contenteditable="true" role="textbox" aria-label="Text editor for creating comment"><p>Well done</p></div>
    <button><span>Comment</span></button>
  </div>
  <div class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p>hi</p></div>
    <button class="msg-form__send-button" type="submit">Send</button></div>`;

describe('LinkedIn adapter', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('finds the Quill share box inside the open shadow root of #interop-outlet', () => {
    const shadow = shadowPage(LIGHT_DOM, '#interop-outlet', SHARE_BOX);
    expect(linkedin.shadowHosts).toContain('#interop-outlet');
    const [share] = linkedin.findComposers(shadow);
    expect([share.kind, share.editor.family, share.editor.snapshot().text]).toEqual(['post', 'quill', 'Proud of the team\n\nWard 7']);
    expect(linkedin.composerOf($('.ql-editor p', shadow))?.editor.element).toBe($('.ql-editor', shadow));
  });

  it('holds the Post button inside the shadow root, seen through the composed path of a click', () => {
    const shadow = shadowPage(LIGHT_DOM, '#interop-outlet', SHARE_BOX);
    const submission = linkedin.submissionAt(clickPath($('.share-actions__primary-action span', shadow)));
    expect(submission?.control).toBe($('.share-actions__primary-action', shadow));
    expect(submission?.composers.map((c) => c.kind)).toEqual(['post']);
    expect(linkedin.submissionAt(clickPath($('[aria-label="Add media"]', shadow)))).toBeNull();
  });

  it('checks ProseMirror comment boxes and their Comment button, not messaging', () => {
    page(LIGHT_DOM);
    const composers = linkedin.findComposers(document);
    expect(composers.map((c) => [c.kind, c.editor.family, c.editor.snapshot().text])).toEqual([['comment', 'prosemirror', 'Well done']]);
    const submission = linkedin.submissionAt(clickPath($('[data-view-name="comment-box"] button span')));
    expect(submission?.composers.map((c) => c.kind)).toEqual(['comment']);
    expect(linkedin.submissionAt(clickPath($('.msg-form__send-button')))).toBeNull();
  });

  it('has no keyboard shortcut that posts', () => {
    page(LIGHT_DOM);
    const [comment] = linkedin.findComposers(document);
    expect(linkedin.submissionFromKey(key({ key: 'Enter', ctrlKey: true }), comment)).toBeNull();
  });

  it('sees the media preview in the share box', () => {
    const shadow = shadowPage(LIGHT_DOM, '#interop-outlet', SHARE_BOX);
    const [share] = linkedin.findComposers(shadow);
    expect(linkedin.hasMedia(share)).toBe(false);
    const img = document.createElement('img');
    img.src = 'data:image/png;base64,iVBORw0KGgo=';
    $('.share-creation-state__text-editor', shadow).append(img);
    expect(linkedin.hasMedia(share)).toBe(true);
  });

  it('posts as the organisation from a company page admin view', () => {
    const shadow = shadowPage(LIGHT_DOM, '#interop-outlet', SHARE_BOX);
    const [share] = linkedin.findComposers(shadow);
    expect(linkedin.account(share)).toBeUndefined();
    history.replaceState(null, '', '/company/12345/admin/page-posts/published/');
    expect(linkedin.account(share)).toBe('trust');
  });
});
