// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../src/sites/linkedin';
import { x } from '../../src/sites/x';
import { $, page } from './dom';

/** Which account a post goes out as, where the page shows it: matched against the Trust account list. */
describe('posting as', () => {
  const composer = (avatarIn: 'composer' | 'side-nav' | 'nowhere') => {
    const avatar = (handle: string) => `<div data-testid="UserAvatar-Container-${handle}"><img alt=""></div>`;
    page(`
      <nav>${avatarIn === 'side-nav' ? `<button data-testid="SideNav_AccountSwitcher_Button">${avatar('NHSTrustComms')}</button>` : ''}</nav>
      <div data-testid="primaryColumn"><div class="inline-composer">
        ${avatarIn === 'composer' ? avatar('NHSTrustComms') : ''}
        <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div>
        <button data-testid="tweetButtonInline">Post</button>
      </div></div>`);
    return x.composerOf($('[data-testid=tweetTextarea_0]'))!;
  };

  it("on X is the handle on the composer's avatar, else on the account switcher's", () => {
    expect(x.postingAs!(composer('composer'))).toBe('NHSTrustComms');
    expect(x.postingAs!(composer('side-nav'))).toBe('NHSTrustComms');
    expect(x.postingAs!(composer('nowhere'))).toBeUndefined();
  });

  it("on LinkedIn is the company page's name in an admin page's address", () => {
    const anyComposer = {} as Parameters<NonNullable<typeof linkedin.postingAs>>[0];
    history.replaceState(null, '', '/company/our-trust/admin/feed/');
    expect(linkedin.postingAs!(anyComposer)).toBe('our-trust');
    history.replaceState(null, '', '/feed/');
    expect(linkedin.postingAs!(anyComposer)).toBeUndefined();
  });
});
