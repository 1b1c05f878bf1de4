import { describe, expect, it } from 'vitest';
import {
  renderTeamReport,
  renderTeamReportJson,
  singleGatekeeperWarning,
} from '../../src/report/team-report.js';
import { aRow, aTeamReport } from './fixtures.js';

describe('renderTeamReport', () => {
  it('tables every deployer and warns about a single gatekeeper', () => {
    expect(renderTeamReport(aTeamReport())).toMatchInlineSnapshot(`
      "## 📊 Trust Gate: who can deploy to production

      Deploys in the last 90d (since 2026-08-29) · policy \`production\`

      | deployer | level | score | successes | failures | rollbacks | last deploy |
      |---|---|--:|--:|--:|--:|---|
      | alice | owner | 12 | 13 | 1 | 0 | 2026-11-20 14:03 UTC |
      | bob | member | 4 | 5 | 2 | 1 | 2026-11-20 14:03 UTC |

      **21 deploys**, 3 failures · change failure rate **14.3%**

      **Can deploy with no approval** (1): alice

      > [!WARNING]
      > Single gatekeeper: only alice can deploy to production with no approval. Spread trust so deploys do not wait on one person.
      "
    `);
  });

  it('lists everyone who can deploy with no approval, without a warning when there are several', () => {
    const report = aTeamReport({
      rows: [aRow(), aRow({ login: 'renovate[bot]', level: '', lastDeploy: null })],
      noApproval: ['alice', 'renovate[bot]'],
      singleGatekeeper: false,
      changeFailureRate: 0,
      failures: 0,
      notes: ['history before 2026-08-29 is outside the `90d` window'],
    });
    expect(renderTeamReport(report)).toMatchInlineSnapshot(`
      "## 📊 Trust Gate: who can deploy to production

      Deploys in the last 90d (since 2026-08-29) · policy \`production\`

      | deployer | level | score | successes | failures | rollbacks | last deploy |
      |---|---|--:|--:|--:|--:|---|
      | alice | owner | 12 | 13 | 1 | 0 | 2026-11-20 14:03 UTC |
      | renovate\\[bot\\] | — | 12 | 13 | 1 | 0 | — |

      **21 deploys**, 0 failures · change failure rate **0%**

      **Can deploy with no approval** (2): alice and renovate\\[bot\\]

      ### Notes

      - history before 2026-08-29 is outside the \`90d\` window
      "
    `);
  });

  it('says when nobody deployed and nobody can deploy alone', () => {
    const report = aTeamReport({
      rows: [],
      deploys: 0,
      failures: 0,
      changeFailureRate: null,
      noApproval: [],
    });
    expect(renderTeamReport(report)).toMatchInlineSnapshot(`
      "## 📊 Trust Gate: who can deploy to production

      Deploys in the last 90d (since 2026-08-29) · policy \`production\`

      No deploys in the window.

      **0 deploys**, 0 failures · change failure rate **—**

      **Can deploy with no approval** (0): nobody

      > [!WARNING]
      > Single gatekeeper: nobody can deploy to production with no approval, so every deploy waits for an approver.
      "
    `);
  });

  it('escapes hostile logins and levels in the table', () => {
    const report = aTeamReport({ rows: [aRow({ login: '@acme/leads|x', level: '<b>' })] });
    expect(renderTeamReport(report)).toContain('| @&#8203;acme/leads\\|x | &lt;b&gt; | 12 |');
  });
});

describe('singleGatekeeperWarning', () => {
  it('is plain text for the warning annotation', () => {
    expect(singleGatekeeperWarning(aTeamReport())).toBe(
      'Single gatekeeper: only alice can deploy to production with no approval. Spread trust so deploys do not wait on one person.',
    );
  });

  it('is null when several people can deploy alone', () => {
    expect(singleGatekeeperWarning(aTeamReport({ singleGatekeeper: false }))).toBeNull();
  });
});

describe('renderTeamReportJson', () => {
  it('is the report with a version and the rows as deployers', () => {
    const json = JSON.parse(renderTeamReportJson(aTeamReport())) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'version',
      'environment',
      'policyKey',
      'window',
      'since',
      'deploys',
      'failures',
      'changeFailureRate',
      'noApproval',
      'singleGatekeeper',
      'deployers',
      'notes',
    ]);
    expect(json['deployers']).toEqual(aTeamReport().rows);
  });
});
