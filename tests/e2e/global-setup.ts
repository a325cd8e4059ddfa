/**
 * Before any e2e test: build the extension and the fixture pages, so the run always tests the current
 * code. A missing Chromium fails the run here, with what to install; it is never a skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from './fixtures/build';
import { CHROMIUM } from './harness';

export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (.ci/run does).`);
  }
  const root = fileURLToPath(new URL('../../', import.meta.url));
  try {
    execFileSync(process.execPath, [`${root}node_modules/wxt/bin/wxt.mjs`, 'build'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`wxt build failed:\n${stdout.toString()}${stderr.toString()}`);
  }
  await buildFixtures();
}
