// Deploy request issues: find the gate's own issue for an environment and commit (with every
// comment), open or update it, and close it once a run allows.
import type { DeployRequest, RequestComment } from '../decide/facts.js';
import type { Octokit } from './client.js';
import { GitHubError, explain } from './github-error.js';
import type { Repo } from './port.js';

export const REQUEST_LABEL = 'trust-gate';
/** Open `trust-gate` issues read at most (pages of ISSUES_PER_PAGE); past it the run fails closed. */
const MAX_ISSUE_PAGES = 20;
const ISSUES_PER_PAGE = 50;
/** Comments on one request read at most (pages of 100); past it the run fails closed. */
const MAX_COMMENT_PAGES = 30;

/** The hidden marker naming a request's environment (case-insensitive) and target commit. */
export function deployRequestMarker(environment: string, sha: string): string {
  const name = encodeURIComponent(environment.toLowerCase());
  return `<!-- trust-gate:deploy-request environment=${name} sha=${sha.toLowerCase()} -->`;
}

const COMMENT_FIELDS = `pageInfo { hasNextPage endCursor }
      nodes { author { __typename login } body createdAt lastEditedAt includesCreatedEdit url }`;

export const DEPLOY_REQUESTS_QUERY = `query TrustGateDeployRequests($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    issues(first: ${ISSUES_PER_PAGE}, after: $after, labels: ["${REQUEST_LABEL}"], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number url body viewerDidAuthor
        comments(first: 100) { ${COMMENT_FIELDS} }
      }
    }
  }
}`;

export const REQUEST_COMMENTS_QUERY = `query TrustGateRequestComments($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) { comments(first: 100, after: $after) { ${COMMENT_FIELDS} } }
  }
}`;

type PageInfo = { hasNextPage: boolean; endCursor: string | null };
type GqlComment = {
  author: { __typename: string; login: string } | null;
  body: string;
  createdAt: string;
  lastEditedAt: string | null;
  includesCreatedEdit: boolean;
  url: string;
};
type Comments = { pageInfo: PageInfo; nodes: Array<GqlComment | null> };
type GqlIssue = {
  number: number;
  url: string;
  body: string;
  viewerDidAuthor: boolean;
  comments: Comments;
};
type IssuesAnswer = {
  repository: { issues: { pageInfo: PageInfo; nodes: Array<GqlIssue | null> } } | null;
};
type CommentsAnswer = { repository: { issue: { comments: Comments } | null } | null };

function toComment(node: GqlComment): RequestComment | null {
  if (!node.author) return null; // a deleted account ("ghost") can approve nothing
  const isBot = node.author.__typename === 'Bot';
  return {
    author: isBot ? `${node.author.login}[bot]` : node.author.login,
    authorIsBot: isBot,
    body: node.body,
    createdAt: node.createdAt,
    edited: node.lastEditedAt !== null || node.includesCreatedEdit,
    url: node.url,
  };
}

function comments(connection: Comments): RequestComment[] {
  return connection.nodes.flatMap((node) => {
    const comment = node ? toComment(node) : null;
    return comment ? [comment] : [];
  });
}

function limit(what: string): GitHubError {
  return new GitHubError(`${what}; the gate does not decide on part of them.`, null);
}

/** The gate's deploy request issues; every page is read or the run fails closed. */
export class DeployRequests {
  constructor(
    private readonly octokit: Octokit,
    private readonly repo: Repo,
  ) {}

  private get names() {
    return { owner: this.repo.owner, name: this.repo.repo };
  }

  /** The oldest open issue the token's own identity opened carrying the marker, or null. */
  async find(environment: string, sha: string): Promise<DeployRequest | null> {
    const marker = deployRequestMarker(environment, sha);
    let after: string | null = null;
    for (let page = 0; page < MAX_ISSUE_PAGES; page++) {
      const issues = await this.issuesPage(after);
      const found = issues.nodes.find(
        (issue) => issue !== null && issue.viewerDidAuthor && issue.body.includes(marker),
      );
      if (found) return this.complete(found, sha);
      if (!issues.pageInfo.hasNextPage) return null;
      if (!issues.pageInfo.endCursor || issues.pageInfo.endCursor === after)
        throw limit('Listing open `trust-gate` issues did not advance');
      after = issues.pageInfo.endCursor;
    }
    throw limit(
      `More than ${MAX_ISSUE_PAGES * ISSUES_PER_PAGE} open \`${REQUEST_LABEL}\` issues; close the ones that are done`,
    );
  }

  private async issuesPage(after: string | null) {
    const data = await this.octokit
      .graphql<IssuesAnswer>(DEPLOY_REQUESTS_QUERY, { ...this.names, after })
      .catch((e: unknown) => {
        throw explain(e, 'read the deploy request issues', 'issues');
      });
    if (!data.repository) throw explain(new Error('not found'), 'read the repository', 'contents');
    return data.repository.issues;
  }

  private async complete(issue: GqlIssue, sha: string): Promise<DeployRequest> {
    const all = comments(issue.comments);
    let page = issue.comments.pageInfo;
    for (let read = 1; page.hasNextPage; read++) {
      if (read >= MAX_COMMENT_PAGES || !page.endCursor)
        throw limit(`Deploy request #${issue.number} has more than ${read * 100} comments`);
      const next = await this.commentsPage(issue.number, page.endCursor);
      all.push(...comments(next));
      page = next.pageInfo;
    }
    return { number: issue.number, url: issue.url, sha, body: issue.body, comments: all };
  }

  private async commentsPage(number: number, after: string): Promise<Comments> {
    const data = await this.octokit
      .graphql<CommentsAnswer>(REQUEST_COMMENTS_QUERY, { ...this.names, number, after })
      .catch((e: unknown) => {
        throw explain(e, `read the comments of deploy request #${number}`, 'issues');
      });
    const connection = data.repository?.issue?.comments;
    if (!connection)
      throw explain(new Error('not found'), `read deploy request #${number}`, 'issues');
    return connection;
  }

  /** Opens a request issue labelled `trust-gate`; returns its number and address. */
  async open(title: string, body: string): Promise<{ number: number; url: string }> {
    try {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues', {
        ...this.repo,
        title,
        body,
        labels: [REQUEST_LABEL],
      });
      return { number: data.number, url: data.html_url };
    } catch (e) {
      throw explain(e, 'open the deploy request issue', 'issues');
    }
  }

  async update(number: number, title: string, body: string): Promise<void> {
    try {
      await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...this.repo,
        issue_number: number,
        title,
        body,
      });
    } catch (e) {
      throw explain(e, `update deploy request #${number}`, 'issues');
    }
  }

  /** Says why it is done, then closes it as completed. */
  async close(number: number, comment: string): Promise<void> {
    try {
      await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...this.repo,
        issue_number: number,
        body: comment,
      });
      await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...this.repo,
        issue_number: number,
        state: 'closed',
        state_reason: 'completed',
      });
    } catch (e) {
      throw explain(e, `close deploy request #${number}`, 'issues');
    }
  }
}
