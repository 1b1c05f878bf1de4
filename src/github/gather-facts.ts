// Gathers every fact a decision needs, in as few round trips as the data allows.
import { missingComparisons, peopleToLookUp, releaseBase } from '../decide/index.js';
import type { Facts, Person, Role } from '../decide/facts.js';
import type { EnvironmentPolicy } from '../policy/schema.js';
import type { Inputs } from '../inputs.js';
import type { LoadedHistory } from './load-history.js';
import type { GitHubPort } from './port.js';
import { gatherRelease, type Release } from './gather-release.js';
import { readRuns } from './gather-runs.js';

/** Rounds of rollback compares: each round settles at least one deployment. */
const MAX_COMPARE_ROUNDS = 20;

type FactsBase = Omit<
  Facts,
  'changes' | 'people' | 'runs' | 'jobs' | 'attempts' | 'runsUnreadable' | 'comparisons' | 'request'
>;

function policyTeams(environment: EnvironmentPolicy): string[] {
  const rules = [environment.deployers, environment.approvers, environment['break-glass']];
  const teams = rules.flatMap((rule) => rule?.teams ?? []).map((t) => t.toLowerCase());
  return [...new Set(teams)];
}

type Scope = { environment: string; now: string; window: string };

async function settleRollbacks(port: GitHubPort, history: LoadedHistory, scope: Scope) {
  const comparisons: Facts['comparisons'] = {};
  for (let round = 0; round < MAX_COMPARE_ROUNDS; round++) {
    const missing = missingComparisons(history.deployments, {
      ...scope,
      comparisons,
      generations: history.generations,
    });
    if (missing.length === 0) break;
    await Promise.all(
      missing.map(async ({ base, head }) => {
        comparisons[`${base}...${head}`] = await port.compareStatus(base, head);
      }),
    );
  }
  return comparisons;
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
    generations: history.generations,
    breakGlass: inputs.breakGlass,
  };
  const emptyRelease: Release = { changes: [], reviewerCanPush: {}, teams: {} };
  const scope = {
    environment: inputs.environment,
    now: base.now,
    window: environment.trust?.window ?? '90d',
  };
  const deployerMatters = peopleToLookUp(environment, { ...base, changes: [] }).logins.length > 0;
  const [deployerRole, runs, comparisons, release, request] = await Promise.all([
    withRelease && deployerMatters
      ? roleOf(port, inputs.deployer, inputs.deployerIsBot)
      : Promise.resolve<Role>('none'),
    readRuns(port, history.deployments, {
      ...scope,
      repository: `${inputs.owner}/${inputs.repo}`,
    }),
    settleRollbacks(port, history, scope),
    withRelease
      ? gatherRelease(port, {
          sha: inputs.sha,
          base:
            inputs.mode === 'check' && inputs.pullRequest
              ? null
              : releaseBase(history.deployments, inputs.environment),
          pullNumber: inputs.pullRequest ? inputs.pullRequest.number : null,
          teams: policyTeams(environment),
          environment,
        })
      : Promise.resolve(emptyRelease),
    withRelease ? readRequest(port, inputs, environment) : Promise.resolve(null),
  ]);
  const people = withRelease
    ? await readPeople(port, { ...base, deployerRole, request }, environment, release)
    : {};
  return { ...base, ...runs, comparisons, changes: release.changes, people, request };
}
