import { startRouter } from '../src/background/router';

export default defineBackground(() => {
  // Findings are computed in the content script; the background shows their count on the badge, counts
  // outcomes for the statistics, and carries the popup's questions to the tab (src/background/router.ts).
  startRouter();
});
