import { defineConfig } from 'wxt';
import { yamlAsJson } from './scripts/yaml-plugin';

export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: 'Postcheck',
    description: 'Checks your social-media drafts against NHS social-media policies before you post. Nothing leaves your browser.',
    permissions: ['storage'],
  },
  vite: () => ({
    plugins: [yamlAsJson()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
