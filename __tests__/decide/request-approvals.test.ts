import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import type { Change, Facts, RequestComment } from '../../src/decide/facts.js';
import { isApproveCommand } from '../../src/decide/request-approvals.js';
import { peopleToLookUp } from '../../src/decide/look-up.js';
import type { EnvironmentPolicy } from '../../src/policy/schema.js';
import {
  aCommit,
  anApproversRule,
  aPerson,
  aPolicy,
  aPullRequest,
  aReview,
  someFacts,
  somePeople,
  anApprove,
  aDeployRequest,
} from '../builders.js';

const REQUESTS = aPolicy({ requests: true });

function decideWith(
  changes: Change[],
  comments: RequestComment[],
  policy: EnvironmentPolicy = REQUESTS,
  facts: Partial<Facts> = {},
) {
  return decide(
    { key: 'production', environment: policy },
    someFacts({ changes, request: aDeployRequest(comments), ...facts }),
  );
}

function approvalsOf(change: Change, comments: RequestComment[], policy = REQUESTS) {
  const { approvals, approvedBy, ignored } = decideWith([change], comments, policy).changes[0]!;
  return { approvals, approvedBy, ignored };
}

describe('the `/approve` command', () => {
  it.each([
    ['/approve', true],
    ['  /approve  ', true],
    ['/APPROVE', true],
    ['/approve ship it', true],
    ['/approve\nthanks', true],
    ['/approved', false],
    ['please /approve', false],
    ['approve', false],
    ['', false],
  ])('%j is an approval: %s', (body, expected) => {
    expect(isApproveCommand(body)).toBe(expected);
  });
});

describe('a `/approve` on the deploy request', () => {
  it('counts as an approval of a pull request', () => {
    expect(approvalsOf(aPullRequest(), [anApprove()])).toEqual({
      approvals: 1,
      approvedBy: ['carol'],
      ignored: [],
    });
  });

  it('counts as an approval of a direct commit, which reviews cannot approve', () => {
    expect(approvalsOf(aCommit(), [anApprove()]).approvedBy).toEqual(['carol']);
  });

  it('counts for every change of the release, and turns the deny into an allow', () => {
    const decision = decideWith([aPullRequest(), aCommit()], [anApprove()]);
    expect(decision.changes.map((c) => c.approvedBy)).toEqual([['carol'], ['carol']]);
    expect(decision.verdict).toBe('allow');
    expect(decision.deployRequest).toMatchObject({
      action: 'close',
      approvedBy: ['carol'],
      ignored: [],
    });
  });

  it('counts a person once, however many times they approve or also review', () => {
    const change = aPullRequest({ reviews: [aReview({ reviewer: 'Carol' })] });
    const comments = [anApprove(), anApprove({ author: 'CAROL' })];
    expect(approvalsOf(change, comments)).toMatchObject({ approvals: 1, approvedBy: ['Carol'] });
  });

  it('adds to the approvals of other reviewers', () => {
    const change = aPullRequest({ reviews: [aReview({ reviewer: 'erin' })] });
    expect(approvalsOf(change, [anApprove()]).approvedBy).toEqual(['erin', 'carol']);
  });

  it.each([
    ["the change's author", { author: 'dave' }, "`/approve`: is the change's author"],
    ['the deployer', { author: 'alice' }, '`/approve`: is the deployer'],
    [
      'a co-author of a commit in the change',
      { author: 'erin' },
      '`/approve`: authored a commit in the change',
    ],
    [
      'a bot',
      { author: 'deploy-bot[bot]', authorIsBot: true },
      '`/approve`: is a bot not listed in `approvers.users`',
    ],
    [
      'someone without write',
      { author: 'rita' },
      '`/approve`: does not satisfy `approvers` (needs write, has read)',
    ],
    [
      'someone unknown to the repository',
      { author: 'stranger' },
      '`/approve`: does not satisfy `approvers` (needs write, has none)',
    ],
  ])('does not count from %s', (_, comment, why) => {
    const change = aPullRequest({ commitAuthors: ['dave', 'erin'] });
    const facts = {
      people: somePeople(aPerson('alice'), aPerson('erin'), aPerson('rita', 'read')),
    };
    const decision = decideWith([change], [anApprove(comment)], REQUESTS, facts);
    const login = comment.author;
    expect(decision.changes[0]).toMatchObject({
      approvals: 0,
      approvedBy: [],
      ignored: [{ login, why, via: 'request' }],
    });
    expect(decision.deployRequest?.ignored).toEqual([
      { login, why: `${why} (for #12)`, via: 'request' },
    ]);
    expect(decision.verdict).toBe('deny');
  });

  it('counts for the changes the person may approve and says which it does not', () => {
    const own = aPullRequest({ number: 13, author: 'carol', commitAuthors: ['carol'] });
    const decision = decideWith([aPullRequest(), own], [anApprove()]);
    expect(decision.changes.map((c) => c.approvals)).toEqual([1, 0]);
    expect(decision.deployRequest).toMatchObject({
      action: 'open',
      approvedBy: ['carol'],
      ignored: [{ login: 'carol', why: "`/approve`: is the change's author (for #13)" }],
    });
  });

  it('applies the `approvers` rule: teams', () => {
    const policy = aPolicy({
      requests: true,
      approvers: anApproversRule({ teams: ['acme/leads'] }),
    });
    const people = somePeople(
      aPerson('alice'),
      aPerson('carol'),
      aPerson('erin', 'write', ['acme/leads']),
    );
    const decision = decideWith(
      [aPullRequest()],
      [anApprove(), anApprove({ author: 'erin' })],
      policy,
      { people },
    );
    expect(decision.changes[0]).toMatchObject({
      approvedBy: ['erin'],
      ignored: [
        {
          login: 'carol',
          why: '`/approve`: does not satisfy `approvers` (needs write and team acme/leads, has write, in none of those teams)',
        },
      ],
    });
  });

  it('counts for nothing once edited, and says so', () => {
    const decision = decideWith([aPullRequest()], [anApprove({ edited: true })]);
    expect(decision.changes[0]).toMatchObject({ approvals: 0, ignored: [] });
    expect(decision.deployRequest?.ignored).toEqual([
      {
        login: 'carol',
        why: '`/approve`: the comment was edited (edited comments count for nothing)',
        via: 'request',
      },
    ]);
  });

  it('still counts from someone who also left an unedited `/approve`', () => {
    const comments = [anApprove({ edited: true }), anApprove({ body: '/approve again' })];
    const decision = decideWith([aPullRequest()], comments);
    expect(decision.changes[0]?.approvedBy).toEqual(['carol']);
    expect(decision.deployRequest?.ignored).toEqual([]);
  });

  it('counts for nothing on a request for another commit', () => {
    const facts = { request: aDeployRequest([anApprove()], 'other1234') };
    const decision = decideWith([aPullRequest()], [], REQUESTS, facts);
    expect(decision.changes[0]?.approvals).toBe(0);
    expect(decision.deployRequest?.ignored).toEqual([
      { login: 'carol', why: '`/approve`: approves deploying other12, not target', via: 'request' },
    ]);
  });

  it('ignores comments that are not `/approve`', () => {
    const comments = [anApprove({ body: 'LGTM' }), anApprove({ body: 'I will /approve later' })];
    expect(approvalsOf(aPullRequest(), comments).approvals).toBe(0);
  });

  it('counts for nothing without `requests: true`', () => {
    const decision = decideWith([aPullRequest()], [anApprove()], aPolicy());
    expect(decision.changes[0]?.approvals).toBe(0);
    expect(decision.deployRequest).toBeUndefined();
  });

  it('counts for nothing in check mode', () => {
    const decision = decideWith([aPullRequest()], [anApprove()], REQUESTS, { mode: 'check' });
    expect(decision.changes[0]?.approvals).toBe(0);
    expect(decision.deployRequest).toBeUndefined();
  });
});

