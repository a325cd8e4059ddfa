import { defineConfig } from 'wxt';
import { yamlAsJson } from './scripts/yaml-plugin';

/**
 * The public half of the key the Chrome/Edge build is identified by, so its id is the same on every
 * machine and a Trust's policy can name it: donjmndcppcpljapaclipmlpphnjbdfj (README "Rolling it out").
 * The private half is not needed to load or policy-install the unpacked build and is not kept here.
 */
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArkbofX+pjqWmV6IkvOuUXpiT9rbjazsb27poDfKm2gWVWN+lsrWAIR33CKI7QYzQ+0eh07BaKNIIhTbqNGqXKvB2CDBlPHH5NUsgjsfyFU2HpEIfRFzLvVUlArUNossIg9yD87/TpQp5HIKOM4DQP/Wzm0eYmddL5nr3VOgbDaCWEGZWd8kevhrcQBNSbr+GQKFt+sIj6iHadtMc23GHpLtT4N44BVSvwiN4pp/p3OCNfUuDQgmDPJanMPwUoWqI7bsUD/PYZJjL9SmwCo5Ktg9xzpRlqCJZdDGjm8WnmuT09tOws5aInn8wrrYslwm9kqPm1iiz4T8GcQGXniTrSwIDAQAB';
/** The Firefox build's id, which Firefox's policies.json names under 3rdparty.Extensions. */
export const GECKO_ID = 'postcheck@postcheck-extension';

export default defineConfig({
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Postcheck',
    description: 'Checks your social-media drafts against NHS social-media policies before you post. Nothing leaves your browser.',
    permissions: ['storage'],
    // Stricter than Chrome's MV3 default, which also allows scripts from localhost: only the extension's own files.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // The toolbar button carries the per-tab badge (findings on the page, "!" when checking is unavailable).
    action: { default_title: 'Postcheck' },
    // What a Trust's IT may set by browser policy (Chrome/Edge 3rdparty extension policy, Firefox policies.json).
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { key: EXTENSION_KEY }),
  }),
  vite: () => ({
    plugins: [yamlAsJson()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
