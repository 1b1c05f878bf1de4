// The writes against the simulator: the sticky comment (paged, duplicated, raced), the status, the audit issue, their errors.
import { describe, expect, it } from 'vitest';
import { createClient, type Octokit } from '../../src/github/client.js';
import { GitHubError } from '../../src/github/github-error.js';
import { GitHubWrites } from '../../src/github/octokit-writes.js';
import type { Repo } from '../../src/github/port.js';
import { createWorld, type Simulator, type World } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

const MARKER = '<!-- trust-gate -->';
const BODY = `${MARKER}\nAllowed: production`;
const BOT = 'github-actions[bot]';
const PATCH_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';

async function writesFor(
  world: World,
): Promise<{ writes: GitHubWrites; sim: Simulator; octokit: Octokit }> {
  const { sim } = await serve(world);
  const octokit = createClient('ghs_test', sim.url);
  return { writes: new GitHubWrites(octokit, { owner: 'acme', repo: 'app' }), sim, octokit };
}

/** A world with pull request #1 and the comments given, in order. */
function pullWith(...comments: Array<{ author: string; body: string }>): World {
  const world = createWorld();
  const pr = world.pullRequest();
  for (const c of comments) world.issueComment(pr.number, c);
  return world;
}

const bodies = (world: World) => world.comments.map((c) => ({ author: c.author, body: c.body }));
const writesIn = (sim: Simulator) =>
  sim.log.rest().map((e) => `${e.method} ${e.path.replace(/\d+$/, ':id')}`);

async function failureOf(promise: Promise<unknown>): Promise<GitHubError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitHubError);
  return error as GitHubError;
}

/** Stands in for GitHub where the simulator cannot answer so: fixed comment pages, writes recorded. */
function scripted(pages: unknown[]) {
  const sent: Array<{ route: string; params: Record<string, unknown> }> = [];
  const afters: unknown[] = [];
  const octokit = {
    graphql: (_query: string, variables: { after: unknown }) => {
      afters.push(variables.after);
      return Promise.resolve(pages[Math.min(afters.length, pages.length) - 1]);
    },
    request: (route: string, params: Record<string, unknown>) => {
      sent.push({ route, params });
      return Promise.resolve({ data: {} });
    },
  } as unknown as Octokit;
  return { writes: new GitHubWrites(octokit, { owner: 'acme', repo: 'app' }), sent, afters };
}

const page = (nodes: unknown[], endCursor: string | null = null) => ({
  repository: {
    pullRequest: { comments: { pageInfo: { hasNextPage: endCursor !== null, endCursor }, nodes } },
  },
});

