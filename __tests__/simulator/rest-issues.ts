// REST routes that write: issue comments, issues, commit statuses (all recorded in the world).
import { commentShape, issueShape, statusShape } from './rest-shapes.js';
import {
  HttpError,
  jsonBody,
  notFound,
  ok,
  pageOf,
  paginate,
  route,
  type RestRequest,
  type Route,
} from './router.js';
import type { Permission } from './world-types.js';
import type { CommentRecord, CommitStatusRecord, IssueRecord } from './world-types.js';

const R = '/repos/:owner/:repo';
const STATES = ['error', 'failure', 'pending', 'success'];

function validation(field: string, message: string, code = 'custom', resource = 'Status') {
  return new HttpError(422, 'Validation Failed', { errors: [{ resource, code, field, message }] });
}

function issueNumber(req: RestRequest): number {
  const n = Number(req.params.number);
  if (!req.world.issues.has(n) && !req.world.pullRequests.has(n)) throw notFound();
  return n;
}

/** Comments on a pull request need `issues` or `pull-requests`; on an issue, `issues`. */
function commentPermission(level: 'read' | 'write') {
  return (req: RestRequest): Permission[] => {
    const number = req.params.number
      ? Number(req.params.number)
      : req.world.comments.find((c) => c.id === Number(req.params.id))?.issueNumber;
    const onPull = number !== undefined && req.world.pullRequests.has(number);
    return onPull ? [`issues:${level}`, `pull-requests:${level}`] : [`issues:${level}`];
  };
}

function comment(req: RestRequest): CommentRecord {
  const found = req.world.comments.find((c) => c.id === Number(req.params.id));
  if (!found) throw notFound();
  return found;
}

function bodyText(req: RestRequest): string {
  const body = jsonBody(req).body;
  if (typeof body !== 'string')
    throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
  if (body.length > 65536)
    throw validation(
      'body',
      'Body is too long (maximum is 65536 characters)',
      'custom',
      'IssueComment',
    );
  return body;
}

function createStatus(req: RestRequest) {
  const { world } = req;
  const sha = req.params.sha ?? '';
  const commit = world.commits.get(sha.toLowerCase());
  if (!commit) throw new HttpError(422, `No commit found for SHA: ${sha}`);
  const input = jsonBody(req);
  const state = String(input.state ?? '');
  if (!STATES.includes(state))
    throw validation('state', `state is not included in the list`, 'invalid');
  const description = input.description == null ? null : String(input.description);
  if (description !== null && description.length > 140) {
    throw validation('description', 'description is too long (maximum is 140 characters)');
  }
  const record: CommitStatusRecord = {
    id: world.nextId(),
    sha: commit.sha,
    state: state as CommitStatusRecord['state'],
    context: typeof input.context === 'string' ? input.context : 'default',
    description,
    targetUrl: input.target_url == null ? null : String(input.target_url),
    creator: world.token.viewer,
    createdAt: world.tick(),
  };
  world.commitStatuses.push(record);
  return ok(statusShape(world, req.api, record), {}, 201);
}

const STATE_REASONS = ['completed', 'not_planned', 'reopened'];

/** PATCH an issue: title, body, state and state_reason, as GitHub validates them. */
function updateIssue(req: RestRequest) {
  const { world } = req;
  const issue = world.issues.get(Number(req.params.number));
  if (!issue) throw notFound();
  const input = jsonBody(req);
  if (input.title !== undefined) {
    if (typeof input.title !== 'string' || input.title === '')
      throw validation('title', "title can't be blank", 'missing_field', 'Issue');
    issue.title = input.title;
  }
  if (typeof input.body === 'string') issue.body = input.body;
  if (input.state !== undefined) {
    if (input.state !== 'open' && input.state !== 'closed')
      throw validation('state', 'state is not included in the list', 'invalid', 'Issue');
    const reason = input.state_reason ?? (input.state === 'closed' ? 'completed' : 'reopened');
    if (!STATE_REASONS.includes(String(reason)))
      throw validation(
        'state_reason',
        'state_reason is not included in the list',
        'invalid',
        'Issue',
      );
    issue.state = input.state;
    issue.stateReason = reason as IssueRecord['stateReason'];
    issue.closedAt = input.state === 'closed' ? world.tick() : null;
  }
  issue.updatedAt = world.tick();
  return ok(issueShape(world, req.api, issue));
}

export const issueRoutes: Route[] = [
  route('GET', `${R}/issues/:number/comments`, commentPermission('read'), (req) => {
    const n = issueNumber(req);
    const page = paginate(
      req,
      req.world.comments.filter((c) => c.issueNumber === n),
    );
    return pageOf({ ...page, items: page.items.map((c) => commentShape(req.world, req.api, c)) });
  }),
  route('POST', `${R}/issues/:number/comments`, commentPermission('write'), (req) => {
    const { world } = req;
    const now = world.tick();
    const record: CommentRecord = {
      id: world.nextId(),
      issueNumber: issueNumber(req),
      body: bodyText(req),
      author: world.token.viewer,
      createdAt: now,
      updatedAt: now,
    };
    world.comments.push(record);
    return ok(commentShape(world, req.api, record), {}, 201);
  }),
  route('GET', `${R}/issues/comments/:id`, commentPermission('read'), (req) =>
    ok(commentShape(req.world, req.api, comment(req))),
  ),
  route('PATCH', `${R}/issues/comments/:id`, commentPermission('write'), (req) => {
    const record = comment(req);
    const now = req.world.tick();
    Object.assign(record, { body: bodyText(req), updatedAt: now, lastEditedAt: now });
    return ok(commentShape(req.world, req.api, record));
  }),
  route('DELETE', `${R}/issues/comments/:id`, commentPermission('write'), (req) => {
    const record = comment(req);
    req.world.comments = req.world.comments.filter((c) => c !== record);
    return { status: 204 };
  }),
  route('POST', `${R}/issues`, 'issues:write', (req) => {
    const { world } = req;
    const input = jsonBody(req);
    if (typeof input.title !== 'string' || input.title === '') {
      throw validation('title', "title wasn't supplied", 'missing_field', 'Issue');
    }
    const labels = Array.isArray(input.labels) ? input.labels : [];
    const number = world.nextIssueNumber();
    const issue = {
      number,
      title: input.title,
      body: typeof input.body === 'string' ? input.body : '',
      labels: labels.map((l) =>
        typeof l === 'string' ? l : String((l as { name?: unknown }).name),
      ),
      author: world.token.viewer,
      state: 'open' as const,
      createdAt: world.tick(),
    };
    world.issues.set(number, issue);
    return ok(issueShape(world, req.api, issue), {}, 201);
  }),
  route('PATCH', `${R}/issues/:number`, 'issues:write', updateIssue),
  route('POST', `${R}/statuses/:sha`, 'statuses:write', createStatus),
  route('GET', `${R}/commits/:ref/statuses`, 'statuses:read', (req) => {
    const sha = req.world.resolve(req.params.ref ?? '');
    const all = req.world.commitStatuses.filter((s) => s.sha === sha).reverse();
    const page = paginate(req, all);
    return pageOf({ ...page, items: page.items.map((s) => statusShape(req.world, req.api, s)) });
  }),
];
