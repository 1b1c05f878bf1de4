// GitHubPort over Octokit: the reads of gather-facts, each failure explained.
import type { CompareStatus, Role, RunAttempt, WorkflowJob, WorkflowRun } from '../decide/facts.js';
import type { Octokit } from './client.js';
import { explain } from './github-error.js';
import { toPull, type GqlPull } from './graphql-types.js';
import {
  readEnvironments,
  readGenerations,
  readHistoryPage,
  readStatusPages,
} from './octokit-history.js';
import type {
  CommitSummary,
  Comparison,
  DeploymentNode,
  EnvironmentNames,
  GitHubPort,
  HistoryPage,
  PullHead,
  MoreStatuses,
  PullInfo,
  PullsAndTeams,
  Repo,
  StatusPage,
} from './port.js';
import { TEAM_MEMBERS_QUERY, pullQuery, pullsForCommitsQuery } from './queries.js';
import { readAssociatedPulls, readOn, readRemainingPages, type PulledPage } from './pull-pages.js';
import { GitHubWrites } from './octokit-writes.js';
import { readRunAttempt, readWorkflowJob, readWorkflowRun } from './octokit-runs.js';
import { DeployRequests } from './deploy-requests.js';
import { readDeploymentNodes } from './ledger-nodes.js';

/**
 * Commits per changes query: 50 commits' pull requests (5 each, with 100 files, reviews and
 * commits of 10 authors) come to ~330,000 nodes, under GitHub's 500,000-node limit.
 */
export const COMMITS_PER_QUERY = 50;
/** GitHub lists a commit's files 300 a page, and 3,000 at most. */
const COMMIT_FILES_PER_PAGE = 300;
const COMMIT_FILES_MAX = 3000;

type Members = {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ login: string } | null>;
};
type TeamAnswer = { team: { members: Members } | null } | null;

const ROLES: Array<[keyof RolePermissions, Role]> = [
  ['admin', 'admin'],
  ['maintain', 'maintain'],
  ['push', 'write'],
  ['triage', 'triage'],
  ['pull', 'read'],
];
type RolePermissions = {
  admin?: boolean;
  maintain?: boolean;
  push?: boolean;
  triage?: boolean;
  pull?: boolean;
};

function roleFrom(data: {
  role_name?: string;
  permission?: string;
  user?: { permissions?: RolePermissions } | null;
}): Role {
  const named = ['admin', 'maintain', 'write', 'triage', 'read'].find((r) => r === data.role_name);
  if (named) return named as Role;
  const flags = data.user?.permissions;
  const fromFlags = flags ? ROLES.find(([flag]) => flags[flag])?.[1] : undefined;
  if (fromFlags) return fromFlags;
  return ['admin', 'write', 'read'].includes(data.permission ?? '')
    ? (data.permission as Role)
    : 'none';
}

function toSummary(commit: {
  sha: string;
  html_url: string;
  commit: { message: string };
  author: { login?: string; type?: string } | Record<string, never> | null;
}): CommitSummary {
  return {
    sha: commit.sha,
    title: commit.commit.message.split('\n')[0] ?? '',
    url: commit.html_url,
    author: (commit.author as { login?: string } | null)?.login ?? null,
    authorIsBot: (commit.author as { type?: string } | null)?.type === 'Bot',
  };
}

export class OctokitGitHub extends GitHubWrites implements GitHubPort {
  private readonly requests: DeployRequests;

  constructor(octokit: Octokit, repo: Repo) {
    // Only owner and name: main passes the whole Inputs, and `...this.repo` in a request would
    // otherwise send every input (the token among them) as parameters.
    const names = { owner: repo.owner, repo: repo.repo };
    super(octokit, names);
    this.requests = new DeployRequests(octokit, names);
  }

  // Deploy requests (`requests: true`): see deploy-requests.ts.
  deployRequest = (environment: string, sha: string) => this.requests.find(environment, sha);
  openDeployRequest = (title: string, body: string) => this.requests.open(title, body);
  updateDeployRequest = (number: number, title: string, body: string) =>
    this.requests.update(number, title, body);
  closeDeployRequest = (number: number, comment: string) => this.requests.close(number, comment);

  private get names() {
    return { owner: this.repo.owner, name: this.repo.repo };
  }

  history(request: Parameters<GitHubPort['history']>[0]): Promise<HistoryPage> {
    return readHistoryPage(this.octokit, this.names, request);
  }

  environments(after: string): Promise<EnvironmentNames> {
    return readEnvironments(this.octokit, this.names, after);
  }

  statusPages(requests: MoreStatuses[]): Promise<StatusPage[]> {
    return readStatusPages(this.octokit, requests);
  }

