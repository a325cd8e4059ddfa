import { describe, expect, it } from 'vitest';
import { COMPOSERS } from './composers';
import { openComposer, siteSuite, typeDraft } from './flows';
import { readReviewDialog, submissions, waitForReviewDialog } from './harness';
import { CLEAN_DRAFT, RISKY_DRAFT } from './sample-drafts';

const post = COMPOSERS.find((c) => c.name === 'Facebook post')!;

siteSuite('facebook', (getHarness) => {
  describe('the Post control is a div[role=button]: Enter and Space on it post', () => {
    for (const key of ['Enter', ' '] as const) {
      const name = key === ' ' ? 'Space' : key;
      it(`holds a risky draft posted with ${name} on the focused Post control`, async () => {
        const page = await openComposer(getHarness(), post);
        await typeDraft(page, RISKY_DRAFT.text);
        await post.submit(page).focus();
        await page.keyboard.press(key);
        const dialog = await waitForReviewDialog(page);
        expect(dialog!.text).toContain('943 476 5919');
        expect(await submissions(page)).toEqual([]);
        await page.close();
      });

      it(`posts a clean draft with ${name} on the focused Post control`, async () => {
        const page = await openComposer(getHarness(), post);
        await typeDraft(page, CLEAN_DRAFT.text);
        await post.submit(page).focus();
        await page.keyboard.press(key);
        await expect.poll(async () => (await submissions(page)).map((s) => s.text), { timeout: 8_000 }).toEqual([CLEAN_DRAFT.text]);
        expect((await readReviewDialog(page))?.text ?? '').not.toMatch(/Check before you post/);
        await page.close();
      });
    }
  });
});
