// resolveCommentedPull(): a chat-ops comment deploys the pull request's head on its head branch.
import { describe, expect, it } from 'vitest';
import { resolveCommentedPull } from '../../src/events/commented-pull.js';
import type { PullHead } from '../../src/github/port.js';
import type { Inputs } from '../../src/inputs.js';

function aPullHead(overrides: Partial<PullHead> = {}): PullHead {
  return {
    number: 12,
    state: 'open',
    merged: false,
    headSha: 'beef000',
    headRef: 'feature/login',
    headRepository: 'acme/shop',
    baseRef: 'main',
    author: 'bob',
    authorIsBot: false,
    ...overrides,
  };
}

function someInputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    environment: 'production',
    token: 't',
    policyPath: '.github/trust-gate.yml',
    policyRef: null,
    mode: 'gate',
    sha: 'f00d',
    shaFromInput: false,
    breakGlass: '',
    comment: true,
    status: true,
    owner: 'acme',
    repo: 'shop',
    eventName: 'issue_comment',
    pullRequest: null,
    commentedPull: 12,
    deploymentId: null,
    mergeGroup: null,
    deployer: 'carol',
    deployerIsBot: false,
    ref: 'main',
    refKind: 'branch',
    workspace: '/w',
    runUrl: 'https://github.com/acme/shop/actions/runs/1',
    now: new Date('2026-11-27T12:00:00Z'),
    ...overrides,
  };
}

const portOf = (head: PullHead) => ({
  asked: [] as number[],
  async pullHead(number: number) {
    this.asked.push(number);
    return head;
  },
});

describe('resolveCommentedPull', () => {
  it('judges the head on the head branch; the commenter deploys; the pull request is the change', async () => {
    const port = portOf(aPullHead());
    const inputs = await resolveCommentedPull(someInputs(), port);
    expect(port.asked).toEqual([12]);
    expect(inputs).toMatchObject({
      sha: 'beef000',
      ref: 'feature/login',
      deployer: 'carol',
      pullRequest: { number: 12, author: 'bob', headRef: 'feature/login' },
    });
  });

  it('keeps the sha input', async () => {
    const inputs = await resolveCommentedPull(
      someInputs({ sha: 'cafe', shaFromInput: true }),
      portOf(aPullHead()),
    );
    expect(inputs.sha).toBe('cafe');
  });

  it('refuses a pull request from a fork, naming it', async () => {
    await expect(
      resolveCommentedPull(someInputs(), portOf(aPullHead({ headRepository: 'mallory/shop' }))),
    ).rejects.toThrow(
      'Pull request #12 comes from the fork mallory/shop, not from acme/shop: a chat-ops deploy runs only a branch of this repository.',
    );
  });

  it('refuses a pull request whose fork was deleted', async () => {
    await expect(
      resolveCommentedPull(someInputs(), portOf(aPullHead({ headRepository: null }))),
    ).rejects.toThrow('Pull request #12 comes from a deleted fork');
  });

  it('refuses a policy-ref naming the pull request’s head branch', async () => {
    await expect(
      resolveCommentedPull(someInputs({ policyRef: 'feature/login' }), portOf(aPullHead())),
    ).rejects.toThrow('Input `policy-ref` is "feature/login", the head of pull request #12');
  });

  it('leaves every other event alone without a request', async () => {
    const port = portOf(aPullHead());
    const inputs = someInputs({ commentedPull: null });
    expect(await resolveCommentedPull(inputs, port)).toBe(inputs);
    expect(port.asked).toEqual([]);
  });
});
