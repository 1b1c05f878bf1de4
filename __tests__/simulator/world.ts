// The simulated GitHub world: one repository, its people, history and records, with builders.
import { missingFrom } from './access.js';
import { coAuthors, commitOf, resolveRef, type GitStore } from './git.js';
import { buildCommit } from './world-commits.js';
import * as deploys from './world-deploys.js';
import * as issueBuilders from './world-issues.js';
import * as pulls from './world-pulls.js';
import type {
  CommentRecord,
  CommitRecord,
  CommitSpec,
  CommitStatusRecord,
  DeploymentRecord,
  GitIdentity,
  IssueRecord,
  PermissionsBlock,
  PullRequestRecord,
  Role,
  TeamRecord,
  TokenSettings,
  UserRecord,
  WorkflowRunRecord,
  WorldOptions,
} from './world-types.js';

export type * from './world-types.js';
export type { DeploymentSpec, StatusSpec, WorkflowRunSpec } from './world-deploys.js';
export type { PullRequestSpec, ReviewSpec } from './world-pulls.js';
export type { IssueSpec, IssueCommentSpec } from './world-issues.js';

export const WEB_FLOW: GitIdentity = {
  login: 'web-flow',
  name: 'GitHub',
  email: 'noreply@github.com',
};
export const HTML = 'https://github.com';

export class World implements GitStore {
  readonly owner: string;
  readonly name: string;
  readonly defaultBranch: string;
  readonly isPrivate: boolean;
  readonly repoId = 123456789;
  users = new Map<string, UserRecord>();
  collaborators = new Map<string, Role>();
  /** Custom repository roles by login: REST's `role_name` names them; the base role sets the rest. */
  customRoles = new Map<string, string>();
  /** False leaves `user.permissions` out of a collaborator's permission (optional in GitHub's schema). */
  permissionsHash = true;
  orgs = new Map<string, number>();
  teams = new Map<string, TeamRecord>();
  commits = new Map<string, CommitRecord>();
  branches = new Map<string, string>();
  tags = new Map<string, string>();
  pullRequests = new Map<number, PullRequestRecord>();
  deployments: DeploymentRecord[] = [];
  workflowRuns = new Map<number, WorkflowRunRecord>();
  /** Issues created (PR numbers share the sequence). */
  issues = new Map<number, IssueRecord>();
  comments: CommentRecord[] = [];
  commitStatuses: CommitStatusRecord[] = [];
  token: TokenSettings = { viewer: 'github-actions[bot]', missing: [], readOnly: false };
  /** False simulates a token without org `members: read`: teams are invisible. */
  tokenCanReadOrgMembers = true;
  /** How GraphQL pages deployments: `normal`, or a fault (see graphql-deploys.ts). */
  historyPaging: 'normal' | 'repeat-cursor' | 'empty-page' = 'normal';
  /** How GraphQL pages a deployment's statuses: `normal`, or `no-cursor` (see graphql-deploys.ts). */
  statusPaging: 'normal' | 'no-cursor' = 'normal';
  private clock: number;
  private sequence = 1000;
  private nextNumber = 1;

