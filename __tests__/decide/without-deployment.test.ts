// withoutDeployment(): a deployment event is not judged on its own deployment (SPEC §5c).
import { describe, expect, it } from 'vitest';
import { withoutDeployment } from '../../src/decide/without-deployment.js';
import { aDeployment } from '../builders.js';

describe('withoutDeployment', () => {
  const history = { deployments: [aDeployment({ id: 1 }), aDeployment({ id: 2 })], notes: ['n'] };

  it('leaves out the event’s own deployment and keeps the rest of the history', () => {
    const result = withoutDeployment(history, 2);
    expect(result.deployments.map((d) => d.id)).toEqual([1]);
    expect(result.notes).toEqual(['n']);
  });

  it('changes nothing without a deployment id', () => {
    expect(withoutDeployment(history, null)).toBe(history);
  });
});
