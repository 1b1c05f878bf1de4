// GraphQL documents. Every one is validated against GitHub's published schema in the tests.

/** A page of a deployment's statuses: GitHub pages them, so a long list is read on (§5d). */
export const STATUS_PAGE = /* GraphQL */ `
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              state
              createdAt
              logUrl
              creator {
                __typename
                login
              }
            }`;

/** A deployment as the history reads it; the history cache re-reads entries with the same fields. */
export const DEPLOYMENT_FIELDS = /* GraphQL */ `
          id
          databaseId
          createdAt
          commitOid
          environment
          payload
          creator {
            __typename
            login
          }
          statuses(first: 100) {${STATUS_PAGE}
          }`;

/**
 * Commits of the target's history the first request carries, with their pull requests: as many as
 * one changes query asks (20 commits × 5 pull requests × ~1,300 nodes each ≈ 130,000 nodes, the
 * history page ≈ 10,200), well under GitHub's 500,000-node limit.
 */
export const TARGET_HISTORY_COMMITS = 20;

/**
 * The target's newest commits, each with its parents (to prove a linear run) and the first page
 * of its pull requests, as the changes query asks them.
 */
const TARGET_HISTORY = /* GraphQL */ `
      target: object(oid: $target) @include(if: $withTarget) {
        ... on Commit {
          history(first: ${TARGET_HISTORY_COMMITS}) {
            nodes {
              oid
              message
              url
              author {
                email
                user {
                  login
                }
              }
              parents(first: 1) {
                totalCount
                nodes {
                  oid
                }
              }
              associatedPullRequests(first: 5) {
                pageInfo {
                  hasNextPage
                  endCursor
                }
                nodes {
                  ...TrustGatePull
                }
              }
            }
          }
        }
      }`;

/**
 * The policy (first page only), the environments GitHub holds (to find every spelling of the
 * environment's name) and a page of deployments, newest first. No per-deployment commit data:
 * generations are asked per distinct commit, only when a rollback check needs them. With
 * `withTarget`, the target's newest history too (a release found in it needs no further reads).
 */
const HISTORY_DOCUMENT = /* GraphQL */ `
  query TrustGateHistory(
    $owner: String!
    $name: String!
    $policy: String!
    $withPolicy: Boolean!
    $environments: [String!]
    $after: String
    $target: GitObjectID
    $withTarget: Boolean!
  ) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef {
        name
      }
      policy: object(expression: $policy) @include(if: $withPolicy) {
        __typename
        ... on Blob {
          text
          isBinary
          isTruncated
          byteSize
        }
      }
      deployments(
        environments: $environments
        orderBy: { field: CREATED_AT, direction: DESC }
        first: 100
        after: $after
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {${DEPLOYMENT_FIELDS}
        }
      }
      environments(first: 100) @include(if: $withPolicy) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          name
        }
      }${TARGET_HISTORY}
    }
  }
`;

/** The next page of the repository's environments (a repository with more than 100). */
export const ENVIRONMENTS_QUERY = /* GraphQL */ `
  query TrustGateEnvironments($owner: String!, $name: String!, $after: String) {
    repository(owner: $owner, name: $name) {
      environments(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          name
        }
      }
    }
  }
`;

/** The next page of the statuses of each of `count` deployments, by node id (`$d0`…) and cursor (`$a0`…). */
export function statusPagesQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$d${i}: ID!, $a${i}: String`);
  const body = Array.from(
    { length: count },
    (_, i) =>
      `d${i}: node(id: $d${i}) {
      ... on Deployment {
        id
        statuses(first: 100, after: $a${i}) {${STATUS_PAGE}
        }
      }
    }`,
  );
  return `query TrustGateStatuses(${vars.join(', ')}) {
    ${body.join('\n    ')}
  }
`;
}

/** The commit-history length of each of `count` commits (`$g0`…): tells a rollback without a compare. */
export function generationsQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$g${i}: GitObjectID!`);
  const body = Array.from({ length: count }, (_, i) => generationSelection(i));
  return `query TrustGateGenerations($owner: String!, $name: String!, ${vars.join(', ')}) {
  repository(owner: $owner, name: $name) {
    ${body.join('\n    ')}
  }
}
`;
}

/**
 * Reviews are read only in the states that form an opinion: comments change nothing, and a
 * long discussion must not push a later approval or cancellation off the page.
 */
const REVIEW_STATES = 'states: [APPROVED, CHANGES_REQUESTED, DISMISSED]';

const REVIEW_NODE = /* GraphQL */ `
        state
        submittedAt
        authorCanPushToRepository
        author {
          __typename
          login
        }
        commit {
          oid
        }`;

/** Co-authors past the first page are read on (`commitAuthorsQuery`). */
const COMMIT_NODE = /* GraphQL */ `
        commit {
          oid
          authors(first: 10) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              user {
                login
              }
            }
          }
          committer {
            user {
              login
            }
          }
        }`;

const PULL_FIELDS = /* GraphQL */ `
  fragment TrustGatePull on PullRequest {
    number
    title
    url
    merged
    mergedAt
    baseRefName
    headRefOid
    changedFiles
    author {
      __typename
      login
    }
    files(first: 100) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        path
      }
    }
    reviews(first: 100, ${REVIEW_STATES}) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ${REVIEW_NODE}
      }
    }
    commits(first: 100) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ${COMMIT_NODE}
      }
    }
  }
`;

