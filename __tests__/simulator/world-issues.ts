// Issues and their comments as people write them: builders for the deploy request scenarios.
import type { World } from './world.js';
import type { CommentRecord, IssueRecord } from './world-types.js';

export interface IssueSpec {
  title?: string;
  body?: string;
  labels?: string[];
  /** Default: the token's own identity (as when the action opens it). */
  author?: string;
  state?: 'open' | 'closed';
}

export interface IssueCommentSpec {
  author: string;
  body: string;
  /** The author edited it after posting (GitHub then sets `lastEditedAt`). */
  edited?: boolean;
  at?: string;
}

export function openIssue(world: World, spec: IssueSpec = {}): IssueRecord {
  const number = world.nextIssueNumber();
  const issue: IssueRecord = {
    number,
    title: spec.title ?? `Issue ${number}`,
    body: spec.body ?? '',
    labels: spec.labels ?? [],
    author: world.ensureUser(spec.author ?? world.token.viewer).login,
    state: spec.state ?? 'open',
    createdAt: world.tick(),
  };
  world.issues.set(number, issue);
  return issue;
}

export function addIssueComment(
  world: World,
  issueNumber: number,
  spec: IssueCommentSpec,
): CommentRecord {
  if (!world.issues.has(issueNumber) && !world.pullRequests.has(issueNumber))
    throw new Error(`issueComment(): no issue #${issueNumber}`);
  const createdAt = world.stamp(spec.at);
  const editedAt = spec.edited ? world.tick() : null;
  const record: CommentRecord = {
    id: world.nextId(),
    issueNumber,
    body: spec.body,
    author: world.ensureUser(spec.author).login,
    createdAt,
    updatedAt: editedAt ?? createdAt,
    lastEditedAt: editedAt,
  };
  world.comments.push(record);
  return record;
}
