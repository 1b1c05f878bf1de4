// Deployment history end to end: who a deploy is credited to, and what came of it (SPEC §5 History, §5a Deployer).
import { describe, expect, it } from 'vitest';
import type { PermissionsBlock, StatusSpec, World } from '../simulator/index.js';
import {
  allowReason,
  denyReason,
  deploys,
  ladderWorld,
  recordLine,
  release,
  ship,
  standingLine,
  verdictOf,
} from './history-world.js';
import { serve } from './scenario.js';

const TO_OWNER_FROM_3 = '`███░░░░░░░` 3 of 10 clean deploys to **owner**';
const TO_MEMBER_FROM_0 = '`░░░░░░░░░░` 0 of 3 clean deploys to **member**';

describe('the deployer', () => {
  it('is GITHUB_TRIGGERING_ACTOR, the person who re-ran, over GITHUB_ACTOR', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 3);
    const pr = release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'bob', triggeringActor: 'alice' });
    expect(verdictOf(result)).toEqual({
      deployer: 'alice',
      level: 'member',
      score: '3',
      required: '1',
      allowed: 'true',
    });
    expect(result.outputs['reason']).toBe(allowReason('alice', 'member', 3, 1));
    expect(result.summary).toContain(standingLine('alice', 'member', 3));
    expect(result.summary).toContain(TO_OWNER_FROM_3);
    expect(pr.merged).toBe(true);
  });

  it('is GITHUB_ACTOR when GITHUB_TRIGGERING_ACTOR is not set', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 3);
    const pr = release(world, ['erin']);
    const { run } = await serve(world);
    // An undefined value leaves the variable out of the child's environment.
    const unset = { GITHUB_TRIGGERING_ACTOR: undefined as unknown as string };
    const result = await run({ actor: 'bob', env: unset });
    expect(verdictOf(result)).toEqual({
      deployer: 'bob',
      level: 'newcomer',
      score: '0',
      required: '2',
      allowed: 'false',
    });
    expect(result.outputs['reason']).toBe(denyReason(pr, 1, 2));
    expect(result.summary).toContain(standingLine('bob', 'newcomer', 0));
    expect(result.summary).toContain(TO_MEMBER_FROM_0);
  });

  it('is never taken from an input', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 3);
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({
      actor: 'bob',
      inputs: { environment: 'production', deployer: 'alice', actor: 'alice' },
    });
    expect(verdictOf(result)).toMatchObject({ deployer: 'bob', level: 'newcomer', score: '0' });
  });
});

describe('who a deployment is credited to', () => {
  it('is its creator', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 2);
    deploys(world, 'bob', 3);
    release(world, ['erin']);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'newcomer', score: '2', required: '2' });
    expect(alice.summary).toContain(recordLine(2, 0, 0));
    const bob = await run({ actor: 'bob' });
    expect(verdictOf(bob)).toMatchObject({ level: 'member', score: '3', required: '1' });
  });

  it('is the person in payload.deployer when a deploy tool’s bot created it', async () => {
    const world = ladderWorld();
    deploys(world, 'deploy-tool[bot]', 3, { payload: { deployer: 'alice' } });
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toEqual({
      deployer: 'alice',
      level: 'member',
      score: '3',
      required: '1',
      allowed: 'true',
    });
    expect(result.summary).toContain(recordLine(3, 0, 0));
  });

  it('charges a bot-created failure to the person in payload.deployer', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 3);
    deploys(world, 'deploy-tool[bot]', 1, {
      payload: { deployer: 'alice' },
      status: 'failure',
    });
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toMatchObject({ level: 'newcomer', score: '0', allowed: 'false' });
    expect(result.summary).toContain(recordLine(3, 1, 0));
  });

  it('stays the human creator whatever payload.deployer says, so nobody credits a deploy by hand', async () => {
    const world = ladderWorld();
    deploys(world, 'bob', 3, { payload: { deployer: 'alice' } });
    release(world, ['erin']);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ deployer: 'alice', level: 'newcomer', score: '0' });
    expect(alice.summary).toContain(recordLine(0, 0, 0));
    const bob = await run({ actor: 'bob' });
    expect(verdictOf(bob)).toMatchObject({ deployer: 'bob', level: 'member', score: '3' });
  });
});

type Case = [string, StatusSpec[], { level: string; score: number; failures: number }];
const A = '2026-11-20T10:00:00Z';
const B = '2026-11-20T11:00:00Z';
const C = '2026-11-20T12:00:00Z';

describe('the outcome of a deployment', () => {
  it.each<Case>([
    ['success adds 1', [{ state: 'success' }], { level: 'member', score: 4, failures: 0 }],
    ['failure demotes', [{ state: 'failure' }], { level: 'newcomer', score: 0, failures: 1 }],
    ['error counts as failure', [{ state: 'error' }], { level: 'newcomer', score: 0, failures: 1 }],
    [
      'a success written after a failure does not erase it',
      [
        { state: 'failure', at: A },
        { state: 'success', at: B },
      ],
      { level: 'newcomer', score: 0, failures: 1 },
    ],
    [
      'a failure after a success is a failure',
      [
        { state: 'success', at: A },
        { state: 'failure', at: B },
      ],
      { level: 'newcomer', score: 0, failures: 1 },
    ],
    [
      'inactive after a success is ignored',
      [
        { state: 'success', at: A },
        { state: 'inactive', at: B },
      ],
      { level: 'member', score: 4, failures: 0 },
    ],
    [
      'inactive after a failure is ignored',
      [
        { state: 'failure', at: A },
        { state: 'inactive', at: B },
      ],
      { level: 'newcomer', score: 0, failures: 1 },
    ],
    [
      'pending after an error is ignored',
      [
        { state: 'error', at: A },
        { state: 'pending', at: B },
        { state: 'in_progress', at: C },
      ],
      { level: 'newcomer', score: 0, failures: 1 },
    ],
    [
      'a deployment with only pending statuses is ignored',
      [
        { state: 'queued', at: A },
        { state: 'pending', at: B },
        { state: 'in_progress', at: C },
      ],
      { level: 'member', score: 3, failures: 0 },
    ],
    ['a deployment with no status is ignored', [], { level: 'member', score: 3, failures: 0 }],
  ])('%s', async (_, statuses, expected) => {
    const world = ladderWorld();
    deploys(world, 'alice', 3);
    world.deployment({ sha: ship(world), creator: 'alice', statuses, at: '2026-11-20T09:00:00Z' });
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    const { level, score, failures } = expected;
    expect(verdictOf(result)).toMatchObject({ level, score: String(score) });
    const successes = score === 4 ? 4 : 3;
    expect(result.summary).toContain(standingLine('alice', level, score));
    expect(result.summary).toContain(recordLine(successes, failures, 0));
  });
});

