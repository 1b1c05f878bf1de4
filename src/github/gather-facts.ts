// Gathers every fact a decision needs, in as few round trips as the data allows.
import { peopleToLookUp, releaseBase } from '../decide/index.js';
import type { Deployment, Facts, Person, Role } from '../decide/facts.js';
import type { EnvironmentPolicy } from '../policy/schema.js';
import type { Inputs } from '../inputs.js';
import type { LoadedHistory } from './load-history.js';
import type { GitHubPort } from './port.js';
import { gatherRelease, type Release } from './gather-release.js';
import { readRuns } from './gather-runs.js';
import { limiter } from './limiter.js';
import { generationsWanted, settleRollbacks } from './settle-rollbacks.js';

type FactsBase = Omit<
  Facts,
  | 'changes'
  | 'people'
  | 'runs'
  | 'jobs'
  | 'attempts'
  | 'runsUnreadable'
  | 'comparisons'
  | 'generations'
  | 'request'
>;

function policyTeams(environment: EnvironmentPolicy): string[] {
  const rules = [environment.deployers, environment.approvers, environment['break-glass']];
  const teams = rules.flatMap((rule) => rule?.teams ?? []).map((t) => t.toLowerCase());
  return [...new Set(teams)];
}

async function roleOf(port: GitHubPort, login: string, isBot: boolean): Promise<Role> {
  return isBot ? 'none' : port.role(login);
}

/** Roles of the deployer and reviewers; `canPush` stands in for a lookup when only `write` is asked. */
async function readPeople(
  port: GitHubPort,
  facts: FactsBase & { deployerRole: Role } & Pick<Facts, 'request'>,
  environment: EnvironmentPolicy,
  release: Release,
) {
  const people: Record<string, Person> = {};
  const teamsOf = (login: string) =>
    Object.entries(release.teams)
      .filter(([, members]) => members.includes(login.toLowerCase()))
      .map(([team]) => team);
  people[facts.deployer.toLowerCase()] = {
    login: facts.deployer,
    role: facts.deployerRole,
    teams: teamsOf(facts.deployer),
  };
  const wanted = peopleToLookUp(environment, { ...facts, changes: release.changes }).logins;
  await Promise.all(
    wanted.map(async (who) => {
      const login = who.toLowerCase();
      if (people[login]) return;
      const canPush = release.reviewerCanPush[login];
      const role: Role =
        environment.approvers.permission === 'write' && canPush !== undefined
          ? canPush
            ? 'write'
            : 'read'
          : await port.role(login);
      people[login] = { login, role, teams: teamsOf(login) };
    }),
  );
  return people;
}

/** Bases to fall back on, newest first, should GitHub no longer have the release base's commit. */
const EARLIER_BASES = 10;

/** The successful deployments before `base`, newest first, each commit once. */
function earlierBases(deployments: Deployment[], environment: string, base: Deployment | null) {
  const bases: Deployment[] = [];
  const seen = new Set(base ? [base.sha] : []);
  let rest = deployments;
  for (let current = base; current && bases.length < EARLIER_BASES;) {
    const { createdAt, id } = current;
    rest = rest.filter((d) => d.createdAt < createdAt || (d.createdAt === createdAt && d.id < id));
    current = releaseBase(rest, environment);
    if (!current || seen.has(current.sha)) continue;
    bases.push(current);
    seen.add(current.sha);
  }
  return bases;
}

function releaseRequest(inputs: Inputs, history: LoadedHistory) {
  const base =
    inputs.mode === 'check' && inputs.pullRequest
      ? null
      : releaseBase(history.deployments, inputs.environment);
  return {
    sha: inputs.sha,
    base,
    earlierBases: base ? earlierBases(history.deployments, inputs.environment, base) : [],
    pullNumber: inputs.pullRequest ? inputs.pullRequest.number : null,
    teams: policyTeams(history.match.environment),
    environment: history.match.environment,
    ...(history.targetHistory ? { carried: history.targetHistory } : {}),
  };
}

/** The deploy request issue (`requests: true`, gate mode only), read alongside the release. */
function readRequest(port: GitHubPort, inputs: Inputs, environment: EnvironmentPolicy) {
  return environment.requests && inputs.mode === 'gate'
    ? port.deployRequest(inputs.environment, inputs.sha)
    : Promise.resolve(null);
}

export interface GatherRequest {
  inputs: Inputs;
  history: LoadedHistory;
  withRelease: boolean;
}

export async function gatherFacts(
  port: GitHubPort,
  { inputs, history, withRelease }: GatherRequest,
): Promise<Facts> {
  const environment = history.match.environment;
  const base: FactsBase = {
    now: inputs.now.toISOString(),
    environment: inputs.environment,
    mode: inputs.mode === 'check' ? 'check' : 'gate',
    deployer: inputs.deployer,
    deployerIsBot: inputs.deployerIsBot,
    ref: inputs.ref,
    sha: inputs.sha,
    deployments: history.deployments,
    breakGlass: inputs.breakGlass,
  };
  const emptyRelease: Release = { changes: [], reviewerCanPush: {}, teams: {} };
  const scope = {
    environment: inputs.environment,
    now: base.now,
    window: environment.trust?.window ?? '90d',
  };
  const deployerMatters = peopleToLookUp(environment, { ...base, changes: [] }).logins.length > 0;
  const limit = limiter();
  const request = withRelease ? releaseRequest(inputs, history) : null;
  // A release read through the changes query carries the rollback checks' generations along.
  const carries = request !== null && request.pullNumber === null;
  const generationsOf = carries ? generationsWanted(history, scope) : [];
  const releasing = request
    ? gatherRelease(port, { ...request, generationsOf })
    : Promise.resolve(emptyRelease);
  const carried = carries
    ? { shas: generationsOf, answer: releasing.then((r) => r.generations ?? {}) }
    : undefined;
  const [deployerRole, runs, rollbacks, release, deployRequest] = await Promise.all([
    withRelease && deployerMatters
      ? roleOf(port, inputs.deployer, inputs.deployerIsBot)
      : Promise.resolve<Role>('none'),
    readRuns(
      port,
      history.deployments,
      { ...scope, repository: `${inputs.owner}/${inputs.repo}` },
      history.known,
    ),
    settleRollbacks(port, history, scope, limit, carried),
    releasing,
    withRelease ? readRequest(port, inputs, environment) : Promise.resolve(null),
  ]);
  history.notes.push(...(release.notes ?? []));
  const people = withRelease
    ? await readPeople(
        port,
        { ...base, deployerRole, request: deployRequest },
        environment,
        release,
      )
    : {};
  return {
    ...base,
    ...runs,
    ...rollbacks,
    changes: release.changes,
    people,
    request: deployRequest,
  };
}
