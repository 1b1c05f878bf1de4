import { describe, expect, it } from 'vitest';
import {
  renderErrorStatus,
  renderStatus,
  STATUS_DESCRIPTION_LIMIT,
} from '../../src/report/status.js';
import { aChange, aChangeResult, aDecision, aPendingCheck, withRules } from './fixtures.js';

const short = (required: number, approvals: number, number = 12) =>
  aChangeResult({ change: aChange({ number }), required, approvals, ok: approvals >= required });
const approvalsFail = {
  rule: 'approvals',
  ok: false,
  explanation: 'a change lacks approvals',
} as const;
const freeze = {
  rule: 'freeze',
  ok: false,
  explanation: 'inside freeze window `Holiday freeze`',
} as const;
const branch = {
  rule: 'branches',
  ok: false,
  explanation: 'ref `wip` is outside `branches` (main)',
} as const;
const deployer = {
  rule: 'deployers',
  ok: false,
  explanation: 'deployer `carol` is not in `deployers` (role read)',
} as const;

describe('renderStatus', () => {
  it.each([
    ['allowed', aDecision(), 'success', 'Ready to deploy to production (1 of 1 approval)'],
    [
      'allowed with nothing to approve',
      aDecision({ changes: [short(0, 0)] }),
      'success',
      'Ready to deploy to production (no approval needed)',
    ],
    ['one approval missing', aPendingCheck(), 'pending', 'needs 1 more approval'],
    [
      'approvals missing on two changes (the sum)',
      aDecision({ changes: [short(2, 0), short(2, 1, 13)], rules: withRules(approvalsFail) }),
      'pending',
      'needs 3 more approvals over 2 changes',
    ],
    [
      'a freeze, naming it',
      aDecision({ rules: withRules(freeze) }),
      'failure',
      'inside freeze window `Holiday freeze`',
    ],
    [
      'the branch, with the approvals also missing',
      aPendingCheck({ rules: withRules(branch, approvalsFail) }),
      'failure',
      'ref `wip` is outside `branches` (main) (+1 more reason)',
    ],
    [
      'the deployer first of three reasons',
      aDecision({ rules: withRules(deployer, branch, freeze) }),
      'failure',
      'deployer `carol` is not in `deployers` (role read) (+2 more reasons)',
    ],
  ])('%s → %s', (_case, decision, state, description) => {
    expect(renderStatus(decision)).toEqual({
      state,
      context: 'trust-gate/production',
      description,
    });
  });

  it('uses the lower-cased environment in the context', () => {
    expect(renderStatus(aDecision({ environment: 'Prod-EU' })).context).toBe('trust-gate/prod-eu');
  });

  it('fits a long reason into 140 characters and keeps the count of other reasons', () => {
    const long = {
      ...deployer,
      explanation: `deployer \`${'x'.repeat(300)}\` is not in \`deployers\``,
    };
    const { description } = renderStatus(aDecision({ rules: withRules(long, freeze) }));
    expect(description).toHaveLength(STATUS_DESCRIPTION_LIMIT);
    expect(description).toMatch(/… \(\+1 more reason\)$/);
  });

  it('never splits an emoji when truncating', () => {
    const emoji = { ...freeze, explanation: '🎄'.repeat(100) };
    const { description } = renderStatus(aDecision({ rules: withRules(emoji) }));
    expect(description.length).toBeLessThanOrEqual(STATUS_DESCRIPTION_LIMIT);
    expect(description).toBe(`${'🎄'.repeat(69)}…`);
  });

  it('puts a multi-line reason on one line', () => {
    const odd = { ...branch, explanation: 'ref `a\nb` is outside' };
    expect(renderStatus(aDecision({ rules: withRules(odd) })).description).toBe(
      'ref `a b` is outside',
    );
  });
});

describe('renderErrorStatus', () => {
  it('reports an error with the message, within 140 characters', () => {
    const status = renderErrorStatus('production', `Policy invalid:\n${'y'.repeat(200)}`);
    expect(status.state).toBe('error');
    expect(status.context).toBe('trust-gate/production');
    expect(status.description).toHaveLength(140);
    expect(status.description.startsWith('Trust Gate error: Policy invalid: yyy')).toBe(true);
  });
});
