// gatherFacts: which reads a run makes and how their answers become the decision's facts (a hand-written port).
import { describe, expect, it } from 'vitest';
import type { DeployRequest, Deployment, Role } from '../../src/decide/facts.js';
import { gatherFacts } from '../../src/github/gather-facts.js';
import type { LoadedHistory } from '../../src/github/load-history.js';
import type { CommitSummary, GitHubPort, PullInfo } from '../../src/github/port.js';
import type { Inputs } from '../../src/inputs.js';
import type { EnvironmentPolicy } from '../../src/policy/schema.js';
import {
  NOW,
  aDeployRequest,
  aDeployment,
  aPeopleRule,
  aPolicy,
  aReview,
  aStatus,
  anApproversRule,
  anApprove,
  daysAgo,
} from '../builders.js';

/** Check mode on pull request `number` by dave, from branch f into main. */
function checkOf(number: number, headSha: string) {
  return someInputs({
    mode: 'check',
    pullRequest: {
      number,
      headSha,
      headRef: 'f',
      author: 'dave',
      authorIsBot: false,
      baseRef: 'main',
    },
  });
}

function aPull(overrides: Partial<PullInfo> = {}): PullInfo {
  return {
    number: 1,
    title: 'Add login',
    url: 'https://github.com/acme/app/pull/1',
    merged: true,
    mergedAt: daysAgo(2),
    baseRef: 'main',
    author: 'dave',
    authorIsBot: false,
    headSha: 'head1',
    files: ['src/login.ts'],
    reviews: [
      aReview({ reviewer: 'carol' }),
      aReview({ reviewer: 'Bob' }),
      aReview({ reviewer: 'erin' }),
    ],
    reviewerCanPush: { carol: true, erin: false },
    commitAuthors: ['dave'],
    ...overrides,
  };
}

const commit = (sha: string): CommitSummary => ({
  sha,
  title: sha,
  url: '',
  author: 'dave',
  authorIsBot: false,
});

interface FakeGitHub {
  roles?: Record<string, Role>;
  pulls?: PullInfo[];
  /** Compare fails with this status for every base (the deployed commits are gone). */
  compareFails?: number;
  teams?: Record<string, string[]>;
  generations?: Record<string, number>;
  request?: DeployRequest | null;
}

/** A port answering what gatherFacts asks; each call recorded as a line. */
function fakePort(github: FakeGitHub = {}) {
  const calls: string[] = [];
  const call = <T>(line: string, answer: T) => {
    calls.push(line);
    return Promise.resolve(answer);
  };
  const port = {
    role: (login: string) => call(`role ${login}`, github.roles?.[login] ?? 'write'),
    compare: (base: string, head: string) => {
      calls.push(`compare ${base}...${head}`);
      return github.compareFails
        ? Promise.reject(Object.assign(new Error('gone'), { status: github.compareFails }))
        : Promise.resolve({ status: 'ahead', commits: [commit('c1')] });
    },
    compareStatus: (base: string, head: string) => call(`compareStatus ${base}...${head}`, 'ahead'),
    generations: (shas: string[]) => call(`generations ${shas.join()}`, {}),
    pullsForCommits: (shas: string[], teams: string[], generationsOf: string[] = []) =>
      call(`pullsForCommits [${shas.join()}] [${teams.join()}] [${generationsOf.join()}]`, {
        pullsByCommit: Object.fromEntries(shas.map((s) => [s, github.pulls ?? []])),
        teams: github.teams ?? {},
        generations: github.generations ?? {},
      }),
    pull: (number: number, teams: string[]) =>
      call(`pull ${number} [${teams.join()}]`, {
        pull: github.pulls?.[0] ?? aPull({ number }),
        teams: github.teams ?? {},
      }),
    commit: (sha: string) => call(`commit ${sha}`, { ...commit(sha), files: [] }),
    deployRequest: (environment: string, sha: string) =>
      call(`deployRequest ${environment} ${sha}`, github.request ?? null),
    workflowRun: (id: string) =>
      call(`workflowRun ${id}`, {
        conclusion: 'cancelled',
        attempts: 1,
        triggeringActor: 'alice',
        repository: 'acme/app',
      }),
    workflowJob: (id: string) => call(`workflowJob ${id}`, null),
    runAttempt: (run: string, attempt: number) => call(`runAttempt ${run}/${attempt}`, null),
  };
  return { port: port as unknown as GitHubPort, calls };
}

function someInputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    environment: 'production',
    mode: 'gate',
    sha: 'target',
    breakGlass: '',
    owner: 'acme',
    repo: 'app',
    pullRequest: null,
    deployer: 'Alice',
    deployerIsBot: false,
    ref: 'main',
    now: new Date(NOW),
    ...overrides,
  } as Inputs;
}

function aHistoryOf(deployments: Deployment[], environment: EnvironmentPolicy = aPolicy()) {
  return {
    policy: { version: 1, environments: { production: environment } },
    match: { key: 'production', environment },
    deployments,
    generations: {},
    defaultBranch: 'main',
    notes: [],
  } as LoadedHistory;
}

const base = aDeployment({ id: 1, sha: 'base', createdAt: daysAgo(3) });

describe('gatherFacts', () => {
  it('gathers the run, its history, the release and the people the decision needs', async () => {
    const { port, calls } = fakePort({
      pulls: [aPull()],
      teams: { 'acme/ops': ['alice', 'carol'] },
      roles: { bob: 'admin' },
    });
    const environment = aPolicy({
      deployers: aPeopleRule({ teams: ['Acme/Ops'] }),
      approvers: anApproversRule({ teams: ['acme/ops'] }),
      'break-glass': aPeopleRule({ teams: ['ACME/sre'] }),
    });
    const history = aHistoryOf([base], environment);
    const facts = await gatherFacts(port, {
      inputs: someInputs({ breakGlass: 'outage' }),
      history,
      withRelease: true,
    });
    expect(facts).toEqual({
      now: '2026-06-15T12:00:00.000Z',
      environment: 'production',
      mode: 'gate',
      deployer: 'Alice',
      deployerIsBot: false,
      ref: 'main',
      sha: 'target',
      deployments: [base],
      breakGlass: 'outage',
      runs: {},
      jobs: {},
      attempts: {},
      runsUnreadable: null,
      comparisons: {},
      generations: {},
      changes: [expect.objectContaining({ kind: 'pull', number: 1 })],
      people: {
        alice: { login: 'Alice', role: 'write', teams: ['acme/ops'] },
        carol: { login: 'carol', role: 'write', teams: ['acme/ops'] },
        bob: { login: 'bob', role: 'admin', teams: [] },
        erin: { login: 'erin', role: 'read', teams: [] },
      },
      request: null,
    });
    expect(calls.sort()).toEqual([
      'compare base...target',
      'pullsForCommits [c1] [acme/ops,acme/sre] []',
      'role Alice',
      'role bob',
    ]);
    expect(history.notes).toEqual([]);
  });

  it('looks every reviewer up when `approvers` asks more than `write`', async () => {
    const { port, calls } = fakePort({ pulls: [aPull()], roles: { carol: 'maintain' } });
    const environment = aPolicy({ approvers: anApproversRule({ permission: 'maintain' }) });
    const facts = await gatherFacts(port, {
      inputs: someInputs(),
      history: aHistoryOf([base], environment),
      withRelease: true,
    });
    expect(facts.people['carol']?.role).toBe('maintain');
    expect(calls.filter((c) => c.startsWith('role')).sort()).toEqual([
      'role Alice',
      'role bob',
      'role carol',
      'role erin',
    ]);
  });

  it.each([
    [
      'a bot',
      { deployer: 'deploy-bot[bot]', deployerIsBot: true },
      aPeopleRule({ teams: ['acme/ops'] }),
    ],
    ['named in `users`', {}, aPeopleRule({ users: ['alice'] })],
  ])('looks no role up for a deployer who is %s', async (_, inputs, deployers) => {
    const { port, calls } = fakePort();
    const facts = await gatherFacts(port, {
      inputs: someInputs(inputs),
      history: aHistoryOf([base], aPolicy({ deployers })),
      withRelease: true,
    });
    expect(Object.values(facts.people).map((p) => p.role)).toEqual(['none']);
    expect(calls.filter((c) => c.startsWith('role'))).toEqual([]);
  });

  it('reads no release, people or request for a run that needs none', async () => {
    const { port, calls } = fakePort();
    const facts = await gatherFacts(port, {
      inputs: someInputs(),
      history: aHistoryOf([base], aPolicy({ requests: true })),
      withRelease: false,
    });
    expect(facts).toMatchObject({ changes: [], people: {}, request: null });
    expect(calls).toEqual([]);
  });

  it.each([
    ['gate', 'gate', ['deployRequest production target']],
    ['report', 'gate', []],
  ] as const)(
    'in %s mode (a %s run) reads the deploy request only when gating',
    async (mode, as, asked) => {
      const request = aDeployRequest([anApprove({ author: 'frank' })]);
      const { port, calls } = fakePort({ request });
      const facts = await gatherFacts(port, {
        inputs: someInputs({ mode }),
        history: aHistoryOf([base], aPolicy({ requests: true })),
        withRelease: true,
      });
      expect(facts.mode).toBe(as);
      expect(facts.request).toEqual(mode === 'gate' ? request : null);
      expect(Object.keys(facts.people).sort()).toEqual(
        mode === 'gate' ? ['alice', 'frank'] : ['alice'],
      );
      expect(calls.filter((c) => c.startsWith('deployRequest'))).toEqual(asked);
    },
  );

  it('reads no deploy request when the policy opens none', async () => {
    const { port, calls } = fakePort();
    await gatherFacts(port, {
      inputs: someInputs(),
      history: aHistoryOf([base]),
      withRelease: true,
    });
    expect(calls.filter((c) => c.startsWith('deployRequest'))).toEqual([]);
  });

  it('judges the pull request of a check run, its author as deployer', async () => {
    const { port, calls } = fakePort({ pulls: [aPull({ number: 42, reviews: [] })] });
    const history = aHistoryOf(
      [base],
      aPolicy({ approvers: anApproversRule({ teams: ['acme/ops'] }) }),
    );
    const facts = await gatherFacts(port, {
      inputs: checkOf(42, 'head1'),
      history,
      withRelease: true,
    });
    expect(facts.mode).toBe('check');
    expect(facts.changes.map((c) => c.number)).toEqual([42]);
    expect(history.notes).toEqual([]);
    expect(calls.sort()).toEqual(['pull 42 [acme/ops]', 'role Alice']);
  });

  it('adds what the release reader had to assume to the history’s notes', async () => {
    const { port } = fakePort({ compareFails: 404 });
    const history = aHistoryOf([
      aDeployment({ id: 1, sha: 'older12', createdAt: daysAgo(5) }),
      base,
    ]);
    const { port: answering } = fakePort();
    const partly = {
      ...answering,
      compare: (b: string, h: string) =>
        b === 'base' ? port.compare(b, h) : answering.compare(b, h),
    } as GitHubPort;
    await gatherFacts(partly, { inputs: someInputs(), history, withRelease: true });
    expect(history.notes).toEqual([
      expect.stringMatching(
        /^GitHub no longer has the deployed commit base; the changes are counted from older12,/,
      ),
    ]);
  });
});

