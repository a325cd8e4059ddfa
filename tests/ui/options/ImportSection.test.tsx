// @vitest-environment jsdom
import fc from 'fast-check';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { stringify } from 'yaml';
import { builtInPacks } from '../../../src/storage/built-in-packs';
import { effectiveSettings } from '../../../src/storage/effective';
import { IMPORTED_KEY, readStoredSettings } from '../../../src/storage/settings';
import { ImportSection } from '../../../src/ui/options/ImportSection';
import { trustPack } from '../../storage/trust-pack';

// An IG lead imports a pack in the options page. Whatever is wrong with it, it is shown with its problems
// and the packs in use stay exactly as they were: nothing is written to any storage area.

/** The Trust's own pack, already imported and in use; every broken file below has its id. */
const IN_USE = { pack: trustPack, source: 'trust-extra.yaml', importedAt: '2026-11-29T10:00:00.000Z' };
const GOOD_UPDATE = stringify({ ...trustPack, version: '1.1.0' });

/** Ways an update of the pack in use can be broken: every one would replace it if it were accepted. */
const brokenUpdate = fc.oneof(
  fc.constantFrom(
    GOOD_UPDATE.replace('severity: warn', 'severity: sometimes'),
    GOOD_UPDATE.replace('category: grievance', 'categry: grievance'),
    GOOD_UPDATE.replace(/kind: phrases/, 'kind: phrase'),
    GOOD_UPDATE.replace(/terms:\n(\s+)- car park charges/, "terms:\n$1- '@car-words'"),
    GOOD_UPDATE.replace(/detect:\n\s+kind: phrases\n\s+terms:\n\s+- car park charges/, "detect: { kind: pattern, regex: '(?<=pay )car park' }"),
    GOOD_UPDATE.replace('version: 1.1.0', 'version: 1.1.0\nversion: 1.2.0'),
    GOOD_UPDATE.replace('rules:', 'rules: ['),
    GOOD_UPDATE.replace('id: vote', 'id: car-park'),
    '['.repeat(5_000),
  ),
  // Cut off anywhere before its first rule is complete.
  fc.nat(GOOD_UPDATE.indexOf('examples:')).map((n) => GOOD_UPDATE.slice(0, n)),
  // Random bytes, and any value other than text put in place of one field.
  fc.uint8Array({ minLength: 1, maxLength: 500 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc
    .tuple(fc.constantFrom('id', 'name', 'version', 'rules'), fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'string'))
    .map(([field, value]) => stringify({ ...trustPack, [field]: value })),
);

describe('importing a rule pack in the options page', () => {
  let container: HTMLElement;
  const textarea = () => container.querySelector<HTMLTextAreaElement>('#pasted-pack')!;
  const button = (name: RegExp) => [...container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  const everything = async () => ({
    local: await fakeBrowser.storage.local.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
    session: await fakeBrowser.storage.session.get(null),
  });

  async function show() {
    const stored = await readStoredSettings();
    await act(() => render(<ImportSection settings={effectiveSettings(stored, builtInPacks())} stored={stored} />, container));
  }

  async function paste(text: string) {
    await act(() => {
      textarea().value = text;
      textarea().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => button(/Check pasted pack/)!.click());
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [IMPORTED_KEY]: [IN_USE] });
    container = document.createElement('div');
    document.body.append(container);
    await show();
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  it('shows every problem of a broken pack with its line, rule and field, and leaves the packs in use untouched', async () => {
    const before = await everything();
    await paste(GOOD_UPDATE.replace('severity: warn', 'severity: sometimes').replace('category: political', 'category: politics'));
    const alert = container.querySelector('.problems[role=alert]');
    expect(alert?.querySelector('h3')?.textContent).toBe('✕ The pasted pack cannot be used: 2 problems. The pack in use has not changed.');
    expect([...alert!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^line \d+, rule car-park, field rules\[0\]\.severity: must be one of: "block", "warn", "info", "off"$/),
      expect.stringMatching(/^line \d+, rule vote, field rules\[2\]\.category: must be one of: .*"political"/),
    ]);
    expect(button(/Switch it on/)).toBeUndefined();
    expect(await everything()).toEqual(before);
    expect((await readStoredSettings()).imported).toEqual([IN_USE]);
  });

  it('never writes anything for any broken update of the pack in use, pasted or chosen as a file', async () => {
    const before = await everything();
    await fc.assert(
      fc.asyncProperty(brokenUpdate, fc.boolean(), async (text, asFile) => {
        if (asFile) {
          const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
          Object.defineProperty(input, 'files', { value: [new File([text], 'update.yaml')], configurable: true });
          await act(() => {
            input.dispatchEvent(new Event('change', { bubbles: true }));
          });
          await act(async () => new Promise((r) => setTimeout(r, 0)));
        } else if (text.trim() === '') {
          // Nothing to check: the button stays disabled.
          await act(() => {
            textarea().value = text;
            textarea().dispatchEvent(new Event('input', { bubbles: true }));
          });
          expect(button(/Check pasted pack/)!.disabled).toBe(true);
          expect(await everything()).toEqual(before);
          return;
        } else await paste(text);
        const heading = container.querySelector('.problems[role=alert] h3')?.textContent;
        expect(heading).toMatch(/cannot be used: \d+ problems?\. The pack in use has not changed\./);
        expect(container.querySelectorAll('.problems li').length).toBeGreaterThan(0);
        expect(button(/Switch it on/)).toBeUndefined();
        expect(await everything()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it('writes the pack only when a valid one is switched on (so the checks above can see a write)', async () => {
    const before = await everything();
    await paste(GOOD_UPDATE);
    expect(container.querySelector('.preview h3')?.textContent).toMatch(/The pasted pack is a valid pack: Trust extras 1\.1\.0/);
    expect(await everything()).toEqual(before);
    await act(() => button(/Switch it on/)!.click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect((await readStoredSettings()).imported.map((p) => p.pack.version)).toEqual(['1.1.0']);
  });
});
