// One problem found in a policy file, with where it is and how it is written in messages.

/** Keys and list indexes from the document root, e.g. `['environments', 'production']`. */
export type KeyPath = readonly (string | number)[];

export interface PolicyIssue {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Key path like `environments.production.trust.levels[1].after`; empty for the whole file. */
  path: string;
  message: string;
}

const PLAIN_KEY = /^[^.[\]\s"'`]+$/;

/** `environments.production.trust.levels[1].after`; keys with dots or spaces are quoted. */
export function formatKeyPath(path: KeyPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** `file:line:col key: message`, the shape editors and `::error` annotations understand. */
export function formatIssue(issue: PolicyIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path === ''
    ? `${where}: ${issue.message}`
    : `${where} ${issue.path}: ${issue.message}`;
}
