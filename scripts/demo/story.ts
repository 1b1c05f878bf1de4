// The demo's story: one repository's history, told as gate runs of dist/index.js against the simulator.
import { runAction, type RunResult } from '../../__tests__/e2e/run-action.js';
import {
  createWorld,
  startSimulator,
  type Simulator,
  type World,
} from '../../__tests__/simulator/index.js';

export const DEMO_POLICY = `version: 1
environments:
  production:
    trust:
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: member, after: 3, approvals: 1 }
        - { name: owner, after: 10, approvals: 0 }
    freeze:
      - name: Black Friday
        from: '2026-11-27T00:00:00Z'
        until: '2026-12-01T00:00:00Z'
`;

export interface Chapter {
  /** What happens, in one line. */
  title: string;
  /** What happened in the repository since the previous chapter. */
  before: string[];
  deployer: string;
  at: string;
  result: RunResult;
}

interface Gate {
  deployer: string;
  at: string;
  sha: string;
}

/** alice (owner), bob (the newcomer), carol and dave review; all have write access. */
function aRepository(): World {
  const world = createWorld({ owner: 'acme', repo: 'shop', start: '2026-10-01T09:00:00Z' });
  world.commit({ message: 'Add the policy', files: { '.github/trust-gate.yml': DEMO_POLICY } });
  for (const login of ['alice', 'bob', 'carol', 'dave']) world.collaborator(login, 'write');
  return world;
}

function day(date: string, time = '10:00'): string {
  return `${date}T${time}:00Z`;
}

/** A squash-merged pull request by `author`, approved by `approvers`; returns the merge commit. */
function merged(world: World, at: string, author: string, title: string, approvers: string[]) {
  world.at(at);
  const slug = title.toLowerCase().replace(/\W+/g, '-');
  const pr = world.pullRequest({
    title,
    author,
    files: { [`src/${slug}.ts`]: `// ${title}\n` },
    reviews: approvers.map((login) => ({ author: login, state: 'APPROVED' as const })),
    merge: 'squash',
  });
  return { number: pr.number, sha: pr.mergeCommitSha! };
}

function deployed(world: World, deployer: string, sha: string, at: string): void {
  world.deployment({ sha, creator: deployer, at, status: 'success' });
}

/** alice's record: ten clean deploys in October's first fortnight. */
function alicesRecord(world: World): void {
  for (let n = 1; n <= 10; n++) {
    const at = day(`2026-10-${String(n + 1).padStart(2, '0')}`);
    world.at(at);
    const sha = world.commit({
      message: `Ship ${n}`,
      author: 'alice',
      files: { [`ship-${n}.txt`]: `${n}` },
    }).sha;
    deployed(world, 'alice', sha, day(`2026-10-${String(n + 1).padStart(2, '0')}`, '11:00'));
  }
}

export interface Story {
  chapters: Chapter[];
}

async function gate(sim: Simulator, { deployer, at, sha }: Gate): Promise<RunResult> {
  return runAction({
    apiUrl: sim.url,
    owner: sim.world.owner,
    repo: sim.world.name,
    event: 'push',
    actor: deployer,
    sha,
    now: at,
    inputs: { environment: 'production' },
  });
}

/** Runs the whole story; every chapter is one run of the bundled action. */
export async function tellStory(): Promise<Story> {
  const world = aRepository();
  alicesRecord(world);
  const sim = await startSimulator(world);
  const chapters: Chapter[] = [];
  const chapter = async (title: string, before: string[], run: Gate) => {
    chapters.push({
      title,
      before,
      deployer: run.deployer,
      at: run.at,
      result: await gate(sim, run),
    });
    return chapters.at(-1)!.result;
  };
  try {
    await newcomer(world, chapter);
    await owner(world, chapter);
    await freezeAndRollback(world, chapter);
  } finally {
    await sim.close();
  }
  return { chapters };
}

type Tell = (title: string, before: string[], run: Gate) => Promise<RunResult>;

async function newcomer(world: World, chapter: Tell): Promise<void> {
  const search = merged(world, day('2026-10-13', '09:00'), 'bob', 'Add search', ['carol']);
  await chapter(
    `bob, new on the team, deploys #${search.number} "Add search", approved by carol`,
    ['alice has ten clean deploys to production; bob has none'],
    { deployer: 'bob', at: day('2026-10-13'), sha: search.sha },
  );
  deployed(world, 'alice', search.sha, day('2026-10-13', '11:00'));
  for (const [date, title] of [
    ['2026-10-15', 'Add cart'],
    ['2026-10-19', 'Add wishlist'],
    ['2026-10-22', 'Add reviews'],
  ] as const) {
    const pr = merged(world, day(date, '09:00'), 'bob', title, ['carol', 'dave']);
    deployed(world, 'bob', pr.sha, day(date));
  }
  const filters = merged(world, day('2026-10-27', '09:00'), 'bob', 'Add search filters', ['carol']);
  const result = await chapter(
    `bob deploys #${filters.number} "Add search filters", again approved by carol alone`,
    [
      `alice deployed #${search.number} herself: an owner needs no approvals`,
      'bob shipped three releases, each approved by carol and dave: three clean deploys',
    ],
    { deployer: 'bob', at: day('2026-10-27'), sha: filters.sha },
  );
  if (result.outputs['allowed'] === 'true')
    deployed(world, 'bob', filters.sha, day('2026-10-27', '10:30'));
}

async function owner(world: World, chapter: Tell): Promise<void> {
  world.at(day('2026-11-03', '09:30'));
  const typo = world.commit({
    message: 'Fix typo in the footer',
    author: 'alice',
    files: { 'footer.txt': 'Thank you' },
  });
  const result = await chapter(
    'alice pushes a one-line fix straight to main and deploys it, unreviewed',
    [],
    { deployer: 'alice', at: day('2026-11-03'), sha: typo.sha },
  );
  if (result.outputs['allowed'] === 'true')
    deployed(world, 'alice', typo.sha, day('2026-11-03', '10:30'));
}

async function freezeAndRollback(world: World, chapter: Tell): Promise<void> {
  const checkout = merged(world, day('2026-11-27', '09:00'), 'bob', 'New checkout', ['carol']);
  await chapter(
    `bob deploys #${checkout.number} "New checkout", approved by carol, on Black Friday, inside the freeze`,
    [],
    { deployer: 'bob', at: day('2026-11-27'), sha: checkout.sha },
  );
  const lastGood = world.deployments.at(-1)!.sha;
  const shipped = await chapter(
    `The freeze is over: bob deploys #${checkout.number} "New checkout" again`,
    [],
    { deployer: 'bob', at: day('2026-12-01'), sha: checkout.sha },
  );
  if (shipped.outputs['allowed'] === 'true')
    deployed(world, 'bob', checkout.sha, day('2026-12-01', '10:30'));
  const rollback = await chapter(
    `Checkout breaks; alice rolls production back to ${lastGood.slice(0, 7)}, the deploy before it`,
    [],
    { deployer: 'alice', at: day('2026-12-01', '11:00'), sha: lastGood },
  );
  if (rollback.outputs['allowed'] === 'true')
    deployed(world, 'alice', lastGood, day('2026-12-01', '11:30'));
  const fix = merged(world, day('2026-12-02', '09:00'), 'bob', 'Fix checkout', ['carol']);
  await chapter(
    `bob deploys #${fix.number} "Fix checkout", approved by carol`,
    ['the rollback turned bob\'s "New checkout" deploy into a failure of his'],
    { deployer: 'bob', at: day('2026-12-02'), sha: fix.sha },
  );
}
