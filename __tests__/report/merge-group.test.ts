// A merge group's status, outputs and summary: success only when every pull request would be allowed.
import { describe, expect, it } from 'vitest';
import type { PullHead } from '../../src/github/port.js';
import {
  renderGroupOutputs,
  renderGroupStatus,
  renderGroupSummary,
} from '../../src/report/merge-group.js';
import { aDecision, aPendingCheck, withRules } from './fixtures.js';

const group = { headSha: 'beef', headRef: 'gh-readonly-queue/main/pr-13-abc', baseRef: 'main' };
const pull = (number: number, author: string) => ({ number, author }) as PullHead;

const allowed = { pull: pull(12, 'alice'), decision: aDecision({ mode: 'check' }) };
const pending = { pull: pull(13, 'carol'), decision: aPendingCheck() };
const frozen = {
  pull: pull(14, 'dave'),
  decision: aDecision({
    mode: 'check',
    deployer: 'dave',
    rules: withRules({ rule: 'freeze', ok: false, explanation: 'inside the freeze Holiday' }),
  }),
};

describe('renderGroupStatus', () => {
  it('is success only when every pull request would be allowed', () => {
    expect(renderGroupStatus('production', [allowed, allowed])).toEqual({
      state: 'success',
      context: 'trust-gate/production',
      description: 'All 2 pull requests ready to deploy to production',
    });
  });

  it('is pending when pull requests lack only approvals, naming the first', () => {
    expect(renderGroupStatus('production', [allowed, pending])).toEqual({
      state: 'pending',
      context: 'trust-gate/production',
      description: '#13: needs 1 more approval',
    });
  });

  it('is failure when any pull request is denied for more than approvals', () => {
    expect(renderGroupStatus('production', [pending, frozen])).toEqual({
      state: 'failure',
      context: 'trust-gate/production',
      description: '#14: inside the freeze Holiday (+1 more)',
    });
  });
});

describe('renderGroupOutputs', () => {
  it('describes the group: allowed only when all are, each denied reason named by its pull request', () => {
    const outputs = renderGroupOutputs(group, [allowed, pending]);
    expect(outputs).toMatchObject({
      allowed: 'false',
      decision: 'deny',
      reason: '#13: #12 Fix login redirect has 1 of 2 required approvals',
      deployer: 'alice, carol',
      'required-approvals': '2',
      approvals: '1',
      changes: '2',
    });
    const json = JSON.parse(outputs.json);
    expect(json.mergeGroup.pullRequests.map((p: { number: number }) => p.number)).toEqual([12, 13]);
    expect(json.sha).toBe('beef');
  });

  it('allows when every pull request is allowed', () => {
    expect(renderGroupOutputs(group, [allowed])).toMatchObject({
      allowed: 'true',
      decision: 'allow',
      reason: 'All 1 pull request in the merge group would be allowed',
    });
  });
});

describe('renderGroupSummary', () => {
  it('shows each pull request’s decision in a table and its own summary below', () => {
    const summary = renderGroupSummary(group, [allowed, pending]);
    expect(summary).toContain('## ⛔ Trust Gate: merge group not ready to deploy to production');
    expect(summary).toContain('| #12 | alice | ✅ allowed |');
    expect(summary).toContain(
      '| #13 | carol | ⛔ denied | \\#12 Fix login redirect has 1 of 2 required approvals |',
    );
    expect(summary).toContain('<details><summary>#13 by carol: denied</summary>');
  });
});
