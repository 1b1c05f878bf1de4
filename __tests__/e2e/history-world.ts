// Builders for the history end-to-end tests: a trust-ladder policy, clean deploys, a release.
import { expect } from 'vitest';
import type { DeploymentSpec, PullRequestRecord, World } from '../simulator/index.js';
import type { RunResult } from './run-action.js';
import { aWorld } from './scenario.js';

export interface LadderOptions {
  scope?: 'person' | 'team';
  window?: string;
  onFailure?: 'demote' | 'reset';
}

/** newcomer (0) → 2 approvals, member (3) → 1, owner (10) → 0. */
export function ladderPolicy({
  scope = 'person',
  window = '90d',
  onFailure = 'demote',
}: LadderOptions = {}): string {
  return `version: 1
environments:
  production:
    approvals: 2
    trust:
      scope: ${scope}
      window: ${window}
      on-failure: ${onFailure}
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: member, after: 3, approvals: 1 }
        - { name: owner, after: 10, approvals: 0 }
`;
}

/** Without `trust`: every change always needs 1 approval. */
export const FIXED_POLICY = `version: 1
environments:
  production:
    approvals: 1
`;

/** Deployers alice, bob, carol; approvers dave and erin; frank writes the pull requests. */
export const PEOPLE = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'];

export function ladderWorld(options: LadderOptions = {}, start?: string): World {
  return peopled(aWorld(ladderPolicy(options), start));
}

export function peopled(world: World): World {
  for (const login of PEOPLE) world.collaborator(login, 'write');
  return world;
}

let shipped = 0;

/** A new direct commit on the default branch; returns its sha. */
export function ship(world: World, at?: string): string {
  const n = ++shipped;
  return world.commit({ message: `Ship ${n}`, files: { [`ship-${n}.txt`]: `${n}` }, at }).sha;
}

/** `count` deploys of new commits by `creator`, each with `status` (default success). */
export function deploys(
  world: World,
  creator: string,
  count: number,
  spec: Omit<DeploymentSpec, 'sha' | 'creator'> = {},
): string[] {
  const shas: string[] = [];
  for (let i = 0; i < count; i++) {
    const sha = ship(world);
    world.deployment({ status: 'success', ...spec, sha, creator });
    shas.push(sha);
  }
  return shas;
}

/** A squash-merged pull request by frank, approved by `approvers`. */
export function release(
  world: World,
  approvers: string[],
  title = 'Add search',
): PullRequestRecord {
  const slug = title.toLowerCase().replace(/\W+/g, '-');
  return world.pullRequest({
    title,
    author: 'frank',
    files: { [`src/${slug}.ts`]: title },
    reviews: approvers.map((author) => ({ author, state: 'APPROVED' })),
    merge: 'squash',
  });
}

export interface Verdict {
  deployer: string;
  level: string;
  score: string;
  required: string;
  approvals?: string;
  changes?: string;
  allowed: string;
}

/** The decision outputs a history test asserts, after checking the run did not error. */
export function verdictOf(result: RunResult, extra: Array<'approvals' | 'changes'> = []): Verdict {
  expect(result.stderr).toBe('');
  expect(result.outputs['decision'], result.outputs['reason']).not.toBe('error');
  expect(result.code).toBe(result.outputs['allowed'] === 'true' ? 0 : 1);
  const o = result.outputs;
  const verdict: Verdict = {
    deployer: o['deployer'] ?? '',
    level: o['level'] ?? '',
    score: o['score'] ?? '',
    required: o['required-approvals'] ?? '',
    allowed: o['allowed'] ?? '',
  };
  for (const key of extra) verdict[key] = o[key] ?? '';
  return verdict;
}

/** The summary's standing line, e.g. "**alice** is at level **member** with a score of 3." */
export function standingLine(deployer: string, level: string, score: number): string {
  return `**${deployer}** is at level **${level}** with a score of ${score}.`;
}

/** The summary's record line, e.g. "Record in the window: 3 successes, 1 failure, 0 rollbacks." */
export function recordLine(successes: number, failures: number, rollbacks: number): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `Record in the window: ${count(successes, 'success', 'successes')}, ${count(failures, 'failure', 'failures')}, ${count(rollbacks, 'rollback', 'rollbacks')}.`;
}

/** The reason of an allowed release of `changes` changes. */
export function allowReason(deployer: string, level: string, score: number, required: number) {
  return `\`${deployer}\` (level ${level}, score ${score}) may deploy: 1 change, it has its required approvals (at most ${required})`;
}

/** The reason of a denied single pull request. */
export function denyReason(pr: PullRequestRecord, approvals: number, required: number): string {
  return `#${pr.number} ${pr.title} has ${approvals} of ${required} required approvals`;
}
