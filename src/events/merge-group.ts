// merge_group: the group's head commit, judged on the branch it merges into.
import { emptyTarget, requiredText, type EventTarget, type Payload } from './event-target.js';

const HEADS = /^refs\/heads\//;

export function mergeGroupTarget(payload: Payload): EventTarget {
  const event = 'merge_group';
  const mergeGroup = {
    headSha: requiredText(payload, event, 'merge_group.head_sha'),
    headRef: requiredText(payload, event, 'merge_group.head_ref').replace(HEADS, ''),
    baseSha: requiredText(payload, event, 'merge_group.base_sha'),
    baseRef: requiredText(payload, event, 'merge_group.base_ref').replace(HEADS, ''),
  };
  return { ...emptyTarget(mergeGroup.headSha, mergeGroup.baseRef, 'branch'), mergeGroup };
}

/** The pull request a queue branch was made for: `gh-readonly-queue/<base>/pr-<n>-<sha>` → n. */
export function queuedPullNumber(headRef: string): number | null {
  const match = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/.exec(headRef);
  return match ? Number(match[1]) : null;
}

/**
 * The pull request a merge-queue commit names in the title GitHub writes for it: a merge commit's
 * "Merge pull request #12 from …" or a squash commit's "Title (#12)". Null for any other title.
 */
export function pullNumberInTitle(title: string): number | null {
  const merge = /^Merge pull request #(\d+) from \S+/.exec(title);
  if (merge) return Number(merge[1]);
  const squash = /\(#(\d+)\)$/.exec(title.trim());
  return squash ? Number(squash[1]) : null;
}
