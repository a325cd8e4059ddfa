/**
 * Drives the built extension (.output/chrome-mv3) in Debian's Chromium with playwright-core, with the
 * fixture pages served at the sites' real hostnames and every other request aborted and recorded.
 * Recipe and measurements: ../shared/design/e2e-recipe.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { FIXTURE_SITES, INDEX_URL, siteForUrl } from './fixture-sites';
import { fixturePath } from './fixtures/build';
import type { FixtureApi, Submission } from './fixtures/page-api';

export const CHROMIUM = '/usr/lib/chromium/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The demo's build; an e2e run builds into a folder of its own and names it in EXTENSION_ENV. */
const DEFAULT_OUT = path.join(ROOT, '.output/e2e');
/**
 * Set by tests/e2e/global-setup.ts for the test workers: the run's own build, so a `npm run build`,
 * `wxt dev` or another e2e run at the same time cannot swap the extension under it.
 */
export const EXTENSION_ENV = 'POSTCHECK_E2E_EXTENSION';
export const EXTENSION_DIR = process.env[EXTENSION_ENV] ?? path.join(DEFAULT_OUT, 'chrome-mv3/');

/**
 * A production build (`wxt build`, same config) of the current code into `outDir`; returns the
 * unpacked Chrome extension's folder. Throws with wxt's output when the build fails.
 */
export function buildExtension(outDir = DEFAULT_OUT): string {
  const script = `import { build } from 'wxt'; await build({ outDir: ${JSON.stringify(outDir)} });`;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`wxt build failed:\n${stdout.toString()}${stderr.toString()}`);
  }
  return path.join(outDir, 'chrome-mv3/');
}

/**
 * Pages on hosts the extension must NOT run on: a neutral site and look-alikes of the four hosts.
 * Each has a contenteditable and a button, so a content script that ran there would have something to hook.
 */
export const CONTROL_PAGES = [
  'https://www.example.org/',
  'https://x.com.example.org/home',
  'https://facebook.example.org/',
  'https://www.linkedin.com.example.org/feed/',
  'https://notinstagram.com/',
];

const CONTROL_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control page</title></head>
<body><div contenteditable="true" role="textbox" aria-label="Post text" data-testid="tweetTextarea_0"></div>
<button data-testid="tweetButtonInline">Post</button></body></html>`;

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every http(s) request that was neither a fixture page nor a control page: aborted, in order. */
  blockedRequests: string[];
  /**
   * A new tab on `url`, loaded, with page errors collected in `pageErrors`. `prepare` runs before the
   * page loads, e.g. `page.addInitScript` for a page that behaves badly from its first script.
   */
  open(url: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page>;
  pageErrors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Keep the profile directory (the demo); tests always start from an empty one. */
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium); .ci/run does this.`);
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: npm run test:e2e and npm run demo build it.`);
  }
  const pages = new Map<string, string>();
  for (const site of FIXTURE_SITES) pages.set(site.id, await readFile(fixturePath(site), 'utf8'));
  const indexHtml = await readFile(path.join(path.dirname(fixturePath(FIXTURE_SITES[0]!)), 'index.html'), 'utf8').catch(() => '');

  const profile = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'postcheck-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1100, height: 800 } : options.viewport,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-quic',
      // Belt and braces: even a request that bypassed the routing below could not resolve a host.
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });

  const blockedRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (!/^https?:/.test(url)) return route.continue();
    const site = siteForUrl(url);
    const html =
      site && request.resourceType() === 'document'
        ? pages.get(site.id)
        : url === INDEX_URL && indexHtml
          ? indexHtml
          : CONTROL_PAGES.includes(url)
            ? CONTROL_HTML
            : undefined;
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    blockedRequests.push(`${request.method()} ${url} (${request.resourceType()})`);
    return route.abort('blockedbyclient');
  });

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  const pageErrors: string[] = [];
  return {
    context,
    extensionId,
    serviceWorker,
    blockedRequests,
    pageErrors,
    async open(url, prepare) {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      await prepare?.(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) await rm(profile, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The fixture's page world: what was posted.

export async function submissions(page: Page): Promise<Submission[]> {
  return page.evaluate(() => (window as unknown as FixtureApi).__submissions);
}

export async function model(page: Page, composer: string): Promise<string | null> {
  return page.evaluate((id) => (window as unknown as FixtureApi).__model(id), composer);
}

// ---------------------------------------------------------------------------------------------
// The toolbar button, as the user sees it.

/** The badge text of the extension's toolbar button on this page's tab ("" when none). */
export async function badgeText(harness: Harness, page: Page): Promise<string> {
  await page.bringToFront();
  return harness.serviceWorker.evaluate(async () => {
    interface ChromeApi {
      tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
      action?: { getBadgeText(d: { tabId?: number }): Promise<string> };
    }
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    if (!chrome.action) throw new Error('The manifest has no "action": there is no toolbar button to show a badge on');
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab?.id });
  });
}

// ---------------------------------------------------------------------------------------------
// The content script's isolated world, reached through CDP: the extension exposes nothing to the page.

async function cdp(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

/** The execution contexts the extension's content scripts run in, in the page's main frame. */
async function contentScriptContexts(session: CDPSession, extensionId: string): Promise<ExecutionContext[]> {
  const contexts: ExecutionContext[] = [];
  const collect = ({ context }: { context: ExecutionContext }) => contexts.push(context);
  session.on('Runtime.executionContextCreated', collect);
  // Enabling replays every existing context as an executionContextCreated event before it returns.
  await session.send('Runtime.enable');
  session.off('Runtime.executionContextCreated', collect);
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  return contexts.filter(
    (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin === `chrome-extension://${extensionId}`,
  );
}

