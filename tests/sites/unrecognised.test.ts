// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { looksLikeComposer } from '../../src/sites/adapter';
import { SITES } from '../../src/sites';
import { $, page } from './dom';

/** Is the box at `#box` claimed by an adapter, and does it look like a compose box all the same? */
const judge = (selector = '#box') => {
  const box = $(selector);
  return { claimed: SITES.some((site) => site.composerOf(box) !== null), looksLikeComposer: looksLikeComposer(box) };
};

describe('a compose box no adapter recognises (the site changed its markup)', () => {
  it('is one when a Post, Reply or Comment control sits with it', () => {
    page(`<div class="row"><div><div><div id="box" contenteditable="true" data-testid="renamedTextarea_0"></div></div></div>
      <div><button data-testid="renamedButtonInline"><span>Post</span></button></div></div>`);
    expect(judge()).toEqual({ claimed: false, looksLikeComposer: true });
    page(`<form><div><div id="box" contenteditable="true"></div></div><div role="button" aria-label="Reply"></div></form>`);
    expect(judge()).toEqual({ claimed: false, looksLikeComposer: true });
  });

  it('is not a chat box (its control is Send) nor a box whose only Post control is far away in the page', () => {
    page(`<div class="chat"><div id="box" contenteditable="true"></div><button>Send</button></div>`);
    expect(judge().looksLikeComposer).toBe(false);
    const deep = '<div>'.repeat(10) + '<div id="box" contenteditable="true"></div>' + '</div>'.repeat(10);
    page(`<nav><button>Post</button></nav><main>${deep}</main>`);
    expect(judge().looksLikeComposer).toBe(false);
  });
});