describe('gatherFacts: what the first request carried and the cache knew', () => {
  it('cuts the release from the carried history of the target, asking no compare', async () => {
    const { port, calls } = fakePort();
    const history = aHistoryOf([base]);
    history.targetHistory = {
      target: 'target',
      commits: [
        { ...commit('target'), parentCount: 1, firstParent: 'base' },
        { ...commit('base'), parentCount: 1, firstParent: 'root' },
      ],
      pullsOf: (shas) => Promise.resolve(Object.fromEntries(shas.map((sha) => [sha, []]))),
    };
    const facts = await gatherFacts(port, { inputs: someInputs(), history, withRelease: true });
    expect(facts.changes.map((c) => c.headSha)).toEqual(['target']);
    expect(calls.filter((c) => c.startsWith('compare'))).toEqual([]);
  });

  it('takes the runs the history cache knows instead of reading them', async () => {
    const { port, calls } = fakePort();
    const history = aHistoryOf([
      aDeployment({
        id: 9,
        createdAt: daysAgo(2),
        statuses: [aStatus('failure', { logUrl: 'https://github.com/acme/app/actions/runs/77' })],
      }),
    ]);
    const run = {
      conclusion: 'failure',
      attempts: 1,
      triggeringActor: 'bob',
      repository: 'acme/app',
    };
    history.known = {
      runs: { '77': run },
      jobs: {},
      attempts: {},
      comparisons: {},
      generations: {},
    };
    const facts = await gatherFacts(port, { inputs: someInputs(), history, withRelease: false });
    expect(facts.runs).toEqual({ '77': run });
    expect(calls).toEqual([]);
  });
});

