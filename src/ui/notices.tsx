import { render } from 'preact';
import type { UiRoot } from './host';
import { Notice } from './Notice';

/** How long a notice stays before it goes by itself. */
const NOTICE_MS = 12_000;

export interface Notices {
  show(message: string): void;
}

/** One notice at a time in the corner of the page; a new one replaces the old. */
export function createNotices(ui: () => UiRoot): Notices {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    clearTimeout(timer);
    render(null, ui().notice);
  };
  return {
    show(message) {
      clearTimeout(timer);
      try {
        render(<Notice message={message} onDismiss={hide} />, ui().notice);
        timer = setTimeout(hide, NOTICE_MS);
      } catch {
        // Notices are best effort: whatever they report has already been made safe (the post goes through).
      }
    },
  };
}
