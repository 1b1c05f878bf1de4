// OctokitGitHub.role against the simulator: every spelling of a role GitHub answers with, 404s and caching.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import { createWorld, type Role, type World } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

async function portFor(world: World) {
  const { sim } = await serve(world);
  const octokit = await createClient('ghs_test', sim.url);
  return { sim, port: new OctokitGitHub(octokit, { owner: 'acme', repo: 'app' }) };
}

const ROLES: Role[] = ['admin', 'maintain', 'write', 'triage', 'read'];
/** REST's legacy `permission`: maintain reads as write, triage as read. */
const LEGACY: Record<Role, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

describe('role', () => {
  it.each(ROLES)('reads the role %s from `role_name`', async (role) => {
    const { port } = await portFor(createWorld().collaborator('alice', role));
    expect(await port.role('alice')).toBe(role);
  });

  it.each(ROLES)(
    'reads %s from `role_name` when GitHub sends no permissions hash',
    async (role) => {
      const world = createWorld().collaborator('alice', role);
      world.permissionsHash = false;
      const { port } = await portFor(world);
      expect(await port.role('alice')).toBe(role);
    },
  );

  it.each(ROLES)('reads a custom role based on %s from the permissions hash', async (role) => {
    const { port } = await portFor(createWorld().collaborator('alice', role, 'deployer'));
    expect(await port.role('alice')).toBe(role);
  });

  it.each(ROLES)(
    'reads a custom role based on %s from the legacy `permission` without a permissions hash',
    async (role) => {
      const world = createWorld().collaborator('alice', role, 'deployer');
      world.permissionsHash = false;
      const { port } = await portFor(world);
      expect(await port.role('alice')).toBe(LEGACY[role]);
    },
  );

  it('gives the repository owner admin', async () => {
    const { port } = await portFor(createWorld({ owner: 'acme' }).user('acme'));
    expect(await port.role('acme')).toBe('admin');
  });

  it.each([
    ['with a permissions hash', true],
    ['without a permissions hash', false],
  ])('is none for a user without access (%s)', async (_, hash) => {
    const world = createWorld().user('bob');
    world.permissionsHash = hash;
    const { port } = await portFor(world);
    expect(await port.role('bob')).toBe('none');
  });

  it('is none for a login GitHub does not know (404)', async () => {
    const { port, sim } = await portFor(createWorld());
    expect(await port.role('nobody')).toBe('none');
    expect(sim.counts().byRoute).toEqual({
      'GET /repos/acme/app/collaborators/nobody/permission': 1,
    });
  });

  it('asks once per login, whatever its case', async () => {
    const { port, sim } = await portFor(createWorld().collaborator('Alice', 'write'));
    const roles = [await port.role('Alice'), await port.role('alice'), await port.role('ALICE')];
    expect(roles).toEqual(['write', 'write', 'write']);
    expect(sim.log.rest().map((e) => e.path)).toEqual([
      '/repos/acme/app/collaborators/Alice/permission',
    ]);
  });

  it('explains a refusal other than 404, naming the login and `contents: read`', async () => {
    const { port, sim } = await portFor(createWorld().collaborator('alice', 'write'));
    sim.inject({
      route: 'GET /repos/:owner/:repo/collaborators/:username/permission',
      status: 403,
      message: 'Resource not accessible by integration',
    });
    await expect(port.role('alice')).rejects.toMatchObject({
      name: 'GitHubError',
      status: 403,
      message:
        "Could not read the repository role of alice (HTTP 403): Resource not accessible by integration. Add `contents: read` to the job's `permissions:` block.",
    });
  });
});
