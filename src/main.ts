// run(): read inputs → send the first request → (pipeline.ts) policy and history, facts, decision,
// publish. The only try/catch.
import { createClient } from './github/client.js';
import { OctokitGitHub } from './github/octokit-github.js';
import type { GitHubPort } from './github/port.js';
import { InputError, inputsForError, readInputs, type Inputs } from './inputs.js';

function connect(inputs: Inputs): GitHubPort {
  if (!inputs.token)
    throw new InputError(
      'Input `token` is empty; pass `token: ${{ github.token }}` or a token of your own.',
    );
  // Only the repository's names: the token, the break-glass reason and runner paths stay out of
  // every URL and body.
  return new OctokitGitHub(createClient(inputs.token), { owner: inputs.owner, repo: inputs.repo });
}

/** The rest of the pipeline: one chunk, loaded while the first request is in flight. */
const pipeline = () => import('./pipeline.js');

/** A full commit id (SHA-1 or SHA-256): what GraphQL's `GitObjectID` accepts, unlike a ref name. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/** A release between deployments (not a pull request's, not a report): its commits ride along. */
function releaseTarget(inputs: Inputs): string | null {
  const ofPull = inputs.pullRequest || inputs.commentedPull !== null || inputs.mergeGroup;
  if (inputs.mode === 'report' || ofPull) return null;
  return FULL_SHA.test(inputs.sha) ? inputs.sha : null;
}

async function decideAndPublish(inputs: Inputs, port: GitHubPort): Promise<void> {
  // 2. The first request: the policy, the newest page of history and the target's newest commits,
  // in one query; the deployer's role alongside, before the policy says whether it matters.
  const target = releaseTarget(inputs);
  const firstPage = port.history({
    environment: inputs.environment,
    policy: { path: inputs.policyPath, ref: inputs.policyRef },
    after: null,
    target,
  });
  // Handled when awaited in the pipeline; this only keeps Node from calling it unhandled meanwhile.
  firstPage.catch(() => undefined);
  // Speculative: the port keeps the answer for gather-facts, and drops it if the policy never asks.
  if (target && !inputs.deployerIsBot) port.role(inputs.deployer).catch(() => undefined);
  await (await pipeline()).decideAndPublish(inputs, port, firstPage);
}

export async function run(): Promise<void> {
  let inputs: Inputs | null = null;
  let port: GitHubPort | null = null;
  try {
    // SPEC §5d: "now" is the runner's clock; no variable or input moves it.
    inputs = readInputs(new Date()); // 1. inputs
    if (inputs.mode === 'validate') {
      const { validateWorkspacePolicy } = await import('./report/publish-validation.js');
      return await validateWorkspacePolicy(inputs);
    }
    port = connect(inputs);
    await decideAndPublish(inputs, port); // 2–5. history, facts, decision, publish
  } catch (error) {
    await (await pipeline()).publishError(inputs ?? inputsForError(), port, error);
  }
}
