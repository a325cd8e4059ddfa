import { describe, expect, it } from 'vitest';
import { COMPOSERS } from './composers';
import { openComposer, siteSuite, typeDraft } from './flows';
import { submissions, waitForReviewDialog } from './harness';
import { CLEAN_DRAFT, RISKY_DRAFT } from './sample-drafts';

siteSuite('x', (getHarness) => {
  describe('X thread in the compose modal', () => {
    it('holds "Post all" when the second post of the thread is risky, and says which post', async () => {
      const modal = COMPOSERS.find((c) => c.name === 'X modal')!;
      const page = await openComposer(getHarness(), modal);
      await typeDraft(page, CLEAN_DRAFT.text);
      await page.locator('[data-testid=addButton]').click();
      await page.locator('#layers [data-testid=tweetTextarea_1]').click();
      await typeDraft(page, RISKY_DRAFT.text);
      await modal.submit(page).click();
      const dialog = await waitForReviewDialog(page);
      expect(dialog!.text).toContain('943 476 5919');
      expect(dialog!.text).toMatch(/Post 2 of 2/);
      expect(await submissions(page)).toEqual([]);
      await page.close();
    });
  });
});
