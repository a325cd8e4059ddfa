import { describe, expect, it } from 'vitest';
import { normalise, stem, tokenise, toOriginal } from '../../src/engine/text';

describe('normalise', () => {
  it('undoes evasions: fullwidth digits, zero-width characters, odd spaces and homoglyphs', () => {
    const { norm } = normalise('ＮＨＳ ９４３\u200B476\u00A05919 for Мrs Рatel');
    expect(norm).toBe('NHS 943476 5919 for Mrs Patel');
  });

  it('maps spans back to what the user typed', () => {
    const original = 'no: ９４３\u200B４７６ x';
    const t = normalise(original);
    const start = t.norm.indexOf('943');
    const span = toOriginal(t, { start, end: start + 6 });
    expect(original.slice(span.start, span.end)).toBe('９４３\u200B４７６');
  });

  it('keeps emoji (surrogate pairs) intact when mapping back', () => {
    const original = 'Hi 😀 Mr B';
    const t = normalise(original);
    const span = toOriginal(t, { start: t.norm.indexOf('Mr B'), end: t.norm.length });
    expect(original.slice(span.start, span.end)).toBe('Mr B');
  });
});

describe('tokenise', () => {
  it('splits words and sentences, keeping A&E and contractions whole', () => {
    const { tokens, sentences } = tokenise("Busy in A&E today. Didn't stop!\nHome now");
    expect(tokens.map((t) => t.text)).toEqual(['Busy', 'in', 'A&E', 'today', "Didn't", 'stop', 'Home', 'now']);
    expect(sentences).toHaveLength(3);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1, 1, 2, 2]);
  });
});

describe('stem', () => {
  it('gives word forms one key', () => {
    expect(new Set(['discipline', 'disciplinary', 'disciplined'].map(stem)).size).toBe(1);
    expect(stem('nurses')).toBe(stem('nurse'));
    expect(stem('beds')).toBe(stem('bed'));
    expect(stem('votes')).toBe(stem('vote'));
  });
});
