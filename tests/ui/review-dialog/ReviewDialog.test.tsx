// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { ReviewDialog, type ReviewDialogProps, type ReviewItem } from '../../../src/ui/review-dialog/ReviewDialog';

const nhsNumber: Finding = {
  ruleId: 'nhs-number',
  category: 'patient-identifier',
  severity: 'block',
  start: 10,
  end: 22,
  excerpt: '943 476 5919',
  message: 'This looks like an NHS number; remove it.',
  policy: { source: '001_a2aaa61759ac3d9f.txt', section: '§3.8', quote: 'even to use their initials' },
  fixes: [{ kind: 'replace', label: 'Replace with “[NHS number removed]”', start: 10, end: 22, text: '[NHS number removed]' }],
};
const politics: Finding = {
  ruleId: 'party-politics',
  category: 'political',
  severity: 'warn',
  start: 0,
  end: 11,
  excerpt: 'Vote Labour',
  message: 'This reads as party politics; keep it apart from your NHS role.',
  policy: { source: '999_0000000000000000.txt', section: '§1' },
  fixes: [],
};
const item = (finding: Finding, draft = 0): ReviewItem => ({ key: `${draft}-${finding.ruleId}`, finding, draft });

describe('ReviewDialog', () => {
  let container: HTMLElement;
  let props: ReviewDialogProps;

  const show = (overrides: Partial<ReviewDialogProps>) => {
    props = {
      items: [],
      announcement: '',
      busy: false,
      onFix: vi.fn(),
      onEdit: vi.fn(),
      onPost: vi.fn(),
      onClose: vi.fn(),
      ...overrides,
    };
    act(() => render(<ReviewDialog {...props} />, container));
  };
  const buttons = () => [...container.querySelectorAll('button')];
  const button = (name: RegExp) => {
    const found = buttons().find((b) => name.test(b.textContent ?? ''));
    if (!found) throw new Error(`no button ${name}: ${buttons().map((b) => b.textContent).join(' | ')}`);
    return found;
  };
  const press = (key: string, shiftKey = false) =>
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
    });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    act(() => render(null, container));
    container.remove();
  });

  it('is a labelled, described modal dialog', () => {
    show({ items: [item(nhsNumber)] });
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(container.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe('Check before you post');
    expect(container.querySelector(`#${dialog.getAttribute('aria-describedby')}`)?.textContent).toBe(
      '1 thing must be fixed before this can be posted.',
    );
  });

  it('shows each finding with its severity in words, the excerpt, the message and the policy it comes from', () => {
    show({ items: [item(nhsNumber), item(politics)] });
    const [first, second] = container.querySelectorAll('li');
    expect(first.textContent).toContain('Must fix');
    expect(first.textContent).toContain('943 476 5919');
    expect(first.textContent).toContain('This looks like an NHS number; remove it.');
    expect(first.textContent).toContain('Policy: ELFT social media policy (v2.1), §3.8 — even to use their initials');
    expect(second.textContent).toContain('Think again');
    expect(second.textContent).toContain('Policy: policy 999_0000000000000000.txt, §1');
  });

  it('offers a fix where there is one, and Edit for every finding', () => {
    show({ items: [item(nhsNumber), item(politics)] });
    act(() => button(/NHS number removed/).click());
    expect(props.onFix).toHaveBeenCalledWith(props.items[0], nhsNumber.fixes[0]);
    const edits = buttons().filter((b) => b.textContent === 'Edit');
    expect(edits).toHaveLength(2);
    // Each button is described by its finding, so a screen reader can tell the two Edit buttons apart.
    const description = (b: Element) => container.querySelector(`#${b.getAttribute('aria-describedby')}`)?.textContent;
    expect(description(edits[0])).toContain('943 476 5919');
    expect(description(edits[1])).toContain('Vote Labour');
    act(() => edits[1].click());
    expect(props.onEdit).toHaveBeenCalledWith(props.items[1]);
  });

  it('never offers to post while a block finding is left', () => {
    show({ items: [item(nhsNumber), item(politics)] });
    expect(buttons().some((b) => /Post/.test(b.textContent ?? ''))).toBe(false);
    expect(container.textContent).toContain('Fix the items marked “Must fix” to post.');
  });

  it('offers "Post anyway" with warnings only, and "Post" once nothing is left', () => {
    show({ items: [item(politics)] });
    act(() => button(/^Post anyway$/).click());
    expect(props.onPost).toHaveBeenCalledTimes(1);
    show({ items: [], announcement: 'Fixed. Nothing left to look at. You can post now.' });
    expect(button(/^Post$/)).toBeTruthy();
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Fixed. Nothing left to look at. You can post now.');
  });

  it('takes focus itself, so the held key press cannot activate a button, and keeps Tab and Shift+Tab inside', () => {
    show({ items: [item(nhsNumber), item(politics)] });
    const all = buttons();
    expect(document.activeElement).toBe(container.querySelector('[role="dialog"]'));
    press('Tab');
    expect(document.activeElement).toBe(all[0]);
    press('Tab', true);
    expect(document.activeElement).toBe(all[all.length - 1]);
    press('Tab');
    expect(document.activeElement).toBe(all[0]);
    press('Tab');
    expect(document.activeElement).toBe(all[1]);
  });

  it('closes on Escape and on "Back to editing"', () => {
    show({ items: [item(politics)] });
    press('Escape');
    act(() => button(/Back to editing/).click());
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('says when only part of a long draft was checked', () => {
    show({ items: [item(politics)], note: 'Only the first 10,000 characters of this draft were checked.' });
    expect(container.querySelector('[role="dialog"]')?.textContent).toContain('Only the first 10,000 characters of this draft were checked.');
  });

  it('disables its actions while a fix is being applied', () => {
    show({ items: [item(nhsNumber), item(politics)], busy: true });
    expect(buttons().filter((b) => b.disabled).map((b) => b.textContent)).toEqual(['Replace with “[NHS number removed]”', 'Edit', 'Edit']);
  });
});
