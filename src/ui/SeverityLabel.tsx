import type { Severity } from '../engine/types';
import { SeverityIcon } from './review-dialog/SeverityIcon';

/** Severity in words with a drawn icon whose shape differs too: never by colour alone. */
export const SEVERITY_WORDS: Record<Severity, string> = { block: 'Must fix', warn: 'Think again', info: 'For information' };

export function SeverityLabel({ severity, times }: { severity: Severity; times?: number }) {
  return (
    <span class="severity">
      <SeverityIcon severity={severity} /> {SEVERITY_WORDS[severity]}
      {times !== undefined && times > 1 && ` (${times} times)`}
    </span>
  );
}
