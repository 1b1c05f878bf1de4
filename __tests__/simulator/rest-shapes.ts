// World records rendered in GitHub REST's shapes (typed by @octokit/openapi-types).
import type { components } from '@octokit/openapi-types';
import { blobSha, commitDiff, type FileChange } from './git.js';
import { HTML, type World } from './world.js';
import type {
  CommentRecord,
  CommitRecord,
  CommitStatusRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  GitIdentity,
  IssueRecord,
  UserRecord,
} from './world-types.js';

export type Schema = components['schemas'];

export function nodeId(kind: string, key: string | number): string {
  return Buffer.from(`${kind}:${key}`).toString('base64url');
}

export function simpleUser(api: string, user: UserRecord): Schema['simple-user'] {
  const u = `${api}/users/${encodeURIComponent(user.login)}`;
  const bot = user.type === 'Bot';
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: bot ? `${HTML}/apps/${user.login.replace('[bot]', '')}` : `${HTML}/${user.login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function userByLogin(world: World, api: string, login: string): Schema['simple-user'] {
  return simpleUser(api, world.ensureUser(login));
}

export const repoUrl = (world: World, api: string) => `${api}/repos/${world.fullName}`;
export const htmlUrl = (world: World) => `${HTML}/${world.fullName}`;

function gitUser(id: GitIdentity, date: string): Schema['git-user'] {
  return { name: id.name, email: id.email, date };
}

function linkedUser(world: World, api: string, id: GitIdentity): Schema['simple-user'] | null {
  const user = id.login ? world.findUser(id.login) : world.userByEmail(id.email);
  return user ? simpleUser(api, user) : null;
}

export function diffEntry(
  world: World,
  api: string,
  sha: string,
  f: FileChange,
): Schema['diff-entry'] {
  const text = f.after ?? f.before ?? '';
  return {
    sha: f.status === 'removed' ? null : blobSha(text),
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${htmlUrl(world)}/blob/${sha}/${f.filename}`,
    raw_url: `${htmlUrl(world)}/raw/${sha}/${f.filename}`,
    contents_url: `${repoUrl(world, api)}/contents/${f.filename}?ref=${sha}`,
    patch: `@@ -1,${f.deletions} +1,${f.additions} @@`,
  };
}

/** A commit as compare, pulls/commits and commits/{sha} return it (`files` only on the last). */
export function commitShape(
  world: World,
  api: string,
  c: CommitRecord,
  withFiles = false,
): Schema['commit'] {
  const url = `${repoUrl(world, api)}/commits/${c.sha}`;
  const shape: Schema['commit'] = {
    url,
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    html_url: `${htmlUrl(world)}/commit/${c.sha}`,
    comments_url: `${url}/comments`,
    commit: {
      url: `${repoUrl(world, api)}/git/commits/${c.sha}`,
      author: gitUser(c.author, c.date),
      committer: gitUser(c.committer, c.date),
      message: c.message,
      comment_count: 0,
      tree: {
        sha: blobSha(JSON.stringify(c.tree)),
        url: `${repoUrl(world, api)}/git/trees/${c.sha}`,
      },
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: linkedUser(world, api, c.author),
    committer: linkedUser(world, api, c.committer),
    parents: c.parents.map((sha) => ({
      sha,
      url: `${repoUrl(world, api)}/commits/${sha}`,
      html_url: `${htmlUrl(world)}/commit/${sha}`,
    })),
  };
  if (!withFiles) return shape;
  const files = commitDiff(world, c);
  const additions = files.reduce((n, f) => n + f.additions, 0);
  const deletions = files.reduce((n, f) => n + f.deletions, 0);
  return {
    ...shape,
    stats: { additions, deletions, total: additions + deletions },
    files: files.map((f) => diffEntry(world, api, c.sha, f)),
  };
}

export function deploymentShape(
  world: World,
  api: string,
  d: DeploymentRecord,
): Schema['deployment'] {
  const url = `${repoUrl(world, api)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userByLogin(world, api, d.creator),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl(world, api),
    transient_environment: d.transient,
    production_environment: d.production,
  };
}

export function deploymentStatusShape(
  world: World,
  api: string,
  d: DeploymentRecord,
  s: DeploymentStatusRecord,
): Schema['deployment-status'] {
  const deploymentUrl = `${repoUrl(world, api)}/deployments/${d.id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: userByLogin(world, api, s.creator),
    description: s.description,
    environment: d.environment,
    target_url: s.targetUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoUrl(world, api),
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
  };
}

export function commentShape(world: World, api: string, c: CommentRecord): Schema['issue-comment'] {
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${repoUrl(world, api)}/issues/comments/${c.id}`,
    html_url: `${htmlUrl(world)}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: userByLogin(world, api, c.author),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${repoUrl(world, api)}/issues/${c.issueNumber}`,
    author_association: 'NONE',
  };
}

export function issueShape(world: World, api: string, i: IssueRecord): Schema['issue'] {
  const url = `${repoUrl(world, api)}/issues/${i.number}`;
  return {
    id: i.number + 500_000,
    node_id: nodeId('Issue', i.number),
    url,
    repository_url: repoUrl(world, api),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${htmlUrl(world)}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    title: i.title,
    body: i.body,
    user: userByLogin(world, api, i.author),
    labels: i.labels.map((name) => ({ name, color: 'ededed', default: false, description: null })),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: world.comments.filter((c) => c.issueNumber === i.number).length,
    closed_at: i.closedAt ?? null,
    state_reason: i.stateReason ?? null,
    created_at: i.createdAt,
    updated_at: i.updatedAt ?? i.createdAt,
    author_association: 'NONE',
  };
}

export function statusShape(world: World, api: string, s: CommitStatusRecord): Schema['status'] {
  const creator = userByLogin(world, api, s.creator);
  return {
    url: `${repoUrl(world, api)}/statuses/${s.sha}`,
    avatar_url: creator.avatar_url,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator,
  };
}
