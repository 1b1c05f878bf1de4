// The pull requests of a merge group: the queue branch's own, and every one whose commit the group holds.
import { pullNumberInTitle, queuedPullNumber } from '../events/merge-group.js';
import type { MergeGroupEvent } from '../events/event-target.js';
import { GitHubError } from './github-error.js';
import type { CommitSummary, GitHubPort, PullHead } from './port.js';

type Port = Pick<GitHubPort, 'compare' | 'pullHead' | 'pullsForCommits'>;

/** A pull request still waiting in this queue: open, unmerged, into the group's base branch. */
function queued(head: PullHead, group: MergeGroupEvent): boolean {
  return head.state === 'open' && !head.merged && head.baseRef === group.baseRef;
}

async function readHeads(port: Port, numbers: Iterable<number>, into: Map<number, PullHead>) {
  const wanted = [...new Set(numbers)].filter((n) => !into.has(n));
  const heads = await Promise.all(wanted.map((n) => port.pullHead(n)));
  for (const head of heads) into.set(head.number, head);
}

/**
 * Every open pull request into the base that GitHub associates with each commit. Asked for every
 * commit, titled or not: a title is the author's text under the rebase method, so a commit
 * titled after an approved pull request must not hide the one it really belongs to.
 */
async function byAssociation(
  port: Port,
  group: MergeGroupEvent,
  commits: CommitSummary[],
): Promise<Map<string, number[]>> {
  const found = new Map<string, number[]>();
  if (commits.length === 0) return found;
  const { pullsByCommit } = await port.pullsForCommits(
    commits.map((c) => c.sha),
    [],
  );
  for (const commit of commits) {
    const pulls = (pullsByCommit[commit.sha] ?? []).filter(
      (p) => !p.merged && p.baseRef === group.baseRef,
    );
    found.set(
      commit.sha,
      pulls.map((p) => p.number),
    );
  }
  return found;
}

function unattributedError(group: MergeGroupEvent, commit: CommitSummary): GitHubError {
  return new GitHubError(
    `Commit ${commit.sha.slice(0, 7)} ("${commit.title}") of the merge group ${group.headRef} ` +
      'belongs to no open pull request into ' +
      `${group.baseRef} that Trust Gate can find, so the group cannot be judged (it fails closed). ` +
      'Use the merge or squash merge method for the queue, whose commits name their pull request.',
    null,
  );
}

/**
 * The group's pull requests in queue order: each commit between `base_sha` and `head_sha` belongs
 * to the queued pull request its title names ("Merge pull request #n …", "… (#n)") and to every
 * open pull request GitHub associates with it — all of them are judged; the queue branch's own
 * (`…/pr-<n>-<sha>`) is always one. A commit that belongs to none is an error.
 */
export async function mergeGroupPulls(port: Port, group: MergeGroupEvent): Promise<PullHead[]> {
  const own = queuedPullNumber(group.headRef);
  const { commits } = await port.compare(group.baseSha, group.headSha);
  const titled = commits.map((c) => pullNumberInTitle(c.title));
  const heads = new Map<number, PullHead>();
  await readHeads(
    port,
    [...titled, own].filter((n): n is number => n !== null),
    heads,
  );
  const isQueued = (n: number | null | undefined) =>
    n != null && heads.has(n) && queued(heads.get(n)!, group);
  const associated = await byAssociation(port, group, commits);
  await readHeads(port, [...associated.values()].flat(), heads);
  const order: number[] = [];
  for (const [i, commit] of commits.entries()) {
    const numbers = [titled[i], ...(associated.get(commit.sha) ?? [])].filter(isQueued);
    if (numbers.length === 0) throw unattributedError(group, commit);
    for (const number of numbers) if (!order.includes(number!)) order.push(number!);
  }
  if (own !== null && !order.includes(own)) order.push(own);
  if (own !== null && !isQueued(own))
    throw new GitHubError(
      `Pull request #${own} of the merge group ${group.headRef} is not an open pull request into ${group.baseRef}.`,
      null,
    );
  if (order.length === 0)
    throw new GitHubError(`The merge group ${group.headRef} holds no pull request to judge.`, null);
  return order.map((n) => heads.get(n)!);
}
