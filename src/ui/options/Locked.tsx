/** Marks a setting decided by the Trust's policy: a padlock for the eye and words for everyone. */
export function Locked({ label = 'Locked by your Trust' }: { label?: string }) {
  return (
    <span class="lock">
      <span aria-hidden="true">🔒 </span>
      {label}
    </span>
  );
}
