import { newSlot, remember, shiftedOnce, type Doc, type DraftDoc } from './doc';
import { tokenise, type Token } from './text';

/**
 * Phrase lists as IG leads write them: words separated by spaces, matched case-insensitively on word
 * boundaries. With `forms`, each word also matches its other forms ("discipline" finds "disciplinary").
 * A word ending in `*` matches any word starting with it ("disciplin*").
 */
export interface PhraseMatch {
  start: number;
  end: number;
  /** Token indices of the first and last word. */
  first: number;
  last: number;
  term: string;
}

export interface PhraseOptions {
  forms?: boolean;
  caseSensitive?: boolean;
}

export interface PhraseMatcher {
  /** Every match in the text, by first word then last. The array is shared: read it, never change it. */
  find(doc: Doc): readonly PhraseMatch[];
}

/** Gaps allowed inside a phrase: spaces and light punctuation, never a sentence end. */
const PHRASE_GAP = /^[\s\-'",:/#@()*_~]*$/;

/** Which form of a token a list's words are compared with: as written, lower case, or stem (`forms`). */
type KeySpace = 'text' | 'lower' | 'stem';

/** A term of one list ends here. */
interface Ending {
  list: number;
  term: string;
}

/** A term ends with a `word*` prefix after this node's words. */
interface PrefixEnding extends Ending {
  prefix: string;
}

/** One word of the terms that share the words before it. */
interface TrieNode {
  next: Map<string, TrieNode>;
  ends: Ending[];
  prefixEnds: PrefixEnding[];
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [], prefixEnds: [] });

/**
 * Every compiled list files its terms in one shared word trie per key space, so a paragraph is walked
 * once for all the packs' hundreds of lists, and terms sharing first words are compared once (a walk per
 * list was most of a check's time). Each paragraph's finds are kept on its Doc, grouped by list.
 */
const shared = {
  tries: { text: newNode(), lower: newNode(), stem: newNode() } as Record<KeySpace, TrieNode>,
  /** Terms that are one `word*` prefix, by its first PREFIX_HEAD letters: checking each against every word would be slow. */
  rootPrefixes: { text: new Map<string, PrefixEnding[]>(), lower: new Map<string, PrefixEnding[]>(), stem: new Map<string, PrefixEnding[]>() } as Record<
    KeySpace,
    Map<string, PrefixEnding[]>
  >,
  /** Bumped whenever the index changes, so finds kept from before are made again. */
  version: 0,
  /** Bumped when the leak guard empties the index. */
  generation: 0,
  lists: 0,
};

/**
 * Packs use the same vocabularies in many rules (@care-context, @disclaimers…): a list compiled once is
 * shared, which keeps compiling the packs short and the index small.
 */
const compiledLists = new Map<string, PhraseMatcher>();
/** Lists compiled over a process's life are few (a pack's worth); this bound only stops a leak. */
const MAX_LISTS = 4096;

export function compilePhrases(terms: readonly string[], options: PhraseOptions = {}): PhraseMatcher {
  const key = `${options.forms ? 'f' : ''}${options.caseSensitive ? 'c' : ''}\u0000${terms.join('\u0001')}`;
  let matcher = compiledLists.get(key);
  if (!matcher) {
    if (compiledLists.size >= MAX_LISTS) resetIndex();
    compiledLists.set(key, (matcher = compileList(terms, options)));
  }
  return matcher;
}

/** Forgets every list; a matcher handed out before files its list again when next used. */
function resetIndex(): void {
  compiledLists.clear();
  for (const space of KEY_SPACES) {
    shared.tries[space] = newNode();
    shared.rootPrefixes[space].clear();
  }
  shared.version++;
  shared.generation++;
}

const KEY_SPACES: readonly KeySpace[] = ['text', 'lower', 'stem'];

function compileList(terms: readonly string[], options: PhraseOptions): PhraseMatcher {
  let list = fileTerms(terms, options);
  let generation = shared.generation;
  return {
    find(doc) {
      // The index was emptied by the leak guard since: file this list again rather than find nothing.
      if (generation !== shared.generation) {
        list = fileTerms(terms, options);
        generation = shared.generation;
      }
      return matchesByList(doc)[list] ?? NONE;
    },
  };
}

/** Files a list's terms in the shared tries; returns the list's number. */
function fileTerms(terms: readonly string[], options: PhraseOptions): number {
  const list = shared.lists++;
  const space: KeySpace = options.caseSensitive ? 'text' : options.forms ? 'stem' : 'lower';
  const surface = surfaceOf(space);
  for (const term of terms) {
    const words = termWords(term.trim());
    if (words.length === 0) continue;
    const prefix = term.trim().endsWith('*');
    let node = shared.tries[space];
    for (const word of prefix ? words.slice(0, -1) : words) {
      let child = node.next.get(word[space]);
      if (!child) node.next.set(word[space], (child = newNode()));
      node = child;
    }
    if (!prefix) {
      if (!node.ends.some((e) => e.list === list)) node.ends.push({ list, term });
      continue;
    }
    const ending = { list, term, prefix: words[words.length - 1][surface] };
    if (node !== shared.tries[space]) node.prefixEnds.push(ending);
    else {
      const head = ending.prefix.slice(0, PREFIX_HEAD);
      const bucket = shared.rootPrefixes[space].get(head);
      if (bucket) bucket.push(ending);
      else shared.rootPrefixes[space].set(head, [ending]);
    }
  }
  shared.version++;
  return list;
}

