// Every GraphQL document the action sends is valid against GitHub's published schema.
import { Kind, parse, validate, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ASSOCIATED_PULLS_QUERY,
  COMMIT_AUTHORS_QUERY,
  ENVIRONMENTS_QUERY,
  HISTORY_QUERY,
  PULL_CONNECTIONS,
  generationsQuery,
  statusPagesQuery,
  TEAM_MEMBERS_QUERY,
  pullPageQuery,
  pullQuery,
  pullsForCommitsQuery,
  type PullConnection,
} from '../../src/github/queries.js';
import { githubSchema } from '../simulator/graphql.js';
import { COMMITS_PER_QUERY } from '../../src/github/octokit-github.js';

function problems(document: string): string[] {
  return validate(githubSchema(), parse(document)).map((e) => e.message);
}

const TEAMS = [[], ['acme/sre'], ['acme/sre', 'acme/leads', 'other-org/release-managers']];

describe('GraphQL queries', () => {
  it.each([
    ['the history query', HISTORY_QUERY],
    ['the team members query', TEAM_MEMBERS_QUERY],
    ['the commit authors query', COMMIT_AUTHORS_QUERY],
    ['the associated pull requests query', ASSOCIATED_PULLS_QUERY],
    ['the environments query', ENVIRONMENTS_QUERY],
    ['the statuses query for 1 deployment', statusPagesQuery(1)],
    ['the statuses query for 20 deployments', statusPagesQuery(20)],
    ['the generations query for 1 commit', generationsQuery(1)],
    ['the generations query for 100 commits', generationsQuery(100)],
  ])('%s is valid against GitHub’s schema', (_name, document) => {
    expect(problems(document)).toEqual([]);
  });

  it.each(Object.keys(PULL_CONNECTIONS) as PullConnection[])(
    'the next-page query of a pull request’s %s is valid',
    (connection) => {
      expect(problems(pullPageQuery(connection))).toEqual([]);
    },
  );

  // Zero commits and zero teams is never sent: there is nothing to ask.
  const CHANGES = [0, 1, 2, 20]
    .flatMap((commits) => TEAMS.map((teams) => [commits, teams] as const))
    .filter(([commits, teams]) => commits > 0 || teams.length > 0);

  it.each(CHANGES)('the changes query for %i commits and teams %j is valid', (commits, teams) => {
    expect(problems(pullsForCommitsQuery(commits, teams))).toEqual([]);
  });

  it.each([
    [0, [], 3],
    [2, ['acme/sre'], 100],
    [0, ['acme/sre'], 1],
  ] as const)(
    'the changes query for %i commits, teams %j and %i generations is valid',
    (commits, teams, generations) => {
      expect(problems(pullsForCommitsQuery(commits, [...teams], generations))).toEqual([]);
    },
  );

  it.each(TEAMS.map((teams) => [teams]))(
    'the pull request query with teams %j is valid',
    (teams) => {
      expect(problems(pullQuery(teams))).toEqual([]);
    },
  );

  it('asks only for teams, without the repository, when the release has no commits', () => {
    const document = pullsForCommitsQuery(0, ['acme/sre']);
    expect(document).not.toContain('repository');
    expect(document).not.toContain('$owner');
  });

  it('declares one variable per commit and two per team', () => {
    const document = pullsForCommitsQuery(3, ['acme/sre']);
    for (const name of ['$c0', '$c1', '$c2', '$org0', '$team0']) expect(document).toContain(name);
    expect(document).not.toContain('$c3');
  });

  it('would catch a field GitHub does not have', () => {
    const broken = HISTORY_QUERY.replace('commitOid', 'commitSha');
    expect(problems(broken)).toEqual([
      'Cannot query field "commitSha" on type "Deployment". Did you mean "commit" or "commitOid"?',
    ]);
  });
});

/**
 * GitHub's node limit (500,000 per query): every connection asks `first` nodes for each node of
 * the connection around it, so its nodes multiply along the path. Counts every connection's nodes.
 */
function nodeCount(document: string): number {
  const parsed = parse(document);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of parsed.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const count = (set: SelectionSetNode | undefined, outer: number): number =>
    (set?.selections ?? []).reduce((sum, s) => {
      if (s.kind === Kind.FRAGMENT_SPREAD)
        return sum + count(fragments.get(s.name.value)?.selectionSet, outer);
      if (s.kind === Kind.INLINE_FRAGMENT) return sum + count(s.selectionSet, outer);
      const first = s.arguments?.find((a) => a.name.value === 'first')?.value;
      const size = first?.kind === Kind.INT ? Number(first.value) : null;
      if (size === null) return sum + count(s.selectionSet, outer);
      return sum + outer * size + count(s.selectionSet, outer * size);
    }, 0);
  const operation = parsed.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation && 'selectionSet' in operation ? count(operation.selectionSet, 1) : 0;
}

describe('GitHub’s node limit', () => {
  it('holds for the history query with the target’s carried history', () => {
    const nodes = nodeCount(HISTORY_QUERY);
    // The carried history costs as much as one changes query of 20 commits.
    expect(nodes).toBeGreaterThan(nodeCount(pullsForCommitsQuery(20, [])));
    expect(nodes).toBeLessThan(500_000);
  });

  it('holds for the changes query of a full chunk of commits with teams', () => {
    const nodes = nodeCount(pullsForCommitsQuery(COMMITS_PER_QUERY, TEAMS[2]!, 100));
    expect(nodes).toBeGreaterThan(300_000); // the chunk is as large as the limit allows
    expect(nodes).toBeLessThan(500_000);
  });
});
