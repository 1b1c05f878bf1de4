// §5b: only the statuses the deployment's creator or a bot wrote decide its outcome.
import { describe, expect, it } from 'vitest';
import type { DeploymentStatus } from '../../src/decide/facts.js';
import { readOutcome, recordedStatuses } from '../../src/decide/outcome.js';
import { aDeployment, aStatus } from '../builders.js';

const noRuns = { runs: {}, jobs: {}, attempts: {}, runsUnreadable: null };
const by = (creator: string, creatorIsBot = false) => ({ creator, creatorIsBot });

describe('the statuses that count', () => {
  it.each<[string, DeploymentStatus[], 'success' | 'failure' | null]>([
    ['the creator’s own statuses', [aStatus('failure', by('Alice'))], 'failure'],
    ['a bot’s (the pipeline’s) statuses', [aStatus('failure', by('deploy[bot]', true))], 'failure'],
    ['statuses whose writer is unknown', [aStatus('failure')], 'failure'],
    [
      'not a failure another person wrote over a success',
      [aStatus('success', by('alice')), aStatus('failure', by('bob'))],
      'success',
    ],
    ['not a success another person wrote', [aStatus('success', by('bob'))], null],
  ])('%s', (_, statuses, outcome) => {
    const deployment = aDeployment({ creator: 'alice', statuses });
    expect(readOutcome(deployment, noRuns)?.outcome ?? null).toBe(outcome);
  });

  it('keeps the same list when nobody else wrote one', () => {
    const deployment = aDeployment({
      creator: 'alice',
      statuses: [aStatus('success', by('alice'))],
    });
    expect(recordedStatuses(deployment)).toBe(deployment.statuses);
  });
});
