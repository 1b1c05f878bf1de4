// merge_group (check): every pull request in the group judged as on its own pull request; one status
// on the group's head commit, `success` only when all would be allowed (SPEC §5c).
import { decide } from './decide/index.js';
import type { MergeGroupEvent } from './events/event-target.js';
import { gatherFacts } from './github/gather-facts.js';
import type { LoadedHistory } from './github/load-history.js';
import { mergeGroupPulls } from './github/merge-group-pulls.js';
import type { GitHubPort, PullHead } from './github/port.js';
import type { Inputs } from './inputs.js';
import { publishGroup } from './report/publish-merge-group.js';

/** The inputs of one pull request's check: its author deploys, it is the change, on the group's base. */
function pullInputs(inputs: Inputs, pull: PullHead, group: MergeGroupEvent): Inputs {
  return {
    ...inputs,
    mode: 'check',
    pullRequest: {
      number: pull.number,
      headSha: pull.headSha,
      headRef: pull.headRef,
      author: pull.author,
      authorIsBot: pull.authorIsBot,
      baseRef: group.baseRef,
    },
    commentedPull: null,
    deployer: pull.author,
    deployerIsBot: pull.authorIsBot,
    ref: group.baseRef,
    refKind: 'branch',
  };
}

export async function decideMergeGroup(
  port: GitHubPort,
  inputs: Inputs,
  group: MergeGroupEvent,
  history: LoadedHistory,
): Promise<void> {
  const pulls = await mergeGroupPulls(port, group);
  const entries = await Promise.all(
    pulls.map(async (pull) => {
      const facts = await gatherFacts(port, {
        inputs: pullInputs(inputs, pull, group),
        history,
        withRelease: true,
      });
      const decision = decide(history.match, facts);
      decision.notes.push(...history.notes);
      return { pull, decision };
    }),
  );
  await publishGroup(port, inputs, group, entries);
}
