// The writes: sticky pull request comment, commit status and the break-glass audit issue.
import type { Octokit } from './client.js';
import { explain, GitHubError } from './github-error.js';
import type { Repo, StatusWrite } from './port.js';

type Comment = { id: number; body?: string | undefined };

/** A pull request's comments, 100 a page, each with whether this token wrote it. */
const COMMENTS_QUERY = `query TrustGateComments($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      comments(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { databaseId body viewerDidAuthor }
      }
    }
  }
}`;

type CommentsAnswer = {
  repository: {
    pullRequest: {
      comments: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Array<{ databaseId: number | null; body: string; viewerDidAuthor: boolean } | null>;
      };
    } | null;
  } | null;
};

export class GitHubWrites {
  /** Exactly `{ owner, repo }`: spread into every request, so nothing else may ride along. */
  protected readonly repo: Repo;

  constructor(
    protected readonly octokit: Octokit,
    repo: Repo,
  ) {
    this.repo = { owner: repo.owner, repo: repo.repo };
  }

  /**
   * The comments that are Trust Gate's own: they carry `marker` *and* this token wrote them
   * (GitHub's `viewerDidAuthor`). A person's comment quoting the marker is never edited or
   * deleted. Every page is read; a cursor that does not advance is an error.
   */
  private async markedComments(issue: number, marker: string): Promise<Comment[]> {
    const found: Comment[] = [];
    let after: string | null = null;
    do {
      const data: CommentsAnswer = await this.octokit.graphql<CommentsAnswer>(COMMENTS_QUERY, {
        owner: this.repo.owner,
        name: this.repo.repo,
        number: issue,
        after,
      });
      const comments = data.repository?.pullRequest?.comments;
      if (!comments) throw new GitHubError(`pull request #${issue} was not found`, 404);
      for (const node of comments.nodes) {
        if (node?.viewerDidAuthor && node.databaseId !== null && node.body.includes(marker))
          found.push({ id: node.databaseId, body: node.body });
      }
      const next = comments.pageInfo.hasNextPage ? comments.pageInfo.endCursor : null;
      if (next !== null && next === after)
        throw new GitHubError(`the comments of #${issue} did not page on (cursor ${next})`, null);
      after = next;
    } while (after !== null);
    return found.sort((a, b) => a.id - b.id);
  }

  /**
   * Keeps exactly one comment carrying `marker`: the oldest is edited in place. When two runs
   * race and both create one, the later run sees both afterwards and removes the newer copies.
   */
  async upsertComment(issue: number, marker: string, body: string): Promise<void> {
    try {
      const existing = await this.markedComments(issue, marker);
      const [first] = existing;
      if (first) {
        if (first.body !== body)
          await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...this.repo,
            comment_id: first.id,
            body,
          });
        // The oldest copy says `body` now: only the others are left to remove.
        await this.removeDuplicates([{ ...first, body }, ...existing.slice(1)], body);
        return;
      }
      await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...this.repo,
        issue_number: issue,
        body,
      });
      const after = await this.markedComments(issue, marker);
      await this.removeDuplicates(after, body);
    } catch (e) {
      throw explain(e, `write the Trust Gate comment on #${issue}`, 'comment');
    }
  }

  private async removeDuplicates(comments: Comment[], body: string): Promise<void> {
    const [keep, ...extra] = comments;
    if (!keep) return;
    for (const comment of extra) {
      await this.octokit
        .request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          ...this.repo,
          comment_id: comment.id,
        })
        .catch((e: unknown) => {
          if ((e as { status?: number }).status !== 404) throw e;
        });
    }
    if (keep.body !== body)
      await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...this.repo,
        comment_id: keep.id,
        body,
      });
  }

  async setStatus(status: StatusWrite): Promise<void> {
    try {
      await this.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        ...this.repo,
        sha: status.sha,
        state: status.state,
        context: status.context,
        description: status.description,
        ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
      });
    } catch (e) {
      throw explain(e, `set the commit status ${status.context}`, 'status');
    }
  }

  async openIssue(title: string, body: string, labels: string[]): Promise<string> {
    try {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues', {
        ...this.repo,
        title,
        body,
        labels,
      });
      return data.html_url;
    } catch (e) {
      throw explain(e, 'open the break-glass audit issue', 'issues');
    }
  }
}
