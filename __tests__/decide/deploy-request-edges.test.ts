// Deploy requests: which `/approve` comments count, how ignored ones read, and who is listed as approving.
import { describe, expect, it } from 'vitest';
import type { ChangeResult } from '../../src/decide/decision.js';
import { decide } from '../../src/decide/decide.js';
import { deniedOnlyForApprovals, deployRequestState } from '../../src/decide/deploy-request.js';
import type { Change, Facts } from '../../src/decide/facts.js';
import {
  aCommit,
  aPerson,
  aPolicy,
  aPullRequest,
  aReview,
  someFacts,
  somePeople,
  anApprove,
  aDeployRequest,
} from '../builders.js';

function requestAfter(changes: Change[], approvers: string[], facts: Partial<Facts> = {}) {
  const decision = decide(
    { key: 'production', environment: aPolicy({ requests: true }) },
    someFacts({
      changes,
      request: aDeployRequest(approvers.map((author) => anApprove({ author }))),
      people: somePeople(aPerson('alice'), aPerson('carol'), aPerson('dave'), aPerson('erin')),
      ...facts,
    }),
  );
  return decision.deployRequest!;
}

describe('the deploy request’s ignored `/approve` comments', () => {
  it('come once per person and reason, naming each change they did not count for', () => {
    const pull = aPullRequest();
    const commit = aCommit();
    expect(requestAfter([pull, commit], ['dave', 'alice', 'carol']).ignored).toEqual([
      {
        login: 'dave',
        why: "`/approve`: is the change's author (for #12, abc1234)",
        via: 'request',
      },
      { login: 'alice', why: '`/approve`: is the deployer (for #12, abc1234)', via: 'request' },
    ]);
  });

  it('name a pull request without a number as #?', () => {
    const request = requestAfter([aPullRequest({ number: undefined })], ['dave']);
    expect(request.ignored).toEqual([
      { login: 'dave', why: "`/approve`: is the change's author (for #?)", via: 'request' },
    ]);
  });

  it('leave out reviews that did not count', () => {
    const pull = aPullRequest({ reviews: [aReview({ reviewer: 'dave' })] });
    const decision = requestAfter([pull], ['carol']);
    expect(decision.ignored).toEqual([]);
  });
});

describe('whose `/approve` counted', () => {
  it('lists those it counted for, not those it was ignored for', () => {
    expect(requestAfter([aPullRequest()], ['dave', 'carol']).approvedBy).toEqual(['carol']);
  });

  it('lists someone whose `/approve` counted although their review did not', () => {
    const pull = aPullRequest({ reviews: [aReview({ commitSha: 'old1' })] });
    const request = requestAfter([pull], ['carol']);
    expect(request.approvedBy).toEqual(['carol']);
    expect(request.action).toBe('close');
  });

  const result = (over: Partial<ChangeResult>): ChangeResult => ({
    change: aPullRequest(),
    required: 1,
    requiredBecause: ['approvals: 1'],
    approvals: 0,
    approvedBy: [],
    ignored: [],
    ok: false,
    ...over,
  });
  const votes = (logins: string[]) => ({
    standing: logins.map((author) => anApprove({ author })),
    void: [],
  });
  const approvedBy = (logins: string[], changes: ChangeResult[]) =>
    deployRequestState(
      { requests: true },
      { mode: 'gate', request: aDeployRequest([]) },
      votes(logins),
      {
        allowed: false,
        rules: [],
        changes,
      },
    )?.approvedBy;

  it('does not list someone counted only through a review while their `/approve` was ignored', () => {
    const carol = result({
      approvals: 1,
      approvedBy: ['carol'],
      ignored: [{ login: 'carol', why: '`/approve`: is a bot', via: 'request' }],
      ok: true,
    });
    expect(approvedBy(['carol'], [carol])).toEqual([]);
  });

  it('does not list a standing `/approve` no change counted', () => {
    expect(approvedBy(['erin'], [result({})])).toEqual([]);
  });
});

describe('a deny the approvals alone explain', () => {
  it('needs a failed rule, and only approvals failing', () => {
    expect(deniedOnlyForApprovals([])).toBe(false);
    expect(deniedOnlyForApprovals([{ rule: 'approvals', ok: true, explanation: '' }])).toBe(false);
    expect(deniedOnlyForApprovals([{ rule: 'approvals', ok: false, explanation: '' }])).toBe(true);
  });
});
