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

const PULL_FIELDS = /* GraphQL */ `
  fragment TrustGatePull on PullRequest {
    number
    title
    url
    merged
    mergedAt
    baseRefName
    headRefOid
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
    reviews(first: 100) {
      nodes {
        state
        submittedAt
        authorCanPushToRepository
        author {
          __typename
          login
        }
        commit {
          oid
        }
      }
    }
    commits(first: 100) {
      nodes {
        commit {
          oid
          authors(first: 10) {
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
        }
      }
    }
  }
`;

export const PULL_FILES_QUERY = /* GraphQL */ `
  query TrustGatePullFiles($owner: String!, $name: String!, $number: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        files(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            path
          }
        }
      }
    }
  }
`;

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
  const args = ['$owner: String!', '$name: String!', ...vars].join(', ');
  return `query ${name}(${args}) {\n  repository(owner: $owner, name: $name) {\n    ${repoBody.join('\n    ')}\n  }\n  ${rootBody.join('\n  ')}\n}\n${PULL_FIELDS}`;
}

/** One query for the pull requests of up to a chunk of commits, plus the members of `teams`. */
export function pullsForCommitsQuery(commitCount: number, teams: string[]): string {
  const vars = Array.from({ length: commitCount }, (_, i) => `$c${i}: GitObjectID!`);
  const repoBody = vars.map(
    (_, i) =>
      `c${i}: object(oid: $c${i}) { ... on Commit { associatedPullRequests(first: 5) { nodes { ...TrustGatePull } } } }`,
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
