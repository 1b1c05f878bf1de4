// OctokitGitHub's history reads against the simulator: what each request asks, what a page holds, what a failure says.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import { createWorld, type World } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

async function portFor(world: World, repo = 'app') {
  const { sim } = await serve(world);
  const octokit = createClient('ghs_test', sim.url);
  return { sim, port: new OctokitGitHub(octokit, { owner: 'acme', repo }) };
}

type Sent = { query: string; variables: Record<string, unknown> };
const sent = (sim: Awaited<ReturnType<typeof portFor>>['sim']) =>
  sim.log.graphql().map((e) => e.body as Sent);

const plain = { environment: 'Production', policy: null, after: null } as const;

describe('a page of history', () => {
  it('asks for the name as given and lower-cased, without policy or environments', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    world.deployment({ environment: 'Production', status: 'success' });
    const { port, sim } = await portFor(world);
    const page = await port.history(plain);
    expect(sent(sim)[0]?.variables).toEqual({
      owner: 'acme',
      name: 'app',
      policy: '',
      withPolicy: false,
      environments: ['Production', 'production'],
      after: null,
      target: null,
      withTarget: false,
    });
    expect(page).not.toHaveProperty('environments');
    expect(page).not.toHaveProperty('policyText');
    expect(page).not.toHaveProperty('targetHistory');
    expect(page.deployments).toHaveLength(1);
  });

  it('asks the spellings it is given, from the cursor it is given', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const { port, sim } = await portFor(world);
    await port.history({ ...plain, spellings: ['PROD'], after: 'Y3Vyc29yOnYyOjA=' });
    expect(sent(sim)[0]?.variables).toMatchObject({
      environments: ['PROD'],
      after: 'Y3Vyc29yOnYyOjA=',
    });
  });

  it.each([
    [{ path: '.github/trust-gate.yml', ref: null }, 'HEAD:.github/trust-gate.yml'],
    [{ path: 'policy.yml', ref: 'v2' }, 'v2:policy.yml'],
  ])('asks for the policy %o as %s, with the environments', async (policy, expression) => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    world.file('policy.yml', 'version: 1\n').tag('v2');
    world.file('.github/trust-gate.yml', 'version: 1\n');
    world.deployment({ environment: 'staging' });
    const { port, sim } = await portFor(world);
    const page = await port.history({ ...plain, policy });
    expect(sent(sim)[0]?.variables).toMatchObject({ policy: expression, withPolicy: true });
    expect(page.policyText).toBe('version: 1\n');
    expect(page.policyBlob).toEqual({ isBinary: false, isTruncated: false, byteSize: 11 });
    expect(page.environments).toEqual({ names: ['staging'], nextCursor: null });
  });

  it('reads a missing policy file as null text, with no blob', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const { port } = await portFor(world);
    const page = await port.history({ ...plain, policy: { path: 'nowhere.yml', ref: null } });
    expect(page.policyText).toBeNull();
    expect(page).not.toHaveProperty('policyBlob');
  });

  it('reads a folder where the policy should be as no policy', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    world.file('.github/trust-gate.yml/inner.yml', 'x: 1\n');
    const { port } = await portFor(world);
    const page = await port.history({
      ...plain,
      policy: { path: '.github/trust-gate.yml', ref: null },
    });
    expect(page.policyText).toBeNull();
    expect(page).not.toHaveProperty('policyBlob');
  });
});

