// GraphQL documents. Every one is validated against GitHub's published schema in the tests.

export const HISTORY_QUERY = /* GraphQL */ `
  query TrustGateHistory(
    $owner: String!
    $name: String!
    $policy: String!
    $withPolicy: Boolean!
    $environments: [String!]
    $after: String
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
        nodes {
          databaseId
          createdAt
          commitOid
          environment
          payload
          creator {
            __typename
            login
          }
          commit {
            history(first: 1) {
              totalCount
            }
          }
          statuses(first: 100) {
            nodes {
              state
              createdAt
              logUrl
            }
          }
        }
      }
    }
  }
`;

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

/** One query for the pull requests of up to a chunk of commits, plus the members of `teams`. */
export function pullsForCommitsQuery(commitCount: number, teams: string[]): string {
  const vars = Array.from({ length: commitCount }, (_, i) => `$c${i}: GitObjectID!`);
  const repoBody = vars.map(
    (_, i) =>
      `c${i}: object(oid: $c${i}) { ... on Commit { associatedPullRequests(first: 5) { pageInfo { hasNextPage endCursor } nodes { ...TrustGatePull } } } }`,
  );
  const t = teamSelections(teams);
  return document('TrustGateChanges', [...vars, ...t.vars], repoBody, t.body);
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
