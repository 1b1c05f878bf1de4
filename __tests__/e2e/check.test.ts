// check mode end to end: the pull request's status summary as a sticky comment and a commit status.
import { describe, expect, it } from 'vitest';
import type { PullRequestRecord, World } from '../simulator/index.js';
import { IN_PROCESS, type EventName, type RunOptions } from './run-action.js';
import { layout, mentions, rawHtml } from './markdown-layout.js';
import { aWorld, serve } from './scenario.js';

const LADDER_POLICY = `version: 1
environments:
  production:
    approvers:
      teams: [acme/leads]
      level: owner
    approvals: 2
    trust:
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: member, after: 3, approvals: 1 }
        - { name: owner, after: 10, approvals: 0 }
    branches: [main]
`;

/** A policy whose `production` holds `lines` (YAML at that depth) and whose `staging` needs nothing. */
function policyWith(...lines: string[]): string {
  const production = lines.map((line) => `    ${line}`).join('\n');
  return `version: 1\nenvironments:\n  production:\n${production}\n  staging:\n    approvals: 0\n`;
}

const ONE_APPROVAL = policyWith('approvals: 1');

/** What the runner passes on a pull request event, for `pr`. */
function onPullRequest(
  pr: PullRequestRecord,
  inputs: Record<string, string> = {},
  event: EventName = 'pull_request',
): Partial<RunOptions> {
  return {
    event,
    pullRequest: { number: pr.number, headSha: pr.headSha, baseRef: pr.base, author: pr.author },
    inputs: { environment: 'production', ...inputs },
  };
}

function team(): World {
  return aWorld(ONE_APPROVAL)
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write');
}

function commentsOn(world: World, number: number) {
  return world.comments.filter((comment) => comment.issueNumber === number);
}

function statusesOf(world: World, sha: string) {
  return world.commitStatuses
    .filter((status) => status.sha === sha)
    .map(({ state, context, description }) => ({ state, context, description }));
}

describe('check mode on pull request events', () => {
  it.each<EventName>(['pull_request', 'pull_request_target', 'pull_request_review'])(
    'is the default mode on %s events and never fails the step',
    async (event) => {
      const world = team();
      const pr = world.pullRequest({ title: 'Add cart', author: 'bob', files: { 'cart.ts': 'x' } });
      const { run } = await serve(world);
      const result = await run(onPullRequest(pr, {}, event));
      expect(result.code).toBe(0);
      expect(JSON.parse(result.outputs['json']!)).toMatchObject({ mode: 'check' });
      expect(result.outputs).toMatchObject({ decision: 'deny', allowed: 'false' });
      expect(commentsOn(world, pr.number)).toHaveLength(1);
      expect(statusesOf(world, pr.headSha)).toEqual([
        {
          state: 'pending',
          context: 'trust-gate/production',
          description: 'needs 1 more approval',
        },
      ]);
    },
  );

  it('decides for the pull request author, not the actor who triggered the run', async () => {
    const world = team().collaborator('dave', 'read');
    const pr = world.pullRequest({
      author: 'bob',
      files: { 'cart.ts': 'x' },
      reviews: [{ author: 'alice' }],
    });
    const { run } = await serve(world);
    const result = await run({ ...onPullRequest(pr), actor: 'dave', triggeringActor: 'dave' });
    expect(result.outputs).toMatchObject({ deployer: 'bob', decision: 'allow', allowed: 'true' });
  });

  it('takes the pull request as the release, not the undeployed commits on the base branch', async () => {
    const world = team();
    world.pullRequest({ title: 'Merged, never deployed', author: 'carol', merge: 'squash' });
    world.commit({ message: 'Direct commit, never deployed' });
    const pr = world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      reviews: [{ author: 'alice' }],
    });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    expect(result.outputs).toMatchObject({ changes: '1', approvals: '1', decision: 'allow' });
    expect(JSON.parse(result.outputs['json']!).changes).toMatchObject([
      { kind: 'pull', number: pr.number, title: 'Add cart' },
    ]);
    expect(statusesOf(world, pr.headSha)).toEqual([
      {
        state: 'success',
        context: 'trust-gate/production',
        description: 'Ready to deploy to production (1 of 1 approval)',
      },
    ]);
  });

  it('matches `branches` against the base branch the pull request will be deployed from', async () => {
    const policy = policyWith('approvals: 0', 'branches: [main]');
    const world = aWorld(policy).collaborator('bob', 'write').branch('experiment');
    const intoMain = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const intoExperiment = world.pullRequest({
      author: 'bob',
      base: 'experiment',
      files: { 'b.ts': 'x' },
    });
    const { run } = await serve(world);
    const allowed = await run(onPullRequest(intoMain));
    const denied = await run(onPullRequest(intoExperiment));
    expect(allowed.outputs['decision']).toBe('allow');
    expect(denied.outputs).toMatchObject({
      decision: 'deny',
      reason: 'ref `experiment` is outside `branches` (main)',
    });
    expect(statusesOf(world, intoExperiment.headSha)).toEqual([
      {
        state: 'failure',
        context: 'trust-gate/production',
        description: 'ref `experiment` is outside `branches` (main)',
      },
    ]);
    expect(denied.code).toBe(0);
  });
});