/** Whether a content script of the extension was injected into the page's main frame. */
export async function contentScriptLoaded(page: Page, extensionId: string): Promise<boolean> {
  const session = await cdp(page);
  try {
    return (await contentScriptContexts(session, extensionId)).length > 0;
  } finally {
    await session.detach();
  }
}

/** Evaluates an expression in the content script's world and returns its JSON value. */
export async function evaluateInContentScript<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const session = await cdp(page);
  try {
    const [context] = await contentScriptContexts(session, extensionId);
    if (!context) throw new Error(`No Postcheck content script in ${page.url()}`);
    const result = (await session.send('Runtime.evaluate', {
      expression,
      contextId: context.id,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (result.exceptionDetails) {
      throw new Error(`In the content script: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    }
    return result.result.value;
  } finally {
    await session.detach();
  }
}

// ---------------------------------------------------------------------------------------------
// The review dialog: it lives in a CLOSED shadow root, which locators cannot pierce. CDP can:
// DOM.getDocument with pierce shows closed roots, and the accessibility tree tells which element has focus.

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  contentDocument?: DomNode;
}

export interface DialogControl {
  backendNodeId: number;
  tag: string;
  role: string | null;
  /** Visible text, whitespace collapsed; aria-label when there is no text. */
  label: string;
  disabled: boolean;
  focused: boolean;
}

/** One entry of a list in the dialog: a finding with its excerpt, message, policy and its own buttons. */
export interface DialogItem {
  text: string;
  controls: DialogControl[];
}

export interface ReviewDialog {
  /** All visible text of the extension's closed shadow root(s), whitespace collapsed. */
  text: string;
  controls: DialogControl[];
  items: DialogItem[];
}

function attributesOf(node: DomNode): Map<string, string> {
  const map = new Map<string, string>();
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) map.set(list[i]!, list[i + 1]!);
  return map;
}

function childrenOf(node: DomNode): DomNode[] {
  return [...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : []), ...(node.children ?? [])];
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  return childrenOf(node).map(textOf).join(' ');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function closedRoots(node: DomNode, found: DomNode[] = []): DomNode[] {
  if (node.nodeType === 11 && node.shadowRootType === 'closed') found.push(node);
  for (const child of childrenOf(node)) closedRoots(child, found);
  return found;
}

function descendants(node: DomNode, test: (node: DomNode) => boolean, found: DomNode[] = []): DomNode[] {
  if (test(node)) found.push(node);
  for (const child of childrenOf(node)) descendants(child, test, found);
  return found;
}

const isControl = (node: DomNode) =>
  node.nodeName === 'BUTTON' || node.nodeName === 'A' || attributesOf(node).get('role') === 'button';
const isListItem = (node: DomNode) => node.nodeName === 'LI' || attributesOf(node).get('role') === 'listitem';

/**
 * The extension's review UI as the user sees it, or null when none is open. Only what the extension
 * renders in closed shadow roots counts (the fixture pages have no closed roots of their own).
 */
export async function readReviewDialog(page: Page): Promise<ReviewDialog | null> {
  const session = await cdp(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const roots = closedRoots(root);
    const text = collapse(roots.map(textOf).join(' '));
    const controlNodes = roots.flatMap((r) => descendants(r, isControl));
    if (!text && controlNodes.length === 0) return null;
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: { backendDOMNodeId?: number; ignored: boolean; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    const focusedIds = new Set(
      nodes.filter((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true)).map((n) => n.backendDOMNodeId),
    );
    const control = (node: DomNode): DialogControl => {
      const attributes = attributesOf(node);
      return {
        backendNodeId: node.backendNodeId,
        tag: node.nodeName.toLowerCase(),
        role: attributes.get('role') ?? null,
        label: collapse(textOf(node)) || attributes.get('aria-label') || '',
        disabled: attributes.has('disabled') || attributes.get('aria-disabled') === 'true',
        focused: focusedIds.has(node.backendNodeId),
      };
    };
    const items = roots
      .flatMap((r) => descendants(r, isListItem))
      .map((node) => ({ text: collapse(textOf(node)), controls: descendants(node, isControl).map(control) }));
    return { text, controls: controlNodes.map(control), items };
  } finally {
    await session.detach();
  }
}

/** Polls until the review dialog is open (or, with `open: false`, closed). */
export async function waitForReviewDialog(page: Page, open = true, timeout = 5_000): Promise<ReviewDialog | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const dialog = await readReviewDialog(page);
    if (Boolean(dialog && dialog.controls.length > 0) === open) return dialog;
    if (Date.now() > deadline) throw new Error(`Review dialog still ${open ? 'closed' : 'open'} after ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

export function findControl(dialog: ReviewDialog, label: RegExp): DialogControl {
  const control = dialog.controls.find((c) => label.test(c.label));
  if (!control) throw new Error(`No control ${label} in the review dialog; it has: ${dialog.controls.map((c) => c.label).join(' | ')}`);
  return control;
}

/** A real (trusted) mouse click in the middle of a control of the closed shadow root. */
export async function clickControl(page: Page, control: DialogControl): Promise<void> {
  const session = await cdp(page);
  try {
    await session.send('DOM.getDocument', { depth: 0 });
    await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: control.backendNodeId });
    const { model: box } = (await session.send('DOM.getBoxModel', { backendNodeId: control.backendNodeId })) as {
      model: { content: number[] };
    };
    const xs = [box.content[0]!, box.content[2]!, box.content[4]!, box.content[6]!];
    const ys = [box.content[1]!, box.content[3]!, box.content[5]!, box.content[7]!];
    await page.mouse.click((Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2);
  } finally {
    await session.detach();
  }
}

/**
 * Keyboard only: Tab through the dialog until the control whose label matches has focus, then press
 * Enter. Fails if focus leaves the dialog (focus must be trapped) or the control is never reached.
 */
export async function activateByKeyboard(page: Page, label: RegExp, maxTabs = 20): Promise<void> {
  for (let i = 0; i <= maxTabs; i++) {
    const dialog = await readReviewDialog(page);
    if (!dialog) throw new Error('Review dialog closed while tabbing');
    const focused = dialog.controls.find((c) => c.focused);
    if (focused && label.test(focused.label)) {
      await page.keyboard.press('Enter');
      return;
    }
    if (i > 0 && !focused && !(await focusInsideDialog(page))) throw new Error('Focus left the review dialog: it is not trapped');
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tabbing never reached ${label}`);
}

/** Whether the focused element (per the accessibility tree) is inside a closed shadow root. */
async function focusInsideDialog(page: Page): Promise<boolean> {
  const session = await cdp(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const inside = new Set<number>();
    const mark = (node: DomNode) => {
      inside.add(node.backendNodeId);
      childrenOf(node).forEach(mark);
    };
    closedRoots(root).forEach(mark);
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: { backendDOMNodeId?: number; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    return nodes.some(
      (n) => n.backendDOMNodeId !== undefined && inside.has(n.backendDOMNodeId) && n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
    );
  } finally {
    await session.detach();
  }
}
