/** A short message in the corner of the page: "checking unavailable", "click Post again". */
export interface NoticeProps {
  message: string;
  onDismiss(): void;
}

export function Notice({ message, onDismiss }: NoticeProps) {
  return (
    <div class="notice" role="status" aria-live="polite">
      <span>
        <strong>Postcheck: </strong>
        {message}
      </span>
      <button type="button" onClick={onDismiss} aria-label="Dismiss Postcheck message">
        OK
      </button>
    </div>
  );
}
