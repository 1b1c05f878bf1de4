// SPEC §5d: a change must not relax its own gate, so `policy-ref` may not name a pull request's head.
import { InputError } from '../input-error.js';

export interface PullHeadNames {
  number: number;
  headSha: string;
  headRef: string;
}

function namesHead(policyRef: string, pull: PullHeadNames): boolean {
  const ref = policyRef.trim();
  const sha = ref.toLowerCase();
  return (
    ref === pull.headRef ||
    ref === `refs/heads/${pull.headRef}` ||
    ref === `refs/pull/${pull.number}/head` ||
    ref === `refs/pull/${pull.number}/merge` ||
    ref === `pull/${pull.number}/head` ||
    ref === `pull/${pull.number}/merge` ||
    // A sha, full or abbreviated, that the head commit starts with.
    (/^[0-9a-f]{4,40}$/.test(sha) && pull.headSha.toLowerCase().startsWith(sha))
  );
}

/** Throws when `policyRef` names the pull request's head branch, head commit or pull ref. */
export function refusePolicyRefOnPullHead(policyRef: string | null, pull: PullHeadNames): void {
  if (policyRef === null || !namesHead(policyRef, pull)) return;
  throw new InputError(
    `Input \`policy-ref\` is "${policyRef}", the head of pull request #${pull.number}: ` +
      'a change must not be able to relax its own gate. Leave `policy-ref` empty (the default ' +
      'branch) or name a protected branch or tag.',
  );
}
