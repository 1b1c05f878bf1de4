// REST routes for pull requests, their files, reviews and commits.
import { pullRequestFiles } from './world-pulls.js';
import { pullRequestShape, reviewShape } from './rest-shapes-pulls.js';
import { commitShape, diffEntry } from './rest-shapes.js';
import { notFound, ok, pageOf, paginate, route, type RestRequest, type Route } from './router.js';
import type { CommitRecord } from './world-types.js';

const P = '/repos/:owner/:repo/pulls/:number';

function pullRequest(req: RestRequest) {
  const pr = req.world.pullRequests.get(Number(req.params.number));
  if (!pr) throw notFound();
  return pr;
}

export const pullRoutes: Route[] = [
  route('GET', P, 'pull-requests:read', (req) =>
    ok(pullRequestShape(req.world, req.api, pullRequest(req))),
  ),
  route('GET', `${P}/files`, 'pull-requests:read', (req) => {
    const pr = pullRequest(req);
    const page = paginate(req, pullRequestFiles(req.world, pr).slice(0, 3000));
    return pageOf({
      ...page,
      items: page.items.map((f) => diffEntry(req.world, req.api, pr.headSha, f)),
    });
  }),
  route('GET', `${P}/reviews`, 'pull-requests:read', (req) => {
    const pr = pullRequest(req);
    const visible = pr.reviews.filter((r) => r.state !== 'PENDING');
    const page = paginate(req, visible);
    return pageOf({
      ...page,
      items: page.items.map((r) => reviewShape(req.world, req.api, pr, r)),
    });
  }),
  route('GET', `${P}/commits`, 'pull-requests:read', (req) => {
    const pr = pullRequest(req);
    const commits = pr.commits
      .slice(0, 250)
      .map((sha) => req.world.commits.get(sha) as CommitRecord);
    const page = paginate(req, commits);
    return pageOf({ ...page, items: page.items.map((c) => commitShape(req.world, req.api, c)) });
  }),
];