  constructor(options: WorldOptions = {}) {
    this.owner = options.owner ?? 'acme';
    this.name = options.repo ?? 'app';
    this.defaultBranch = options.defaultBranch ?? 'main';
    this.isPrivate = options.private ?? true;
    const start = options.start ? new Date(options.start).getTime() : Date.now() - 30 * 86_400_000;
    this.clock = Math.floor(start / 60_000) * 60_000;
    this.ensureUser('web-flow');
    this.ensureUser(this.token.viewer);
    this.commit({
      message: 'Initial commit',
      author: { name: 'Setup', email: 'setup@example.com' },
    });
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  // ── clock and ids ──
  now(): string {
    return new Date(this.clock).toISOString().replace('.000Z', 'Z');
  }
  /** Advances the clock (default one minute) and returns the new time. */
  tick(ms = 60_000): string {
    this.clock += ms;
    return this.now();
  }
  /** Sets the clock; later events without `at` follow from here. */
  at(time: string | Date): this {
    this.clock = new Date(time).getTime();
    return this;
  }
  /** The given time (which also moves the clock forward to it) or the next tick. */
  stamp(at?: string): string {
    if (!at) return this.tick();
    this.clock = Math.max(this.clock, new Date(at).getTime());
    return new Date(at).toISOString().replace('.000Z', 'Z');
  }
  nextId(): number {
    return ++this.sequence;
  }
  nextIssueNumber(): number {
    return this.nextNumber++;
  }

  // ── people ──
  user(login: string, details: { name?: string; email?: string } = {}): this {
    const user = this.ensureUser(login);
    Object.assign(user, details);
    return this;
  }
  /** A GitHub App bot; pass `renovate` or `renovate[bot]`. */
  bot(name: string): this {
    this.ensureUser(name.endsWith('[bot]') ? name : `${name}[bot]`);
    return this;
  }
  /**
   * The token holds exactly a workflow's `permissions:` block (scopes left out are none;
   * metadata is always readable), e.g. `grant({ contents: 'read', deployments: 'read' })`.
   */
  grant(block: PermissionsBlock): this {
    this.token.missing = missingFrom(block);
    return this;
  }
  /** `customRole`: an organization's custom repository role (e.g. `deployer`) based on `role`. */
  collaborator(login: string, role: Role, customRole?: string): this {
    this.ensureUser(login);
    this.collaborators.set(login.toLowerCase(), role);
    if (customRole) this.customRoles.set(login.toLowerCase(), customRole);
    return this;
  }
  /** `org/slug` with direct members; `parent` is the parent team's slug. */
  team(path: string, spec: { members?: string[]; maintainers?: string[]; parent?: string } = {}) {
    const [org = '', slug = ''] = path.split('/');
    if (!this.orgs.has(org.toLowerCase())) this.orgs.set(org.toLowerCase(), this.nextId());
    for (const login of [...(spec.members ?? []), ...(spec.maintainers ?? [])])
      this.ensureUser(login);
    this.teams.set(`${org}/${slug}`.toLowerCase(), {
      org,
      slug,
      name: slug,
      members: spec.members ?? [],
      maintainers: spec.maintainers ?? [],
      parent: spec.parent,
    });
    return this;
  }
  findUser(login: string): UserRecord | undefined {
    const key = login.toLowerCase();
    return this.users.get(key) ?? this.users.get(`${key}[bot]`);
  }
  ensureUser(login: string): UserRecord {
    const found = this.findUser(login);
    if (found) return found;
    const id = this.nextId();
    const user: UserRecord = {
      login,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      id,
      name: login,
      email: `${id}+${login}@users.noreply.github.com`,
    };
    this.users.set(login.toLowerCase(), user);
    return user;
  }
  identity(who: string | GitIdentity): GitIdentity {
    if (typeof who !== 'string') return who;
    if (who === 'web-flow') return WEB_FLOW;
    const user = this.ensureUser(who);
    return { login: user.login, name: user.name, email: user.email };
  }
  /** The account a git email belongs to, as GitHub links commits to users. */
  userByEmail(email: string): UserRecord | undefined {
    if (email === WEB_FLOW.email) return this.findUser('web-flow');
    return [...this.users.values()].find((u) => u.email.toLowerCase() === email.toLowerCase());
  }

  // ── history ──
  resolve(ref: string): string | undefined {
    return resolveRef(this, ref);
  }
  commitAt(ref: string): CommitRecord | undefined {
    return commitOf(this, ref);
  }
  /** Appends a commit (to the default branch unless `branch`/`parents` say otherwise). */
  commit(spec: CommitSpec = {}): CommitRecord {
    return buildCommit(this, spec);
  }
  /** Sets a file in the tree of the commit `ref` points at, without a new commit. */
  file(path: string, text: string, ref: string = this.defaultBranch): this {
    const commit = this.commitAt(ref);
    if (!commit) throw new Error(`file(): unknown ref ${ref}`);
    commit.tree[path] = text;
    return this;
  }
  branch(name: string, from: string = this.defaultBranch): this {
    this.branches.set(name, this.mustResolve(from));
    return this;
  }
  tag(name: string, from: string = this.defaultBranch): this {
    this.tags.set(name, this.mustResolve(from));
    return this;
  }
  mustResolve(ref: string): string {
    const sha = this.resolve(ref);
    if (!sha) throw new Error(`unknown ref ${ref}`);
    return sha;
  }
  coAuthorsOf(commit: CommitRecord): GitIdentity[] {
    return coAuthors(commit.message).map((id) => ({
      ...id,
      login: this.userByEmail(id.email)?.login,
    }));
  }

  // ── pull requests, deployments, runs (see world-pulls.ts, world-deploys.ts) ──
  pullRequest = (spec: pulls.PullRequestSpec = {}) => pulls.openPullRequest(this, spec);
  review = (number: number, spec: pulls.ReviewSpec) => pulls.addReview(this, number, spec);
  pushToPullRequest = (number: number, spec: CommitSpec = {}) =>
    pulls.pushCommit(this, number, spec);
  mergePullRequest = (number: number, method?: pulls.MergeOptions['method'], by?: string) =>
    pulls.merge(this, number, { method, by });
  deployment = (spec: deploys.DeploymentSpec = {}) => deploys.addDeployment(this, spec);
  deploymentStatus = (id: number, spec: deploys.StatusSpec) => deploys.addStatus(this, id, spec);
  workflowRun = (spec: deploys.WorkflowRunSpec = {}) => deploys.addWorkflowRun(this, spec);
  issue = (spec: issueBuilders.IssueSpec = {}) => issueBuilders.openIssue(this, spec);
  issueComment = (number: number, spec: issueBuilders.IssueCommentSpec) =>
    issueBuilders.addIssueComment(this, number, spec);
  /** A job log URL inside a workflow run, as Actions writes into deployment statuses. */
  runLogUrl = (runId: number) => `${HTML}/${this.fullName}/actions/runs/${runId}/job/${runId + 7}`;
  /** A bare run link, as a workflow might write into `target_url`. */
  runUrl = (runId: number) => `${HTML}/${this.fullName}/actions/runs/${runId}`;
  /** A link to one attempt of a run. */
  runAttemptUrl = (runId: number, attempt: number) =>
    `${HTML}/${this.fullName}/actions/runs/${runId}/attempts/${attempt}`;
  /** A link to one job of a run. */
  runJobUrl = (runId: number, jobId: number) =>
    `${HTML}/${this.fullName}/actions/runs/${runId}/job/${jobId}`;
  /** PRs containing the commit, or whose merge commit it is, oldest first. */
  associatedPullRequests = (sha: string) => pulls.associatedPullRequests(this, sha);
}

export function createWorld(options: WorldOptions = {}): World {
  return new World(options);
}
