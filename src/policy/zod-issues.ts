// zod's validation issues rewritten as policy issues: the bad value, what was expected, a fix.
import { z } from 'zod';
import { closest, didYouMean } from './did-you-mean.js';
import type { KeyPath } from './policy-issue.js';
import { policySchema } from './schema.js';
import type { Anchor } from './yaml-source.js';

/** An issue before it has a position: where it is and what to say. */
export interface PathIssue {
  path: KeyPath;
  message: string;
  anchor?: Anchor;
}

type ZodIssue = z.core.$ZodIssue;

// Every number in a policy is a whole number (zod says `number` when the input is no number).
const EXPECTED: Record<string, string> = {
  int: 'a whole number',
  number: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

/** Every zod issue as path issues; `data` is the parsed YAML, to tell missing keys apart. */
export function fromZodIssues(issues: readonly ZodIssue[], data: unknown): PathIssue[] {
  return issues.flatMap((issue) => fromZodIssue(issue, issue.path as KeyPath, data));
}

function fromZodIssue(issue: ZodIssue, path: KeyPath, data: unknown): PathIssue[] {
  const at = (message: string): PathIssue[] => [{ path, message }];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => unknownKey([...path, key]));
  }
  if (issue.code === 'invalid_union') return unionIssue(issue, path, data);
  if (issue.code === 'invalid_key') {
    return issue.issues.flatMap((inner) => fromZodIssue(inner, path, data));
  }
  if (isMissing(data, path)) return at(missingMessage(issue, path));
  return at(valueMessage(issue));
}

function valueMessage(issue: ZodIssue): string {
  const got = `got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, ${got}`;
    case 'invalid_value':
      return invalidValueMessage(issue.values, issue.input);
    case 'too_small':
      return tooSmallMessage(issue, got);
    case 'invalid_format':
      return `${issue.message}, ${got}`;
    default:
      return issue.message;
  }
}

function invalidValueMessage(values: readonly unknown[], input: unknown): string {
  if (values.length === 1) return `expected ${String(values[0])}, got ${describeValue(input)}`;
  const options = values.map(String);
  const hint = typeof input === 'string' ? didYouMean(input, options) : '';
  return `expected one of ${options.join(', ')}, got ${describeValue(input)}${hint}`;
}

function tooSmallMessage(issue: z.core.$ZodIssueTooSmall, got: string): string {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'array') {
    return `expected a list of at least ${minimum} ${minimum === 1 ? 'item' : 'items'}, got an empty list`;
  }
  if (issue.origin === 'string') return `expected a non-empty string, ${got}`;
  return `expected ${minimum} or more, ${got}`;
}

function missingMessage(issue: ZodIssue, path: KeyPath): string {
  const key = `\`${String(path.at(-1))}\``;
  if (issue.code === 'invalid_type') {
    return `missing required key ${key}: expected ${EXPECTED[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value' && issue.values.length === 1) {
    return `missing required key ${key}: expected ${String(issue.values[0])}`;
  }
  return `missing required key ${key}`;
}

function unknownKey(path: KeyPath): PathIssue {
  const key = String(path.at(-1));
  const valid = validKeysAt(path.slice(0, -1));
  const hint =
    closest(key, valid) !== undefined || valid.length === 0
      ? didYouMean(key, valid)
      : `; expected one of: ${valid.join(', ')}`;
  return { path, anchor: 'key', message: `unknown key \`${key}\`${hint}` };
}

/** A union fails as a whole; when one branch fit the value's type, its own issues say more. */
function unionIssue(issue: z.core.$ZodIssueInvalidUnion, path: KeyPath, data: unknown) {
  const fitting = issue.errors.find(
    (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
  );
  if (fitting) {
    return fitting.flatMap((inner) =>
      fromZodIssue(inner, [...path, ...(inner.path as KeyPath)], data),
    );
  }
  const expected = issue.errors.flatMap((branch) =>
    branch.flatMap((inner) => (inner.code === 'invalid_type' ? [EXPECTED[inner.expected]] : [])),
  );
  const message = `expected ${expected.join(' or ')}, got ${describeValue(issue.input)}`;
  return [{ path, message }];
}

/** How a bad value is quoted in a message. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (value instanceof Date) return 'a date';
  if (value instanceof Set) return 'a set';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  return String(value);
}

function isMissing(data: unknown, path: KeyPath): boolean {
  if (path.length === 0) return false;
  let parent = data;
  for (const segment of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<string | number, unknown>)[segment];
  }
  const key = path.at(-1)!;
  return typeof parent === 'object' && parent !== null && !Object.hasOwn(parent, key);
}

/** The keys the schema allows in the mapping at `path`. */
export function validKeysAt(path: KeyPath): string[] {
  let schema: z.ZodType | undefined = policySchema;
  for (const segment of path) schema = schema && childSchema(unwrap(schema), segment);
  const target = schema && unwrap(schema);
  return target instanceof z.ZodObject ? Object.keys(target.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

function childSchema(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
  if (schema instanceof z.ZodObject) return (schema.shape as Record<string, z.ZodType>)[segment];
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  return schema instanceof z.ZodArray ? (schema.element as z.ZodType) : undefined;
}
