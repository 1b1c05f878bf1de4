import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import type { Deployment } from '../../src/decide/facts.js';
import { teamReport } from '../../src/decide/team-report.js';
import { aPolicy, aPullRequest, aReview, aStatus, aTrust, someFacts } from '../builders.js';

const COUNT = 100_000;
const START = Date.parse('2026-05-01T00:00:00Z');

/** 100,000 deployments by ten people, newest first as the API lists them, a failure every 7th. */
function manyDeployments(): { deployments: Deployment[]; generations: Record<string, number> } {
  const deployments: Deployment[] = [];
  const generations: Record<string, number> = {};
  for (let i = COUNT - 1; i >= 0; i--) {
    const createdAt = new Date(START + i * 30_000).toISOString();
    const sha = `sha${i}`;
    generations[sha] = i;
    deployments.push({
      id: i + 1,
      createdAt,
      sha,
      environment: 'production',
      creator: `dev${i % 10}`,
      creatorIsBot: false,
      payloadDeployer: null,
      statuses: [aStatus(i % 7 === 0 ? 'failure' : 'success', { createdAt })],
    });
  }
  return { deployments, generations };
}

describe('a large history', () => {
  const history = manyDeployments();
  const facts = someFacts({
    ...history,
    deployer: 'dev3',
    changes: [aPullRequest({ reviews: [aReview()] })],
  });

  it('is decided without rescanning it per deployment', () => {
    for (const scope of ['person', 'team'] as const) {
      const policy = aPolicy({ trust: aTrust({ scope }) });
      const decision = decide({ key: 'production', environment: policy }, facts);
      expect(decision.standing.successes + decision.standing.failures).toBeGreaterThan(0);
    }
  });

  it('is reported without rescanning it per deployer', () => {
    const report = teamReport(
      { key: 'production', environment: aPolicy({ trust: aTrust() }) },
      facts,
    );
    expect(report.deploys).toBe(COUNT);
  });
});
