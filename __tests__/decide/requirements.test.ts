import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import type { Change } from '../../src/decide/facts.js';
import { pathRulesCouldMatter } from '../../src/decide/requirements.js';
import type { EnvironmentPolicy } from '../../src/policy/schema.js';
import {
  aCommit,
  aFreeze,
  aHistory,
  aPolicy,
  aPullRequest,
  aTrust,
  someFacts,
} from '../builders.js';

function requirementOf(
  policy: EnvironmentPolicy,
  change: Change = aPullRequest(),
  cleanDeploys = 0,
) {
  const deployments = aHistory(
    Array.from({ length: cleanDeploys }, () => ['alice', 'success'] as [string, 'success']),
  );
  const decision = decide(
    { key: 'production', environment: policy },
    someFacts({ changes: [change], deployments }),
  );
  const { required, requiredBecause } = decision.changes[0]!;
  return { required, requiredBecause };
}

const paths = [
  { match: ['db/migrations/**', 'infra/**'], approvals: 2 },
  { match: '.github/**', approvals: 3 },
];

describe('required approvals of a change', () => {
  it.each<[string, EnvironmentPolicy, Change, number, number, string[]]>([
    [
      '`approvals` without trust',
      aPolicy({ approvals: 2 }),
      aPullRequest(),
      0,
      2,
      ['approvals: 2'],
    ],
    [
      'the level’s approvals with trust',
      aPolicy({ trust: aTrust() }),
      aPullRequest(),
      3,
      1,
      ['level member: 1'],
    ],
    [
      'no approvals at owner',
      aPolicy({ trust: aTrust() }),
      aPullRequest(),
      10,
      0,
      ['level owner: 0'],
    ],
    [
      '`minimum` is a floor trust never relaxes',
      aPolicy({ trust: aTrust(), minimum: 1 }),
      aPullRequest(),
      10,
      1,
      ['level owner: 0', 'minimum: 1'],
    ],
    [
      'a matching path rule raises it',
      aPolicy({ trust: aTrust(), paths }),
      aPullRequest({ files: ['infra/main.tf'] }),
      10,
      2,
      ['level owner: 0', 'paths db/migrations/**, infra/**: 2'],
    ],
    [
      'dotfiles match',
      aPolicy({ paths }),
      aPullRequest({ files: ['.github/workflows/ci.yml'] }),
      0,
      3,
      ['approvals: 1', 'paths .github/**: 3'],
    ],
    [
      'every matching rule counts, the largest wins',
      aPolicy({ paths }),
      aPullRequest({ files: ['infra/x', '.github/y'] }),
      0,
      3,
      ['approvals: 1', 'paths db/migrations/**, infra/**: 2', 'paths .github/**: 3'],
    ],
    [
      'files not read match nothing',
      aPolicy({ paths }),
      aCommit({ files: null }),
      0,
      1,
      ['approvals: 1'],
    ],
    [
      'other files leave it alone',
      aPolicy({ paths }),
      aPullRequest({ files: ['src/app.ts'] }),
      0,
      1,
      ['approvals: 1'],
    ],
    [
      'a file list GitHub cut matches every rule, saying why',
      aPolicy({ paths }),
      aPullRequest({ files: ['src/app.ts'], filesCut: 'GitHub listed 3000 of 3100' }),
      0,
      3,
      [
        'approvals: 1',
        'paths db/migrations/**, infra/** (GitHub listed 3000 of 3100: every path rule applies): 2',
        'paths .github/** (GitHub listed 3000 of 3100: every path rule applies): 3',
      ],
    ],
  ])('%s', (_, policy, change, cleanDeploys, required, because) => {
    expect(requirementOf(policy, change, cleanDeploys)).toEqual({
      required,
      requiredBecause: because,
    });
  });

  it('is raised for every change by a freeze with `approvals`', () => {
    const freeze = aFreeze({
      name: 'Launch',
      from: '2026-06-01T00:00:00Z',
      until: '2026-07-01T00:00:00Z',
      approvals: 2,
    });
    const policy = aPolicy({ trust: aTrust(), freeze: [freeze] });
    expect(requirementOf(policy, aPullRequest(), 10)).toEqual({
      required: 2,
      requiredBecause: ['level owner: 0', 'freeze Launch: 2'],
    });
  });

  it('tells the I/O layer whether reading files could matter', () => {
    const policy = aPolicy({ paths });
    expect(pathRulesCouldMatter(policy, 1)).toBe(true);
    expect(pathRulesCouldMatter(policy, 3)).toBe(false);
    expect(pathRulesCouldMatter(aPolicy(), 0)).toBe(false);
  });
});
