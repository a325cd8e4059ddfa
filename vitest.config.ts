import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { yamlAsJson } from './scripts/yaml-plugin';

export default defineConfig({
  plugins: [WxtVitest(), yamlAsJson()],
  resolve: {
    alias: [
      // wxt 0.21.0's 'wxt/testing' index pulls in esbuild, which throws under jsdom; the fake browser alone is enough.
      { find: /^wxt\/testing$/, replacement: fileURLToPath(new URL('./node_modules/wxt/dist/testing/fake-browser.mjs', import.meta.url)) },
    ],
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    // The CLI tests start a process each and the property tests run thousands of drafts: on a busy
    // 2-core machine 5 s is not enough, and a timeout there says nothing about the product.
    testTimeout: 30_000,
  },
});
