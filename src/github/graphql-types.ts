// Shapes of the GraphQL answers the queries ask for, and their mapping to plain facts.
import type {
  Deployment,
  DeploymentStatus,
  Review,
  ReviewState,
  StatusState,
} from '../decide/facts.js';
import type { PullInfo } from './port.js';

export interface GqlActor {
  __typename: string;
  login: string;
}

export interface GqlStatus {
  state: string;
  createdAt: string;
  logUrl: string | null;
  creator?: GqlActor | null;
}

export interface GqlStatusPage {
  pageInfo: PageInfo;
  nodes: Array<GqlStatus | null>;
}

export interface GqlDeployment {
  id: string;
  databaseId: number | null;
  createdAt: string;
  commitOid: string;
  environment: string | null;
  payload: string | null;
  creator: GqlActor | null;
  statuses: GqlStatusPage | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface GqlAuthors {
  pageInfo?: PageInfo;
  nodes: Array<{ user: { login: string } | null } | null>;
}

export interface GqlPull {
  number: number;
  title: string;
  url: string;
  merged: boolean;
  mergedAt: string | null;
  baseRefName: string;
  headRefOid: string;
  /** How many files the pull request changes; `files` lists at most 3,000 of them. */
  changedFiles: number;
  author: GqlActor | null;
  files: {
    pageInfo: PageInfo;
    nodes: Array<{ path: string } | null>;
  } | null;
  reviews: {
    pageInfo: PageInfo;
    nodes: Array<{
      state: string;
      submittedAt: string | null;
      authorCanPushToRepository: boolean;
      author: GqlActor | null;
      commit: { oid: string } | null;
    } | null>;
  } | null;
  commits: {
    totalCount: number;
    pageInfo: PageInfo;
    nodes: Array<{
      commit: {
        oid: string;
        authors: GqlAuthors | null;
        committer: { user: { login: string } | null } | null;
      };
    } | null>;
  } | null;
}

/** REST spelling of an actor's login: GraphQL bot logins lack the `[bot]` suffix. */
export function restLogin(actor: GqlActor | null): { login: string; isBot: boolean } {
  if (!actor) return { login: 'ghost', isBot: false };
  const isBot = actor.__typename === 'Bot';
  const login = isBot && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
  return { login, isBot };
}

function payloadDeployer(payload: string | null): string | null {
  if (!payload) return null;
  try {
    const value: unknown = JSON.parse(payload);
    const deployer = (value as { deployer?: unknown } | null)?.deployer;
    return typeof deployer === 'string' && deployer.trim() !== '' ? deployer.trim() : null;
  } catch {
    return null;
  }
}

function toStatus(node: GqlStatus): DeploymentStatus {
  const status: DeploymentStatus = {
    state: node.state.toLowerCase() as StatusState,
    createdAt: node.createdAt,
    logUrl: node.logUrl,
    targetUrl: null,
  };
  if (!node.creator) return status;
  const creator = restLogin(node.creator);
  return { ...status, creator: creator.login, creatorIsBot: creator.isBot };
}

/** A page of statuses as facts. */
export function toStatuses(page: GqlStatusPage | null): DeploymentStatus[] {
  return (page?.nodes ?? []).flatMap((s) => (s ? [toStatus(s)] : []));
}

/** GitHub lists statuses newest first; the core reads them oldest first (ties: later in the list wins). */
export function oldestFirst(statuses: DeploymentStatus[]): DeploymentStatus[] {
  return [...statuses].reverse().sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

export function toDeployment(node: GqlDeployment): Deployment {
  const creator = restLogin(node.creator);
  return {
    id: node.databaseId ?? 0,
    createdAt: node.createdAt,
    sha: node.commitOid,
    environment: node.environment ?? '',
    creator: creator.login,
    creatorIsBot: creator.isBot,
    payloadDeployer: payloadDeployer(node.payload),
    statuses: oldestFirst(toStatuses(node.statuses)),
  };
}

function toReviews(pull: GqlPull): { reviews: Review[]; canPush: Record<string, boolean> } {
  const canPush: Record<string, boolean> = {};
  const reviews = (pull.reviews?.nodes ?? []).flatMap((node) => {
    if (!node) return [];
    const who = restLogin(node.author);
    canPush[who.login.toLowerCase()] = node.authorCanPushToRepository;
    const review: Review = {
      reviewer: who.login,
      reviewerIsBot: who.isBot,
      state: node.state as ReviewState,
      commitSha: node.commit?.oid ?? null,
      submittedAt: node.submittedAt ?? '',
    };
    return [review];
  });
  return { reviews, canPush };
}

const WEB_FLOW = 'web-flow';

function commitAuthors(pull: GqlPull): string[] {
  const logins = new Set<string>();
  for (const node of pull.commits?.nodes ?? []) {
    for (const author of node?.commit.authors?.nodes ?? []) {
      if (author?.user) logins.add(author.user.login);
    }
    const committer = node?.commit.committer?.user?.login;
    if (committer && committer !== WEB_FLOW) logins.add(committer);
  }
  return [...logins];
}

/** Why the file list is not whole: GitHub lists at most 3,000 files of a pull request. */
function filesCut(pull: GqlPull, files: string[]): string | undefined {
  if (files.length >= pull.changedFiles) return undefined;
  return `GitHub listed ${files.length} of the ${pull.changedFiles} files of pull request #${pull.number}`;
}

export function toPull(pull: GqlPull): PullInfo {
  const author = restLogin(pull.author);
  const { reviews, canPush } = toReviews(pull);
  const files = (pull.files?.nodes ?? []).flatMap((f) => (f ? [f.path] : []));
  const cut = filesCut(pull, files);
  return {
    number: pull.number,
    title: pull.title,
    url: pull.url,
    merged: pull.merged,
    mergedAt: pull.mergedAt,
    baseRef: pull.baseRefName,
    author: author.login,
    authorIsBot: author.isBot,
    headSha: pull.headRefOid,
    files,
    ...(cut ? { filesCut: cut } : {}),
    reviews,
    reviewerCanPush: canPush,
    commitAuthors: commitAuthors(pull),
  };
}