describe('the deploy request of a decision', () => {
  it('is opened when the deny is only about approvals', () => {
    const decision = decideWith([aPullRequest()], [], REQUESTS, { request: null });
    expect(decision.deployRequest).toEqual({
      action: 'open',
      issue: null,
      approvedBy: [],
      ignored: [],
    });
  });

  it('is kept, not opened, when the deny has another reason too', () => {
    const policy = aPolicy({ requests: true, branches: ['release/**'] });
    const decision = decideWith([aPullRequest()], [], policy, { request: null });
    expect(decision.deployRequest?.action).toBe('keep');
  });

  it('is kept when the deployer may not deploy', () => {
    const facts = { request: null, people: somePeople(aPerson('alice', 'read')) };
    const decision = decideWith([aPullRequest()], [], REQUESTS, facts);
    expect(decision.deployRequest?.action).toBe('keep');
  });

  it('is closed on an allow, naming the issue found', () => {
    const decision = decideWith([], [anApprove()]);
    expect(decision.deployRequest).toMatchObject({
      action: 'close',
      issue: { number: 7, url: 'https://github.com/acme/app/issues/7' },
    });
  });
});

describe('people to look up for a deploy request', () => {
  it('includes `/approve` authors who may count, not the excluded or edited', () => {
    const facts = {
      deployer: 'alice',
      sha: 'target',
      mode: 'gate' as const,
      changes: [aPullRequest()],
      request: aDeployRequest([
        anApprove(),
        anApprove({ author: 'dave' }),
        anApprove({ author: 'erin', edited: true }),
      ]),
    };
    expect(peopleToLookUp(REQUESTS, facts).logins).toEqual(['alice', 'carol']);
  });
});
