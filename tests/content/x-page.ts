import { $, page } from '../sites/dom';

/**
 * A minimal X timeline composer whose own handlers (on its React root, like the real site) record every
 * event they see and the text of every post a click on Post sends.
 */
export function xPage(text = 'draft text') {
  page(`<div id="react-root"><div class="composer">
    <div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0">
      <div data-contents="true"><div data-block="true"><div><span><span data-text="true">${text}</span></span></div></div></div></div>
    <div data-testid="toolBar"><button data-testid="tweetButtonInline" type="button"><span>Post</span></button></div>
  </div></div>`);
  const seen: string[] = [];
  const posted: string[] = [];
  const root = $('#react-root');
  const editor = $('[data-testid="tweetTextarea_0"]');
  const button = $('[data-testid="tweetButtonInline"]');
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown', 'keyup']) {
    root.addEventListener(type, (e) => seen.push(e.type));
  }
  root.addEventListener('click', (e) => {
    if (button.contains(e.target as Node)) posted.push(editor.textContent ?? '');
  });
  return { seen, posted, button, editor };
}