/** A `word*` prefix is compared with the word as written (case-sensitive lists) or in lower case. */
const surfaceOf = (space: KeySpace): 'text' | 'lower' => (space === 'text' ? 'text' : 'lower');

const NONE: readonly PhraseMatch[] = Object.freeze([]);

interface Kept {
  version: number;
  byList: PhraseMatch[][];
}

/** Every list's matches in a text, made once per text (per index version). */
function matchesByList(doc: Doc): PhraseMatch[][] {
  const kept = doc.memo<Kept>('phrase-matches', () => ({ version: -1, byList: [] }));
  if (kept.version !== shared.version) {
    kept.byList = 'chunks' in doc ? joinChunkMatches(doc as DraftDoc) : walk(doc);
    kept.version = shared.version;
  }
  return kept.byList;
}

const SHIFTED_SLOT = newSlot();

/** A whole draft's matches are its paragraphs' matches, shifted: a phrase never spans a paragraph break. */
function joinChunkMatches(doc: DraftDoc): PhraseMatch[][] {
  const byList: PhraseMatch[][] = [];
  let tokenBase = 0;
  for (const { start, doc: chunk } of doc.chunks) {
    const moved = shiftedOnce(chunk, SHIFTED_SLOT, `${shared.version}:${start}:${tokenBase}`, { chunk, start, base: tokenBase }, shiftMatches);
    moved.forEach((matches, list) => {
      const out = (byList[list] ??= []);
      for (const m of matches) out.push(m);
    });
    tokenBase += chunk.tokens.length;
  }
  return byList;
}

/** A paragraph's matches where it stands in the draft: `base` words come before it. */
function shiftMatches({ chunk, start, base }: { chunk: Doc; start: number; base: number }): PhraseMatch[][] {
  return matchesByList(chunk).map((matches) => matches.map((m) => ({ ...m, start: m.start + start, end: m.end + start, first: m.first + base, last: m.last + base })));
}

/**
 * From each word, follows each key space's trie as far as the words go. A list lives in one key space,
 * so its matches come out by first word, then last.
 */
function walk(doc: Doc): PhraseMatch[][] {
  const byList: PhraseMatch[][] = [];
  const tokens = doc.tokens;
  // Whether the gap before word j may sit inside a phrase: 0 not yet known, 1 yes, 2 no.
  const gaps = new Uint8Array(tokens.length);
  const gapOk = (j: number) => {
    if (gaps[j] === 0) gaps[j] = PHRASE_GAP.test(doc.norm.slice(tokens[j - 1].end, tokens[j].start)) ? 1 : 2;
    return gaps[j] === 1;
  };
  const emit = (e: Ending, i: number, j: number) => {
    if (partOfAnotherNumber(doc, i, j)) return;
    (byList[e.list] ??= []).push({ start: tokens[i].start, end: tokens[j].end, first: i, last: j, term: e.term });
  };
  for (const space of KEY_SPACES) {
    const root = shared.tries[space];
    const prefixes = shared.rootPrefixes[space];
    if (root.next.size === 0 && prefixes.size === 0) continue;
    const surface = surfaceOf(space);
    for (let i = 0; i < tokens.length; i++) {
      if (prefixes.size > 0) {
        const first = tokens[i][surface];
        for (let k = 1; k <= Math.min(PREFIX_HEAD, first.length); k++) {
          for (const p of prefixes.get(first.slice(0, k)) ?? NO_PREFIXES) if (first.startsWith(p.prefix)) emit(p, i, i);
        }
      }
      let node = root.next.get(tokens[i][space]);
      for (let j = i; node; ) {
        for (const e of node.ends) emit(e, i, j);
        if (++j >= tokens.length || !gapOk(j)) break;
        for (const p of node.prefixEnds) if (tokens[j][surface].startsWith(p.prefix)) emit(p, i, j);
        node = node.next.get(tokens[j][space]);
      }
    }
  }
  return byList;
}

const NO_PREFIXES: readonly PrefixEnding[] = [];

const DIGITS = /^\d+$/;
const DIGIT_GROUP_GAP = /^[ .\-]$/;

/**
 * A number in a list ('999', '111') is not found as part of another number: "355 999 9535" is a raffle
 * ticket and "£999" a sum of money, not a 999 call.
 */
function partOfAnotherNumber(doc: Doc, first: number, last: number): boolean {
  const before = doc.norm[doc.tokens[first].start - 1];
  if (DIGITS.test(doc.tokens[first].text) && before !== undefined && MONEY_OR_REFERENCE.test(before)) return true;
  return inDigitGroup(doc, first, -1) || inDigitGroup(doc, last, 1);
}

const MONEY_OR_REFERENCE = /[£$€¥#]/;

function inDigitGroup(doc: Doc, i: number, step: -1 | 1): boolean {
  const here = doc.tokens[i];
  const next = doc.tokens[i + step];
  if (!next || !DIGITS.test(here.text) || !DIGITS.test(next.text)) return false;
  return DIGIT_GROUP_GAP.test(step < 0 ? doc.norm.slice(next.end, here.start) : doc.norm.slice(here.end, next.start));
}

const termWordCache = new Map<string, Token[]>();

/** A term's words; the same term appears in many lists, so it is read once. */
function termWords(term: string): Token[] {
  let words = termWordCache.get(term);
  if (!words) remember(termWordCache, term, (words = tokenise(term).tokens), 65536);
  return words;
}

/** How many leading letters of a `word*` prefix index it. */
const PREFIX_HEAD = 3;
