#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so the CLI and the extension share one engine source.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
