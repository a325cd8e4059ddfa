/**
 * `npm run demo`: builds the extension and the fixture pages, then opens Chromium with Postcheck on
 * local copies of the four sites' compose boxes, served at their real addresses inside this browser
 * only. Nobody has to log in and nothing leaves the machine.
 *
 * With a display, the browser opens on an index page for you to try it. Without one (or with
 * `--tour DIR`), it runs headless: it types a risky draft into one composer per site, posts it, and saves
 * a screenshot of what Postcheck shows to DIR (`npm run screenshots` refreshes docs/screenshots/).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { COMPOSERS, type ComposerSpec } from '../tests/e2e/composers';
import { INDEX_URL } from '../tests/e2e/fixture-sites';
import { buildFixtures } from '../tests/e2e/fixtures/build';
import { buildExtension, launch, readReviewDialog, submissions, waitForReviewDialog, type Harness } from '../tests/e2e/harness';
import { RISKY_DRAFT } from '../tests/e2e/sample-drafts';

/** One composer per site for the tour: the main "new post" box of each. */
const TOUR = ['X modal', 'Facebook post', 'LinkedIn share box', 'Instagram caption (Lexical)'].map((name) => {
  const spec = COMPOSERS.find((c) => c.name === name);
  if (!spec) throw new Error(`No composer named ${name} in tests/e2e/composers.ts`);
  return spec;
});

function tourDirFromArgs(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--tour');
  if (at === -1) return undefined;
  const dir = argv[at + 1];
  if (!dir) throw new Error('--tour needs a directory, e.g. --tour docs/screenshots');
  return dir;
}

async function showOne(harness: Harness, spec: ComposerSpec, dir: string): Promise<boolean> {
  const page = await harness.open(spec.url);
  await spec.open(page);
  await spec.editor(page).click();
  await page.keyboard.type(RISKY_DRAFT.text);
  await spec.submit(page).click();
  const held = await waitForReviewDialog(page, true, 5_000).then(
    () => true,
    () => false,
  );
  const file = path.join(dir, `${spec.site}.png`);
  await page.screenshot({ path: file });
  const dialog = held ? await readReviewDialog(page) : null;
  const posted = await submissions(page);
  console.log(
    held
      ? `${spec.name}: post held, review dialog shown -> ${file}\n  ${dialog?.text.slice(0, 300)}`
      : `${spec.name}: NOT held (${posted.length} post(s) went out) -> ${file}`,
  );
  await page.close();
  return held;
}

async function tour(harness: Harness, dir: string): Promise<boolean> {
  await mkdir(dir, { recursive: true });
  let allHeld = true;
  for (const spec of TOUR) allHeld = (await showOne(harness, spec, dir)) && allHeld;
  return allHeld;
}

async function main(): Promise<void> {
  const requestedTour = tourDirFromArgs(process.argv.slice(2));
  const headed = !requestedTour && Boolean(process.env.DISPLAY);
  console.log('Building the extension and the fixture pages…');
  buildExtension();
  await buildFixtures();

  if (headed) {
    const harness = await launch({ headless: false, viewport: null });
    // The window's first tab: closing it instead would close the window.
    const page = harness.context.pages()[0] ?? (await harness.context.newPage());
    await page.goto(INDEX_URL);
    console.log('Chromium is open with Postcheck on local copies of X, Facebook, LinkedIn and Instagram. Close it (or Ctrl+C) to finish.');
    await new Promise<void>((resolve) => {
      harness.context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
    });
    await harness.close(); // also removes the throwaway profile
    return;
  }

  const dir = requestedTour ?? path.join('.output', 'demo');
  if (!requestedTour) {
    console.log('No $DISPLAY, so Chromium runs headless: here is a scripted tour instead. Run `npm run demo` on a desktop');
    console.log('(or under xvfb-run with a VNC viewer) to try it yourself.');
  }
  const harness = await launch();
  try {
    const allHeld = await tour(harness, dir);
    if (harness.blockedRequests.length > 0) console.log(`Blocked requests: ${harness.blockedRequests.join(', ')}`);
    if (!allHeld) process.exitCode = 1;
  } finally {
    await harness.close();
  }
}

await main();