  deploymentNodes(nodeIds: string[]): Promise<Array<DeploymentNode | null>> {
    return readDeploymentNodes(this.octokit, nodeIds);
  }

  generations(shas: string[]): Promise<Record<string, number>> {
    return readGenerations(this.octokit, this.names, shas);
  }

  async compare(base: string, head: string): Promise<Comparison> {
    const commits: CommitSummary[] = [];
    let status: CompareStatus | undefined;
    try {
      for (let page = 1; ; page++) {
        const { data } = await this.octokit.request(
          'GET /repos/{owner}/{repo}/compare/{basehead}',
          {
            ...this.repo,
            basehead: `${base}...${head}`,
            per_page: 100,
            page,
          },
        );
        status = data.status;
        commits.push(...data.commits.map(toSummary));
        if (data.commits.length < 100 || commits.length >= data.total_commits) break;
      }
    } catch (e) {
      throw explain(e, `compare ${base.slice(0, 7)}...${head.slice(0, 7)}`, 'contents');
    }
    return { status: status ?? 'identical', commits };
  }

  async compareStatus(base: string, head: string): Promise<CompareStatus> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...this.repo,
        basehead: `${base}...${head}`,
        per_page: 1,
      });
      return data.status;
    } catch (e) {
      throw explain(e, `compare ${base.slice(0, 7)}...${head.slice(0, 7)}`, 'contents');
    }
  }

  async pullsForCommits(
    shas: string[],
    teams: string[],
    generationsOf: string[] = [],
  ): Promise<PullsAndTeams> {
    const chunks: string[][] = [];
    for (let i = 0; i < shas.length; i += COMMITS_PER_QUERY)
      chunks.push(shas.slice(i, i + COMMITS_PER_QUERY));
    if (chunks.length === 0) chunks.push([]);
    const answers = await Promise.all(
      chunks.map((chunk, i) =>
        i === 0 ? this.pullsChunk(chunk, teams, generationsOf) : this.pullsChunk(chunk, [], []),
      ),
    );
    const result: PullsAndTeams = { pullsByCommit: {}, teams: {}, generations: {} };
    for (const answer of answers) {
      Object.assign(result.pullsByCommit, answer.pullsByCommit);
      Object.assign(result.teams, answer.teams);
      Object.assign(result.generations!, answer.generations);
    }
    return result;
  }

  private async pullsChunk(
    shas: string[],
    teams: string[],
    generationsOf: string[],
  ): Promise<PullsAndTeams> {
    if (shas.length === 0 && teams.length === 0 && generationsOf.length === 0)
      return { pullsByCommit: {}, teams: {} };
    // A teams-only query declares no repository.
    const repository = shas.length + generationsOf.length > 0 ? this.names : {};
    const variables: Record<string, unknown> = { ...repository, ...teamVariables(teams) };
    shas.forEach((sha, i) => (variables[`c${i}`] = sha));
    generationsOf.forEach((sha, i) => (variables[`g${i}`] = sha));
    type Answer = {
      repository: Record<
        string,
        {
          associatedPullRequests?: PulledPage;
          history?: { totalCount: number };
        } | null
      >;
    } & Record<string, TeamAnswer>;
    const query = pullsForCommitsQuery(shas.length, teams, generationsOf.length);
    const data = await this.octokit.graphql<Answer>(query, variables).catch((e: unknown) => {
      throw explain(e, 'read the pull requests of the release', ['contents', 'pulls']);
    });
    const pullsByCommit: Record<string, PullInfo[]> = {};
    for (const [i, sha] of shas.entries()) {
      const first = data.repository[`c${i}`]?.associatedPullRequests;
      const nodes = await readAssociatedPulls(this.octokit, this.names, sha, first);
      pullsByCommit[sha] = await Promise.all(nodes.map((n) => this.completePull(n)));
    }
    const generations: Record<string, number> = {};
    generationsOf.forEach((sha, i) => {
      const count = data.repository?.[`g${i}`]?.history?.totalCount;
      if (typeof count === 'number') generations[sha] = count;
    });
    return { pullsByCommit, teams: await this.teamsFrom(data, teams), generations };
  }

  async pull(
    number: number,
    teams: string[],
  ): Promise<{ pull: PullInfo; teams: Record<string, string[]> }> {
    type Answer = { repository: { pullRequest: GqlPull | null } } & Record<string, TeamAnswer>;
    const data = await this.octokit
      .graphql<Answer>(pullQuery(teams), { ...this.names, number, ...teamVariables(teams) })
      .catch((e: unknown) => {
        throw explain(e, `read pull request #${number}`, ['contents', 'pulls']);
      });
    const node = data.repository.pullRequest;
    if (!node) throw explain(new Error('not found'), `read pull request #${number}`, 'pulls');
    return { pull: await this.completePull(node), teams: await this.teamsFrom(data, teams) };
  }

  /** Maps a pull request, reading the rest of its files, reviews and commits beyond one page. */
  private async completePull(node: GqlPull): Promise<PullInfo> {
    await readRemainingPages(this.octokit, this.names, node);
    return toPull(node);
  }

  private async teamsFrom(
    data: Record<string, unknown>,
    teams: string[],
  ): Promise<Record<string, string[]>> {
    const result: Record<string, string[]> = {};
    for (const [i, team] of teams.entries()) {
      const answer = data[`org${i}`] as TeamAnswer;
      result[team] = await this.teamMembers(team, answer);
    }
    return result;
  }

  private async teamMembers(team: string, answer: TeamAnswer): Promise<string[]> {
    if (!answer?.team) {
      throw explain(
        Object.assign(new Error(`team ${team} was not found or the token cannot see it`), {
          status: 404,
        }),
        `read the members of team ${team}`,
        'members',
      );
    }
    const [org, slug] = team.split('/');
    try {
      const members = await readOn(
        answer.team.members,
        async (after) => {
          const variables = { org, slug, after };
          const data = await this.octokit.graphql<{ organization: TeamAnswer }>(
            TEAM_MEMBERS_QUERY,
            variables,
          );
          return data.organization?.team?.members;
        },
        `the members of team ${team}`,
      );
      return members.flatMap((n) => (n ? [n.login.toLowerCase()] : []));
    } catch (e) {
      throw explain(e, `read the members of team ${team}`, 'members');
    }
  }

  async pullHead(number: number): Promise<PullHead> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        ...this.repo,
        pull_number: number,
      });
      const author = data.user.login;
      return {
        number: data.number,
        state: data.state === 'open' ? 'open' : 'closed',
        merged: data.merged,
        headSha: data.head.sha,
        headRef: data.head.ref,
        headRepository: data.head.repo?.full_name ?? null,
        baseRef: data.base.ref,
        author,
        authorIsBot: data.user.type === 'Bot' || author.endsWith('[bot]'),
      };
    } catch (e) {
      throw explain(e, `read pull request #${number}`, 'pulls');
    }
  }

  /**
   * A commit with every file GitHub lists: 300 a page, 3,000 at most. A commit that fills the
   * last page may change more files than GitHub shows, so it says it was cut.
   */
  async commit(sha: string): Promise<CommitSummary & { files: string[]; filesCut?: string }> {
    const files: string[] = [];
    try {
      for (let page = 1; ; page++) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
          ...this.repo,
          ref: sha,
          per_page: COMMIT_FILES_PER_PAGE,
          page,
        });
        const listed = (data.files ?? []).map((f) => f.filename);
        files.push(...listed);
        if (listed.length < COMMIT_FILES_PER_PAGE) return { ...toSummary(data), files };
        if (files.length >= COMMIT_FILES_MAX) {
          const filesCut = `GitHub lists at most ${COMMIT_FILES_MAX} files of commit ${sha.slice(0, 7)}`;
          return { ...toSummary(data), files, filesCut };
        }
      }
    } catch (e) {
      throw explain(e, `read the files of commit ${sha.slice(0, 7)}`, 'contents');
    }
  }

  /** Roles asked this run, by lower-case login: a role read early (main.ts) is not read again. */
  private readonly roles = new Map<string, Promise<Role>>();

  role(login: string): Promise<Role> {
    const key = login.toLowerCase();
    let role = this.roles.get(key);
    if (!role) this.roles.set(key, (role = this.readRole(login)));
    return role;
  }

  private async readRole(login: string): Promise<Role> {
    try {
      const { data } = await this.octokit.request(
        'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
        {
          ...this.repo,
          username: login,
        },
      );
      return roleFrom(data as Parameters<typeof roleFrom>[0]);
    } catch (e) {
      if ((e as { status?: number }).status === 404) return 'none';
      throw explain(e, `read the repository role of ${login}`, 'contents');
    }
  }

  workflowRun(id: string): Promise<WorkflowRun | null> {
    return readWorkflowRun(this.octokit, this.repo, id);
  }

  workflowJob(id: string): Promise<WorkflowJob | null> {
    return readWorkflowJob(this.octokit, this.repo, id);
  }

  runAttempt(run: string, attempt: number): Promise<RunAttempt | null> {
    return readRunAttempt(this.octokit, this.repo, run, attempt);
  }
}

function teamVariables(teams: string[]): Record<string, string> {
  const variables: Record<string, string> = {};
  teams.forEach((team, i) => {
    const [org, slug] = team.split('/');
    variables[`org${i}`] = org ?? '';
    variables[`team${i}`] = slug ?? '';
  });
  return variables;
}
