/**
 * The content script runs on every page of four busy sites, on old Trust laptops too: it must stay small.
 * Builds the extension and fails if any content script is over the gzip budget.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';

const BUDGET_BYTES = 120 * 1024;

const outDir = mkdtempSync(join(tmpdir(), 'postcheck-size-'));
try {
  await build({ outDir });
  const dir = join(outDir, 'chrome-mv3', 'content-scripts');
  let over = false;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const raw = readFileSync(join(dir, file));
    const gzip = gzipSync(raw, { level: 9 }).length;
    const ok = gzip <= BUDGET_BYTES;
    over ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} content-scripts/${file}: ${(raw.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BYTES / 1024} KB gzip)`);
  }
  process.exitCode = over ? 1 : 0;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
