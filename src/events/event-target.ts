// What an event asks the gate to judge (SPEC §5c): the commit, the ref and what else the event names.
import { InputError } from '../input-error.js';

/** How the summary names the ref: a branch, a tag, or a deployment's ref (branch, tag or sha). */
export type RefKind = 'branch' | 'tag' | 'ref';

export interface PullRequestEvent {
  number: number;
  headSha: string;
  /** The head branch's name (as `pull_request.head.ref` spells it). */
  headRef: string;
  author: string;
  authorIsBot: boolean;
  baseRef: string;
}

export interface MergeGroupEvent {
  headSha: string;
  /** `gh-readonly-queue/<base>/pr-<n>-<sha>`, without `refs/heads/`. */
  headRef: string;
  baseSha: string;
  /** The branch the group merges into, without `refs/heads/`. */
  baseRef: string;
}

export interface EventTarget {
  /** The commit judged (the `sha` input overrides it later). */
  sha: string;
  /** The ref matched against `branches`, without `refs/heads/` or `refs/tags/`. */
  ref: string;
  refKind: RefKind;
  /** The pull request whose own commits are the change (pull request events, chat-ops). */
  pullRequest: PullRequestEvent | null;
  /** `issue_comment`: the pull request to read through the API before anything is judged. */
  commentedPull: number | null;
  /** `deployment`: the event's own deployment, left out of the history it is judged on. */
  deploymentId: number | null;
  mergeGroup: MergeGroupEvent | null;
}

/** What the runner says about the run: `GITHUB_REPOSITORY`, `GITHUB_SHA`, `GITHUB_REF`. */
export interface RunnerContext {
  repository: string;
  sha: string;
  ref: string;
}

export type Payload = Record<string, unknown>;

export function emptyTarget(sha: string, ref: string, refKind: RefKind): EventTarget {
  return {
    sha,
    ref,
    refKind,
    pullRequest: null,
    commentedPull: null,
    deploymentId: null,
    mergeGroup: null,
  };
}

/** A full ref as a name and kind: `refs/tags/v1.2.3` → tag `v1.2.3`, `refs/heads/main` → branch `main`. */
export function refTarget(ref: string): { ref: string; refKind: RefKind } {
  if (ref.startsWith('refs/tags/')) return { ref: ref.slice('refs/tags/'.length), refKind: 'tag' };
  if (ref.startsWith('refs/heads/'))
    return { ref: ref.slice('refs/heads/'.length), refKind: 'branch' };
  return { ref, refKind: 'ref' };
}

/** Reads `path` (e.g. `workflow_run.head_sha`) from the payload; missing or empty is an error. */
export function required(payload: Payload, event: string, path: string): string | number {
  let value: unknown = payload;
  for (const key of path.split('.')) value = (value as Payload | null | undefined)?.[key];
  if ((typeof value === 'string' && value !== '') || typeof value === 'number') return value;
  throw new InputError(
    `The ${event} event's payload has no \`${path}\`; Trust Gate cannot tell what to judge, so it fails closed.`,
  );
}

export function requiredText(payload: Payload, event: string, path: string): string {
  return String(required(payload, event, path));
}
