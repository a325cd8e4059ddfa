import { parse } from 'yaml';

/**
 * A Vite plugin that turns `*.yaml` imports into JSON modules, so rule packs are bundled into the
 * extension at build time and no YAML parser ships in the content script. Used by wxt.config.ts and
 * vitest.config.ts alike. Typed structurally because WXT and Vitest bring different Vite versions.
 */
export function yamlAsJson(): { name: string; transform(code: string, id: string): { code: string; map: null } | null } {
  return {
    name: 'postcheck-yaml-as-json',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id.split('?')[0])) return null;
      let data: unknown;
      try {
        data = parse(code, { uniqueKeys: true });
      } catch (error) {
        throw new Error(`${id}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      }
      return { code: `export default ${JSON.stringify(data)};`, map: null };
    },
  };
}
