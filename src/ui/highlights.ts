import type { Severity } from '../engine/types';

/**
 * Marks flagged spans over an editor without touching the editor's DOM (Draft.js and Lexical reconcile
 * or revert foreign nodes): boxes drawn in the extension's own closed shadow root, laid out from the
 * spans' client rectangles and redrawn on scroll (also inside shadow roots, whose scroll events never
 * reach window), resize, editor size changes and every re-check.
 *
 * Not the CSS Custom Highlight API, although Chromium has it: its registry is shared with the page
 * world, and the e2e run showed a page script reading back every registered range, i.e. exactly which
 * spans were flagged as patient identifiers. Findings must never be visible to the page.
 */
export interface HighlightSpan {
  start: number;
  end: number;
  severity: Severity;
}

/** An editor's text as the highlighter sees it: offsets map to a DOM range, or null for a textarea. */
export interface HighlightTarget {
  element: HTMLElement;
  range(start: number, end: number): Range | null;
}

export interface Highlighter {
  paint(target: HighlightTarget, spans: HighlightSpan[]): void;
  clear(element: HTMLElement): void;
  /** Draws what is pending now (called from an animation frame, so it shows in that frame). */
  flush(): void;
}

/** The highlighter for a window; `layer` is the extension's own element for boxes, created on first use. */
export function createHighlighter(win: Window, layer: () => HTMLElement): Highlighter {
  return new BoxHighlighter(win, layer);
}

interface Painted {
  element: HTMLElement;
  /** Ranges are taken when painting: live ranges follow the editor's DOM until the next check. */
  spans: (HighlightSpan & { range: Range | null })[];
}

/** Boxes in the extension's layer, laid out in the next animation frame after any change. */
class BoxHighlighter implements Highlighter {
  private readonly painted = new Map<HTMLElement, Painted>();
  private readonly scrollRoots = new WeakSet<ShadowRoot>();
  private readonly resizes: ResizeObserver | undefined;
  private listeningToWindow = false;
  private frame = 0;
  private boxes: HTMLElement[] = [];
  private mirror?: HTMLElement;

  constructor(
    private readonly win: Window,
    private readonly layer: () => HTMLElement,
  ) {
    this.resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(this.schedule) : undefined;
  }

  paint(target: HighlightTarget, spans: HighlightSpan[]): void {
    const { element } = target;
    if (spans.length === 0) return this.clear(element);
    if (!this.painted.has(element)) this.follow(element);
    this.painted.set(element, { element, spans: spans.map((s) => ({ ...s, range: target.range(s.start, s.end) })) });
    this.schedule();
  }

  clear(element: HTMLElement): void {
    if (!this.painted.delete(element)) return;
    this.resizes?.unobserve(element);
    this.schedule();
  }

  flush(): void {
    if (!this.frame) return;
    this.win.cancelAnimationFrame(this.frame);
    this.layout();
  }

  private readonly schedule = () => {
    // A window being torn down (a page unloading, a test's window closed) has no frames left to draw in.
    if (!this.frame && typeof this.win.requestAnimationFrame === 'function') this.frame = this.win.requestAnimationFrame(() => this.layout());
  };

  /** Redraw when the editor or anything around it scrolls or changes size. */
  private follow(element: HTMLElement): void {
    this.resizes?.observe(element);
    const options = { capture: true, passive: true };
    if (!this.listeningToWindow) {
      this.listeningToWindow = true;
      this.win.addEventListener('scroll', this.schedule, options);
      this.win.addEventListener('resize', this.schedule, options);
    }
    // Scroll events are not composed: a scroll inside a shadow tree stops at its root.
    const root = element.getRootNode();
    if (root instanceof ShadowRoot && !this.scrollRoots.has(root)) {
      this.scrollRoots.add(root);
      root.addEventListener('scroll', this.schedule, options);
    }
  }

  private layout(): void {
    this.frame = 0;
    const rects: { rect: DOMRect; severity: Severity }[] = [];
    for (const painted of this.painted.values()) {
      if (!painted.element.isConnected) {
        this.clear(painted.element);
        continue;
      }
      const clip = painted.element.getBoundingClientRect();
      for (const { rect, severity } of this.spanRects(painted)) {
        const visible = intersect(rect, clip);
        if (visible) rects.push({ rect: visible, severity });
      }
    }
    // Asking for the layer also puts the extension's element back if the site removed it.
    const layer = rects.length > 0 ? this.layer() : undefined;
    while (layer && this.boxes.length < rects.length) {
      this.boxes.push(layer.appendChild(layer.ownerDocument.createElement('div')));
    }
    rects.forEach(({ rect, severity }, i) => {
      this.boxes[i].className = `box ${severity}`;
      this.boxes[i].style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;`;
    });
    for (const stale of this.boxes.splice(rects.length)) stale.remove();
  }

  private spanRects({ element, spans }: Painted): { rect: DOMRect; severity: Severity }[] {
    if (element instanceof HTMLTextAreaElement) return this.textareaRects(element, spans);
    return spans.flatMap((s) => [...(s.range?.getClientRects() ?? [])].map((rect) => ({ rect, severity: s.severity })));
  }

  /** A hidden copy of the textarea's text, laid out like it, gives the span rectangles. */
  private textareaRects(textarea: HTMLTextAreaElement, spans: HighlightSpan[]): { rect: DOMRect; severity: Severity }[] {
    const doc = this.layer().ownerDocument;
    this.mirror ??= this.layer().appendChild(doc.createElement('div'));
    const mirror = this.mirror;
    mirror.className = 'mirror';
    const cs = this.win.getComputedStyle(textarea);
    const box = textarea.getBoundingClientRect();
    mirror.style.cssText = MIRRORED_PROPERTIES.map((p) => `${p}:${cs.getPropertyValue(p)};`).join('') +
      `left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px;border-style:solid;border-color:transparent;`;
    mirror.textContent = textarea.value;
    const text = mirror.firstChild;
    if (!text) return [];
    const range = doc.createRange();
    const rects = spans.flatMap((s) => {
      range.setStart(text, Math.min(s.start, textarea.value.length));
      range.setEnd(text, Math.min(s.end, textarea.value.length));
      return [...range.getClientRects()].map((r) => ({
        rect: new DOMRect(r.left - textarea.scrollLeft, r.top - textarea.scrollTop, r.width, r.height),
        severity: s.severity,
      }));
    });
    mirror.textContent = ''; // no copy of the draft lingers in the DOM
    return rects;
  }
}

const MIRRORED_PROPERTIES = [
  'box-sizing', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'letter-spacing', 'word-spacing',
  'line-height', 'text-transform', 'text-indent', 'tab-size', 'direction', 'padding-top', 'padding-right',
  'padding-bottom', 'padding-left', 'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
];

function intersect(a: DOMRect, b: DOMRect): DOMRect | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}
