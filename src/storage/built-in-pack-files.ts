/**
 * The packs in rules/*.yaml, bundled at build time (scripts/yaml-plugin.ts turns them into JSON), keyed
 * by file. Only the background and the extension's pages bundle them: the content script asks the
 * background for them on start (src/content/messaging.ts), which keeps its bundle small, and the
 * background sends them as they are, without loading the engine.
 */
export const BUILT_IN_PACK_FILES: Record<string, unknown> = import.meta.glob('../../rules/*.yaml', { eager: true, import: 'default' });