describe('statuses past a page', () => {
  it('names each deployment whose statuses run on, and reads the next page of them', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const short = world.deployment({ status: 'success' });
    const long = world.deployment({
      statuses: Array.from({ length: 130 }, (_, i) => ({
        state: i === 0 ? ('failure' as const) : ('in_progress' as const),
      })),
    });
    const { port } = await portFor(world);
    const page = await port.history(plain);
    expect(page.nodeIds).toEqual({ [short.id]: expect.any(String), [long.id]: expect.any(String) });
    expect(page.nodeIds?.[short.id]).not.toBe(page.nodeIds?.[long.id]);
    expect(page.moreStatuses).toEqual([
      { deploymentId: long.id, nodeId: page.nodeIds?.[long.id], after: expect.any(String) },
    ]);
    const [next] = await port.statusPages(page.moreStatuses);
    expect(next?.deploymentId).toBe(long.id);
    expect(next?.more).toBeNull();
    expect(next?.statuses).toHaveLength(30);
    expect(next?.statuses.at(-1)?.state).toBe('failure');
  });

  it('asks for several deployments in one request, in order', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const many = (state: 'failure' | 'error', count: number) =>
      world.deployment({ statuses: Array.from({ length: count }, () => ({ state })) });
    const a = many('failure', 101);
    const b = many('error', 250);
    const { port, sim } = await portFor(world);
    const page = await port.history(plain);
    sim.reset();
    const answers = await port.statusPages(page.moreStatuses);
    expect(sim.counts().graphql).toBe(1);
    expect(answers.map((p) => [p.deploymentId, p.statuses.length, p.statuses[0]?.state])).toEqual([
      [b.id, 100, 'error'],
      [a.id, 1, 'failure'],
    ]);
    expect(answers[0]?.more).toEqual({
      deploymentId: b.id,
      nodeId: page.nodeIds?.[b.id],
      after: expect.any(String),
    });
    expect(answers[0]?.more?.after).not.toBe(page.moreStatuses[0]?.after);
    expect(answers[1]?.more).toBeNull();
  });

  it('fails closed, naming the deployment, when GitHub no longer has it', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const { port } = await portFor(world);
    const gone = { deploymentId: 77, nodeId: 'bm90aGluZw', after: 'Y3Vyc29yOnYyOjk5' };
    await expect(port.statusPages([gone])).rejects.toThrow(
      "Could not read the statuses of deployment 77 (HTTP 404): deployment 77 was not found. Check that it exists and that the token can read it: add `deployments: read` to the job's `permissions:` block.",
    );
  });

  it('says which read failed and what to grant', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const { port, sim } = await portFor(world);
    sim.inject({ operation: 'TrustGateStatuses', status: 403, message: 'Resource not accessible' });
    await expect(port.statusPages([{ deploymentId: 1, nodeId: 'x', after: 'y' }])).rejects.toThrow(
      /^Could not read the statuses of deployments with many statuses \(HTTP 403\): .*`deployments: read`/,
    );
  });
});

describe('the repository’s environments', () => {
  it('reads the next page of names from the cursor the first gave', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    for (let i = 0; i < 130; i++) world.deployment({ environment: `env-${i}` });
    const { port, sim } = await portFor(world);
    const page = await port.history({ ...plain, policy: { path: 'p.yml', ref: null } });
    expect(page.environments?.names).toHaveLength(100);
    expect(page.environments?.nextCursor).toEqual(expect.any(String));
    sim.reset();
    const next = await port.environments(page.environments!.nextCursor!);
    expect(next).toEqual({
      names: Array.from({ length: 30 }, (_, i) => `env-${100 + i}`),
      nextCursor: null,
    });
    expect(sent(sim)[0]?.variables).toEqual({
      owner: 'acme',
      name: 'app',
      after: page.environments!.nextCursor,
    });
  });

  it('says which read failed and what to grant', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const { port, sim } = await portFor(world);
    sim.inject({
      operation: 'TrustGateEnvironments',
      status: 403,
      message: 'Resource not accessible',
    });
    await expect(port.environments('Y3Vyc29yOnYyOjk5')).rejects.toThrow(
      /^Could not read the repository’s environments \(HTTP 403\): Resource not accessible\. Add `deployments: read`/,
    );
  });
});

describe('generations', () => {
  it('asks nothing for no commits', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const { port, sim } = await portFor(world);
    expect(await port.generations([])).toEqual({});
    expect(sim.counts().total).toBe(0);
  });

  it('counts each commit’s history, leaving out commits GitHub does not have', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const second = world.commit({ message: 'two' }).sha;
    const third = world.commit({ message: 'three' }).sha;
    const { port, sim } = await portFor(world);
    const unknown = 'f'.repeat(40);
    expect(await port.generations([third, unknown, second])).toStrictEqual({
      [third]: 3,
      [second]: 2,
    });
    expect(sent(sim)[0]?.variables).toEqual({
      owner: 'acme',
      name: 'app',
      g0: third,
      g1: unknown,
      g2: second,
    });
  });

  it('says which read failed and what to grant', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const { port, sim } = await portFor(world);
    sim.inject({
      operation: 'TrustGateGenerations',
      status: 403,
      message: 'Resource not accessible',
    });
    await expect(port.generations(['a'.repeat(40)])).rejects.toThrow(
      /^Could not read the history length of deployed commits \(HTTP 403\): Resource not accessible\. Add `contents: read`/,
    );
  });
});

