// run(): read inputs → send the first request → (pipeline.ts) policy and history, facts, decision,
// publish. The only try/catch.
import { createClient } from './github/client.js';
import { OctokitGitHub } from './github/octokit-github.js';
import type { GitHubPort } from './github/port.js';
import { InputError, inputsForError, readInputs, type Inputs } from './inputs.js';

/** The clock. `TRUST_GATE_NOW` (ISO 8601) pins it, for tests and for asking "what if". */
function now(): Date {
  const pinned = process.env['TRUST_GATE_NOW'];
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime()))
    throw new InputError(`TRUST_GATE_NOW is "${pinned}"; expected an ISO 8601 time.`);
  return date;
}

async function connect(inputs: Inputs): Promise<GitHubPort> {
  if (!inputs.token)
    throw new InputError(
      'Input `token` is empty; pass `token: ${{ github.token }}` or a token of your own.',
    );
  return new OctokitGitHub(await createClient(inputs.token), inputs);
}

/** The rest of the pipeline: one chunk, loaded while the first request is in flight. */
const pipeline = () => import('./pipeline.js');

async function decideAndPublish(inputs: Inputs, port: GitHubPort): Promise<void> {
  // 2. The first request: the policy and the newest page of history, in one query.
  const firstPage = port.history({
    environment: inputs.environment,
    policy: { path: inputs.policyPath, ref: inputs.policyRef },
    after: null,
  });
  // Handled when awaited in the pipeline; this only keeps Node from calling it unhandled meanwhile.
  firstPage.catch(() => undefined);
  await (await pipeline()).decideAndPublish(inputs, port, firstPage);
}

export async function run(): Promise<void> {
  let inputs: Inputs | null = null;
  let port: GitHubPort | null = null;
  try {
    inputs = readInputs(now()); // 1. inputs
    if (inputs.mode === 'validate') {
      const { validateWorkspacePolicy } = await import('./report/publish-validation.js');
      return await validateWorkspacePolicy(inputs);
    }
    port = await connect(inputs);
    await decideAndPublish(inputs, port); // 2–5. history, facts, decision, publish
  } catch (error) {
    await (await pipeline()).publishError(inputs ?? inputsForError(), port, error);
  }
}
