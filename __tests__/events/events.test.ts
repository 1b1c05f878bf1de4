// eventTarget(): which commit, ref and extras each event judges (SPEC §5c), on real webhook payloads.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { eventTarget } from '../../src/events/index.js';
import { pullNumberInTitle, queuedPullNumber } from '../../src/events/merge-group.js';

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{
  name: string;
  examples: Array<Record<string, unknown>>;
}>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads are edited field by field
function example(name: string, index = 0): Record<string, any> {
  return structuredClone(examples.find((e) => e.name === name)!.examples[index]!);
}

const run = { repository: 'octo-org/octo-repo', sha: 'f00d', ref: 'refs/heads/main' };

describe('eventTarget', () => {
  it.each(['push', 'workflow_dispatch', 'schedule', 'release', 'check_suite'])(
    '%s judges GITHUB_SHA on GITHUB_REF',
    (event) => {
      expect(eventTarget(event, {}, run)).toMatchObject({
        sha: 'f00d',
        ref: 'main',
        refKind: 'branch',
        pullRequest: null,
      });
    },
  );

  it.each(['push', 'release', 'workflow_dispatch'])('%s on a tag judges the tag', (event) => {
    const target = eventTarget(event, example(event), { ...run, ref: 'refs/tags/v1.2.3' });
    expect(target).toMatchObject({ sha: 'f00d', ref: 'v1.2.3', refKind: 'tag' });
  });

  it('workflow_run judges the commit the run built, on its branch', () => {
    const payload = example('workflow_run');
    payload.workflow_run.head_sha = 'abc123';
    payload.workflow_run.head_branch = 'release/2';
    expect(eventTarget('workflow_run', payload, run)).toMatchObject({
      sha: 'abc123',
      ref: 'release/2',
      refKind: 'branch',
    });
  });

  it('workflow_run from a fork is refused, naming the fork', () => {
    const payload = example('workflow_run');
    payload.workflow_run.head_repository.full_name = 'mallory/octo-repo';
    expect(() => eventTarget('workflow_run', payload, run)).toThrow(
      'The workflow run was triggered from the fork mallory/octo-repo, not from octo-org/octo-repo',
    );
  });

  it('workflow_run compares repository names case-insensitively', () => {
    const payload = example('workflow_run');
    payload.workflow_run.head_repository.full_name = 'Octo-Org/Octo-Repo';
    expect(eventTarget('workflow_run', payload, run).sha).toBe(payload.workflow_run.head_sha);
  });

  it.each(['head_sha', 'head_branch', 'head_repository'])(
    'workflow_run without %s fails closed',
    (field) => {
      const payload = example('workflow_run');
      payload.workflow_run[field] = null;
      expect(() => eventTarget('workflow_run', payload, run)).toThrow(
        /The workflow_run event's payload has no `workflow_run\.head_.*`.*fails closed/,
      );
    },
  );

  it('deployment judges the deployment’s commit and ref and names the deployment', () => {
    const payload = example('deployment');
    expect(eventTarget('deployment', payload, run)).toMatchObject({
      sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      ref: 'master',
      refKind: 'ref',
      deploymentId: 145988746,
    });
  });

  it('deployment of a full tag ref judges the tag', () => {
    const payload = example('deployment');
    payload.deployment.ref = 'refs/tags/v2.0.0';
    expect(eventTarget('deployment', payload, run)).toMatchObject({
      ref: 'v2.0.0',
      refKind: 'tag',
    });
  });

  it('deployment without a sha fails closed', () => {
    const payload = example('deployment');
    delete payload.deployment.sha;
    expect(() => eventTarget('deployment', payload, run)).toThrow('no `deployment.sha`');
  });

  it('merge_group judges the group head on its base branch', () => {
    expect(eventTarget('merge_group', example('merge_group'), run)).toMatchObject({
      sha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      ref: 'main',
      refKind: 'branch',
      mergeGroup: {
        headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
        headRef: 'gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64',
        baseSha: '380387fbc80638b734a49e1be1c4dfec1c01b33c',
        baseRef: 'main',
      },
    });
  });

  it('merge_group without a base_ref fails closed', () => {
    const payload = example('merge_group');
    delete payload.merge_group.base_ref;
    expect(() => eventTarget('merge_group', payload, run)).toThrow('no `merge_group.base_ref`');
  });

  it('issue_comment on a pull request names the pull request to read', () => {
    const payload = example('issue_comment');
    payload.issue.pull_request = { url: 'https://api.github.com/repos/o/r/pulls/1' };
    expect(eventTarget('issue_comment', payload, run)).toMatchObject({ commentedPull: 1 });
  });

  it('issue_comment on a plain issue says the gate needs a pull request comment', () => {
    expect(() => eventTarget('issue_comment', example('issue_comment'), run)).toThrow(
      'The comment is on issue #1, not on a pull request: Trust Gate on `issue_comment` needs a pull request comment',
    );
  });

  it.each(['pull_request', 'pull_request_target', 'pull_request_review'])(
    '%s judges the pull request head on its base branch',
    (event) => {
      const payload = example(event === 'pull_request_review' ? event : 'pull_request');
      const pr = payload.pull_request;
      expect(eventTarget(event, payload, run)).toMatchObject({
        sha: pr.head.sha,
        ref: pr.base.ref,
        pullRequest: { number: pr.number, headRef: pr.head.ref, author: pr.user.login },
      });
    },
  );

  it('a pull request event without pull_request fails closed', () => {
    expect(() => eventTarget('pull_request', {}, run)).toThrow(
      "The pull_request event's payload has no `pull_request`.",
    );
  });
});

describe('merge queue names', () => {
  it.each([
    ['gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64', 104],
    ['gh-readonly-queue/release/2.x/pr-7-abc123', 7],
    ['feature/pr-7-abc', null],
  ])('queue branch %s is pull request %s', (ref, number) => {
    expect(queuedPullNumber(ref)).toBe(number);
  });

  it.each([
    ['Merge pull request #2048 from octo-repo/update-readme', 2048],
    ['Fix the login page (#12)', 12],
    ['Revert "thing (#5)" (#12)', 12],
    ['Fix (#5) in the middle', null],
    ['Plain commit', null],
  ])('commit title %j names pull request %s', (title, number) => {
    expect(pullNumberInTitle(title)).toBe(number);
  });
});
