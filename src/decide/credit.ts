// Who a deployment is credited to: its creator, a deploy tool's named person, or a workflow run's actor.
import type { Deployment } from './facts.js';
import { isBotLogin, loginKey, sameLogin } from './logins.js';
import { linkedActor, runLinkOf, type RunFacts } from './run-links.js';
import { recordedStatuses } from './outcome.js';

/** Every workflow's token: a payload it writes is evidence only when a linked run backs it. */
const WORKFLOW_BOT = 'github-actions[bot]';
/** The same bot as GraphQL spells it. */
const WORKFLOW = 'github-actions';

/**
 * `github-actions[bot]` as REST spells it, or `github-actions` flagged as a bot (GraphQL). Logins of
 * other lengths are told apart without lower-casing (a copy per deployment): lower case changes
 * the length only by adding a dot above an `İ`, which neither name has.
 */
export function isWorkflowBot(login: string, flagged = false): boolean {
  const length = login.trim().length;
  if (length !== WORKFLOW_BOT.length && length !== WORKFLOW.length) return false;
  const key = loginKey(login);
  return key === WORKFLOW_BOT || (flagged && key === WORKFLOW);
}

/** §5: the creator; only a bot creator may name the person in the payload's `deployer`. */
export function deployerOf(deployment: Deployment): string {
  const named = deployment.payloadDeployer?.trim();
  if (!named) return deployment.creator;
  return isBotLogin(deployment.creator, deployment.creatorIsBot) ? named : deployment.creator;
}

/**
 * §5b: a `github-actions[bot]` deployment's payload `deployer` is believed only when a linked run of
 * this repository was triggered by that person; otherwise the first linked run's triggering actor
 * (in status order) is credited, or nobody (null) when no linked run is known. Others as in §5.
 */
export function creditOf(deployment: Deployment, runs: RunFacts): string | null {
  if (!isWorkflowBot(deployment.creator, deployment.creatorIsBot)) return deployerOf(deployment);
  const named = deployment.payloadDeployer?.trim() || null;
  let first: string | null = null;
  for (const status of recordedStatuses(deployment)) {
    const link = runLinkOf(status);
    const actor = link ? linkedActor(link, runs) : null;
    if (actor === null) continue;
    if (named !== null && sameLogin(actor, named)) return named;
    first ??= actor;
  }
  return first;
}
