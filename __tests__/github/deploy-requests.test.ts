// DeployRequests: finding the gate's own request issue with every comment, its limits, and writing it.
import { describe, expect, it } from 'vitest';
import { createClient, type Octokit } from '../../src/github/client.js';
import { DeployRequests, deployRequestMarker } from '../../src/github/deploy-requests.js';
import { GitHubError } from '../../src/github/github-error.js';
import { createWorld, type World } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';

async function requestsOf(world: World) {
  const { sim } = await serve(world);
  const requests = new DeployRequests(createClient('ghs_test', sim.url), {
    owner: 'acme',
    repo: 'app',
  });
  return { requests, sim };
}

/** An open `trust-gate` issue the token opened, carrying the marker for production at SHA. */
function aRequestIssue(world: World, spec: { author?: string; sha?: string; env?: string } = {}) {
  return world.issue({
    title: 'Deploy request',
    body: `Approve with /approve\n${deployRequestMarker(spec.env ?? 'production', spec.sha ?? SHA)}`,
    labels: ['trust-gate'],
    ...(spec.author ? { author: spec.author } : {}),
  });
}

/** An Octokit whose GraphQL answers are the given pages, in order; records the variables asked. */
function scripted(answers: unknown[]) {
  const asked: Record<string, unknown>[] = [];
  const octokit = {
    graphql: (_query: string, variables: Record<string, unknown>) => {
      asked.push(variables);
      return Promise.resolve(answers[asked.length - 1]);
    },
  } as unknown as Octokit;
  return { requests: new DeployRequests(octokit, { owner: 'acme', repo: 'app' }), asked };
}

const page = (hasNextPage: boolean, endCursor: string | null) => ({ hasNextPage, endCursor });
const issues = (nodes: unknown[], pageInfo = page(false, null)) => ({
  repository: { issues: { pageInfo, nodes } },
});
const anIssue = (comments: unknown[], pageInfo = page(false, null)) => ({
  number: 7,
  url: 'https://github.com/acme/app/issues/7',
  body: deployRequestMarker('production', SHA),
  viewerDidAuthor: true,
  comments: { pageInfo, nodes: comments },
});
const aComment = (overrides: Record<string, unknown> = {}) => ({
  author: { __typename: 'User', login: 'carol' },
  body: '/approve',
  createdAt: '2026-06-15T11:00:00Z',
  lastEditedAt: null,
  includesCreatedEdit: false,
  url: 'https://github.com/acme/app/issues/7#issuecomment-1',
  ...overrides,
});

describe('deployRequestMarker', () => {
  it('names the environment (lower case, encoded) and the commit (lower case)', () => {
    expect(deployRequestMarker('Prod EU', 'ABC123')).toBe(
      '<!-- trust-gate:deploy-request environment=prod%20eu sha=abc123 -->',
    );
  });
});

