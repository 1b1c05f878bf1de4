// mergeGroupPulls() at its edges: which pull requests count as queued, what it asks GitHub, and what its errors say.
import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/github-error.js';
import { mergeGroupPulls } from '../../src/github/merge-group-pulls.js';
import type { CommitSummary, PullHead, PullInfo } from '../../src/github/port.js';
import { aCommitSummary, aPullHead } from '../builders.js';

const group = {
  headSha: 'head',
  headRef: 'gh-readonly-queue/main/pr-3-abc123',
  baseSha: 'base',
  baseRef: 'main',
};
const unnamed = { ...group, headRef: 'gh-readonly-queue/main/batch' };

const commit = aCommitSummary;
const head = aPullHead;

type Associated = Record<string, Array<Partial<PullInfo> & { number: number }>>;

/** A port over `commits`, `heads` and GitHub's associations, recording what it is asked. */
function recordingPort(commits: CommitSummary[], heads: PullHead[], associated: Associated = {}) {
  const asked = { compare: [] as string[][], heads: [] as number[], associations: [] as unknown[] };
  return {
    asked,
    async compare(base: string, headSha: string) {
      asked.compare.push([base, headSha]);
      return { status: 'ahead' as const, commits };
    },
    async pullHead(number: number) {
      asked.heads.push(number);
      const found = heads.find((h) => h.number === number);
      if (!found) throw new Error(`no pull request #${number}`);
      return found;
    },
    async pullsForCommits(shas: string[], teams: string[]) {
      asked.associations.push([shas, teams]);
      const pullsByCommit: Record<string, PullInfo[]> = {};
      for (const sha of shas) {
        const pulls = associated[sha];
        if (pulls)
          pullsByCommit[sha] = pulls.map(
            (p) => ({ merged: false, baseRef: 'main', ...p }) as PullInfo,
          );
      }
      return { pullsByCommit, teams: {} };
    },
  };
}

const numbers = (heads: PullHead[]) => heads.map((h) => h.number);

describe('mergeGroupPulls', () => {
  it('compares the group’s base with its head, and asks each pull request’s head once', async () => {
    const port = recordingPort(
      [commit('c1', 'One (#1)'), commit('c2', 'Again (#1)'), commit('c3', 'Fix (#3)')],
      [head(1), head(3), head(5)],
      { c1: [{ number: 5 }], c2: [{ number: 1 }, { number: 5 }] },
    );
    const pulls = await mergeGroupPulls(port, group);
    expect(numbers(pulls)).toEqual([1, 5, 3]);
    expect(pulls[1]).toEqual(head(5));
    expect(port.asked.compare).toEqual([['base', 'head']]);
    expect(port.asked.heads.sort()).toEqual([1, 3, 5]);
    expect(port.asked.associations).toEqual([[['c1', 'c2', 'c3'], []]]);
  });

  it('asks GitHub for no associations when the group holds no commit', async () => {
    const port = recordingPort([], [head(3)]);
    expect(numbers(await mergeGroupPulls(port, group))).toEqual([3]);
    expect(port.asked.associations).toEqual([]);
  });

  it.each([
    ['closed', { state: 'closed' as const }],
    ['merged', { merged: true }],
    ['into another branch', { baseRef: 'develop' }],
  ])('does not count a titled pull request that is %s', async (_what, overrides) => {
    const port = recordingPort(
      [commit('c1', 'Old (#9)'), commit('c2', 'Fix (#3)')],
      [head(9, overrides), head(3), head(4)],
      { c1: [{ number: 4 }] },
    );
    expect(numbers(await mergeGroupPulls(port, group))).toEqual([4, 3]);
  });

  it.each([
    ['merged', { merged: true }],
    ['into another branch', { baseRef: 'develop' }],
  ])('does not count an associated pull request that GitHub says is %s', async (_what, info) => {
    const port = recordingPort(
      [commit('c1abcdef99', 'Rebased'), commit('c2', 'Fix (#3)')],
      [head(3), head(4)],
      {
        c1abcdef99: [{ number: 4, ...info }],
      },
    );
    await expect(mergeGroupPulls(port, group)).rejects.toThrow(
      'Commit c1abcde ("Rebased") of the merge group gh-readonly-queue/main/pr-3-abc123 belongs to no open pull request into main that Trust Gate can find, so the group cannot be judged (it fails closed). Use the merge or squash merge method for the queue, whose commits name their pull request.',
    );
    expect(port.asked.heads).not.toContain(4);
  });

  it('does not count an associated pull request whose head says it is no longer open', async () => {
    const port = recordingPort(
      [commit('c1', 'Rebased'), commit('c2', 'Fix (#3)')],
      [head(3), head(4, { state: 'closed' })],
      { c1: [{ number: 4 }] },
    );
    const error = await mergeGroupPulls(port, group).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).status).toBeNull();
    expect((error as Error).message).toMatch(/^Commit c1 \("Rebased"\) of the merge group/);
  });

  it('judges a group without a queue branch number by its commits alone', async () => {
    const port = recordingPort(
      [commit('c1', 'A (#1)'), commit('c2', 'B (#2)')],
      [head(1), head(2)],
    );
    expect(numbers(await mergeGroupPulls(port, unnamed))).toEqual([1, 2]);
  });

  it('refuses a group that holds no pull request to judge', async () => {
    const port = recordingPort([], []);
    const error = await mergeGroupPulls(port, unnamed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as Error).message).toBe(
      'The merge group gh-readonly-queue/main/batch holds no pull request to judge.',
    );
  });

  it('refuses a queue branch whose own pull request is merged, even when commits name others', async () => {
    const port = recordingPort([commit('c1', 'A (#1)')], [head(1), head(3, { merged: true })]);
    const error = await mergeGroupPulls(port, group).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as Error).message).toBe(
      'Pull request #3 of the merge group gh-readonly-queue/main/pr-3-abc123 is not an open pull request into main.',
    );
  });

  it('puts the queue branch’s own pull request last when no commit names it', async () => {
    const port = recordingPort([commit('c1', 'A (#1)')], [head(1), head(3)]);
    expect(numbers(await mergeGroupPulls(port, group))).toEqual([1, 3]);
  });

  it('keeps the queue branch’s own pull request where its commits put it', async () => {
    const port = recordingPort(
      [commit('c1', 'Mine (#3)'), commit('c2', 'A (#1)')],
      [head(1), head(3)],
    );
    expect(numbers(await mergeGroupPulls(port, group))).toEqual([3, 1]);
  });
});
