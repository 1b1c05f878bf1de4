// Rules: the exact text of each rule result.
import { describe, expect, it } from 'vitest';
import { approvalRules, branchesRule, changeLabel, freezeRules } from '../../src/decide/rules.js';
import { aFreeze, aPullRequest } from '../builders.js';

describe('the `branches` rule', () => {
  it('without `branches` lets any ref through, and says so', () => {
    expect(branchesRule(undefined, 'feature/x')).toEqual({
      rule: 'branches',
      ok: true,
      explanation: 'any ref may be deployed (no `branches`)',
    });
  });

  it('needs one pattern to match, not all of them', () => {
    expect(branchesRule(['main', 'release/*'], 'release/1.2')).toEqual({
      rule: 'branches',
      ok: true,
      explanation: 'ref `release/1.2` is inside `branches` (main, release/*)',
    });
  });
});

describe('the `freeze` rule', () => {
  it('fails inside a freeze window without `approvals`, naming it', () => {
    expect(freezeRules([aFreeze({ name: 'Launch week' })], 1)).toEqual([
      { rule: 'freeze', ok: false, explanation: 'inside freeze window `Launch week`' },
    ]);
  });

  it.each([
    [1, 'inside freeze window `Quiet`: every change needs at least 1 approval'],
    [3, 'inside freeze window `Quiet`: every change needs at least 3 approvals'],
  ])('passes inside a window with `approvals: %i`, saying what it asks', (approvals, text) => {
    expect(freezeRules([aFreeze({ name: 'Quiet', approvals })], 1)).toEqual([
      { rule: 'freeze', ok: true, explanation: text },
    ]);
  });

  it.each([
    [2, 'outside every freeze window'],
    [0, 'no freeze windows'],
  ])('passes outside the windows (%i configured): %j', (configured, explanation) => {
    expect(freezeRules([], configured)).toEqual([{ rule: 'freeze', ok: true, explanation }]);
  });
});

describe('the `approvals` rule', () => {
  it('passes an empty release, saying it is empty', () => {
    expect(approvalRules([])).toEqual([
      { rule: 'approvals', ok: true, explanation: 'no changes in this release' },
    ]);
  });

  it('names a pull request without a number as #?', () => {
    expect(changeLabel(aPullRequest({ number: undefined }))).toBe('#? Add login');
  });
});
