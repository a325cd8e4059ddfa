import { Composer, isMap, isNode, isScalar, isSeq, LineCounter, Parser, visit, YAMLParseError, type Alias, type CST, type Document } from 'yaml';
import { checkPackData, formatPath, ruleIdAt, type LoadResult } from './pack-problems';

/**
 * Real packs nest about 15 levels. Text nested far deeper (a paste gone wrong, or "[[[[…" on purpose)
 * could only exhaust the stack of the YAML reader, the schema and the checker, which each recurse.
 */
export const MAX_NESTING = 64;
/** One slip (an unclosed bracket) can make the YAML reader report an error on every line after it. */
const MAX_SYNTAX_PROBLEMS = 10;

/** Reads a pack written in YAML or JSON, validates it and compiles it. Never throws for a bad pack. */
export function loadPack(source: string, file: string): LoadResult {
  const lines = new LineCounter();
  const locate = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const tokens = Array.from(new Parser(lines.addNewLine).parse(source));
  const tooDeep = nestedBeyond(tokens, MAX_NESTING);
  if (tooDeep !== undefined) {
    return { ok: false, problems: [{ file, ...locate(tooDeep), field: '', message: `nested more than ${MAX_NESTING} levels deep; a rule pack never needs that many` }] };
  }
  const doc = composeOne(tokens, source.length);
  // A fault found while reading says which rule and field it is in. After a syntax error, a path deeper
  // than a rule's own field would follow the reader's guess at what the broken text meant, so it stops
  // there; when the text parsed (a bad alias), the whole path is right.
  const within = (offset: number, parsed = false) => {
    const found = pathAt(doc, offset);
    const path = parsed ? found : found.slice(0, found[0] === 'rules' ? 3 : 2);
    const rule = typeof path[1] === 'number' ? doc.getIn(['rules', path[1]]) : undefined;
    return { ruleId: ruleIdAt(isMap(rule) ? { id: rule.get('id') } : undefined, path), field: formatPath(path) };
  };
  if (doc.errors.length > 0) {
    const problems = doc.errors.slice(0, MAX_SYNTAX_PROBLEMS).map((e) => ({
      file,
      ...locate(e.pos[0]),
      ...within(e.pos[0]),
      message: `${e.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'YAML syntax error'}: ${e.message.split('\n')[0]}`,
    }));
    const more = doc.errors.length - problems.length;
    if (more > 0) {
      const next = doc.errors[problems.length].pos[0];
      problems.push({ file, ...locate(next), ...within(next), message: `YAML syntax error: ${more} more after these, most of them caused by the first; fix those and check again` });
    }
    return { ok: false, problems };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The yaml library only finds some mistakes (an alias *name with no &name anchor, aliases expanding
    // without end) when building values: point at the alias to blame.
    const at = blamedAlias(doc)?.range?.[0];
    return { ok: false, problems: [{ file, ...locate(at), ...(at === undefined ? { field: '' } : within(at, true)), message: `YAML error: ${(error as Error).message.split('\n')[0]}` }] };
  }
  // A field's place in the text (the key of a missing or unknown field, else its value); a file with
  // nothing in it but comments is blamed from its start.
  return checkPackData(data, file, (path) => locate(source === '' ? undefined : (nodeOffset(doc, path) ?? 0)));
}

/** The first YAML document of the text; a second one is an error (a pack is one document). */
function composeOne(tokens: CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer({ prettyErrors: false, uniqueKeys: true }).compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'a pack is one YAML document; remove the second "---" and what follows it'));
      break;
    }
  }
  // compose(…, forceDoc = true) always yields a document, even for empty text.
  return doc!;
}

/** Where the text first nests collections more than `limit` deep, if it does (walked without recursion). */
function nestedBeyond(tokens: CST.Token[], limit: number): number | undefined {
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (typeof token !== 'object' || token === null) continue;
    const node = token as { offset?: number; items?: { key?: unknown; value?: unknown }[]; value?: unknown };
    if (Array.isArray(node.items)) {
      if (depth + 1 > limit) return node.offset;
      for (const item of node.items) stack.push([item.key, depth + 1], [item.value, depth + 1]);
    } else if ('value' in node) stack.push([node.value, depth]);
  }
  return undefined;
}

/** The path of the deepest field whose text holds `offset`, as far as the document could be read. */
function pathAt(doc: Document, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  const holds = (n: unknown) => isNode(n) && n.range !== undefined && n.range !== null && n.range[0] <= offset && offset <= n.range[2];
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && (holds(p.key) || holds(p.value)));
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex(holds);
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else return path;
  }
}

/** The alias that made building values fail: one with no anchor before it, else the first alias. */
function blamedAlias(doc: Document): Alias | undefined {
  let first: Alias | undefined;
  let unresolved: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      first ??= node;
      if (node.resolve(doc) === undefined) {
        unresolved = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return unresolved ?? first;
}

function nodeOffset(doc: Document, path: PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const keyPath = path.slice(0, n) as (string | number)[];
    const node = doc.getIn(keyPath, true);
    if (isNode(node) && node.range) {
      // For a missing or unknown field, point at the key rather than the value when we can.
      const parent = n > 0 ? doc.getIn(keyPath.slice(0, -1), true) : undefined;
      const pair = parent && 'items' in (parent as object) ? (parent as { items: { key?: { value?: unknown; range?: [number, number, number] } }[] }).items.find((p) => p.key?.value === keyPath.at(-1)) : undefined;
      return pair?.key?.range?.[0] ?? node.range[0];
    }
  }
  return undefined;
}