describe('check mode reads the policy from the default branch only', () => {
  const RELAXED = policyWith('approvals: 0');

  it('ignores a policy relaxed on the pull request itself', async () => {
    const world = team();
    const pr = world.pullRequest({
      title: 'Relax the gate',
      author: 'bob',
      files: { '.github/trust-gate.yml': RELAXED, 'cart.ts': 'x' },
    });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    expect(result.outputs).toMatchObject({ decision: 'deny', 'required-approvals': '1' });
    expect(statusesOf(world, pr.headSha)[0]).toMatchObject({ state: 'pending' });
  });

  it('ignores the policy on the base branch of a pull request into another branch', async () => {
    const world = team().branch('release/1');
    world.commit({ branch: 'release/1', files: { '.github/trust-gate.yml': RELAXED } });
    const pr = world.pullRequest({ author: 'bob', base: 'release/1', files: { 'a.ts': 'x' } });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    expect(result.outputs).toMatchObject({ decision: 'deny', 'required-approvals': '1' });
  });

  it('reads the policy from `policy-ref` when it is set', async () => {
    const world = team().branch('policies');
    world.commit({ branch: 'policies', files: { '.github/trust-gate.yml': RELAXED } });
    const pr = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr, { 'policy-ref': 'policies' }));
    expect(result.outputs).toMatchObject({ decision: 'allow', 'required-approvals': '0' });
  });
});

describe('the sticky comment', () => {
  it('is edited in place on every run, never duplicated', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'cart.ts': 'x' } });
    const { run, sim } = await serve(world);
    await run(onPullRequest(pr));
    const [first] = commentsOn(world, pr.number);
    expect(first?.body).toContain('needs 1 more approval');
    world.review(pr.number, { author: 'alice' });
    sim.reset();
    await run(onPullRequest(pr));
    await run(onPullRequest(pr));
    const comments = commentsOn(world, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(first?.id);
    expect(comments[0]?.body).toContain('ready to deploy to production');
    const routes = sim.counts().byRoute;
    expect(routes['PATCH /repos/acme/shop/issues/comments/:id'] ?? 0).toBeLessThanOrEqual(1);
    expect(routes[`POST /repos/acme/shop/issues/${pr.number}/comments`]).toBeUndefined();
  });

  it('is kept once per environment, each with its own hidden marker and status', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'cart.ts': 'x' } });
    const { run } = await serve(world);
    await run(onPullRequest(pr));
    await run(onPullRequest(pr, { environment: 'staging' }));
    await run(onPullRequest(pr, { environment: 'Staging' }));
    const bodies = commentsOn(world, pr.number).map((comment) => comment.body.split('\n')[0]);
    expect(bodies).toEqual(['<!-- trust-gate:production -->', '<!-- trust-gate:staging -->']);
    expect(statusesOf(world, pr.headSha).map((s) => `${s.context} ${s.state}`)).toEqual([
      'trust-gate/production pending',
      'trust-gate/staging success',
      'trust-gate/staging success',
    ]);
  });

  // Two processes at once: in process (mutation testing) the runs take turns and cannot race.
  it.skipIf(IN_PROCESS)('stays one comment when two runs race to create it', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'cart.ts': 'x' } });
    const { run, sim } = await serve(world);
    // Both runs find no comment before either one's comment exists (3 s: a loaded machine can
    // start the second run a second or two after the first).
    sim.inject({ route: 'POST /repos/:owner/:repo/issues/:number/comments', latencyMs: 3000 });
    const results = await Promise.all([run(onPullRequest(pr)), run(onPullRequest(pr))]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(sim.counts().byRoute[`POST /repos/acme/shop/issues/${pr.number}/comments`]).toBe(2);
    expect(commentsOn(world, pr.number)).toHaveLength(1);
  });

  it('shows what deploying needs, who may approve and where the author stands', async () => {
    const world = aWorld(LADDER_POLICY)
      .collaborator('alice', 'write')
      .collaborator('bob', 'write')
      .collaborator('carol', 'write')
      .team('acme/leads', { members: ['alice'] });
    for (let i = 0; i < 2; i++) {
      const sha = world.commit({ message: `Release ${i}`, author: 'bob' }).sha;
      world.deployment({ sha, environment: 'production', creator: 'bob', status: 'success' });
    }
    const pr = world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      reviews: [{ author: 'alice' }, { author: 'carol' }],
    });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    expect(result.outputs).toMatchObject({ level: 'newcomer', score: '2', decision: 'deny' });
    expect(commentsOn(world, pr.number)[0]?.body).toMatchInlineSnapshot(`
      "<!-- trust-gate:production -->

      ### ⏳ Trust Gate: needs 1 more approval to deploy to production

      **Approvals** 🟢⚪ 1 of 2
      - Why 2: level newcomer: 2
      - Approved by: alice
      - Not counted: carol (does not satisfy \`approvers\` (needs write and team acme/leads or level owner, has write, in none of those teams, level newcomer))
      - Who can approve: people with write or more in acme/leads or at level owner or above

      **Where bob stands**

      **newcomer · 2 approvals ◀** → member · 1 approval → owner · no approval<br>
      \`██████░░░░\` 2 of 3 clean deploys to **member**

      <sub>Trust Gate checked \`1c3ae3e\` with policy \`production\`. This comment is updated on every run.</sub>
      "
    `);
  });
});

