// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createUiRoot, isFromUi } from '../../src/ui/host';

describe("the extension's own UI root", () => {
  it('is a closed shadow root the page cannot read', () => {
    const ui = createUiRoot(document);
    ui.attach();
    expect(ui.host.isConnected).toBe(true);
    expect(ui.host.shadowRoot).toBeNull();
    expect(ui.host.textContent).toBe('');
    ui.host.remove();
  });

  it('comes back when the site removes it', () => {
    const ui = createUiRoot(document);
    ui.attach();
    ui.host.remove();
    ui.attach();
    expect(document.documentElement.contains(ui.host)).toBe(true);
    ui.host.remove();
  });

  it("keeps the user's key presses and clicks in the dialog away from the site's handlers", () => {
    const ui = createUiRoot(document);
    ui.attach();
    const siteHandler = vi.fn();
    document.addEventListener('keydown', siteHandler);
    document.addEventListener('click', siteHandler);
    const button = document.createElement('button');
    ui.dialog.append(button);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    button.click();
    expect(siteHandler).not.toHaveBeenCalled();
    let path: EventTarget[] = [];
    window.addEventListener('click', (e) => (path = e.composedPath()), { capture: true, once: true });
    button.click();
    expect(isFromUi(ui, path)).toBe(true);
    document.removeEventListener('keydown', siteHandler);
    document.removeEventListener('click', siteHandler);
    ui.host.remove();
  });
});