describe('finding the deploy request', () => {
  it('is null when no open `trust-gate` issue carries the marker', async () => {
    const world = createWorld();
    world.issue({ body: deployRequestMarker('production', SHA) }); // not labelled
    world.issue({ labels: ['trust-gate'], body: 'no marker' });
    aRequestIssue(world, { sha: 'f'.repeat(40) });
    aRequestIssue(world, { env: 'staging' });
    const closed = aRequestIssue(world);
    closed.state = 'closed';
    const { requests } = await requestsOf(world);
    expect(await requests.find('production', SHA)).toBeNull();
  });

  it('reads the request with its comments: bots named as REST names them, edits marked', async () => {
    const world = createWorld().bot('renovate');
    const issue = aRequestIssue(world);
    const first = world.issueComment(issue.number, { author: 'carol', body: '/approve' });
    world.issueComment(issue.number, { author: 'renovate[bot]', body: '/approve' });
    world.issueComment(issue.number, { author: 'erin', body: '/approve', edited: true });
    const { requests } = await requestsOf(world);
    const found = await requests.find('Production', SHA.toUpperCase());
    expect(found).toMatchObject({
      number: issue.number,
      url: `https://github.com/acme/app/issues/${issue.number}`,
      sha: SHA.toUpperCase(),
      body: issue.body,
    });
    expect(found?.comments).toEqual([
      {
        author: 'carol',
        authorIsBot: false,
        body: '/approve',
        createdAt: first.createdAt,
        edited: false,
        url: `https://github.com/acme/app/issues/${issue.number}#issuecomment-${first.id}`,
      },
      expect.objectContaining({ author: 'renovate[bot]', authorIsBot: true, edited: false }),
      expect.objectContaining({ author: 'erin', authorIsBot: false, edited: true }),
    ]);
  });

  it('takes only an issue the token’s own identity opened: a person cannot forge a request', async () => {
    const world = createWorld();
    const forged = aRequestIssue(world, { author: 'mallory' });
    world.issueComment(forged.number, { author: 'mallory', body: '/approve' });
    const own = aRequestIssue(world);
    const { requests } = await requestsOf(world);
    expect((await requests.find('production', SHA))?.number).toBe(own.number);
  });

  it('takes the oldest of two requests for the same commit', async () => {
    const world = createWorld();
    const oldest = aRequestIssue(world);
    aRequestIssue(world);
    const { requests } = await requestsOf(world);
    expect((await requests.find('production', SHA))?.number).toBe(oldest.number);
  });

  it('reads on past the first page of open issues, and stops at the one it finds', async () => {
    const world = createWorld();
    for (let i = 0; i < 60; i++) world.issue({ labels: ['trust-gate'], body: `other ${i}` });
    const wanted = aRequestIssue(world);
    for (let i = 0; i < 60; i++) world.issue({ labels: ['trust-gate'], body: `later ${i}` });
    const { requests, sim } = await requestsOf(world);
    expect((await requests.find('production', SHA))?.number).toBe(wanted.number);
    expect(sim.counts().byRoute).toEqual({ 'graphql TrustGateDeployRequests': 2 });
  });

  it('reads every comment, past the first page', async () => {
    const world = createWorld();
    const issue = aRequestIssue(world);
    for (let i = 0; i < 250; i++)
      world.issueComment(issue.number, { author: 'carol', body: `c${i}` });
    const { requests, sim } = await requestsOf(world);
    const found = await requests.find('production', SHA);
    expect(found?.comments.map((c) => c.body)).toEqual(
      Array.from({ length: 250 }, (_, i) => `c${i}`),
    );
    expect(sim.counts().byRoute).toEqual({
      'graphql TrustGateDeployRequests': 1,
      'graphql TrustGateRequestComments': 2,
    });
  });

  it('fails closed past 1,000 open `trust-gate` issues', async () => {
    const world = createWorld();
    for (let i = 0; i < 1001; i++) world.issue({ labels: ['trust-gate'], body: `other ${i}` });
    const { requests, sim } = await requestsOf(world);
    await expect(requests.find('production', SHA)).rejects.toThrow(
      'More than 1000 open `trust-gate` issues; close the ones that are done; the gate does not decide on part of them.',
    );
    expect(sim.counts().byRoute).toEqual({ 'graphql TrustGateDeployRequests': 20 });
  });

  it('fails closed past 3,000 comments on the request', async () => {
    const world = createWorld();
    const issue = aRequestIssue(world);
    for (let i = 0; i < 3001; i++)
      world.issueComment(issue.number, { author: 'carol', body: 'hi' });
    const { requests, sim } = await requestsOf(world);
    await expect(requests.find('production', SHA)).rejects.toThrow(
      `Deploy request #${issue.number} has more than 3000 comments; the gate does not decide on part of them.`,
    );
    expect(sim.counts().byRoute['graphql TrustGateRequestComments']).toBe(29);
  });

  it('says which permission is missing when the token may not read issues', async () => {
    const world = createWorld().grant({ contents: 'read', deployments: 'read' });
    const { requests } = await requestsOf(world);
    await expect(requests.find('production', SHA)).rejects.toThrow(
      "Could not read the deploy request issues: Resource not accessible by integration (at repository.issues). Add `issues: write` to the job's `permissions:` block.",
    );
  });

  it('says which permission reading a request’s comments needs', async () => {
    const world = createWorld();
    const issue = aRequestIssue(world);
    for (let i = 0; i < 101; i++) world.issueComment(issue.number, { author: 'carol', body: 'hi' });
    const { requests, sim } = await requestsOf(world);
    sim.inject({ operation: 'TrustGateRequestComments', forbidField: 'issue' });
    await expect(requests.find('production', SHA)).rejects.toThrow(
      new RegExp(
        `^Could not read the comments of deploy request #${issue.number}: .*Add \`issues: write\``,
      ),
    );
  });

  it('says which request’s comments it could not read', async () => {
    const world = createWorld();
    const issue = aRequestIssue(world);
    for (let i = 0; i < 101; i++) world.issueComment(issue.number, { author: 'carol', body: 'hi' });
    const { requests, sim } = await requestsOf(world);
    sim.inject({ operation: 'TrustGateRequestComments', status: 401 });
    await expect(requests.find('production', SHA)).rejects.toThrow(
      new RegExp(`^Could not read the comments of deploy request #${issue.number} \\(HTTP 401\\)`),
    );
  });
});

