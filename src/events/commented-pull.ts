// issue_comment: reads the commented pull request and judges its head on its head branch (SPEC §5c).
import type { GitHubPort, PullHead } from '../github/port.js';
import { InputError } from '../input-error.js';
import type { Inputs } from '../inputs.js';
import { refusePolicyRefOnPullHead } from './policy-ref.js';

function refuseFork(head: PullHead, repository: string): void {
  if (head.headRepository?.toLowerCase() === repository.toLowerCase()) return;
  const from = head.headRepository ? `the fork ${head.headRepository}` : 'a deleted fork';
  throw new InputError(
    `Pull request #${head.number} comes from ${from}, not from ${repository}: ` +
      'a chat-ops deploy runs only a branch of this repository.',
  );
}

/**
 * The commenter deploys (SPEC §5a); the pull request's head is the commit (unless the `sha` input
 * names one), its head branch the ref, and the pull request with its own commits the change.
 */
export async function resolveCommentedPull(
  inputs: Inputs,
  port: Pick<GitHubPort, 'pullHead'>,
): Promise<Inputs> {
  if (inputs.commentedPull === null) return inputs;
  const head = await port.pullHead(inputs.commentedPull);
  refuseFork(head, `${inputs.owner}/${inputs.repo}`);
  refusePolicyRefOnPullHead(inputs.policyRef, head);
  const pullRequest = {
    number: head.number,
    headSha: head.headSha,
    headRef: head.headRef,
    author: head.author,
    authorIsBot: head.authorIsBot,
    baseRef: head.baseRef,
  };
  const check = inputs.mode === 'check';
  return {
    ...inputs,
    pullRequest,
    sha: inputs.shaFromInput ? inputs.sha : head.headSha,
    ref: check ? head.baseRef : head.headRef,
    refKind: 'branch',
    ...(check ? { deployer: head.author, deployerIsBot: head.authorIsBot } : {}),
  };
}
