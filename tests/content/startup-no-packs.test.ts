// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { startPostcheck } from '../../src/content/postcheck';
import type { OutcomeMessage, TabStatusMessage } from '../../src/messages';
import { x } from '../../src/sites/x';
import { packsOnRequest } from './startup';
import { xPage } from './x-page';

it('sends a post held for rule packs that never come after 5 s, unchanged, and says checking is unavailable', async () => {
  vi.useFakeTimers();
  packsOnRequest(); // …and never delivered: the background does not answer.
  const sent: (TabStatusMessage | OutcomeMessage)[] = [];
  const { posted, button } = xPage('Saw Mrs Smith today');
  startPostcheck(window, x, (message) => sent.push(message));
  button.click();
  await vi.advanceTimersByTimeAsync(4_900);
  expect(posted).toEqual([]);
  await vi.advanceTimersByTimeAsync(200);
  expect(posted).toEqual(['Saw Mrs Smith today']);
  expect(sent.at(-1)).toMatchObject({ type: 'postcheck:tab-status', available: false, reason: 'the rule packs took too long to load' });
  vi.useRealTimers();
});
