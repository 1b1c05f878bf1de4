// Git semantics over the world's commits: ref resolution, merge base, compare, tree diffs.
import { createHash } from 'node:crypto';
import type { CommitRecord, GitIdentity } from './world-types.js';

export interface GitStore {
  defaultBranch: string;
  commits: Map<string, CommitRecord>;
  branches: Map<string, string>;
  tags: Map<string, string>;
}

export type CompareStatus = 'ahead' | 'behind' | 'identical' | 'diverged';

export interface Comparison {
  status: CompareStatus;
  aheadBy: number;
  behindBy: number;
  /** Commits reachable from head but not base, oldest first. */
  commits: CommitRecord[];
  mergeBase: CommitRecord | undefined;
}

export interface FileChange {
  filename: string;
  status: 'added' | 'removed' | 'modified';
  additions: number;
  deletions: number;
  before?: string;
  after?: string;
}

const FULL_SHA = /^[0-9a-f]{40}$/;
const SHORT_SHA = /^[0-9a-f]{7,39}$/;

/** Resolves a branch, tag, `HEAD`, `refs/…` name, full or abbreviated sha to a commit sha. */
export function resolveRef(git: GitStore, ref: string): string | undefined {
  if (ref === 'HEAD') return git.branches.get(git.defaultBranch);
  if (ref.startsWith('refs/heads/')) return git.branches.get(ref.slice('refs/heads/'.length));
  if (ref.startsWith('refs/tags/')) return git.tags.get(ref.slice('refs/tags/'.length));
  const named = git.branches.get(ref) ?? git.tags.get(ref);
  if (named) return named;
  const lower = ref.toLowerCase();
  if (FULL_SHA.test(lower)) return git.commits.has(lower) ? lower : undefined;
  if (!SHORT_SHA.test(lower)) return undefined;
  const matches = [...git.commits.keys()].filter((sha) => sha.startsWith(lower));
  return matches.length === 1 ? matches[0] : undefined;
}

export function commitOf(git: GitStore, ref: string): CommitRecord | undefined {
  const sha = resolveRef(git, ref);
  return sha ? git.commits.get(sha) : undefined;
}

/** Every commit reachable from `sha`, itself included. */
export function ancestors(git: GitStore, sha: string): Set<string> {
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(git.commits.get(next)?.parents ?? []));
  }
  return seen;
}

function byIndex(git: GitStore, shas: Iterable<string>): CommitRecord[] {
  return [...shas]
    .map((sha) => git.commits.get(sha) as CommitRecord)
    .sort((a, b) => a.index - b.index);
}

/** The best common ancestor: the newest commit reachable from both. */
export function mergeBase(git: GitStore, a: string, b: string): CommitRecord | undefined {
  const fromB = ancestors(git, b);
  const common = [...ancestors(git, a)].filter((sha) => fromB.has(sha));
  return byIndex(git, common).at(-1);
}

/** GitHub's three-dot compare: what `head` has that `base` lacks, and the reverse. */
export function compare(git: GitStore, base: string, head: string): Comparison {
  const fromBase = ancestors(git, base);
  const fromHead = ancestors(git, head);
  const ahead = byIndex(
    git,
    [...fromHead].filter((sha) => !fromBase.has(sha)),
  );
  const behindBy = [...fromBase].filter((sha) => !fromHead.has(sha)).length;
  const status: CompareStatus =
    base === head
      ? 'identical'
      : ahead.length === 0 && behindBy === 0
        ? 'identical'
        : ahead.length === 0
          ? 'behind'
          : behindBy === 0
            ? 'ahead'
            : 'diverged';
  return {
    status,
    aheadBy: ahead.length,
    behindBy,
    commits: ahead,
    mergeBase: mergeBase(git, base, head),
  };
}

function lineCount(text: string | undefined): number {
  if (!text) return 0;
  return text.split('\n').filter((line, i, all) => i < all.length - 1 || line !== '').length;
}

function changedLines(before: string, after: string): { additions: number; deletions: number } {
  const old = before.split('\n');
  const now = after.split('\n');
  const additions = now.filter((line) => !old.includes(line)).length;
  const deletions = old.filter((line) => !now.includes(line)).length;
  return { additions, deletions };
}

/** Files that differ between two trees, sorted by path. */
export function diffTrees(
  before: Record<string, string>,
  after: Record<string, string>,
): FileChange[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: FileChange[] = [];
  for (const filename of paths) {
    const [was, is] = [before[filename], after[filename]];
    if (was === is) continue;
    if (was === undefined) {
      changes.push({
        filename,
        status: 'added',
        additions: lineCount(is),
        deletions: 0,
        after: is,
      });
    } else if (is === undefined) {
      changes.push({
        filename,
        status: 'removed',
        additions: 0,
        deletions: lineCount(was),
        before: was,
      });
    } else {
      changes.push({
        filename,
        status: 'modified',
        ...changedLines(was, is),
        before: was,
        after: is,
      });
    }
  }
  return changes;
}

/** What one commit changed relative to its first parent. */
export function commitDiff(git: GitStore, commit: CommitRecord): FileChange[] {
  const parent = commit.parents[0] ? git.commits.get(commit.parents[0]) : undefined;
  return diffTrees(parent?.tree ?? {}, commit.tree);
}

/** Git's blob id of a text. */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** `Co-authored-by: Name <email>` trailers of a commit message. */
export function coAuthors(message: string): GitIdentity[] {
  const found: GitIdentity[] = [];
  for (const match of message.matchAll(/^co-authored-by:\s*(.*?)\s*<([^>]+)>\s*$/gim)) {
    found.push({ name: match[1] ?? '', email: match[2] ?? '' });
  }
  return found;
}

/** Splits `HEAD:path`, `<ref>:path`, `<sha>:path` or a bare revision. */
export function parseExpression(expression: string): { rev: string; path?: string } {
  const colon = expression.indexOf(':');
  if (colon < 0) return { rev: expression };
  return { rev: expression.slice(0, colon) || 'HEAD', path: expression.slice(colon + 1) };
}
