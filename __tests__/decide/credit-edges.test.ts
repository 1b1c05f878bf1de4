// Credit: who a workflow deployment credits, from the API's bot flag, the payload and the linked run.
import { describe, expect, it } from 'vitest';
import { creditOf, isWorkflowBot } from '../../src/decide/credit.js';
import { NO_RUNS, type RunFacts } from '../../src/decide/run-links.js';
import { aDeployment, aStatus } from '../builders.js';

const RUNS: RunFacts = {
  ...NO_RUNS,
  runs: {
    '42': { conclusion: 'success', attempts: 1, triggeringActor: 'bob', repository: 'acme/app' },
  },
};

function workflowDeployment(payloadDeployer: string | null) {
  return aDeployment({
    creator: 'github-actions[bot]',
    creatorIsBot: true,
    payloadDeployer,
    statuses: [aStatus('success', { logUrl: 'https://github.com/acme/app/actions/runs/42' })],
  });
}

describe('the workflow bot', () => {
  it('is `github-actions` only when the API flags it as a bot', () => {
    expect(isWorkflowBot('github-actions')).toBe(false);
    expect(isWorkflowBot('github-actions', true)).toBe(true);
    expect(isWorkflowBot('github-actions[bot]')).toBe(true);
  });
});

describe('a workflow deployment’s credit', () => {
  it('goes to the payload deployer, as the run spells it trimmed, when the linked run backs it', () => {
    expect(creditOf(workflowDeployment('  bob  '), RUNS)).toBe('bob');
  });

  it('goes to the run’s actor when the payload names someone else', () => {
    expect(creditOf(workflowDeployment('mallory'), RUNS)).toBe('bob');
  });
});
