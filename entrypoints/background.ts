export default defineBackground(() => {
  // Findings are computed in the content script; the background only keeps settings and the badge (see src/).
});
