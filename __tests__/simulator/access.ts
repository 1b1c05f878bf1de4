// Who may do what: repository roles, team membership, and the workflow token's permissions.
import type { World } from './world.js';
import type {
  Permission,
  PermissionsBlock,
  PermissionScope,
  Role,
  TeamRecord,
} from './world-types.js';

const ROLES: Role[] = ['read', 'triage', 'write', 'maintain', 'admin'];

export function roleOf(world: World, login: string): Role | 'none' {
  if (login.toLowerCase() === world.owner.toLowerCase()) return 'admin';
  return world.collaborators.get(login.toLowerCase()) ?? 'none';
}

export function atLeast(role: Role | 'none', minimum: Role): boolean {
  return role !== 'none' && ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

/** REST's legacy `permission`: maintain reads as write, triage as read. */
export function legacyPermission(role: Role | 'none'): 'admin' | 'write' | 'read' | 'none' {
  if (role === 'admin') return 'admin';
  if (role === 'maintain' || role === 'write') return 'write';
  if (role === 'triage' || role === 'read') return 'read';
  return 'none';
}

export function permissionFlags(role: Role | 'none') {
  return {
    admin: atLeast(role, 'admin'),
    maintain: atLeast(role, 'maintain'),
    push: atLeast(role, 'write'),
    triage: atLeast(role, 'triage'),
    pull: atLeast(role, 'read'),
  };
}

export function findTeam(world: World, org: string, slug: string): TeamRecord | undefined {
  return world.teams.get(`${org}/${slug}`.toLowerCase());
}

function childTeams(world: World, team: TeamRecord): TeamRecord[] {
  const children = [...world.teams.values()].filter(
    (t) =>
      t.org.toLowerCase() === team.org.toLowerCase() &&
      t.parent?.toLowerCase() === team.slug.toLowerCase(),
  );
  return children.flatMap((child) => [child, ...childTeams(world, child)]);
}

export type Membership = 'ALL' | 'IMMEDIATE' | 'CHILD_TEAM';

/** Logins of a team's members, sorted; ALL includes members of every descendant team. */
export function teamMembers(
  world: World,
  team: TeamRecord,
  membership: Membership = 'ALL',
): string[] {
  const direct = [...team.members, ...team.maintainers];
  const inherited = childTeams(world, team).flatMap((t) => [...t.members, ...t.maintainers]);
  const chosen =
    membership === 'IMMEDIATE'
      ? direct
      : membership === 'CHILD_TEAM'
        ? inherited
        : [...direct, ...inherited];
  const unique = new Map(chosen.map((login) => [login.toLowerCase(), login]));
  if (membership === 'CHILD_TEAM') for (const login of direct) unique.delete(login.toLowerCase());
  return [...unique.values()].sort((a, b) => a.localeCompare(b));
}

export function teamRole(team: TeamRecord, login: string): 'maintainer' | 'member' {
  const maintainer = team.maintainers.some((m) => m.toLowerCase() === login.toLowerCase());
  return maintainer ? 'maintainer' : 'member';
}

/** Whether the workflow token holds `permission`; missing `x:read` also removes `x:write`. */
export function tokenHas(world: World, permission: Permission): boolean {
  const [scope, level] = permission.split(':') as [string, 'read' | 'write'];
  const { missing, readOnly } = world.token;
  if (missing.includes(`${scope}:read` as Permission)) return false;
  if (level === 'write') return !readOnly && !missing.includes(permission);
  return true;
}

const SCOPES: PermissionScope[] = [
  'actions',
  'contents',
  'deployments',
  'issues',
  'pull-requests',
  'statuses',
];

/** The permissions a workflow `permissions:` block leaves out (metadata is always granted). */
export function missingFrom(block: PermissionsBlock): Permission[] {
  return SCOPES.flatMap((scope): Permission[] => {
    const level = block[scope] ?? 'none';
    if (level === 'write') return [];
    return level === 'read' ? [`${scope}:write`] : [`${scope}:read`, `${scope}:write`];
  });
}
