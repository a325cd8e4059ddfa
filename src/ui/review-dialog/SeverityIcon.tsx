import type { Severity } from '../../engine/types';

/**
 * A drawn icon (fonts may lack glyphs like ⛔): an octagon for a block, a triangle for a warning, a circle
 * for information, so the three differ in shape as well as in colour. Decorative: the word is beside it.
 */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {severity === 'block' && (
        <>
          <polygon points="5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5" fill="currentColor" />
          <rect x="4" y="7" width="8" height="2" fill="#fff" />
        </>
      )}
      {severity === 'warn' && (
        <>
          <polygon points="8,1 15.5,15 0.5,15" fill="currentColor" />
          <rect x="7.1" y="5.5" width="1.8" height="5" fill="#fff" />
          <circle cx="8" cy="12.6" r="1" fill="#fff" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <rect x="7.1" y="7" width="1.8" height="5" fill="#fff" />
          <circle cx="8" cy="4.6" r="1" fill="#fff" />
        </>
      )}
    </svg>
  );
}
