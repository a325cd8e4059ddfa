/** Marks a setting decided by the Trust's policy: a drawn padlock (fonts may lack the emoji) and words. */
export function Locked({ label = 'Locked by your Trust' }: { label?: string }) {
  return (
    <span class="lock">
      <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" stroke-width="1.8" />
        <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      </svg>{' '}
      {label}
    </span>
  );
}
