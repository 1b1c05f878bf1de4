// REST routes over git data: repository, contents, compare, commits.
import { blobSha, compare, diffTrees } from './git.js';
import { pullRequestShape, repositoryShape } from './rest-shapes-pulls.js';
import { commitShape, diffEntry, htmlUrl, repoUrl, type Schema } from './rest-shapes.js';
import {
  HttpError,
  notFound,
  ok,
  pageOf,
  paginate,
  pageParams,
  route,
  type RestRequest,
  type RestResponse,
  type Route,
} from './router.js';

const R = '/repos/:owner/:repo';

function commitFor(req: RestRequest, ref: string) {
  const commit = req.world.commitAt(ref);
  if (!commit) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  return commit;
}

function contentEntry(req: RestRequest, path: string, ref: string, text?: string) {
  const { world, api } = req;
  const url = `${repoUrl(world, api)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const sha = blobSha(text ?? path);
  const file = text !== undefined;
  return {
    type: file ? ('file' as const) : ('dir' as const),
    size: file ? Buffer.byteLength(text, 'utf8') : 0,
    name: path.split('/').at(-1) ?? path,
    path,
    sha,
    url,
    git_url: `${repoUrl(world, api)}/git/${file ? 'blobs' : 'trees'}/${sha}`,
    html_url: `${htmlUrl(world)}/${file ? 'blob' : 'tree'}/${ref}/${path}`,
    download_url: file
      ? `https://raw.githubusercontent.com/${world.fullName}/${ref}/${path}`
      : null,
    _links: {
      self: url,
      git: `${repoUrl(world, api)}/git/blobs/${sha}`,
      html: `${htmlUrl(world)}/blob/${ref}/${path}`,
    },
  };
}

/** GitHub wraps base64 content at 60 characters. */
function base64Lines(text: string): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  return (encoded.match(/.{1,60}/g) ?? ['']).join('\n') + '\n';
}

function getContents(req: RestRequest): RestResponse {
  const { world } = req;
  const ref = req.query.get('ref') ?? world.defaultBranch;
  const commit = world.commitAt(ref);
  if (!commit) throw notFound(`No commit found for the ref ${ref}`);
  const path = (req.params.path ?? '').replace(/\/+$/, '');
  const text = commit.tree[path];
  if (text !== undefined) {
    if (/\.raw\b/.test(String(req.headers.accept ?? ''))) return { status: 200, raw: text };
    const file: Schema['content-file'] = {
      ...contentEntry(req, path, ref, text),
      type: 'file',
      encoding: 'base64',
      content: base64Lines(text),
    };
    return ok(file);
  }
  const children = new Map<string, string | undefined>();
  for (const [file, body] of Object.entries(commit.tree)) {
    if (!file.startsWith(`${path}/`)) continue;
    const rest = file.slice(path.length + 1);
    const name = rest.split('/')[0] as string;
    children.set(`${path}/${name}`, rest.includes('/') ? undefined : body);
  }
  if (children.size === 0) throw notFound();
  return ok([...children].sort().map(([p, body]) => contentEntry(req, p, ref, body)));
}

function getCompare(req: RestRequest): RestResponse {
  const { world, api } = req;
  const basehead = req.params.basehead ?? '';
  const [baseRef, headRef] = basehead.split('...');
  if (baseRef === undefined || headRef === undefined) throw notFound();
  const base = world.commitAt(baseRef);
  const head = world.commitAt(headRef);
  if (!base || !head) throw notFound();
  const result = compare(world, base.sha, head.sha);
  if (!result.mergeBase) throw notFound(`No common ancestor between ${baseRef} and ${headRef}.`);
  const paged = req.query.has('per_page') || req.query.has('page');
  const page = paged
    ? paginate(req, result.commits)
    : { items: result.commits.slice(0, 250), headers: {} };
  const firstPage = pageParams(req).page === 1;
  const files = diffTrees(result.mergeBase.tree, head.tree).slice(0, 300);
  const url = `${repoUrl(world, api)}/compare/${basehead}`;
  const body: Schema['commit-comparison'] = {
    url,
    html_url: `${htmlUrl(world)}/compare/${basehead}`,
    permalink_url: `${htmlUrl(world)}/compare/${world.owner}:${base.sha.slice(0, 7)}...${world.owner}:${head.sha.slice(0, 7)}`,
    diff_url: `${htmlUrl(world)}/compare/${basehead}.diff`,
    patch_url: `${htmlUrl(world)}/compare/${basehead}.patch`,
    base_commit: commitShape(world, api, base),
    merge_base_commit: commitShape(world, api, result.mergeBase),
    status: result.status,
    ahead_by: result.aheadBy,
    behind_by: result.behindBy,
    total_commits: result.aheadBy,
    commits: page.items.map((c) => commitShape(world, api, c)),
    files: !paged || firstPage ? files.map((f) => diffEntry(world, api, head.sha, f)) : [],
  };
  return ok(body, page.headers);
}

function listCommits(req: RestRequest): RestResponse {
  const { world, api } = req;
  const start = commitFor(req, req.query.get('sha') ?? world.defaultBranch);
  const history: (typeof start)[] = [];
  const queue = [start.sha];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const sha = queue.shift() as string;
    const c = world.commits.get(sha);
    if (!c || seen.has(sha)) continue;
    seen.add(sha);
    history.push(c);
    queue.push(...c.parents);
  }
  history.sort((a, b) => b.index - a.index);
  const page = paginate(req, history);
  return pageOf({ ...page, items: page.items.map((c) => commitShape(world, api, c)) });
}

/** GitHub lists a commit's files 300 a page (`per_page` up to 300), and 3,000 at most. */
const COMMIT_FILES_LISTED = 3000;

function getCommit(req: RestRequest): RestResponse {
  const shape = commitShape(req.world, req.api, commitFor(req, req.params.ref ?? ''), true);
  const page = paginate(req, (shape.files ?? []).slice(0, COMMIT_FILES_LISTED), 300, 300);
  return ok({ ...shape, files: page.items }, page.headers);
}

export const gitRoutes: Route[] = [
  route('GET', R, 'metadata:read', (req) => ok(repositoryShape(req.world, req.api))),
  route('GET', `${R}/contents/*path`, 'contents:read', getContents),
  route('GET', `${R}/compare/*basehead`, 'contents:read', getCompare),
  route('GET', `${R}/commits`, 'contents:read', listCommits),
  route('GET', `${R}/commits/:ref`, 'contents:read', getCommit),
  route('GET', `${R}/commits/:ref/pulls`, 'pull-requests:read', (req) => {
    const commit = commitFor(req, req.params.ref ?? '');
    const prs = req.world.associatedPullRequests(commit.sha);
    const page = paginate(req, prs);
    return pageOf({
      ...page,
      items: page.items.map((pr) => pullRequestShape(req.world, req.api, pr)),
    });
  }),
];
