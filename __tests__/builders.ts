// Builders for policies and facts: defaults like the parsed policy, overrides for what a test is about.
import type {
  Change,
  DeployRequest,
  Deployment,
  DeploymentStatus,
  Facts,
  Person,
  RequestComment,
  Review,
  Role,
  StatusState,
} from '../src/decide/facts.js';
import type {
  ApproversRule,
  EnvironmentPolicy,
  Freeze,
  PeopleRule,
  Trust,
} from '../src/policy/schema.js';
import type { CommitSummary, PullHead } from '../src/github/port.js';

/** The clock in every test unless a test sets its own. */
export const NOW = '2026-06-15T12:00:00Z';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An ISO time `days` (may be fractional) before `NOW`. */
export function daysAgo(days: number, now: string = NOW): string {
  return new Date(Date.parse(now) - days * DAY).toISOString();
}

/** An ISO time `hours` before `NOW`. */
export function hoursAgo(hours: number, now: string = NOW): string {
  return new Date(Date.parse(now) - hours * HOUR).toISOString();
}

export function aPeopleRule(overrides: Partial<PeopleRule> = {}): PeopleRule {
  return { permission: 'write', users: [], teams: [], ...overrides };
}

export function anApproversRule(overrides: Partial<ApproversRule> = {}): ApproversRule {
  return { permission: 'write', users: [], teams: [], stale: 'ignore', ...overrides };
}

/** The README's ladder: newcomer (0: 2 approvals), member (3: 1), owner (10: 0). */
export function aTrust(overrides: Partial<Trust> = {}): Trust {
  return {
    scope: 'person',
    window: '90d',
    'on-failure': 'demote',
    levels: [
      { name: 'newcomer', after: 0, approvals: 2 },
      { name: 'member', after: 3, approvals: 1 },
      { name: 'owner', after: 10, approvals: 0 },
    ],
    ...overrides,
  };
}

/** An environment policy with the parser's defaults (no trust unless given). */
export function aPolicy(overrides: Partial<EnvironmentPolicy> = {}): EnvironmentPolicy {
  return {
    deployers: aPeopleRule(),
    approvers: anApproversRule(),
    approvals: 1,
    minimum: 0,
    paths: [],
    freeze: [],
    requests: false,
    ...overrides,
  };
}

export function aFreeze(overrides: Partial<Freeze> = {}): Freeze {
  return { name: 'Freeze', timezone: 'UTC', ...overrides };
}

export function aStatus(
  state: StatusState,
  overrides: Partial<DeploymentStatus> = {},
): DeploymentStatus {
  return { state, createdAt: NOW, logUrl: null, targetUrl: null, ...overrides };
}

let nextId = 1;

export type DeploymentOverrides = Partial<Deployment> & {
  /** The state of its one status (created with the deployment); null for no status. */
  outcome?: StatusState | null;
};

/** A deployment by `alice` to production, a day ago, with one `success` status. */
export function aDeployment(overrides: DeploymentOverrides = {}): Deployment {
  const { outcome = 'success', ...rest } = overrides;
  const id = rest.id ?? nextId++;
  const createdAt = rest.createdAt ?? daysAgo(1);
  return {
    id,
    createdAt,
    sha: `sha${id}`,
    environment: 'production',
    creator: 'alice',
    creatorIsBot: false,
    payloadDeployer: null,
    statuses: outcome === null ? [] : [aStatus(outcome, { createdAt })],
    ...rest,
  };
}

/**
 * Deployments one hour apart, oldest first, ending `endDaysAgo` days before `NOW`. Each step is
 * `[deployer, outcome, sha?]`; shas default to a fresh commit per deployment.
 */
export function aHistory(
  steps: Array<[string, StatusState, string?]>,
  endDaysAgo = 1,
): Deployment[] {
  return steps.map(([creator, outcome, sha], index) => {
    const createdAt = daysAgo(endDaysAgo + (steps.length - 1 - index) / 24);
    const deployment = aDeployment({ creator, outcome, createdAt });
    return sha === undefined ? deployment : { ...deployment, sha };
  });
}

export function aReview(overrides: Partial<Review> = {}): Review {
  return {
    reviewer: 'carol',
    reviewerIsBot: false,
    state: 'APPROVED',
    commitSha: 'head1',
    submittedAt: hoursAgo(2),
    ...overrides,
  };
}

/** Pull request #12 "Add login" by dave, head `head1`, no reviews. */
export function aPullRequest(overrides: Partial<Change> = {}): Change {
  return {
    kind: 'pull',
    number: 12,
    title: 'Add login',
    url: 'https://github.com/acme/app/pull/12',
    author: 'dave',
    authorIsBot: false,
    headSha: 'head1',
    files: ['src/login.ts'],
    reviews: [],
    commitAuthors: ['dave'],
    ...overrides,
  };
}

/** A direct commit `abc1234…` "Fix typo" by dave. */
export function aCommit(overrides: Partial<Change> = {}): Change {
  return aPullRequest({
    kind: 'commit',
    number: undefined,
    title: 'Fix typo',
    url: 'https://github.com/acme/app/commit/abc1234def',
    headSha: 'abc1234def',
    ...overrides,
  });
}

export function aPerson(login: string, role: Role = 'write', teams: string[] = []): Person {
  return { login, role, teams };
}

/** People keyed by lower-case login, as the facts hold them. */
export function somePeople(...people: Person[]): Record<string, Person> {
  return Object.fromEntries(people.map((person) => [person.login.toLowerCase(), person]));
}

/** A gate run by `alice` (write) on `main` with an empty history and no changes. */
export function someFacts(overrides: Partial<Facts> = {}): Facts {
  return {
    now: NOW,
    environment: 'production',
    mode: 'gate',
    deployer: 'alice',
    deployerIsBot: false,
    ref: 'main',
    sha: 'target',
    deployments: [],
    comparisons: {},
    generations: {},
    runs: {},
    jobs: {},
    attempts: {},
    runsUnreadable: null,
    changes: [],
    people: somePeople(
      aPerson('alice', 'write'),
      aPerson('carol', 'write'),
      aPerson('erin', 'write'),
    ),
    breakGlass: '',
    ...overrides,
  };
}

/** A `/approve` comment on a deploy request, an hour old, by carol unless told. */
export function anApprove(overrides: Partial<RequestComment> = {}): RequestComment {
  const author = overrides.author ?? 'carol';
  return {
    author,
    authorIsBot: false,
    body: '/approve',
    createdAt: hoursAgo(1),
    edited: false,
    url: `https://github.com/acme/app/issues/7#issuecomment-${author}`,
    ...overrides,
  };
}

/** Deploy request #7 for the commit `sha` ("target" unless told), with its comments. */
export function aDeployRequest(comments: RequestComment[], sha = 'target'): DeployRequest {
  return { number: 7, url: 'https://github.com/acme/app/issues/7', sha, body: '', comments };
}

/** A commit as a compare lists it. */
export const aCommitSummary = (sha: string, title: string): CommitSummary => ({
  sha,
  title,
  url: '',
  author: null,
  authorIsBot: false,
});

/** Pull request `number` as `pullHead` reads it: open, from a branch of acme/shop into main. */
export function aPullHead(number: number, overrides: Partial<PullHead> = {}): PullHead {
  return {
    number,
    state: 'open',
    merged: false,
    headSha: `h${number}`,
    headRef: `b${number}`,
    headRepository: 'acme/shop',
    baseRef: 'main',
    author: `author${number}`,
    authorIsBot: false,
    ...overrides,
  };
}
