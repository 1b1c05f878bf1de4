// validate mode: lints the policy file in the workspace, each problem an annotation on its line.
import * as core from '@actions/core';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Inputs } from '../inputs.js';
import { parsePolicy } from '../policy/load.js';
import type { PolicyIssue } from '../policy/policy-issue.js';
import { InputError } from '../inputs.js';
import { renderValidation } from './validation.js';
import { appendSummary, logLine, setOutput } from './runner.js';

function realPath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/**
 * The policy file's text, read only from inside the workspace: its real path (symbolic links
 * resolved) must lie under the workspace's, so a link or `..` cannot make validate read, and
 * echo in its annotations, a file of the runner's.
 */
function readWorkspaceFile(inputs: Inputs): string {
  const path = resolve(inputs.workspace, inputs.policyPath);
  const real = realPath(path);
  if (real === null)
    throw new InputError(
      `Policy file ${inputs.policyPath} is not in the workspace (${path}). Check the repository out first (actions/checkout) or set the \`policy\` input.`,
    );
  const root = realPath(inputs.workspace) ?? resolve(inputs.workspace);
  if (!real.startsWith(root + sep))
    throw new InputError(
      `Policy file ${inputs.policyPath} leads outside the workspace (through a symbolic link or ".."); validate reads only files inside the workspace, so it was not read. Point the \`policy\` input at the policy file itself.`,
    );
  if (!statSync(real).isFile())
    throw new InputError(`Policy file ${inputs.policyPath} is not a regular file.`);
  return readFileSync(real, 'utf8');
}

/** `::error file=…,line=…,col=…::` exactly as SPEC §5a writes it (no `title`, which would come first). */
function annotate(issue: PolicyIssue): void {
  const message = issue.path ? `${issue.path}: ${issue.message}` : issue.message;
  core.error(message, { file: issue.file, startLine: issue.line, startColumn: issue.column });
}

export async function validateWorkspacePolicy(inputs: Inputs): Promise<void> {
  const text = readWorkspaceFile(inputs);
  const { policy, issues } = parsePolicy(text, inputs.policyPath);
  issues.forEach(annotate);
  const environments = policy ? Object.keys(policy.environments) : [];
  setOutput(
    'json',
    JSON.stringify({ valid: issues.length === 0, file: inputs.policyPath, environments, issues }),
  );
  await appendSummary(renderValidation(inputs.policyPath, environments, issues));
  if (issues.length > 0) {
    core.setFailed(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${inputs.policyPath}.`,
    );
  } else {
    logLine(`${inputs.policyPath} is valid.`);
  }
}
