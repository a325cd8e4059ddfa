import { normalise, tokenise, type NormalisedText, type Span, type Token } from './text';

/**
 * Text prepared once for every rule: normalised, split into words and sentences, with a memo for work
 * several detectors share. A draft's Doc is made of paragraph chunks; each chunk has a Doc of its own,
 * kept across checks, so that after a keystroke only the edited paragraph is read again.
 */
export interface Doc {
  /** Normalised text; detector offsets refer to it. */
  norm: string;
  tokens: Token[];
  sentences: Span[];
  /** Work shared by several rules (e.g. a name parse) is done once per text. */
  memo<T>(key: string, make: () => T): T;
  /**
   * Work kept on this text by number (newSlot, inSlot, shiftedOnce): each leaf detector's finds and
   * their shifted copies are looked up hundreds of times per check, so an array rather than memo keys.
   */
  slots: unknown[];
  /**
   * For a piece cut from a paragraph longer than MAX_CHUNK: the character on each side of the cut (empty
   * where the piece meets its paragraph's own start or end), so that a pattern's ^, $ and \b see the text
   * run on across the cut and do not match at a place that depends only on the draft's length.
   */
  around?: { before: string; after: string };
}

export interface DraftDoc extends Doc {
  /** The text as typed and its normalised form, to map offsets back. */
  text: NormalisedText;
  /** Paragraphs: where each starts in `norm`, and its own Doc. */
  chunks: { start: number; doc: Doc }[];
}

/**
 * Paragraphs (split at blank lines) are the unit leaf detectors see; a very long paragraph is cut at a
 * sentence end so one keystroke never re-reads more than this. Pieces this short also keep re2js on its
 * quicker way of finding match positions (its backtracker, for short texts): a page's first check of a
 * long pasted draft took a third less time than with pieces of 1 500 characters (`npm run bench`).
 */
export const MAX_CHUNK = 800;
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

const chunkDocs = new Map<string, Doc>();
const CHUNK_CACHE_SIZE = 256;

export function prepare(original: string): DraftDoc {
  const text = normalise(original);
  const chunks = splitChunks(text.norm).map(({ start, end, around }) => ({ start, doc: chunkDoc(text.norm.slice(start, end), around) }));
  let joined: { tokens: Token[]; sentences: Span[] } | undefined;
  // The whole-draft word list is only built when a detector that looks across paragraphs asks for it.
  const whole = () => (joined ??= joinChunks(chunks));
  const cache = new Map<string, unknown>();
  return {
    text,
    norm: text.norm,
    chunks,
    get tokens() {
      return whole().tokens;
    },
    get sentences() {
      return whole().sentences;
    },
    memo: memoIn(cache),
    slots: [],
  };
}

/** A Doc for a piece of already-normalised text, reused while the same text keeps coming back. */
export function chunkDoc(norm: string, around?: Doc['around']): Doc {
  // A piece's finds depend on the characters around its cuts; a whole paragraph's on its text alone.
  const key = around ? `${around.before}\u0000${around.after}\u0000${norm}` : norm;
  const hit = chunkDocs.get(key);
  if (hit) return hit;
  const { tokens, sentences } = tokenise(norm);
  const doc: Doc = { norm, tokens, sentences, memo: memoIn(new Map()), slots: [], around };
  remember(chunkDocs, key, doc, CHUNK_CACHE_SIZE);
  return doc;
}

/** Bounded insertion-ordered cache: the oldest entry goes first. */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, size: number): void {
  if (cache.size >= size) cache.delete(cache.keys().next().value as K);
  cache.set(key, value);
}

function memoIn(cache: Map<string, unknown>) {
  return <T>(key: string, make: () => T): T => {
    let value = cache.get(key) as T | undefined;
    if (value === undefined && !cache.has(key)) cache.set(key, (value = make()));
    return value as T;
  };
}

/** Paragraphs, and the pieces of long ones with the characters either side of their cuts. */
function splitChunks(norm: string): (Span & Pick<Doc, 'around'>)[] {
  const spans: (Span & Pick<Doc, 'around'>)[] = [];
  let from = 0;
  const push = (end: number) => {
    let before = '';
    while (end - from > MAX_CHUNK) {
      const at = sentenceCut(norm, from, from + MAX_CHUNK);
      spans.push({ start: from, end: at, around: { before, after: norm.charAt(at) } });
      before = norm.charAt(at - 1);
      from = at;
    }
    if (end > from) spans.push({ start: from, end, around: before ? { before, after: '' } : undefined });
    from = end;
  };
  for (const m of norm.matchAll(PARAGRAPH_BREAK)) push(m.index + m[0].length);
  push(norm.length);
  if (spans.length === 0) spans.push({ start: 0, end: 0 });
  return spans;
}

/** The last sentence end (or, failing that, space) before `limit`, so a long paragraph is cut cleanly. */
function sentenceCut(norm: string, from: number, limit: number): number {
  const window = norm.slice(from, limit);
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('\n'));
  if (sentence > MAX_CHUNK / 2) return from + sentence + 1;
  const space = window.lastIndexOf(' ');
  return space > 0 ? from + space + 1 : limit;
}

let slotCount = 0;

/**
 * A numbered place on every Doc for one piece of per-text work (see Doc.slots): taken once, when a
 * detector or index is made, and looked up on every check.
 */
export function newSlot(): number {
  return slotCount++;
}

/** The work kept in a Doc's slot, done on first use. `make` takes the Doc, so callers pass a function they already have. */
export function inSlot<T>(doc: Doc, slot: number, make: (doc: Doc) => T): T {
  let kept = doc.slots[slot] as T | undefined;
  if (kept === undefined) doc.slots[slot] = kept = make(doc);
  return kept;
}

/**
 * `shift(value, offset)`: something made from a paragraph for the place it now has in the draft (`offset`
 * says where), kept in the paragraph's slot until the paragraph moves: typing at the end of a long draft
 * leaves the paragraphs before it where they are. A value and a plain function rather than a closure, so
 * that perParagraph, run for every leaf detector on every paragraph, allocates nothing while nothing moved.
 */
export function shiftedOnce<V, T, O extends string | number>(chunk: Doc, slot: number, offset: O, value: V, shift: (value: V, offset: O) => T): T {
  let kept = chunk.slots[slot] as { offset: O; shifted: T } | undefined;
  if (kept?.offset !== offset) chunk.slots[slot] = kept = { offset, shifted: shift(value, offset) };
  return kept.shifted;
}

const JOINED_SLOT = newSlot();

function joinChunks(chunks: DraftDoc['chunks']): { tokens: Token[]; sentences: Span[] } {
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  for (const { start, doc } of chunks) {
    const base = sentences.length;
    const moved = shiftedOnce(doc, JOINED_SLOT, `${start}:${base}`, { doc, start, base }, shiftWords);
    for (const s of moved.sentences) sentences.push(s);
    for (const t of moved.tokens) tokens.push(t);
  }
  return { tokens, sentences };
}

/** A paragraph's words and sentences where it stands in the draft: `base` sentences come before it. */
function shiftWords({ doc, start, base }: { doc: Doc; start: number; base: number }): { tokens: Token[]; sentences: Span[] } {
  return {
    sentences: doc.sentences.map((s) => ({ start: s.start + start, end: s.end + start })),
    tokens: doc.tokens.map((t) => ({ ...t, start: t.start + start, end: t.end + start, sentence: t.sentence + base })),
  };
}

/** Index of the first token ending after `offset` (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
