import type { TabStatusMessage } from '../messages';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const COLOURS = { block: '#B3261E', warn: '#8A5300', info: '#005EB8', none: '#005EB8', unavailable: '#5F6368' } as const;

/** The toolbar badge for a tab: the number of findings, and in the tooltip what they mean. */
export function badgeFor(status: TabStatusMessage): Badge {
  if (!status.available) {
    return { text: '!', color: COLOURS.unavailable, title: `Postcheck: checking unavailable on this page${status.reason ? ` (${status.reason})` : ''}` };
  }
  if (status.findings === 0) return { text: '', color: COLOURS.none, title: 'Postcheck: nothing to look at in your drafts' };
  const things = status.findings === 1 ? '1 thing' : `${status.findings} things`;
  const worst = status.worst === 'block' ? ', at least one must be fixed before posting' : status.worst === 'warn' ? ' to think about before posting' : ' for your information';
  return { text: status.findings > 99 ? '99+' : String(status.findings), color: COLOURS[status.worst], title: `Postcheck: ${things} in your drafts${worst}` };
}
