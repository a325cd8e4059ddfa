import type { Severity } from '../engine/types';

/**
 * Marks flagged spans over an editor without touching the editor's DOM (editors like Draft.js and
 * Lexical reconcile or revert foreign nodes). Where the CSS Custom Highlight API exists, spans are
 * registered ranges styled with ::highlight(); otherwise, and always for textareas (whose text has no
 * DOM nodes), boxes are drawn in the extension's own shadow root and repositioned on scroll, resize and
 * every re-check.
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
}

const SEVERITIES: Severity[] = ['block', 'warn', 'info'];
const highlightName = (severity: Severity) => `postcheck-${severity}`;

const HIGHLIGHT_CSS = `
::highlight(postcheck-block) { background-color: rgb(179 38 30 / 0.18); text-decoration: underline double #B3261E; }
::highlight(postcheck-warn) { background-color: rgb(255 184 0 / 0.25); text-decoration: underline dashed #8A5300; }
::highlight(postcheck-info) { text-decoration: underline dotted #005EB8; }
`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

function highlightApi(win: Window): { registry: HighlightRegistry; create: (ranges: Range[]) => unknown } | null {
  const registry = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  return { registry, create: (ranges) => new HighlightCtor(...ranges) };
}

/** The highlighter for this browser; `layer` is the extension's own element for boxes, created on first use. */
export function createHighlighter(win: Window, layer: () => HTMLElement): Highlighter {
  const boxes = new BoxHighlighter(win, layer);
  const api = highlightApi(win);
  if (!api) return boxes;
  const custom = new CustomHighlighter(api.registry, api.create);
  return {
    paint(target, spans) {
      if (target.element instanceof HTMLTextAreaElement) boxes.paint(target, spans);
      else custom.paint(target, spans);
    },
    clear(element) {
      boxes.clear(element);
      custom.clear(element);
    },
  };
}

class CustomHighlighter implements Highlighter {
  private readonly painted = new Map<HTMLElement, { range: Range; severity: Severity }[]>();
  private readonly styled = new WeakSet<Node>();

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly create: (ranges: Range[]) => unknown,
  ) {}

  paint(target: HighlightTarget, spans: HighlightSpan[]): void {
    this.ensureStyles(target.element.getRootNode());
    const ranges = spans.flatMap((s) => {
      const range = target.range(s.start, s.end);
      return range ? [{ range, severity: s.severity }] : [];
    });
    if (ranges.length > 0) this.painted.set(target.element, ranges);
    else this.painted.delete(target.element);
    this.sync();
  }

  clear(element: HTMLElement): void {
    if (this.painted.delete(element)) this.sync();
  }

  private sync(): void {
    for (const element of this.painted.keys()) if (!element.isConnected) this.painted.delete(element);
    const all = [...this.painted.values()].flat();
    for (const severity of SEVERITIES) {
      const ranges = all.filter((r) => r.severity === severity).map((r) => r.range);
      if (ranges.length > 0) this.registry.set(highlightName(severity), this.create(ranges));
      else this.registry.delete(highlightName(severity));
    }
  }

  /** ::highlight() rules do not cross shadow boundaries: each tree holding an editor gets its own copy. */
  private ensureStyles(root: Node): void {
    if (this.styled.has(root)) return;
    this.styled.add(root);
    const holder = root as Document | ShadowRoot;
    const doc = holder instanceof Document ? holder : holder.ownerDocument;
    try {
      const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      holder.adoptedStyleSheets = [...holder.adoptedStyleSheets, sheet];
    } catch {
      const style = doc.createElement('style');
      style.textContent = HIGHLIGHT_CSS;
      (holder instanceof Document ? (holder.head ?? holder.documentElement) : holder).append(style);
    }
  }
}

interface Painted {
  target: HighlightTarget;
  spans: HighlightSpan[];
}

/** Boxes in the extension's layer, laid out in the next animation frame after any change. */
class BoxHighlighter implements Highlighter {
  private readonly painted = new Map<HTMLElement, Painted>();
  private frame = 0;
  private mirror?: HTMLElement;
  private listening = false;

  constructor(
    private readonly win: Window,
    private readonly layer: () => HTMLElement,
  ) {}

  paint(target: HighlightTarget, spans: HighlightSpan[]): void {
    if (spans.length > 0) this.painted.set(target.element, { target, spans });
    else this.painted.delete(target.element);
    this.schedule();
  }

  clear(element: HTMLElement): void {
    if (this.painted.delete(element)) this.schedule();
  }

  private readonly schedule = () => {
    this.listen(this.painted.size > 0);
    if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.layout());
  };

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    this.win[method]('scroll', this.schedule, { capture: true, passive: true } as AddEventListenerOptions);
    this.win[method]('resize', this.schedule, { passive: true } as AddEventListenerOptions);
  }

  private layout(): void {
    this.frame = 0;
    const layer = this.layer();
    const rects: { rect: DOMRect; severity: Severity }[] = [];
    for (const [element, painted] of this.painted) {
      if (!element.isConnected) {
        this.painted.delete(element);
        continue;
      }
      const clip = element.getBoundingClientRect();
      for (const { rect, severity } of this.spanRects(painted)) {
        const visible = intersect(rect, clip);
        if (visible) rects.push({ rect: visible, severity });
      }
    }
    const boxes = [...layer.querySelectorAll<HTMLElement>(':scope > .box')];
    rects.forEach(({ rect, severity }, i) => {
      const box = boxes[i] ?? layer.appendChild(layer.ownerDocument.createElement('div'));
      box.className = `box ${severity}`;
      box.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;`;
    });
    for (const stale of boxes.slice(rects.length)) stale.remove();
    this.listen(this.painted.size > 0);
  }

  private spanRects({ target, spans }: Painted): { rect: DOMRect; severity: Severity }[] {
    if (target.element instanceof HTMLTextAreaElement) return this.textareaRects(target.element, spans);
    return spans.flatMap((s) => [...(target.range(s.start, s.end)?.getClientRects() ?? [])].map((rect) => ({ rect, severity: s.severity })));
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
    return spans.flatMap((s) => {
      range.setStart(text, Math.min(s.start, textarea.value.length));
      range.setEnd(text, Math.min(s.end, textarea.value.length));
      return [...range.getClientRects()].map((r) => ({
        rect: new DOMRect(r.left - textarea.scrollLeft, r.top - textarea.scrollTop, r.width, r.height),
        severity: s.severity,
      }));
    });
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
