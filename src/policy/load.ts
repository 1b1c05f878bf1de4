// Policy text to a validated Policy, or every problem in it at once, each with its position.
import { isMapping } from './plain-data.js';
import { PolicyError } from './policy-error.js';
import { formatKeyPath, type PolicyIssue } from './policy-issue.js';
import { policySchema, type Policy } from './schema.js';
import { semanticIssues } from './semantic-checks.js';
import {
  locate,
  readYaml,
  unresolvedAlias,
  yamlProblems,
  type Position,
  type YamlSource,
} from './yaml-source.js';
import { describeValue, fromZodIssues, type PathIssue } from './zod-issues.js';

export interface ParsedPolicy {
  /** Null whenever there is at least one issue. */
  policy: Policy | null;
  /** In file order. */
  issues: PolicyIssue[];
}

const EXPECTED_ROOT = 'expected a mapping with `version: 1` and `environments`';

/**
 * Parses and validates a policy, collecting every problem. YAML syntax errors are reported
 * alone: after one, the structure the parser guessed would only produce misleading issues.
 */
export function parsePolicy(text: string, file: string): ParsedPolicy {
  const source = readYaml(text);
  const syntax = yamlProblems(source);
  if (syntax.length > 0) {
    return failed(
      syntax.map(({ position, message }) => ({ file, ...position, path: '', message })),
    );
  }
  const read = readData(source);
  if ('problem' in read) return failed([{ file, ...read.problem, path: '' }]);
  const data = read.data;
  if (!isMapping(data)) {
    const position = locate(source, []);
    const message =
      data === null || data === undefined
        ? `the policy file is empty; ${EXPECTED_ROOT}`
        : `${EXPECTED_ROOT}, got ${describeValue(data)}`;
    return failed([{ file, ...position, path: '', message }]);
  }
  const result = policySchema.safeParse(data, { reportInput: true });
  const pathIssues = [
    ...(result.success ? [] : fromZodIssues(result.error.issues, data)),
    ...semanticIssues(data),
  ];
  const issues = inFileOrder(pathIssues.map((issue) => placed(source, file, issue)));
  return issues.length > 0 || !result.success ? failed(issues) : { policy: result.data, issues };
}

/** Like parsePolicy, but a policy with any issue throws a PolicyError listing them all. */
export function loadPolicy(text: string, file: string): Policy {
  const { policy, issues } = parsePolicy(text, file);
  if (policy === null) throw PolicyError.fromIssues(file, issues);
  return policy;
}

/** The document as plain data, or why it cannot be read (an alias to a missing anchor). */
function readData(
  source: YamlSource,
): { data: unknown } | { problem: Position & { message: string } } {
  try {
    return { data: source.doc.toJS() };
  } catch (error) {
    const position = unresolvedAlias(source)?.position ?? { line: 1, column: 1 };
    return {
      problem: { ...position, message: `cannot read the YAML: ${(error as Error).message}` },
    };
  }
}

function placed(source: YamlSource, file: string, issue: PathIssue): PolicyIssue {
  const position = locate(source, issue.path, issue.anchor);
  return { file, ...position, path: formatKeyPath(issue.path), message: issue.message };
}

function inFileOrder(issues: PolicyIssue[]): PolicyIssue[] {
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const id = `${issue.line}:${issue.column}:${issue.path}:${issue.message}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
  return unique.sort((a, b) => a.line - b.line || a.column - b.column);
}

function failed(issues: PolicyIssue[]): ParsedPolicy {
  return { policy: null, issues };
}