/** A pull request connection the first query may not hold whole, with what each of its nodes needs. */
export const PULL_CONNECTIONS = {
  files: { filter: '', nodes: 'path' },
  reviews: { filter: `, ${REVIEW_STATES}`, nodes: REVIEW_NODE },
  commits: { filter: '', nodes: COMMIT_NODE },
} as const;

export type PullConnection = keyof typeof PULL_CONNECTIONS;

/** The next page of one connection of a pull request (files, reviews or commits). */
export function pullPageQuery(connection: PullConnection): string {
  const { filter, nodes } = PULL_CONNECTIONS[connection];
  return /* GraphQL */ `
  query TrustGatePull_${connection}($owner: String!, $name: String!, $number: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        ${connection}(first: 100, after: $after${filter}) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            ${nodes}
          }
        }
      }
    }
  }
`;
}

export const TEAM_MEMBERS_QUERY = /* GraphQL */ `
  query TrustGateTeam($org: String!, $slug: String!, $after: String) {
    organization(login: $org) {
      team(slug: $slug) {
        members(first: 100, after: $after, membership: ALL) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            login
          }
        }
      }
    }
  }
`;

function teamSelections(teams: string[]): { vars: string[]; body: string[] } {
  const vars: string[] = [];
  const body = teams.map((team, i) => {
    vars.push(`$org${i}: String!`, `$team${i}: String!`);
    return `org${i}: organization(login: $org${i}) { team(slug: $team${i}) { members(first: 100, membership: ALL) { pageInfo { hasNextPage endCursor } nodes { login } } } }`;
  });
  return { vars, body };
}

function document(name: string, vars: string[], repoBody: string[], rootBody: string[]): string {
  // Without commits (a release with no changes) only teams are asked: an empty `repository { }`
  // selection, its unused variables and the unused fragment would each make the query invalid.
  if (repoBody.length === 0)
    return `query ${name}(${vars.join(', ')}) {\n  ${rootBody.join('\n  ')}\n}\n`;
  const args = ['$owner: String!', '$name: String!', ...vars].join(', ');
  return `query ${name}(${args}) {\n  repository(owner: $owner, name: $name) {\n    ${repoBody.join('\n    ')}\n  }\n  ${rootBody.join('\n  ')}\n}\n${PULL_FIELDS}`;
}

/** The commit-history length of commit `$g<i>`: tells a rollback without a compare. */
function generationSelection(i: number): string {
  return `g${i}: object(oid: $g${i}) { ... on Commit { history(first: 1) { totalCount } } }`;
}

/**
 * One query for the pull requests of up to a chunk of commits, plus the members of `teams`, plus
 * the generations of `generationCount` deployed commits (so rollback checks cost no request of their own).
 */
export function pullsForCommitsQuery(
  commitCount: number,
  teams: string[],
  generationCount = 0,
): string {
  const vars = Array.from({ length: commitCount }, (_, i) => `$c${i}: GitObjectID!`);
  const repoBody = vars.map(
    (_, i) =>
      `c${i}: object(oid: $c${i}) { ... on Commit { associatedPullRequests(first: 5) { pageInfo { hasNextPage endCursor } nodes { ...TrustGatePull } } } }`,
  );
  const gens = Array.from({ length: generationCount }, (_, i) => i);
  const genVars = gens.map((i) => `$g${i}: GitObjectID!`);
  const t = teamSelections(teams);
  const body = [...repoBody, ...gens.map(generationSelection)];
  const query = document('TrustGateChanges', [...vars, ...genVars, ...t.vars], body, t.body);
  // Only generations (a release with no commits): the pull request fragment would go unused.
  return commitCount === 0 ? query.slice(0, query.indexOf(PULL_FIELDS)) : query;
}

/** One query for a pull request by number, plus the members of `teams`. */
export function pullQuery(teams: string[]): string {
  const t = teamSelections(teams);
  return document(
    'TrustGatePull',
    ['$number: Int!', ...t.vars],
    ['pullRequest(number: $number) { ...TrustGatePull }'],
    t.body,
  );
}

/** The next page of a commit's authors (co-authors included), when the first ten were not all. */
export const COMMIT_AUTHORS_QUERY = /* GraphQL */ `
  query TrustGateCommitAuthors(
    $owner: String!
    $name: String!
    $oid: GitObjectID!
    $after: String
  ) {
    repository(owner: $owner, name: $name) {
      object(oid: $oid) {
        ... on Commit {
          authors(first: 100, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              user {
                login
              }
            }
          }
        }
      }
    }
  }
`;

/** The next page of a commit's pull requests, when more than the first five hold it. */
export const ASSOCIATED_PULLS_QUERY = /* GraphQL */ `
  query TrustGateAssociatedPulls(
    $owner: String!
    $name: String!
    $oid: GitObjectID!
    $after: String
  ) {
    repository(owner: $owner, name: $name) {
      object(oid: $oid) {
        ... on Commit {
          associatedPullRequests(first: 5, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              ...TrustGatePull
            }
          }
        }
      }
    }
  }
  ${PULL_FIELDS}
`;

/** The history query: its target selection spreads the pull request fragment. */
export const HISTORY_QUERY = `${HISTORY_DOCUMENT}${PULL_FIELDS}`;
