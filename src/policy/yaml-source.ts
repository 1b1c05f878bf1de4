// The policy's YAML text: parsed with positions, so every issue can point at its node.
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { KeyPath } from './policy-issue.js';

export interface YamlSource {
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Where an issue points: the node at its path, or the key naming it (for unknown keys). */
export type Anchor = 'value' | 'key';

export interface Position {
  line: number;
  column: number;
}

export function readYaml(text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  return { doc, lines };
}

/** Syntax errors and warnings (like unknown tags), each with its 1-based position. */
export function yamlProblems(source: YamlSource): { position: Position; message: string }[] {
  const problems = [...source.doc.errors, ...source.doc.warnings];
  return problems.map((problem) => ({
    position: positionAt(source, problem.pos[0]),
    message: yamlMessage(source, problem),
  }));
}

function yamlMessage(source: YamlSource, problem: YAMLError): string {
  const key = problem.code === 'DUPLICATE_KEY' ? keyAt(source, problem.pos[0]) : undefined;
  if (key !== undefined) return `duplicate key \`${key}\`; a key may appear only once in a mapping`;
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
export function locate(source: YamlSource, path: KeyPath, anchor: Anchor): Position {
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
    const pair = parent.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : null;
  }
  if (isSeq(parent) && typeof segment === 'number' && segment < parent.items.length) {
    return { key: null, value: parent.items[segment] };
  }
  return null;
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
