// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { startPostcheck } from '../../src/content/postcheck';
import { x } from '../../src/sites/x';
import { packsOnRequest, uiSettled, uiState, until } from './startup';
import { xPage } from './x-page';

it('holds a clean post made before the rule packs have loaded, and sends it as soon as they have', async () => {
  const background = packsOnRequest();
  const { posted, button } = xPage('Lovely walk to work');
  startPostcheck(window, x, () => {});
  button.click();
  expect(posted).toEqual([]);
  background.deliver();
  await until('the clean post goes out', () => posted.length > 0);
  expect(posted).toEqual(['Lovely walk to work']);
  expect(uiState()).toBe('idle');
  await uiSettled();
});
