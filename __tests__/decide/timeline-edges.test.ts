// Timeline: earned, failed and redeploy kinds, and the note on failures whose runs could not be read.
import { describe, expect, it } from 'vitest';
import { bucketOf } from '../../src/decide/commit-buckets.js';
import type { Deployment } from '../../src/decide/facts.js';
import { readTimeline } from '../../src/decide/timeline.js';
import { aDeployment, aStatus, daysAgo, someFacts } from '../builders.js';

const RUN = 'https://github.com/acme/app/actions/runs/42';
const WHY = 'the token may not read workflow runs (grant `actions: read`)';

function kinds(deployments: Deployment[]): string[] {
  return readTimeline(deployments, someFacts()).counted.map((entry) => entry.kind);
}

describe('once per commit', () => {
  it('lets a commit that failed earn when it then succeeds', () => {
    const deployments = [
      aDeployment({ sha: 'fix', createdAt: daysAgo(2), outcome: 'failure' }),
      aDeployment({ sha: 'fix', createdAt: daysAgo(1) }),
    ];
    expect(kinds(deployments)).toEqual(['failed', 'earned']);
  });

  it('holds for a commit in the first bucket, after a failure of it', () => {
    const sha = 'commit-3744903';
    expect(bucketOf(sha)).toBe(0);
    const deployments = [
      aDeployment({ sha, createdAt: daysAgo(3), outcome: 'failure' }),
      aDeployment({ sha, createdAt: daysAgo(2) }),
      aDeployment({ sha, createdAt: daysAgo(1) }),
    ];
    expect(kinds(deployments)).toEqual(['failed', 'earned', 'redeploy']);
  });
});

describe('the note on failures whose run could not be read', () => {
  const unverified = (days: number) =>
    aDeployment({
      createdAt: daysAgo(days),
      statuses: [aStatus('failure', { logUrl: `${RUN}/job/7` })],
    });

  it('is not written when no failure links to a run, even though runs could not be read', () => {
    const deployments = [
      aDeployment({ createdAt: daysAgo(2), outcome: 'failure' }),
      aDeployment({ createdAt: daysAgo(1) }),
    ];
    const timeline = readTimeline(deployments, someFacts({ runsUnreadable: WHY }));
    expect(timeline.counted.map((entry) => entry.kind)).toEqual(['failed', 'earned']);
    expect(timeline.notes).toEqual([]);
  });

  it('counts several failures, in the plural', () => {
    const timeline = readTimeline(
      [unverified(2), unverified(1)],
      someFacts({ runsUnreadable: WHY }),
    );
    expect(timeline.notes).toEqual([
      `2 failures link to workflow runs whose conclusions could not be read, so they count even if the runs were cancelled: ${WHY}`,
    ]);
  });
});
