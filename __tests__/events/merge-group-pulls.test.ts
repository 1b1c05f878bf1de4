// mergeGroupPulls(): which pull requests a merge group holds, in queue order, or an error.
import { describe, expect, it } from 'vitest';
import { mergeGroupPulls } from '../../src/github/merge-group-pulls.js';
import type { CommitSummary, PullHead, PullInfo } from '../../src/github/port.js';
import { aCommitSummary, aPullHead } from '../builders.js';

const group = {
  headSha: 'head',
  headRef: 'gh-readonly-queue/main/pr-3-abc123',
  baseSha: 'base',
  baseRef: 'main',
};

const commit = aCommitSummary;
const head = aPullHead;

function fakePort(
  commits: CommitSummary[],
  heads: PullHead[],
  associated: Record<string, number[]> = {},
) {
  return {
    async compare() {
      return { status: 'ahead' as const, commits };
    },
    async pullHead(number: number) {
      const found = heads.find((h) => h.number === number);
      if (!found) throw new Error(`no pull request #${number}`);
      return found;
    },
    async pullsForCommits(shas: string[]) {
      const pullsByCommit: Record<string, PullInfo[]> = {};
      for (const sha of shas)
        pullsByCommit[sha] = (associated[sha] ?? []).map(
          (n) => ({ number: n, merged: false, baseRef: 'main' }) as PullInfo,
        );
      return { pullsByCommit, teams: {} };
    },
  };
}

describe('mergeGroupPulls', () => {
  it('finds each pull request by the title GitHub writes, in queue order', async () => {
    const port = fakePort(
      [commit('c1', 'Merge pull request #1 from acme/b1'), commit('c2', 'Login page (#3)')],
      [head(1), head(3)],
    );
    expect((await mergeGroupPulls(port, group)).map((p) => p.number)).toEqual([1, 3]);
  });

  it('asks GitHub’s associations for a commit whose title names no queued pull request', async () => {
    const port = fakePort(
      [commit('c1', 'Rebased commit'), commit('c2', 'Revert (#9)'), commit('c3', 'Fix (#3)')],
      [head(3), head(4), head(9, { state: 'closed', merged: true })],
      { c1: [4], c2: [4] },
    );
    expect((await mergeGroupPulls(port, group)).map((p) => p.number)).toEqual([4, 3]);
  });

  it('judges the pull request GitHub associates with a commit titled after another one', async () => {
    // Under the rebase method a title is the author's text: #43's commits claiming "(#42)".
    const port = fakePort(
      [commit('c1', 'Harmless (#42)'), commit('c2', 'Also harmless (#42)')],
      [head(42), head(43), head(3)],
      { c1: [42], c2: [43] },
    );
    expect((await mergeGroupPulls(port, group)).map((p) => p.number)).toEqual([42, 43, 3]);
  });

  it('fails closed on a commit that belongs to no queued pull request', async () => {
    const port = fakePort([commit('c1abcdef', 'Mystery'), commit('c2', 'Fix (#3)')], [head(3)]);
    await expect(mergeGroupPulls(port, group)).rejects.toThrow(
      'Commit c1abcde ("Mystery") of the merge group gh-readonly-queue/main/pr-3-abc123 belongs to no open pull request into main',
    );
  });

  it('fails closed when the queue branch’s own pull request is not open into the base', async () => {
    const port = fakePort([], [head(3, { baseRef: 'develop' })]);
    await expect(mergeGroupPulls(port, group)).rejects.toThrow(
      'Pull request #3 of the merge group gh-readonly-queue/main/pr-3-abc123 is not an open pull request into main.',
    );
  });

  it('always holds the queue branch’s own pull request', async () => {
    const port = fakePort([], [head(3)]);
    expect((await mergeGroupPulls(port, group)).map((p) => p.number)).toEqual([3]);
  });
});