describe('finding the deploy request in answers GitHub should not give', () => {
  it('passes over a null issue and leaves out null and ghost comments', async () => {
    const { requests } = scripted([
      issues([
        null,
        anIssue([
          null,
          aComment({ author: null }),
          aComment({ includesCreatedEdit: true }),
          aComment({ lastEditedAt: '2026-06-15T11:30:00Z' }),
        ]),
      ]),
    ]);
    expect(await requests.find('production', SHA)).toEqual({
      number: 7,
      url: 'https://github.com/acme/app/issues/7',
      sha: SHA,
      body: deployRequestMarker('production', SHA),
      comments: [
        {
          author: 'carol',
          authorIsBot: false,
          body: '/approve',
          createdAt: '2026-06-15T11:00:00Z',
          edited: true,
          url: 'https://github.com/acme/app/issues/7#issuecomment-1',
        },
        expect.objectContaining({ edited: true }),
      ],
    });
  });

  it('asks each page after the cursor the last one ended at', async () => {
    const { requests, asked } = scripted([
      issues([], page(true, 'c1')),
      issues([anIssue([], page(true, 'k1'))]),
      { repository: { issue: { comments: { pageInfo: page(false, null), nodes: [aComment()] } } } },
    ]);
    expect((await requests.find('production', SHA))?.comments).toHaveLength(1);
    expect(asked).toEqual([
      { owner: 'acme', name: 'app', after: null },
      { owner: 'acme', name: 'app', after: 'c1' },
      { owner: 'acme', name: 'app', number: 7, after: 'k1' },
    ]);
  });

  it.each([
    ['no cursor', [issues([], page(true, null))]],
    ['the same cursor again', [issues([], page(true, 'c1')), issues([], page(true, 'c1'))]],
  ])('fails closed when the issue listing says there is more but gives %s', async (_, answers) => {
    const { requests } = scripted(answers);
    await expect(requests.find('production', SHA)).rejects.toThrow(
      'Listing open `trust-gate` issues did not advance; the gate does not decide on part of them.',
    );
  });

  it('fails closed when the comments say there are more but give no cursor', async () => {
    const { requests } = scripted([issues([anIssue([aComment()], page(true, null))])]);
    const error = await requests.find('production', SHA).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect(error).toMatchObject({
      status: null,
      message:
        'Deploy request #7 has more than 100 comments; the gate does not decide on part of them.',
    });
  });

  it('says the repository could not be read when GitHub answers without it', async () => {
    const { requests } = scripted([{ repository: null }]);
    await expect(requests.find('production', SHA)).rejects.toThrow(
      'Could not read the repository: not found. Re-run the job; if it persists, check the token and permissions.',
    );
  });

  it.each([
    ['the repository', { repository: null }],
    ['the issue', { repository: { issue: null } }],
  ])('says which request it could not read when GitHub answers without %s', async (_, answer) => {
    const { requests } = scripted([issues([anIssue([], page(true, 'k1'))]), answer]);
    await expect(requests.find('production', SHA)).rejects.toThrow(
      'Could not read deploy request #7: not found. Re-run the job; if it persists, check the token and permissions.',
    );
  });
});

describe('writing the deploy request', () => {
  it('opens it labelled `trust-gate` and returns its number and address', async () => {
    const world = createWorld();
    const { requests } = await requestsOf(world);
    const opened = await requests.open('Deploy abc to production', 'body text');
    expect(opened).toEqual({
      number: opened.number,
      url: `https://github.com/acme/app/issues/${opened.number}`,
    });
    expect(world.issues.get(opened.number)).toMatchObject({
      title: 'Deploy abc to production',
      body: 'body text',
      labels: ['trust-gate'],
      state: 'open',
    });
  });

  it('updates its title and body', async () => {
    const world = createWorld();
    const issue = aRequestIssue(world);
    const { requests } = await requestsOf(world);
    await requests.update(issue.number, 'New title', 'New body');
    expect(world.issues.get(issue.number)).toMatchObject({
      title: 'New title',
      body: 'New body',
      state: 'open',
    });
  });

  it('says why, then closes it as completed', async () => {
    const world = createWorld();
    const issue = aRequestIssue(world);
    const { requests } = await requestsOf(world);
    await requests.close(issue.number, 'Allowed by run 5.');
    expect(world.comments.filter((c) => c.issueNumber === issue.number)).toEqual([
      expect.objectContaining({ body: 'Allowed by run 5.', author: world.token.viewer }),
    ]);
    expect(world.issues.get(issue.number)).toMatchObject({
      state: 'closed',
      stateReason: 'completed',
    });
  });

  it.each([
    ['open the deploy request issue', (r: DeployRequests) => r.open('t', 'b')],
    ['update deploy request #1', (r: DeployRequests) => r.update(1, 't', 'b')],
    ['close deploy request #1', (r: DeployRequests) => r.close(1, 'done')],
  ])('says it could not %s, and which permission to grant', async (what, write) => {
    const world = createWorld().grant({ contents: 'read', issues: 'read' });
    aRequestIssue(world);
    const { requests } = await requestsOf(world);
    await expect(write(requests)).rejects.toThrow(
      `Could not ${what} (HTTP 403): Resource not accessible by integration. Add \`issues: write\` to the job's \`permissions:\` block.`,
    );
  });
});
