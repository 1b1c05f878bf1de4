// The one exception for a policy that cannot be used; it carries every issue found.
import { formatIssue, type PolicyIssue } from './policy-issue.js';

export type { PolicyIssue } from './policy-issue.js';

export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  readonly issues: PolicyIssue[];

  /** `issues` may be empty for a policy that is missing or has no matching environment. */
  constructor(message: string, issues: PolicyIssue[] = []) {
    super(message);
    this.issues = issues;
  }

  /** An error whose message lists every issue as `file:line:col key: message`, one a line. */
  static fromIssues(file: string, issues: PolicyIssue[]): PolicyError {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const lines = [`Invalid policy ${file} (${count}):`, ...issues.map(formatIssue)];
    return new PolicyError(lines.join('\n'), issues);
  }
}
