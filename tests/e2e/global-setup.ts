/**
 * Before any e2e test: build the extension and the fixture pages, so the run always tests the current
 * code. A missing Chromium fails the run here, with what to install; it is never a skip.
 */
import { existsSync } from 'node:fs';
import { buildFixtures } from './fixtures/build';
import { CHROMIUM, buildExtension } from './harness';

export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (.ci/run does).`);
  }
  buildExtension();
  await buildFixtures();
}
