/**
 * The extension's own pages in the e2e run: the popup for a given tab, the options page, and axe-core
 * accessibility checks on them and on the review dialog in its closed shadow root.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** The id of the browser tab showing `page`, asked of the extension's service worker. */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await harness.serviceWorker.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

/**
 * The toolbar popup, opened as a page for the tab (`?tab=`): a test cannot click the toolbar button,
 * and a popup opened as a tab would otherwise report on itself.
 */
export async function openPopup(harness: Harness, tabId: number): Promise<Page> {
  const popup = await harness.context.newPage();
  popup.on('pageerror', (error) => harness.pageErrors.push(`popup: ${error.message}`));
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.verdict').first().waitFor();
  return popup;
}

export async function openOptions(harness: Harness): Promise<Page> {
  const options = await harness.context.newPage();
  options.on('pageerror', (error) => harness.pageErrors.push(`options: ${error.message}`));
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Postcheck settings' }).waitFor();
  return options;
}

// ---------------------------------------------------------------------------------------------
// axe-core

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The WCAG 2.x A and AA rules and axe's best practices. */
const AXE_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };

async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(AXE_SOURCE);
}

/** axe-core's violations on the whole page (an extension page: axe runs in the page's own world). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async (options) => {
    const result = await (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: AxeResult[]; passes: unknown[] }> } }).axe.run(document, options);
    if (result.passes.length === 0) throw new Error('axe checked nothing on this page');
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, AXE_OPTIONS);
}

interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's violations in the review dialog. The dialog lives in a CLOSED shadow root, which axe (like
 * the page) cannot enter, so CDP hands us the root and its rendered DOM and styles are cloned, unchanged,
 * into an open shadow root on an identical host, which axe can check. The clone is removed afterwards.
 */
export async function axeViolationsInReviewDialog(page: Page): Promise<AxeViolation[]> {
  await injectAxe(page);
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const closed = findClosedRoot(root);
    if (!closed) throw new Error('No closed shadow root: the review dialog is not open');
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: closed.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      awaitPromise: true,
      returnByValue: true,
      arguments: [{ value: AXE_OPTIONS }],
      functionDeclaration: `async function (options) {
        const original = this.host;
        const host = document.createElement(original.localName);
        host.setAttribute('style', original.getAttribute('style') ?? '');
        host.setAttribute('data-axe-clone', '');
        const shadow = host.attachShadow({ mode: 'open' });
        for (const child of this.childNodes) shadow.append(child.cloneNode(true));
        original.after(host);
        try {
          const result = await window.axe.run(host, options);
          if (result.passes.length < 5) throw new Error('axe checked almost nothing in the review dialog');
          return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
        } finally {
          host.remove();
        }
      }`,
    })) as { result: { value: AxeViolation[] } };
    return result.value;
  } finally {
    await session.detach();
  }
}

interface DomNode {
  backendNodeId: number;
  nodeType: number;
  shadowRootType?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findClosedRoot(node: DomNode): DomNode | undefined {
  if (node.nodeType === 11 && node.shadowRootType === 'closed') return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findClosedRoot(child);
    if (found) return found;
  }
  return undefined;
}
