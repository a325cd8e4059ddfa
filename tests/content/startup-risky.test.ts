// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { startPostcheck } from '../../src/content/postcheck';
import { x } from '../../src/sites/x';
import { packsOnRequest, uiSettled, uiState, until } from './startup';
import { xPage } from './x-page';

it('holds a risky post made before the rule packs have loaded, and reviews it once they have', async () => {
  const background = packsOnRequest();
  const { posted, button } = xPage('Saw Mrs Smith today');
  startPostcheck(window, x, () => {});
  button.click();
  background.deliver();
  await until('the review opens', () => uiState() === 'review');
  expect(posted).toEqual([]);
  await uiSettled();
});
