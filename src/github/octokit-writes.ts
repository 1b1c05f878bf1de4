// The writes: sticky pull request comment, commit status and the break-glass audit issue.
import type { Octokit } from './client.js';
import { explain } from './github-error.js';
import type { Repo, StatusWrite } from './port.js';

type Comment = { id: number; body?: string | undefined };

export class GitHubWrites {
  /** Exactly `{ owner, repo }`: spread into every request, so nothing else may ride along. */
  protected readonly repo: Repo;

  constructor(
    protected readonly octokit: Octokit,
    repo: Repo,
  ) {
    this.repo = { owner: repo.owner, repo: repo.repo };
  }

  private async markedComments(issue: number, marker: string): Promise<Comment[]> {
    const comments = await this.octokit.paginate(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        ...this.repo,
        issue_number: issue,
        per_page: 100,
      },
    );
    return comments.filter((c) => c.body?.includes(marker)).sort((a, b) => a.id - b.id);
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
        await this.removeDuplicates(existing, body);
        return;
      }
      await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...this.repo,
        issue_number: issue,
        body,
      });
      const after = await this.markedComments(issue, marker);
      if (after.length > 1) await this.removeDuplicates(after, body);
    } catch (e) {
      throw explain(e, `write the Trust Gate comment on #${issue}`, 'comment');
    }
  }

  private async removeDuplicates(comments: Comment[], body: string): Promise<void> {
    const [keep, ...extra] = comments;
    if (!keep || extra.length === 0) return;
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
