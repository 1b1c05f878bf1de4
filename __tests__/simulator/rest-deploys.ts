// REST routes for deployments, collaborator permissions and team memberships.
import {
  findTeam,
  legacyPermission,
  permissionFlags,
  roleOf,
  teamMembers,
  teamRole,
} from './access.js';
import { deploymentShape, deploymentStatusShape, simpleUser, type Schema } from './rest-shapes.js';
import {
  forbidden,
  notFound,
  ok,
  pageOf,
  paginate,
  route,
  type RestRequest,
  type RestResponse,
  type Route,
} from './router.js';
import type { DeploymentRecord } from './world-types.js';

const R = '/repos/:owner/:repo';

const newestFirst = (a: DeploymentRecord, b: DeploymentRecord) =>
  b.createdAt.localeCompare(a.createdAt) || b.id - a.id;

function listDeployments(req: RestRequest): RestResponse {
  const { world, query } = req;
  const environment = query.get('environment')?.toLowerCase();
  const sha = query.get('sha');
  const ref = query.get('ref');
  const task = query.get('task');
  const matching = world.deployments
    .filter((d) => environment === undefined || d.environment.toLowerCase() === environment)
    .filter((d) => !sha || d.sha === sha)
    .filter((d) => !ref || d.ref === ref)
    .filter((d) => !task || d.task === task)
    .sort(newestFirst);
  const page = paginate(req, matching);
  return pageOf({ ...page, items: page.items.map((d) => deploymentShape(world, req.api, d)) });
}

function deployment(req: RestRequest): DeploymentRecord {
  const found = req.world.deployments.find((d) => d.id === Number(req.params.id));
  if (!found) throw notFound();
  return found;
}

function listStatuses(req: RestRequest): RestResponse {
  const d = deployment(req);
  const page = paginate(req, [...d.statuses].reverse());
  return pageOf({
    ...page,
    items: page.items.map((s) => deploymentStatusShape(req.world, req.api, d, s)),
  });
}

function collaboratorPermission(req: RestRequest): RestResponse {
  const { world, api } = req;
  const user = world.findUser(req.params.username ?? '');
  if (!user) throw notFound();
  const role = roleOf(world, user.login);
  const roleName = world.customRoles.get(user.login.toLowerCase()) ?? (role === 'none' ? '' : role);
  const body: Schema['repository-collaborator-permission'] = {
    permission: legacyPermission(role),
    role_name: roleName,
    user: {
      ...simpleUser(api, user),
      ...(world.permissionsHash ? { permissions: permissionFlags(role) } : {}),
      role_name: roleName,
    },
  };
  return ok(body);
}

function teamMembership(req: RestRequest): RestResponse {
  const { world, api, params } = req;
  if (!world.tokenCanReadOrgMembers) throw forbidden();
  const team = findTeam(world, params.org ?? '', params.slug ?? '');
  if (!team) throw notFound();
  const login = params.username ?? '';
  const member = teamMembers(world, team, 'ALL').some(
    (m) => m.toLowerCase() === login.toLowerCase(),
  );
  if (!member) throw notFound();
  const body: Schema['team-membership'] = {
    url: `${api}/organizations/${world.orgs.get(team.org.toLowerCase())}/team/${team.slug}/memberships/${login}`,
    role: teamRole(team, login),
    state: 'active',
  };
  return ok(body);
}

export const deployRoutes: Route[] = [
  route('GET', `${R}/deployments`, 'deployments:read', listDeployments),
  route('GET', `${R}/deployments/:id`, 'deployments:read', (req) =>
    ok(deploymentShape(req.world, req.api, deployment(req))),
  ),
  route('GET', `${R}/deployments/:id/statuses`, 'deployments:read', listStatuses),
  route('GET', `${R}/collaborators/:username/permission`, 'metadata:read', collaboratorPermission),
  route('GET', '/orgs/:org/teams/:slug/memberships/:username', undefined, teamMembership),
];
