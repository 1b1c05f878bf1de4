// Renders the validate mode's job summary.
import type { PolicyIssue } from '../policy/policy-issue.js';
import { cellCode, code, escapeMarkdown } from './escape.js';

export function renderValidation(
  file: string,
  environments: string[],
  issues: PolicyIssue[],
): string {
  if (issues.length === 0) {
    const names = environments.map(code).join(', ') || 'none';
    return `## ✅ Trust Gate: ${code(file)} is valid\n\nEnvironments: ${names}\n`;
  }
  const rows = issues.map(
    (i) =>
      `| ${i.line}:${i.column} | ${i.path ? cellCode(i.path) : ''} | ${escapeMarkdown(i.message)} |`,
  );
  return [
    `## ⛔ Trust Gate: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${code(file)}`,
    '',
    '| line:col | key | problem |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
