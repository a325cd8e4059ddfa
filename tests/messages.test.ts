import { describe, expect, it } from 'vitest';
import { parseMessage } from '../src/messages';

const status = { type: 'postcheck:tab-status', findings: 2, worst: 'warn', available: true };

describe('messages between the content script and the background', () => {
  it('accepts a tab status', () => {
    expect(parseMessage(status)).toEqual(status);
    expect(parseMessage({ ...status, available: false, reason: 'rule pack x.yaml is not valid' })).not.toBeNull();
  });

  it('drops anything unexpected: other types, wrong values, extra fields such as draft text', () => {
    expect(parseMessage({ ...status, type: 'other' })).toBeNull();
    expect(parseMessage({ ...status, findings: -1 })).toBeNull();
    expect(parseMessage({ ...status, findings: 1.5 })).toBeNull();
    expect(parseMessage({ ...status, worst: 'fatal' })).toBeNull();
    expect(parseMessage({ ...status, text: 'Mrs Smith, NHS no 943 476 5919' })).toBeNull();
    expect(parseMessage('postcheck:tab-status')).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });
});
