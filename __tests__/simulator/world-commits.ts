// Builds a commit record: parents from the branch, Co-authored-by trailers, the new tree.
import { fakeSha } from './git.js';
import type { World } from './world.js';
import type { CommitRecord, CommitSpec } from './world-types.js';

const SETUP = { name: 'Setup', email: 'setup@example.com' };

function messageOf(world: World, spec: CommitSpec): string {
  const trailers = (spec.coAuthors ?? []).map((who) => {
    const id = world.identity(who);
    return `Co-authored-by: ${id.name} <${id.email}>`;
  });
  const base = spec.message ?? `Update ${Object.keys(spec.files ?? {}).join(', ') || 'nothing'}`;
  return trailers.length > 0 ? `${base}\n\n${trailers.join('\n')}` : base;
}

function treeAfter(world: World, parent: string | undefined, changes: CommitSpec['files']) {
  const tree = { ...(parent ? world.commits.get(parent)?.tree : {}) };
  for (const [path, text] of Object.entries(changes ?? {})) {
    if (text === null) delete tree[path];
    else tree[path] = text;
  }
  return tree;
}

/** Appends to `spec.branch` (default: the default branch, unless `parents` is given). */
export function buildCommit(world: World, spec: CommitSpec): CommitRecord {
  const branch = spec.branch ?? (spec.parents ? undefined : world.defaultBranch);
  const headOfBranch = branch ? world.branches.get(branch) : undefined;
  const parents = spec.parents ?? (headOfBranch ? [headOfBranch] : []);
  const author = world.identity(spec.author ?? SETUP);
  const message = messageOf(world, spec);
  const index = world.commits.size;
  const record: CommitRecord = {
    sha: fakeSha(`${index}\n${parents.join(',')}\n${message}`),
    parents,
    author,
    committer: spec.committer ? world.identity(spec.committer) : author,
    message,
    date: world.stamp(spec.at),
    changes: spec.files ?? {},
    tree: treeAfter(world, parents[0], spec.files),
    index,
  };
  world.commits.set(record.sha, record);
  if (branch) world.branches.set(branch, record.sha);
  return record;
}
