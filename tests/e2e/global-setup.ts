/**
 * Before any e2e test: build the extension and the fixture pages, so the run always tests the current
 * code. A missing Chromium fails the run here, with what to install; it is never a skip.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from './fixtures/build';
import { CHROMIUM, EXTENSION_ENV, buildExtension } from './harness';

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (.ci/run does).`);
  }
  const output = fileURLToPath(new URL('../../.output/', import.meta.url));
  await mkdir(output, { recursive: true });
  const runDir = await mkdtemp(`${output}e2e-run-`);
  // Test workers start after this and inherit the variable; the harness loads this run's build.
  process.env[EXTENSION_ENV] = buildExtension(runDir);
  await buildFixtures();
  return () => rm(runDir, { recursive: true, force: true });
}
