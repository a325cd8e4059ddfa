/**
 * `npm run lint:firefox`: builds the Firefox version (`wxt build -b firefox`, into its own folder so a
 * build running elsewhere cannot swap it) and runs Mozilla's `web-ext lint` on it, offline. Fails on
 * any error; prints the warnings, which the README explains.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'wxt';

const OUT = '.output/lint';
const SOURCE = `${OUT}/firefox-mv3`;

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  message: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

await build({ browser: 'firefox', outDir: OUT });
let output: string;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE, '--no-config-discovery', '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  // web-ext exits non-zero when there are errors; its JSON report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
const line = (kind: string, m: LintMessage) => `  ${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
console.log(`web-ext lint ${SOURCE}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const m of report.errors) console.log(line('ERROR', m));
for (const m of report.warnings) console.log(line('warning', m));
if (report.summary.errors > 0) process.exitCode = 1;