describe('the commit status', () => {
  it('fails naming the freeze in force', async () => {
    const policy = policyWith(
      'approvals: 0',
      'freeze:',
      '  - { name: Black Friday, from: "2026-11-26T00:00:00Z", until: "2026-12-01T00:00:00Z" }',
    );
    const world = aWorld(policy).collaborator('bob', 'write');
    const pr = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    expect(result.code).toBe(0);
    expect(statusesOf(world, pr.headSha)).toEqual([
      {
        state: 'failure',
        context: 'trust-gate/production',
        description: 'inside freeze window `Black Friday`',
      },
    ]);
    expect(commentsOn(world, pr.number)[0]?.body).toContain(
      '⛔ inside freeze window `Black Friday`',
    );
  });

  it('fails naming the author who may not deploy, before the missing approvals', async () => {
    const policy = policyWith('approvals: 1', 'deployers: { users: [alice] }');
    const world = team();
    world.file('.github/trust-gate.yml', policy);
    const pr = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const { run } = await serve(world);
    await run(onPullRequest(pr));
    const [status] = statusesOf(world, pr.headSha);
    expect(status?.state).toBe('failure');
    expect(status?.description).toMatch(
      /^deployer `bob` does not satisfy `deployers`.* \(\+1 more reason\)$/,
    );
  });

  it('keeps its description within 140 characters', async () => {
    const name = `Quarter close ${'and audit '.repeat(20)}`.trim();
    const policy = policyWith(
      'approvals: 1',
      'freeze:',
      `  - { name: ${name}, from: "2026-11-01T00:00:00Z", until: "2026-12-01T00:00:00Z" }`,
    );
    const world = team();
    world.file('.github/trust-gate.yml', policy);
    const pr = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    const [status] = statusesOf(world, pr.headSha);
    expect(status?.state).toBe('failure');
    expect(status?.description?.length).toBeLessThanOrEqual(140);
    expect(status?.description).toMatch(
      /^inside freeze window `Quarter close and audit .*… \(\+1 more reason\)$/,
    );
    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  it('is an error, the step still passing, when the gate cannot decide', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr, { environment: 'qa' }));
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.outputs['reason']).toContain('qa');
    expect(result.annotations.some((a) => a.level === 'error')).toBe(false);
    expect(result.annotations.find((a) => a.level === 'warning')?.message).toContain(
      'Trust Gate could not decide',
    );
    const [status] = statusesOf(world, pr.headSha);
    expect(status).toMatchObject({ state: 'error', context: 'trust-gate/qa' });
    expect(status?.description?.length).toBeLessThanOrEqual(140);
    expect(result.summary).toContain('Trust Gate: error');
  });

  it('replaces a stale verdict in the comment when a later run cannot decide', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const { run } = await serve(world);
    await run(onPullRequest(pr));
    world.file('.github/trust-gate.yml', ONE_APPROVAL.replace('approvals: 1', 'aprovals: 1'));
    const result = await run(onPullRequest(pr));
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    const comments = commentsOn(world, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(
      '### ❗ Trust Gate: could not check deploying to production',
    );
    expect(comments[0]?.body).toContain('environments.production.aprovals: unknown key');
    expect(statusesOf(world, pr.headSha).map((s) => s.state)).toEqual(['pending', 'error']);
  });
});

describe('check mode without write access', () => {
  it('writes the summary and warns when the token may not comment or set statuses', async () => {
    const world = team();
    world.token.readOnly = true;
    const pr = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'deny', deployer: 'bob' });
    expect(result.summary).toContain('Trust Gate: deploy to production denied');
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([
      expect.stringContaining('could not comment on the pull request'),
      expect.stringContaining('could not set the commit status'),
    ]);
    expect(result.annotations.some((a) => a.level === 'error')).toBe(false);
    expect(world.comments).toEqual([]);
    expect(world.commitStatuses).toEqual([]);
  });

  it('leaves the comment alone with `comment: false` and the status with `status: false`', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const { run, sim } = await serve(world);
    await run(onPullRequest(pr, { comment: 'false' }));
    expect(world.comments).toEqual([]);
    expect(statusesOf(world, pr.headSha)).toHaveLength(1);
    await run(onPullRequest(pr, { status: 'false' }));
    expect(commentsOn(world, pr.number)).toHaveLength(1);
    expect(statusesOf(world, pr.headSha)).toHaveLength(1);
    sim.reset();
    const result = await run(onPullRequest(pr, { comment: 'false', status: 'false' }));
    expect(result.summary).toContain('Trust Gate');
    expect(Object.keys(sim.counts().byRoute).filter((r) => !r.startsWith('graphql'))).toEqual([
      'GET /repos/acme/shop/collaborators/bob/permission',
    ]);
  });
});

describe('break-glass in check mode', () => {
  it('never applies: the pull request stays denied and no audit issue is opened', async () => {
    const policy = policyWith('approvals: 1', 'break-glass: { users: [bob] }');
    const world = team();
    world.file('.github/trust-gate.yml', policy);
    const pr = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr, { 'break-glass': 'prod is down' }));
    expect(result.outputs).toMatchObject({ decision: 'deny', allowed: 'false' });
    expect(JSON.parse(result.outputs['json']!).breakGlass).toBeNull();
    expect([...world.issues.values()]).toEqual([]);
    expect(statusesOf(world, pr.headSha)[0]?.state).toBe('pending');
  });
});

describe('user-written text in the comment and the summary', () => {
  const HOSTILE = '@acme/leads | --- | <img src=x onerror=alert(1)> `x`';
  const hostile = {
    title: `Fix ${HOSTILE}\n- [ ] injected list`,
    base: 'release/@acme/leads|<img>`x`',
    login: 'mallory-@acme/leads',
    freeze: `Freeze ${HOSTILE}\n# injected heading`,
  };
  const benign = { title: 'Fix checkout', base: 'release/one', login: 'mallory', freeze: 'Freeze' };

  async function render(text: typeof hostile) {
    const policy = policyWith(
      'approvals: 1',
      'deployers: { users: [alice] }',
      'branches: [main]',
      'freeze:',
      `  - { name: ${JSON.stringify(text.freeze)}, from: "2026-11-01T00:00:00Z", until: "2027-01-01T00:00:00Z" }`,
    );
    const world = aWorld(policy).collaborator(text.login, 'write').branch(text.base);
    const pr = world.pullRequest({
      title: text.title,
      author: text.login,
      base: text.base,
      files: { 'a.ts': 'x' },
    });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    const [status] = statusesOf(world, pr.headSha);
    return { result, comment: commentsOn(world, pr.number)[0]?.body ?? '', status };
  }

  it('can neither mention anyone, inject HTML nor change the layout', async () => {
    const [bad, good] = await Promise.all([render(hostile), render(benign)]);
    expect(bad.result.outputs).toMatchObject({ decision: 'deny', deployer: hostile.login });
    for (const markdown of [bad.comment, bad.result.summary]) {
      expect(mentions(markdown)).toEqual([]);
      expect(rawHtml(markdown)).toEqual([]);
      // not even inside code, where GitHub would not render it
      expect(markdown).not.toContain('@acme/leads');
      expect(markdown).not.toContain('<img');
      expect(markdown).not.toContain('| --- |');
    }
    expect(layout(bad.comment)).toEqual(layout(good.comment));
    expect(layout(bad.result.summary)).toEqual(layout(good.result.summary));
    expect(bad.comment).toContain('**Where mallory-@&#8203;acme/leads stands**');
    expect(bad.result.summary).toContain('Fix @&#8203;acme/leads \\| --- \\| &lt;img');
    expect(bad.status?.state).toBe('failure');
    expect(bad.status?.description).not.toContain('\n');
  });
});