describe('the sticky comment', () => {
  it('adds one when the pull request has none of its own, leaving people’s comments alone', async () => {
    const world = pullWith(
      { author: 'alice', body: `quoting ${MARKER}` },
      { author: BOT, body: 'an older note without the marker' },
    );
    const { writes, sim } = await writesFor(world);
    await writes.upsertComment(1, MARKER, BODY);
    expect(bodies(world)).toEqual([
      { author: 'alice', body: `quoting ${MARKER}` },
      { author: BOT, body: 'an older note without the marker' },
      { author: BOT, body: BODY },
    ]);
    expect(writesIn(sim)).toEqual(['POST /repos/acme/app/issues/1/comments']);
    expect(sim.counts().byRoute['graphql TrustGateComments']).toBe(2);
  });

  it('edits its own comment in place', async () => {
    const world = pullWith({ author: BOT, body: `${MARKER}\nDenied` });
    const { writes, sim } = await writesFor(world);
    await writes.upsertComment(1, MARKER, BODY);
    expect(bodies(world)).toEqual([{ author: BOT, body: BODY }]);
    expect(writesIn(sim)).toEqual(['PATCH /repos/acme/app/issues/comments/:id']);
  });

  it('sends nothing when its comment already says the same', async () => {
    const world = pullWith({ author: BOT, body: BODY });
    const { writes, sim } = await writesFor(world);
    await writes.upsertComment(1, MARKER, BODY);
    expect(writesIn(sim)).toEqual([]);
    expect(sim.counts().total).toBe(1);
  });

  it('keeps the oldest of several copies, whatever order they come in, and deletes the rest', async () => {
    const world = pullWith(
      { author: BOT, body: BODY },
      { author: 'alice', body: 'lgtm' },
      { author: BOT, body: `${MARKER}\nDenied` },
      { author: BOT, body: BODY },
    );
    const [oldest, alice] = world.comments;
    world.comments.reverse();
    const { writes, sim } = await writesFor(world);
    await writes.upsertComment(1, MARKER, BODY);
    expect(world.comments.map((c) => c.id).sort()).toEqual([oldest?.id, alice?.id]);
    expect(bodies(world)).toEqual([
      { author: 'alice', body: 'lgtm' },
      { author: BOT, body: BODY },
    ]);
    expect(writesIn(sim)).toEqual([
      'DELETE /repos/acme/app/issues/comments/:id',
      'DELETE /repos/acme/app/issues/comments/:id',
    ]);
  });

  it('edits the oldest copy to the new words and deletes the others', async () => {
    const world = pullWith(
      { author: BOT, body: `${MARKER}\nold` },
      { author: BOT, body: `${MARKER}\nolder` },
    );
    const { writes, sim } = await writesFor(world);
    await writes.upsertComment(1, MARKER, BODY);
    expect(bodies(world)).toEqual([{ author: BOT, body: BODY }]);
    expect(writesIn(sim)).toEqual([
      'PATCH /repos/acme/app/issues/comments/:id',
      'DELETE /repos/acme/app/issues/comments/:id',
    ]);
  });

  it('goes on when a copy it deletes is already gone', async () => {
    const world = pullWith({ author: BOT, body: `${MARKER}\nold` }, { author: BOT, body: BODY });
    const { writes, sim } = await writesFor(world);
    sim.inject({
      route: 'DELETE /repos/:owner/:repo/issues/comments/:id',
      status: 404,
      message: 'Not Found',
    });
    await writes.upsertComment(1, MARKER, BODY);
    expect(world.comments[0]?.body).toBe(BODY);
  });

  it('fails when a copy cannot be deleted for another reason', async () => {
    const world = pullWith({ author: BOT, body: BODY }, { author: BOT, body: BODY });
    const { writes, sim } = await writesFor(world);
    sim.inject({ route: 'DELETE /repos/:owner/:repo/issues/comments/:id', status: 403 });
    const error = await failureOf(writes.upsertComment(1, MARKER, BODY));
    expect(error.message).toBe(
      "Could not write the Trust Gate comment on #1 (HTTP 403): Resource not accessible by integration. Add `pull-requests: write` to the job's `permissions:` block.",
    );
    expect(error.status).toBe(403);
  });

  it('when a run racing it posted first, keeps that copy with these words and deletes its own', async () => {
    const world = pullWith({ author: 'alice', body: 'lgtm' });
    const { writes, sim, octokit } = await writesFor(world);
    octokit.hook.before('request', (options) => {
      if (options.method === 'POST' && String(options.url).endsWith('/comments'))
        world.issueComment(1, { author: BOT, body: `${MARKER}\nfrom the other run` });
    });
    await writes.upsertComment(1, MARKER, BODY);
    const [, other] = world.comments;
    expect(bodies(world)).toEqual([
      { author: 'alice', body: 'lgtm' },
      { author: BOT, body: BODY },
    ]);
    expect(world.comments[1]?.id).toBe(other?.id);
    expect(writesIn(sim)).toEqual([
      'POST /repos/acme/app/issues/1/comments',
      'DELETE /repos/acme/app/issues/comments/:id',
      'PATCH /repos/acme/app/issues/comments/:id',
    ]);
  });

  it('finds its comment on a later page of comments', async () => {
    const world = pullWith(
      ...Array.from({ length: 150 }, (_, i) => ({ author: 'alice', body: `note ${i}` })),
      { author: BOT, body: `${MARKER}\nDenied` },
    );
    const { writes, sim } = await writesFor(world);
    await writes.upsertComment(1, MARKER, BODY);
    expect(world.comments.at(-1)?.body).toBe(BODY);
    expect(writesIn(sim)).toEqual(['PATCH /repos/acme/app/issues/comments/:id']);
    const afters = sim.log
      .graphql()
      .map((e) => (e.body as { variables: { after: unknown } }).variables.after);
    expect(afters).toHaveLength(2);
    expect(afters[0]).toBeNull();
    expect(afters[1]).toEqual(expect.any(String));
  });

  it('says which pull request GitHub could not find', async () => {
    const { writes } = await writesFor(pullWith());
    const error = await failureOf(writes.upsertComment(7, MARKER, BODY));
    expect(error.message).toBe(
      "Could not write the Trust Gate comment on #7: Could not resolve to a PullRequest with the number of 7 (at repository.pullRequest). Check that it exists and that the token can read it: add `pull-requests: write` to the job's `permissions:` block.",
    );
    expect(error.status).toBe(404);
  });

  it('says so when the token may not comment', async () => {
    const world = pullWith();
    world.token.readOnly = true;
    const { writes } = await writesFor(world);
    const error = await failureOf(writes.upsertComment(1, MARKER, BODY));
    expect(error.message).toBe(
      "Could not write the Trust Gate comment on #1 (HTTP 403): Resource not accessible by integration. Add `pull-requests: write` to the job's `permissions:` block.",
    );
    expect(world.comments).toEqual([]);
  });

  it('skips comments GitHub could not give and ones without an id', async () => {
    const { writes, sent } = scripted([
      page([
        null,
        { databaseId: null, body: BODY, viewerDidAuthor: true },
        { databaseId: 9, body: `${MARKER}\nold`, viewerDidAuthor: true },
      ]),
    ]);
    await writes.upsertComment(3, MARKER, BODY);
    expect(sent).toEqual([
      {
        route: PATCH_COMMENT,
        params: { owner: 'acme', repo: 'app', comment_id: 9, body: BODY },
      },
    ]);
  });

  it('fails when a page of comments does not move the cursor on', async () => {
    const { writes, afters } = scripted([page([], 'Y3Vyc29y'), page([], 'Y3Vyc29y')]);
    const error = await failureOf(writes.upsertComment(3, MARKER, BODY));
    expect(error.message).toBe('the comments of #3 did not page on (cursor Y3Vyc29y)');
    expect(error.status).toBeNull();
    expect(afters).toEqual([null, 'Y3Vyc29y']);
  });

  it.each([
    ['a repository', { repository: null }],
    ['a pull request', { repository: { pullRequest: null } }],
  ])('says the pull request was not found when GitHub gives no %s', async (_name, answer) => {
    const { writes, sent } = scripted([answer]);
    const error = await failureOf(writes.upsertComment(5, MARKER, BODY));
    expect(error.message).toBe('pull request #5 was not found');
    expect(error.status).toBe(404);
    expect(sent).toEqual([]);
  });
});

