/**
 * Screenshots of the extension's own pages for the README (`npm run screenshots` runs it after the
 * review-dialog tour): the popup over a draft typed into the X fixture, the options page with a draft in
 * the playground, and an imported pack's preview. It builds the extension into a folder of its own, so
 * a demo or test run building at the same time cannot swap it mid-way.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { COMPOSERS } from '../tests/e2e/composers';

const runDir = await mkdtemp(path.resolve('.output', 'screenshots-'));
// Read by the harness when it loads, so it is set before the harness is imported.
process.env.POSTCHECK_E2E_EXTENSION = path.join(runDir, 'chrome-mv3/');
const { buildExtension, launch } = await import('../tests/e2e/harness');
const { openOptions, openPopup, tabIdOf } = await import('../tests/e2e/extension-pages');
buildExtension(runDir);

const dir = process.argv[2] ?? path.join('.output', 'demo');
await mkdir(dir, { recursive: true });
const X_INLINE = COMPOSERS.find((c) => c.name === 'X inline')!;
const DRAFT = 'Mrs Jean Pritchard in bay 4, NHS no 943 476 5919, finally went home today. Vote Labour on Thursday!';

const harness = await launch();
try {
  const page = await harness.open(X_INLINE.url);
  await X_INLINE.editor(page).click();
  await page.keyboard.type(DRAFT);
  const popup = await openPopup(harness, await tabIdOf(harness, page));
  await popup.getByText(/must be fixed before posting/).waitFor();
  await popup.screenshot({ path: path.join(dir, 'popup.png'), fullPage: true });

  const options = await openOptions(harness);
  await options.setViewportSize({ width: 1000, height: 800 });
  await options.getByLabel('Draft', { exact: true }).fill('Another 12-hour shift and the rota is a joke. Vote Labour on Thursday!');
  await options.getByRole('combobox', { name: 'Account' }).selectOption('trust');
  await options.screenshot({ path: path.join(dir, 'options.png'), fullPage: true });

  const pack = await readFile('tests/e2e/packs/trust-extra.yaml', 'utf8');
  await options.getByLabel('Or paste the pack').fill(pack);
  await options.getByRole('button', { name: 'Check pasted pack' }).click();
  const section = options.locator('section', { has: options.getByRole('heading', { name: 'Import a rule pack' }) });
  await section.locator('.preview').waitFor();
  await section.screenshot({ path: path.join(dir, 'options-import.png') });
  console.log(`Saved popup.png, options.png and options-import.png to ${dir}`);
} finally {
  await harness.close();
  await rm(runDir, { recursive: true, force: true });
}
