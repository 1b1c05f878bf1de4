// run(): read inputs → load policy and history → gather facts → decide → publish. The only try/catch.
import { createClient } from './github/client.js';
import { loadHistory } from './github/load-history.js';
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

/** The publisher (renderers) loads while the first requests are in flight. */
const publisher = () => import('./report/publish.js');

async function decideAndPublish(inputs: Inputs, port: GitHubPort): Promise<void> {
  // Everything not needed for the first request loads while it is in flight.
  const publishing = publisher();
  const gathering = import('./github/gather-facts.js');
  const deciding = import('./decide/index.js');
  const history = await loadHistory(port, inputs);
  const withRelease = inputs.mode !== 'report';
  const facts = await (await gathering).gatherFacts(port, { inputs, history, withRelease });
  const { decide, teamReport } = await deciding;
  if (inputs.mode === 'report') {
    await (await publishing).publishReport(teamReport(history.match, facts, history.notes));
    return;
  }
  const decision = decide(history.match, facts);
  decision.notes.push(...history.notes);
  await (await publishing).publishDecision(port, inputs, decision);
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
    await (await publisher()).publishError(inputs ?? inputsForError(), port, error);
  }
}