describe('the commit status', () => {
  const status = (world: World, more: { targetUrl?: string } = {}) => ({
    sha: world.resolve('main')!,
    state: 'failure' as const,
    context: 'trust-gate/production',
    description: 'Needs 2 approvals',
    ...more,
  });

  it('sets state, context, description and the link', async () => {
    const world = createWorld();
    const { writes } = await writesFor(world);
    await writes.setStatus(
      status(world, { targetUrl: 'https://github.com/acme/app/actions/runs/1' }),
    );
    expect(world.commitStatuses).toMatchObject([
      {
        sha: world.resolve('main'),
        state: 'failure',
        context: 'trust-gate/production',
        description: 'Needs 2 approvals',
        targetUrl: 'https://github.com/acme/app/actions/runs/1',
      },
    ]);
  });

  it('sends no link when it has none', async () => {
    const world = createWorld();
    const { writes, sim } = await writesFor(world);
    await writes.setStatus(status(world));
    expect(world.commitStatuses[0]?.targetUrl).toBeNull();
    expect(Object.keys(JSON.parse(sim.log.rest()[0]!.rawBody) as object).sort()).toEqual([
      'context',
      'description',
      'state',
    ]);
  });

  it('says which status it could not set and what to grant', async () => {
    const world = createWorld();
    world.token.readOnly = true;
    const { writes } = await writesFor(world);
    const error = await failureOf(writes.setStatus(status(world)));
    expect(error.message).toBe(
      "Could not set the commit status trust-gate/production (HTTP 403): Resource not accessible by integration. Add `statuses: write` to the job's `permissions:` block.",
    );
  });

  it('names an answer GitHub would not give, such as a proxy’s page', async () => {
    const world = createWorld();
    const { writes, sim } = await writesFor(world);
    sim.inject({ route: 'POST /repos/:owner/:repo/statuses/:sha', answer: 'html' });
    const error = await failureOf(writes.setStatus(status(world)));
    expect(error.message).toMatch(
      new RegExp(
        `^Could not set the commit status trust-gate/production: ${new URL(sim.url).host.replace(/\./g, '\\.')} answered HTTP 200 with a body that is not JSON \\(text/html[^)]*\\), which is not an answer GitHub gives\\. Something other than GitHub's API may have answered`,
      ),
    );
    expect(world.commitStatuses).toEqual([]);
  });
});

describe('the break-glass audit issue', () => {
  it('opens the issue with its title, body and labels, and returns its address', async () => {
    const world = createWorld();
    const { writes } = await writesFor(world);
    const url = await writes.openIssue('Break-glass deploy to production', 'Why: outage', [
      'trust-gate',
      'break-glass',
    ]);
    const [issue] = [...world.issues.values()];
    expect(issue).toMatchObject({
      title: 'Break-glass deploy to production',
      body: 'Why: outage',
      labels: ['trust-gate', 'break-glass'],
      author: BOT,
    });
    expect(url).toBe(`https://github.com/acme/app/issues/${issue?.number}`);
  });

  it('says it could not open the issue and what to grant', async () => {
    const world = createWorld();
    world.grant({ contents: 'read', deployments: 'read', issues: 'read' });
    const { writes } = await writesFor(world);
    const error = await failureOf(writes.openIssue('Break-glass', 'Why', []));
    expect(error.message).toBe(
      "Could not open the break-glass audit issue (HTTP 403): Resource not accessible by integration. Add `issues: write` to the job's `permissions:` block.",
    );
    expect(world.issues.size).toBe(0);
  });
});

describe('the repository the writes name', () => {
  it('sends only owner and name, never other fields of what it was given', async () => {
    const world = pullWith({ author: BOT, body: `${MARKER}\nold` }, { author: BOT, body: BODY });
    const { sim } = await serve(world);
    const given = { owner: 'acme', repo: 'app', token: 'ghs_s3cret' } as Repo;
    const writes = new GitHubWrites(createClient('ghs_test', sim.url), given);
    await writes.upsertComment(1, MARKER, 'x'.concat(BODY));
    await writes.setStatus({
      sha: world.resolve('main')!,
      state: 'success',
      context: 'c',
      description: 'd',
    });
    await writes.openIssue('t', 'b', []);
    expect(writesIn(sim)).toHaveLength(4);
    for (const entry of sim.log.entries) expect(entry.url + entry.rawBody).not.toContain('s3cret');
  });
});
