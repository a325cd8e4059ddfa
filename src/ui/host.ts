import { UI_STYLES } from './styles';

/**
 * The extension's own corner of the page: one <div data-postcheck-ui> with a CLOSED shadow root, so the
 * page can neither read what is shown in it (findings, excerpts) nor style it. Events from inside stop at
 * the host, so the site's own shortcuts (Esc closing its composer, "n" for a new post) and
 * click-outside handlers do not react to the user working in the review dialog.
 *
 * The host is a plain <div>, not a custom element name: a page can define any custom element name before
 * the extension creates it, and a shadow root attached to an element the page defined is handed to the
 * page's own `attachInternals().shadowRoot`, closed or not (the e2e run read every finding that way).
 * A <div> is never the page's custom element.
 */
export interface UiRoot {
  host: HTMLElement;
  /** Highlight boxes over editors, when the CSS Custom Highlight API is not available. */
  layer: HTMLElement;
  dialog: HTMLElement;
  notice: HTMLElement;
  /** Puts the host back into the page if the site removed it; call before showing anything. */
  attach(): void;
  /** A coarse state for tests and assistive tech, never draft text: "idle" or "review". */
  setState(state: 'idle' | 'review'): void;
  /** Whether what is drawn in it can be seen: the host is in the document and the page has not hidden it. */
  shown(): boolean;
}

/** The attribute that marks the host; its value is the coarse state ("idle" or "review"). */
export const UI_HOST_ATTRIBUTE = 'data-postcheck-ui';

const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input',
  'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu',
  'focusin', 'focusout', 'wheel', 'touchstart', 'touchend',
];

export function createUiRoot(doc: Document): UiRoot {
  const host = doc.createElement('div');
  host.setAttribute(UI_HOST_ATTRIBUTE, 'idle');
  // Inline so a site stylesheet cannot hide or move the host; everything else lives inside the shadow root.
  host.style.cssText = 'all: initial; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; display: block;';
  const shadow = host.attachShadow({ mode: 'closed' });
  applyStyles(shadow, doc);
  const part = (name: string) => {
    const el = doc.createElement('div');
    el.className = name;
    shadow.append(el);
    return el;
  };
  const layer = part('layer');
  const dialog = part('dialog-mount');
  const notice = part('notice-mount');
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  return {
    host,
    layer,
    dialog,
    notice,
    attach() {
      if (!host.isConnected) doc.documentElement.append(host);
    },
    setState(state) {
      host.setAttribute(UI_HOST_ATTRIBUTE, state);
    },
    shown() {
      if (!host.isConnected) return false;
      // Where the browser cannot tell (older browsers, jsdom), a connected host counts as shown.
      return host.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true;
    },
  };
}

/**
 * A constructed stylesheet where the browser has them: unlike an inline <style>, a site's style-src
 * Content Security Policy cannot block it.
 */
function applyStyles(shadow: ShadowRoot, doc: Document): void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(UI_STYLES);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = UI_STYLES;
    shadow.append(style);
  }
}

/** True when an event came from inside the extension's UI (its path runs through the host). */
export function isFromUi(ui: UiRoot | undefined, path: readonly EventTarget[]): boolean {
  return ui !== undefined && path.includes(ui.host);
}
