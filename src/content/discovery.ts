import type { Composer, SiteAdapter } from '../sites/adapter';

/** Mutations are batched: a busy feed changes the DOM constantly, and a scan every few frames is plenty. */
const SCAN_DELAY_MS = 200;

export interface DiscoveryHandlers {
  found(composer: Composer): void;
  gone(editor: HTMLElement): void;
}

/**
 * Finds composers as single-page sites mount and unmount them, in the document and in open shadow roots
 * (LinkedIn's share box lives in #interop-outlet's), which a document observer cannot see into.
 */
export class ComposerDiscovery {
  private readonly known = new Set<HTMLElement>();
  private readonly roots = new Set<Document | ShadowRoot>();
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly handlers: DiscoveryHandlers,
  ) {
    this.observer = new MutationObserver(() => this.schedule());
    this.watch(doc);
  }

  /** Also look inside this open shadow root (seen in an event path, or a known host's root). */
  watch(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observer.observe(root, { childList: true, subtree: true });
    this.schedule();
  }

  /** Watches any open shadow roots an event passed through. */
  watchPath(path: readonly EventTarget[]): void {
    for (const node of path) if (node instanceof ShadowRoot) this.watch(node);
  }

  /** Every composer on the page now, in the document and the open shadow roots seen so far. */
  composers(): Composer[] {
    return [...this.roots].flatMap((root) => this.adapter.findComposers(root));
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.scan();
    }, SCAN_DELAY_MS);
  }

  scan(): void {
    for (const selector of this.adapter.shadowHosts) {
      for (const host of this.doc.querySelectorAll(selector)) if (host.shadowRoot) this.watch(host.shadowRoot);
    }
    const present = new Set<HTMLElement>();
    for (const root of this.roots) {
      for (const composer of this.adapter.findComposers(root)) {
        const editor = composer.editor.element;
        present.add(editor);
        if (!this.known.has(editor)) {
          this.known.add(editor);
          this.handlers.found(composer);
        }
      }
    }
    for (const editor of this.known) {
      if (present.has(editor)) continue;
      this.known.delete(editor);
      this.handlers.gone(editor);
    }
  }
}
