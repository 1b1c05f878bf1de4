// The policy's YAML text: parsed with positions, so every issue can point at its node.
import {
  Composer,
  LineCounter,
  Parser,
  YAMLParseError,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type CST,
  type Document,
  type Node,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import type { KeyPath } from './policy-issue.js';

export interface YamlSource {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Why the text was not parsed at all (too long or nested too deep), and where. */
  refused: { offset: number; message: string } | null;
}

/**
 * Longest policy read, in characters: GitHub's own limit on a file's text (`Blob.text` stops at
 * 512,000 bytes), so every policy GitHub can deliver whole is read. The YAML library's time grows
 * faster than the text past it (a 5 MB string took seconds), and the run has a deadline.
 */
export const MAX_POLICY_CHARS = 512_000;

/** Deepest nesting read. A policy nests 7 levels; the YAML composer recurses once per level. */
export const MAX_NESTING = 32;

/** Where an issue points instead of the node at its path: the key naming it (for unknown keys). */
export type Anchor = 'key';

export interface Position {
  line: number;
  column: number;
}

export function readYaml(text: string): YamlSource {
  const lines = new LineCounter();
  if (text.length > MAX_POLICY_CHARS) {
    const size = text.length.toLocaleString('en-US');
    const limit = MAX_POLICY_CHARS.toLocaleString('en-US');
    lines.addNewLine(0); // line 1 starts at 0; the text itself is not read
    return refused(
      lines,
      0,
      `the file is ${size} characters long; a policy may have at most ${limit}`,
    );
  }
  // The parser keeps its own stack; only composing recurses, so the depth is checked in between.
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const deep = tooDeep(tokens);
  if (deep !== null)
    return refused(lines, deep, `nested more than ${MAX_NESTING} levels deep; a policy needs 7`);
  return { doc: compose(tokens, text.length), lines, refused: null };
}

function refused(lines: LineCounter, offset: number, message: string): YamlSource {
  return { doc: compose([], 0), lines, refused: { offset, message } };
}

/** The first document; a second one is an error (a policy is one document). */
function compose(tokens: CST.Token[], length: number): Document.Parsed {
  let first: Document.Parsed | undefined;
  for (const doc of new Composer({}).compose(tokens, true, length)) {
    if (!first) first = doc;
    else {
      const message = 'the file holds more than one YAML document (`---`); a policy is one';
      first.errors.push(new YAMLParseError([doc.range[0], doc.range[1]], 'MULTIPLE_DOCS', message));
      break;
    }
  }
  return first!;
}

/** Offset of the first collection nested deeper than MAX_NESTING, or null. */
function tooDeep(tokens: CST.Token[]): number | null {
  const stack: Array<[CST.Token | undefined, number]> = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token?.type === 'document') stack.push([token.value, depth]);
    if (
      token?.type !== 'block-map' &&
      token?.type !== 'block-seq' &&
      token?.type !== 'flow-collection'
    )
      continue;
    if (depth >= MAX_NESTING) return token.offset;
    for (const item of token.items) {
      if ('key' in item) stack.push([item.key ?? undefined, depth + 1]);
      stack.push([item.value, depth + 1]);
    }
  }
  return null;
}

/** Syntax errors and warnings (like unknown tags), each with its 1-based position. */
export function yamlProblems(source: YamlSource): { position: Position; message: string }[] {
  if (source.refused) {
    const { offset, message } = source.refused;
    return [{ position: positionAt(source, offset), message }];
  }
  const problems = [...source.doc.errors, ...source.doc.warnings];
  return problems.map((problem) => ({
    position: positionAt(source, problem.pos[0]),
    message: yamlMessage(source, problem),
  }));
}

function yamlMessage(source: YamlSource, problem: YAMLError): string {
  const key = problem.code === 'DUPLICATE_KEY' ? keyAt(source, problem.pos[0]) : undefined;
  if (key !== undefined) return `duplicate key \`${key}\`; a key may appear only once in a mapping`;
  if (problem.code === 'MULTIPLE_DOCS') return problem.message;
  return `YAML ${problem.name === 'YAMLWarning' ? 'problem' : 'syntax error'}: ${problem.message}`;
}

/** The text of the mapping key that starts at `offset`, if any. */
function keyAt(source: YamlSource, offset: number): string | undefined {
  let key: string | undefined;
  visit(source.doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      key = String(pair.key.value);
      return visit.BREAK;
    },
  });
  return key;
}

/** The first alias whose anchor is missing, for an error when the document cannot be read. */
export function unresolvedAlias(source: YamlSource): { position: Position; name: string } | null {
  let found: { position: Position; name: string } | null = null;
  visit(source.doc, {
    Alias(_key, alias) {
      if (alias.resolve(source.doc) !== undefined) return undefined;
      found = { position: positionAt(source, alias.range?.[0] ?? 0), name: alias.source };
      return visit.BREAK;
    },
  });
  return found;
}

/** Position of the node at `path`, or of its nearest ancestor present in the file. */
export function locate(source: YamlSource, path: KeyPath, anchor?: Anchor): Position {
  let node: unknown = source.doc.contents;
  let keyNode: unknown = null;
  for (const segment of path) {
    const step = child(source, node, segment);
    if (!step) break;
    [node, keyNode] = [step.value, step.key];
  }
  const target = anchor === 'key' || isEmptyScalar(node) ? (keyNode ?? node) : node;
  return positionAt(source, rangeStart(target));
}

function child(
  source: YamlSource,
  node: unknown,
  segment: string | number,
): { key: unknown; value: unknown } | null {
  const parent = isAlias(node) ? node.resolve(source.doc) : node;
  if (isMap(parent)) {
    const pair = pairsOf(parent).get(String(segment));
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : null;
  }
  if (isSeq(parent) && typeof segment === 'number' && segment < parent.items.length) {
    return { key: null, value: parent.items[segment] };
  }
  return null;
}

const pairIndex = new WeakMap<YAMLMap, Map<string, { key: unknown; value: unknown }>>();

/**
 * A mapping's pairs by key text, built once so locating stays linear. Of keys with the same text
 * (`1` and `"1"`, which YAML does not call duplicates) the last wins, as in the parsed data.
 */
function pairsOf(map: YAMLMap): Map<string, { key: unknown; value: unknown }> {
  let pairs = pairIndex.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const item of map.items) {
      const text = isPair(item) ? keyText(item.key) : undefined;
      if (text !== undefined) pairs.set(text, item);
    }
    pairIndex.set(map, pairs);
  }
  return pairs;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && node.source === '';
}

function rangeStart(node: unknown): number {
  return (node as Node | null)?.range?.[0] ?? 0;
}

function positionAt(source: YamlSource, offset: number): Position {
  const { line, col } = source.lines.linePos(offset);
  return { line, column: col };
}