describe('the carried target history', () => {
  it('carries the target’s newest commits when asked for a target', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const base = world.resolve('main')!;
    const target = world.commit({ message: 'Ship it\n\nbody', author: 'frank' }).sha;
    const { port, sim } = await portFor(world);
    const page = await port.history({ ...plain, target });
    expect(sent(sim)[0]?.variables).toMatchObject({ target, withTarget: true });
    expect(page.targetHistory?.target).toBe(target);
    expect(page.targetHistory?.commits.map((c) => [c.sha, c.title, c.firstParent])).toEqual([
      [target, 'Ship it', base],
      [base, 'Initial commit', null],
    ]);
  });

  it('has no carried history for a commit GitHub does not have', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    world.deployment({ status: 'success' });
    const { port } = await portFor(world);
    const page = await port.history({ ...plain, target: 'e'.repeat(40) });
    expect(page).not.toHaveProperty('targetHistory');
    expect(page.deployments).toHaveLength(1);
  });

  it('reads the history without it when only the target may not be read', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    world.deployment({ status: 'success' });
    const target = world.resolve('main')!;
    const { port, sim } = await portFor(world);
    sim.inject({ forbidField: 'target' });
    const page = await port.history({ ...plain, target });
    expect(page).not.toHaveProperty('targetHistory');
    expect(page.deployments).toHaveLength(1);
    expect(page.defaultBranch).toBe('main');
  });

  it('fails when more than the target may not be read', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const target = world.resolve('main')!;
    const { port, sim } = await portFor(world);
    sim.inject({ forbidField: 'target' });
    sim.inject({ forbidField: 'deployments' });
    await expect(port.history({ ...plain, target })).rejects.toThrow(
      /^Could not read the policy and the deployment history: .*`deployments: read`/,
    );
  });

  it('fails when the policy may not be read either, though the rest of the answer stands', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    world.file('p.yml', 'version: 1\n');
    const target = world.resolve('main')!;
    const { port, sim } = await portFor(world);
    sim.inject({ forbidField: 'target' });
    sim.inject({ forbidField: 'policy' });
    await expect(
      port.history({ ...plain, target, policy: { path: 'p.yml', ref: null } }),
    ).rejects.toThrow(
      "Could not read the policy and the deployment history: Resource not accessible by integration (at repository.policy, repository.target). Add `contents: read` to the job's `permissions:` block.",
    );
  });

  it('fails when a forbidden field is not the target, even with a target asked', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const target = world.resolve('main')!;
    const { port, sim } = await portFor(world);
    sim.inject({ forbidField: 'deployments' });
    await expect(port.history({ ...plain, target })).rejects.toThrow(
      /^Could not read the policy and the deployment history: .*\(at repository\.deployments\)/,
    );
  });
});

describe('a failed history read', () => {
  it('says what it read and that both contents and deployments are needed', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const { port, sim } = await portFor(world);
    sim.inject({ operation: 'TrustGateHistory', status: 403, message: 'Resource not accessible' });
    await expect(port.history(plain)).rejects.toThrow(
      "Could not read the policy and the deployment history (HTTP 403): Resource not accessible. Add `contents: read` and `deployments: read` to the job's `permissions:` block.",
    );
  });

  it('does not read on without the target when the whole request failed', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const target = world.resolve('main')!;
    const { port, sim } = await portFor(world);
    sim.inject({ operation: 'TrustGateHistory', status: 403, message: 'Resource not accessible' });
    await expect(port.history({ ...plain, target })).rejects.toThrow(
      /^Could not read the policy and the deployment history \(HTTP 403\)/,
    );
  });
});
