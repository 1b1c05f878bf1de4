// The target commit's newest history, carried by the first request, with each commit's pull
// requests read on past GitHub's pages exactly as the changes query reads them.
import type { Octokit } from './client.js';
import { toPull } from './graphql-types.js';
import type { CarriedCommit, PullInfo, TargetHistory } from './port.js';
import { readAssociatedPulls, readRemainingPages, type PulledPage } from './pull-pages.js';

type Names = { owner: string; name: string };

export interface GqlHistoryCommit {
  oid: string;
  message: string;
  url: string;
  author: { email: string | null; user: { login: string } | null } | null;
  parents: { totalCount: number; nodes: Array<{ oid: string } | null> };
  associatedPullRequests?: PulledPage | null;
}

export type GqlTarget = { history?: { nodes: Array<GqlHistoryCommit | null> } } | null;

/** GitHub's no-reply address of a bot account (`<id>+<login>[bot]@users.noreply.github.com`). */
const BOT_NOREPLY = /^(?:\d+\+)?([^@\s]+\[bot\])@users\.noreply\.github\.com$/i;

/**
 * The author as REST's commit `author` names them: GraphQL's `GitActor.user` is only ever a user,
 * while REST also links a bot's commits to the bot, by its no-reply address.
 */
function authorOf(
  actor: GqlHistoryCommit['author'],
): Pick<CarriedCommit, 'author' | 'authorIsBot'> {
  if (actor?.user) return { author: actor.user.login, authorIsBot: false };
  const bot = BOT_NOREPLY.exec(actor?.email ?? '')?.[1];
  return bot ? { author: bot, authorIsBot: true } : { author: null, authorIsBot: false };
}

function toCarried(node: GqlHistoryCommit): CarriedCommit {
  return {
    sha: node.oid,
    // As compare's summaries: the message's first line (GraphQL's `messageHeadline` is shortened).
    title: node.message.split('\n')[0] ?? '',
    url: node.url,
    ...authorOf(node.author),
    parentCount: node.parents.totalCount,
    firstParent: node.parents.nodes[0]?.oid ?? null,
  };
}

/** Every pull request of `sha`, each with all its files, reviews and commits (or a GitHubError). */
async function pullsOfCommit(
  octokit: Octokit,
  names: Names,
  sha: string,
  first: PulledPage | null | undefined,
): Promise<PullInfo[]> {
  const nodes = await readAssociatedPulls(octokit, names, sha, first ?? undefined);
  return Promise.all(
    nodes.map(async (node) => {
      await readRemainingPages(octokit, names, node);
      return toPull(node);
    }),
  );
}

/** The carried history of `target`; undefined when GitHub has no such commit. */
export function carriedHistory(
  octokit: Octokit,
  names: Names,
  target: string,
  answer: GqlTarget | undefined,
): TargetHistory | undefined {
  const nodes = answer?.history?.nodes.flatMap((n) => (n ? [n] : []));
  if (!nodes) return undefined;
  const firstPages = new Map(nodes.map((n) => [n.oid, n.associatedPullRequests]));
  return {
    target,
    commits: nodes.map(toCarried),
    async pullsOf(shas) {
      const pulls = await Promise.all(
        shas.map((sha) => pullsOfCommit(octokit, names, sha, firstPages.get(sha))),
      );
      return Object.fromEntries(shas.map((sha, i) => [sha, pulls[i]!]));
    },
  };
}