describe('gatherFacts: earlier deployed commits to fall back on', () => {
  /** The deployed commits tried, newest first, read from the error when GitHub has none of them. */
  async function basesTried(deployments: Deployment[]) {
    const { port } = fakePort({ compareFails: 404 });
    const error = await gatherFacts(port, {
      inputs: someInputs(),
      history: aHistoryOf(deployments),
      withRelease: true,
    }).catch((e: unknown) => (e as Error).message);
    return /deployed commit (.*) of the last/.exec(String(error))?.[1]?.split(', ');
  }

  it('tries the ten newest earlier successful deployments, each commit once', async () => {
    const shas = Array.from({ length: 14 }, (_, i) => `s${String(i).padStart(6, '0')}`);
    const deployments = shas.map((sha, i) =>
      aDeployment({ id: 100 + i, sha, createdAt: daysAgo(20 - i) }),
    );
    deployments.push(
      aDeployment({ id: 200, sha: 's000012', createdAt: daysAgo(7.5) }),
      aDeployment({ id: 201, sha: 'failed0', createdAt: daysAgo(6.2), outcome: 'failure' }),
      aDeployment({ id: 202, sha: 's000013', createdAt: daysAgo(8.5) }),
    );
    expect(await basesTried(deployments)).toEqual([
      's000013',
      's000012',
      's000011',
      's000010',
      's000009',
      's000008',
      's000007',
      's000006',
      's000005',
      's000004',
      's000003',
    ]);
  });

  it('orders deployments made at the same time by id', async () => {
    const at = daysAgo(4);
    expect(
      await basesTried([
        aDeployment({ id: 5, sha: 'first00', createdAt: at }),
        aDeployment({ id: 6, sha: 'second0', createdAt: at }),
        aDeployment({ id: 7, sha: 'third00', createdAt: daysAgo(3) }),
      ]),
    ).toEqual(['third00', 'second0', 'first00']);
  });
});

describe('gatherFacts: runs and rollbacks', () => {
  const failedAt = (days: number) =>
    aDeployment({
      id: 9,
      sha: 'failed1',
      createdAt: daysAgo(days),
      statuses: [aStatus('failure', { logUrl: 'https://github.com/acme/app/actions/runs/77' })],
    });

  it.each([
    ['inside the default 90 days', undefined, 30, ['workflowRun 77']],
    ['outside the policy’s window', '7d', 30, []],
    ['inside the policy’s window', '7d', 5, ['workflowRun 77']],
  ])('reads the runs of deployments %s', async (_, window, days, asked) => {
    const { port, calls } = fakePort();
    const trust = window
      ? {
          scope: 'person' as const,
          window,
          'on-failure': 'reset' as const,
          levels: [{ name: 'a', after: 0, approvals: 0 }],
        }
      : undefined;
    const facts = await gatherFacts(port, {
      inputs: someInputs(),
      history: aHistoryOf([failedAt(days)], aPolicy(trust ? { trust } : {})),
      withRelease: false,
    });
    expect(calls.filter((c) => c.startsWith('workflowRun'))).toEqual(asked);
    expect(Object.keys(facts.runs)).toEqual(asked.length ? ['77'] : []);
  });

  it('keeps only runs of the repository it gates', async () => {
    const { port } = fakePort();
    const facts = await gatherFacts(port, {
      inputs: someInputs({ owner: 'other' }),
      history: aHistoryOf([failedAt(5)]),
      withRelease: false,
    });
    expect(facts.runs).toEqual({});
  });

  it('asks the rollback checks’ generations with the changes, not on their own', async () => {
    const { port, calls } = fakePort({ generations: { old0001: 3, base: 5 } });
    const history = aHistoryOf([
      aDeployment({ id: 2, sha: 'old0001', createdAt: daysAgo(6) }),
      base,
    ]);
    const facts = await gatherFacts(port, { inputs: someInputs(), history, withRelease: true });
    expect(
      calls.filter((c) => c.startsWith('pullsForCommits') || c.startsWith('generations')),
    ).toEqual(['pullsForCommits [c1] [] [old0001,base]']);
    expect(facts.generations).toEqual({ old0001: 3, base: 5 });
  });

  it('asks them on their own for a pull request, whose release needs no changes query', async () => {
    const { port, calls } = fakePort();
    const history = aHistoryOf([
      aDeployment({ id: 2, sha: 'old0001', createdAt: daysAgo(6) }),
      base,
    ]);
    await gatherFacts(port, {
      inputs: checkOf(3, 'h'),
      history,
      withRelease: true,
    });
    expect(calls.filter((c) => c.startsWith('generations'))).toEqual(['generations old0001,base']);
  });
});