type Link = (runId: number) => StatusSpec;
const RUNS = 'https://github.com/acme/shop/actions/runs';

/** alice's 3 clean deploys, then a release whose own deploy by alice ended with `status`. */
function failedRelease(status: (world: World) => StatusSpec, grant?: PermissionsBlock) {
  const world = ladderWorld();
  if (grant) world.grant(grant);
  deploys(world, 'alice', 3);
  const pr = release(world, ['erin']);
  world.deployment({ creator: 'alice', status: status(world) });
  return { world, pr };
}

describe('a failure linked to a cancelled workflow run', () => {
  it.each<[string, Link, (runId: number) => string]>([
    [
      'job log in log_url and target_url',
      (id) => ({ state: 'failure', run: id }),
      (id) => `actions/jobs/${id + 7}`,
    ],
    [
      'job log in log_url only',
      (id) => ({ state: 'failure', logUrl: `${RUNS}/${id}/job/${id + 7}` }),
      (id) => `actions/jobs/${id + 7}`,
    ],
    [
      'job log in target_url only',
      (id) => ({ state: 'failure', targetUrl: `${RUNS}/${id}/job/${id + 7}` }),
      (id) => `actions/jobs/${id + 7}`,
    ],
    [
      'an attempt',
      (id) => ({ state: 'failure', logUrl: `${RUNS}/${id}/attempts/1` }),
      (id) => `actions/runs/${id}/attempts/1`,
    ],
    [
      'the run itself, on an error, while it has a single attempt',
      (id) => ({ state: 'error', logUrl: `${RUNS}/${id}` }),
      (id) => `actions/runs/${id}`,
    ],
  ])('is forgiven (%s)', async (_, link, route) => {
    let runId = 0;
    const { world, pr } = failedRelease((w) => {
      runId = w.workflowRun({ conclusion: 'cancelled' }).id;
      return link(runId);
    });
    const { run, sim } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result, ['changes'])).toEqual({
      deployer: 'alice',
      level: 'member',
      score: '3',
      required: '1',
      changes: '1',
      allowed: 'true',
    });
    expect(result.outputs['reason']).toBe(allowReason('alice', 'member', 3, 1));
    expect(result.summary).toContain(recordLine(3, 0, 0));
    expect(result.summary).toContain(pr.title);
    expect(sim.counts().byRoute[`GET /repos/acme/shop/${route(runId)}`]).toBe(1);
  });

  it('stands when the run failed rather than being cancelled', async () => {
    const { world, pr } = failedRelease((w) => ({
      state: 'failure',
      run: w.workflowRun({ conclusion: 'failure' }),
    }));
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toEqual({
      deployer: 'alice',
      level: 'newcomer',
      score: '0',
      required: '2',
      allowed: 'false',
    });
    expect(result.outputs['reason']).toBe(denyReason(pr, 1, 2));
    expect(result.summary).toContain(recordLine(3, 1, 0));
  });

  it('is still forgiven when another failure links to a run GitHub does not know (that one stands)', async () => {
    const { world, pr } = failedRelease((w) => ({
      state: 'failure',
      run: w.workflowRun({ conclusion: 'cancelled' }),
    }));
    world.deployment({
      creator: 'bob',
      status: { state: 'failure', logUrl: `${RUNS}/424242/job/424243` },
    });
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'member', score: '3', allowed: 'true' });
    expect(alice.summary).toContain(recordLine(3, 0, 0));
    expect(alice.summary).not.toContain('actions: read');
    expect(alice.summary).toContain(pr.title);
    const bob = await run({ actor: 'bob' });
    expect(bob.summary).toContain(recordLine(0, 1, 0));
  });

  it('stands when the token may not read runs, and the summary says why; the run does not error', async () => {
    const { world, pr } = failedRelease(
      (w) => ({ state: 'failure', run: w.workflowRun({ conclusion: 'cancelled' }) }),
      { contents: 'read', deployments: 'read', 'pull-requests': 'read' },
    );
    world.review(pr.number, { author: 'dave', state: 'APPROVED' });
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result, ['approvals'])).toEqual({
      deployer: 'alice',
      level: 'newcomer',
      score: '0',
      required: '2',
      approvals: '2',
      allowed: 'true',
    });
    expect(result.outputs['decision']).toBe('allow');
    expect(result.code).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(result.summary).toContain(recordLine(3, 1, 0));
    expect(result.summary).toContain(
      '1 failure links to a workflow run whose conclusion could not be read, so it counts even if the run was cancelled',
    );
    expect(result.summary).toContain('`actions: read`');
  });
});
