import { useEffect, useRef } from 'preact/hooks';
import type { Finding, Fix } from '../../engine/types';
import { policyCitation } from '../policy-names';
import { SeverityIcon } from './SeverityIcon';

/** One finding that holds the post, and where it is when the post is a thread of several. */
export interface ReviewItem {
  key: string;
  finding: Finding;
  /** Which of the drafts held together (the posts of a thread) the finding is in, from 0. */
  draft: number;
  /** "Post 2 of 3" for a thread; absent for a single post. */
  where?: string;
}

export interface ReviewDialogProps {
  /** The block and warn findings still in the draft; empty once everything is fixed. */
  items: ReviewItem[];
  /** Announced politely to screen readers: the result of the last action ("Fixed. 1 thing left."). */
  announcement: string;
  /** A fix is being applied: actions wait. */
  busy: boolean;
  /** Something the user must know about the check itself, e.g. that only part of a long draft was checked. */
  note?: string;
  onFix(item: ReviewItem, fix: Fix): void;
  /** Close and select the finding's text in the editor. */
  onEdit(item: ReviewItem): void;
  /** Post the draft: "Post anyway" with warnings only, "Post" once nothing is left. Never offered with a block. */
  onPost(): void;
  /** Close and go back to the draft, which stays as it is. */
  onClose(): void;
}

const SEVERITY_LABEL = { block: 'Must fix', warn: 'Think again', info: 'For information' } as const;
const EXCERPT_MAX = 90;

export function summaryOf(items: ReviewItem[]): string {
  const blocks = items.filter((i) => i.finding.severity === 'block').length;
  const warns = items.length - blocks;
  if (items.length === 0) return 'Nothing left to look at. You can post now.';
  const parts = [];
  if (blocks > 0) parts.push(`${blocks} ${blocks === 1 ? 'thing' : 'things'} must be fixed before this can be posted`);
  if (warns > 0) parts.push(`${warns} ${warns === 1 ? 'thing' : 'things'} to think about`);
  return `${parts.join(', and ')}.`.replace(/^./, (c) => c.toUpperCase());
}

function shortExcerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > EXCERPT_MAX ? `${oneLine.slice(0, EXCERPT_MAX - 1)}…` : oneLine;
}

const FOCUSABLE = 'button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * The review shown when a post is held: what was found, where it comes from, and what to do about it.
 * A modal dialog: focus starts on it, Tab cycles through its buttons, Esc closes it.
 */
export function ReviewDialog(props: ReviewDialogProps) {
  const { items, announcement, busy } = props;
  const dialog = useRef<HTMLDivElement>(null);
  const blocks = items.some((i) => i.finding.severity === 'block');

  // Focus starts on the dialog itself, which announces its title and summary, not on a button: the key
  // press that was held (Enter, Space, a held-down key repeating) must not land on "Fix" or "Post anyway".
  // It comes back there when the button that had it went away with a fixed finding.
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    if (!active || !el.contains(active)) el.focus();
  }, [items, busy]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const active = (dialog.current.getRootNode() as Document | ShadowRoot).activeElement;
    const index = focusable.indexOf(active as HTMLElement);
    const next = e.shiftKey ? (index <= 0 ? focusable.length - 1 : index - 1) : index === focusable.length - 1 ? 0 : index + 1;
    e.preventDefault();
    focusable[next].focus();
  };

  return (
    <div class="backdrop">
      <div
        ref={dialog}
        class="review"
        role="dialog"
        tabIndex={-1}
        aria-modal="true"
        aria-labelledby="postcheck-review-title"
        aria-describedby="postcheck-review-summary"
        onKeyDown={onKeyDown}
      >
        <h2 id="postcheck-review-title">Check before you post</h2>
        <p id="postcheck-review-summary" class="summary">
          {summaryOf(items)}
        </p>
        {props.note && <p class="note">{props.note}</p>}
        <ul class="findings" aria-label="Findings" aria-busy={busy}>
          {items.map((item) => (
            <FindingEntry key={item.key} item={item} busy={busy} onFix={props.onFix} onEdit={props.onEdit} />
          ))}
        </ul>
        <p class="status" role="status" aria-live="polite">
          {announcement}
        </p>
        <div class="footer">
          {blocks && <span class="hint">Fix the items marked “Must fix” to post.</span>}
          <button type="button" onClick={props.onClose}>
            Back to editing
          </button>
          {!blocks && (
            <button type="button" class="primary" disabled={busy} onClick={props.onPost}>
              {items.length === 0 ? 'Post' : 'Post anyway'}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function FindingEntry(props: { item: ReviewItem; busy: boolean; onFix: ReviewDialogProps['onFix']; onEdit: ReviewDialogProps['onEdit'] }) {
  const { finding, where } = props.item;
  const titleId = `postcheck-finding-${props.item.key}`;
  return (
    <li class={`finding ${finding.severity}`} aria-labelledby={titleId}>
      <div id={titleId}>
        <span class="severity">
          <SeverityIcon severity={finding.severity} />
          {SEVERITY_LABEL[finding.severity]}
        </span>
        {where && <span class="where">{where}</span>}
        <q class="excerpt">{shortExcerpt(finding.excerpt)}</q>
      </div>
      <p class="message">{finding.message}</p>
      <p class="policy">
        Policy: {policyCitation(finding.policy.source, finding.policy.section)}
        {finding.policy.quote && (
          <>
            {' '}
            — <q>{finding.policy.quote}</q>
          </>
        )}
      </p>
      <div class="actions">
        {finding.fixes.map((fix) => (
          <button key={fix.label} type="button" class="primary" aria-describedby={titleId} disabled={props.busy} onClick={() => props.onFix(props.item, fix)}>
            {fix.label}
          </button>
        ))}
        {/* Described by the finding, so a screen reader says which of the Edit buttons this is. */}
        <button type="button" aria-describedby={titleId} disabled={props.busy} onClick={() => props.onEdit(props.item)}>
          Edit
        </button>
      </div>
    </li>
  );
}
