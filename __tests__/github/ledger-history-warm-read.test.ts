// readWarm against a hand-written GitHub: which pages and nodes it asks for, what it keeps, re-reads and discards.
import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../src/decide/facts.js';
import { readWarm } from '../../src/github/ledger-history.js';
import {
  HORIZON_MS,
  UNSETTLED_HORIZON_MS,
  ledgerEntry,
  type Ledger,
} from '../../src/github/ledger.js';
import { aLedger as anEmptyLedger } from './ledger-kit.js';
import { aDeployment, aStatus } from '../builders.js';
import { FakeGitHub } from './fake-history-github.js';

const DAY = 86_400_000;
const READ_AT = '2026-06-10T12:00:00.000Z';
const CUTOFF = Date.parse(READ_AT) - HORIZON_MS;
const ABANDONED = Date.parse(READ_AT) - UNSETTLED_HORIZON_MS;
/** The trust window starts 30 days before the ledger was read. */
const SINCE = Date.parse(READ_AT) - 30 * DAY;
const REQUEST = {
  environment: 'production',
  spellings: ['production', 'Production'],
  since: SINCE,
};

const iso = (ms: number) => new Date(ms).toISOString();
const daysBeforeRead = (days: number) => iso(Date.parse(READ_AT) - days * DAY);
const runUrl = (run: number, rest = '') =>
  `https://github.com/acme/shop/actions/runs/${run}${rest}`;

/** A deployment `days` before the ledger was read, settled by a success unless told. */
function dep(id: number, days: number, overrides: Partial<Deployment> = {}): Deployment {
  return aDeployment({ id, createdAt: daysBeforeRead(days), ...overrides });
}

/** readWarm from GitHub's first page; the sample is empty unless told. */
async function warmRead(
  github: FakeGitHub,
  ledger: Ledger,
  options: Parameters<typeof readWarm>[4] = {},
) {
  return readWarm(github.port, REQUEST, await github.first(), ledger, {
    sampleSize: 0,
    ...options,
  });
}

function aLedger(deployments: Deployment[], overrides: Partial<Ledger> = {}): Ledger {
  return anEmptyLedger({
    builtAt: READ_AT,
    readAt: READ_AT,
    deployments: deployments.map((d) => ledgerEntry(d, `DE_${d.id}`)),
    ...overrides,
  });
}

const ids = (read: Awaited<ReturnType<typeof readWarm>>) =>
  'discarded' in read ? read.discarded : read.deployments.map((d) => d.id);

/** Ten deployments: two new since the ledger, two within the horizon, six settled before it. */
function aRecord(): Deployment[] {
  return [
    dep(10, -2),
    dep(9, -1),
    dep(8, 2),
    dep(7, 5),
    dep(6, 8),
    dep(5, 10),
    dep(4, 20),
    dep(3, 40),
    dep(2, 50),
    dep(1, 60),
  ];
}

describe('the fresh pages', () => {
  it('are read from GitHub down past the horizon, the rest from the ledger', async () => {
    const record = aRecord();
    const github = new FakeGitHub(record);
    const read = await warmRead(github, aLedger(record.slice(2)));
    expect(ids(read)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(github.log).toEqual(['history c2', 'history c4']);
    expect(github.historyAsks[0]).toEqual({
      environment: 'production',
      spellings: ['production', 'Production'],
      policy: null,
      after: 'c2',
    });
    if ('discarded' in read) return;
    expect(read.complete).toBe(false);
    expect([...read.nodeIds.entries()].sort(([a], [b]) => a - b)).toEqual(
      record.map((d) => [d.id, `DE_${d.id}`]).reverse(),
    );
  });

  it('read on past a page that ends exactly at the horizon', async () => {
    const record = [dep(3, 1), { ...dep(2, 0), createdAt: iso(CUTOFF) }, dep(1, 10)];
    const github = new FakeGitHub(record);
    await warmRead(github, aLedger(record.slice(1)));
    expect(github.log).toEqual(['history c2']);
    const short = [dep(3, 1), { ...dep(2, 0), createdAt: iso(CUTOFF - 1) }, dep(1, 10)];
    const other = new FakeGitHub(short);
    await warmRead(other, aLedger(short.slice(1)));
    expect(other.log).toEqual([]);
  });

  it('stop at the first page whose oldest deployment is past the horizon', async () => {
    const record = [dep(5, 1), dep(4, 2), dep(3, 9), dep(2, 10), dep(1, 40)];
    const github = new FakeGitHub(record, 3);
    const read = await warmRead(github, aLedger(record.slice(1)));
    expect(github.log).toEqual([]);
    expect(ids(read)).toEqual([5, 4, 3, 2, 1]);
  });

  it('are taken whole: every deployment’s statuses past the first page are read', async () => {
    const record = [
      dep(3, 1, {
        statuses: [
          aStatus('pending', { createdAt: daysBeforeRead(1) }),
          aStatus('success', { createdAt: daysBeforeRead(0.9) }),
        ],
      }),
      dep(2, 9),
      dep(1, 10),
    ];
    const github = new FakeGitHub(record);
    github.longStatuses.add(3);
    const read = await warmRead(github, aLedger(record.slice(1), { complete: true }));
    expect(github.log).toEqual(['statuses 3']);
    if ('discarded' in read) throw new Error(read.discarded);
    expect(read.deployments[0]!.statuses.map((s) => s.state)).toEqual(['pending', 'success']);
  });

  it('stop at a cursor that comes back, naming the environment', async () => {
    const record = aRecord();
    const github = new FakeGitHub(record);
    const history = github.port.history.bind(github.port);
    github.port.history = async (request) => ({ ...(await history(request)), nextCursor: 'c2' });
    await expect(warmRead(github, aLedger(record))).rejects.toThrow(
      'GitHub\'s paging of the deployment history of "production" did not advance (the cursor "c2" came back)',
    );
  });

  it('that reach GitHub’s first deployment make the history complete, and drop what the ledger holds beyond', async () => {
    const record = [dep(3, -1), dep(2, 2), dep(1, 9)];
    const github = new FakeGitHub(record);
    const read = await warmRead(github, aLedger([...record.slice(1), dep(99, 20)]));
    expect(ids(read)).toEqual([3, 2, 1]);
    expect(github.nodeAsks).toEqual([]);
    if ('discarded' in read) return;
    expect(read.complete).toBe(true);
    expect(read.nodeIds.has(99)).toBe(false);
  });

  it('without node ids leave those deployments out of the next ledger’s ids', async () => {
    const record = [dep(2, 1), dep(1, 10)];
    const github = new FakeGitHub(record, 5);
    const history = github.port.history.bind(github.port);
    github.port.history = async (request) => {
      const page = await history(request);
      delete page.nodeIds;
      return page;
    };
    const read = await warmRead(github, aLedger(record, { complete: true }));
    if ('discarded' in read) throw new Error(read.discarded);
    expect(read.deployments.map((d) => d.id)).toEqual([2, 1]);
    expect(read.nodeIds.size).toBe(0);
  });
});

describe('the ledger’s older entries', () => {
  it('are dropped when GitHub no longer lists them within the horizon, and never doubled', async () => {
    const record = aRecord();
    const github = new FakeGitHub(record);
    const deletedRecently = dep(50, 3);
    const atCutoff = { ...dep(51, 0), createdAt: iso(CUTOFF) };
    const read = await warmRead(github, aLedger([deletedRecently, atCutoff, ...record.slice(2)]));
    expect(ids(read)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('are kept as the ledger holds them once settled, without asking GitHub', async () => {
    const record = aRecord();
    const github = new FakeGitHub(record);
    const ledger = aLedger(record);
    const tampered = ledger.deployments.find((d) => d.id === 2)!;
    tampered.creator = 'mallory';
    const read = await warmRead(github, ledger);
    if ('discarded' in read) throw new Error(read.discarded);
    expect(read.deployments.find((d) => d.id === 2)).toEqual({
      ...record.find((d) => d.id === 2),
      creator: 'mallory',
    });
    expect(read.deployments.find((d) => d.id === 2)).not.toHaveProperty('nodeId');
    expect(github.nodeAsks).toEqual([]);
  });

  it('are re-read when unsettled and younger than the unsettled horizon, as GitHub has them now', async () => {
    const open = (id: number, createdAt: string) =>
      aDeployment({ id, createdAt, outcome: null, statuses: [] });
    const ledgerOpen = [
      open(21, daysBeforeRead(9)),
      open(22, iso(ABANDONED)),
      open(23, iso(ABANDONED - 1)),
      open(24, daysBeforeRead(12)),
    ];
    const record = [
      dep(30, 1),
      dep(29, 9),
      dep(21, 9, { statuses: [aStatus('failure', { createdAt: daysBeforeRead(1) })] }),
      dep(22, 0, { createdAt: iso(ABANDONED), statuses: [aStatus('success')] }),
      dep(23, 0, { createdAt: iso(ABANDONED - 1), statuses: [aStatus('success')] }),
      dep(1, 40),
    ];
    const github = new FakeGitHub(record);
    const read = await warmRead(github, aLedger([dep(29, 9), ...ledgerOpen, dep(1, 40)]));
    expect(github.nodeAsks).toEqual([['DE_21', 'DE_22', 'DE_24']]);
    if ('discarded' in read) throw new Error(read.discarded);
    const states = Object.fromEntries(
      read.deployments.map((d) => [d.id, d.statuses.map((s) => s.state).join()]),
    );
    // 24 is gone from GitHub; 23 is past the unsettled horizon: as the ledger holds it.
    expect(states).toEqual({
      30: 'success',
      29: 'success',
      21: 'failure',
      22: 'success',
      23: '',
      1: 'success',
    });
    expect(read.deployments.map((d) => d.id)).toEqual([30, 29, 21, 22, 23, 1]);
    expect(read.nodeIds.get(21)).toBe('DE_21');
    expect(read.nodeIds.has(24)).toBe(false);
  });

  it('re-read with statuses past one page are read whole', async () => {
    const statuses = [
      aStatus('pending', { createdAt: daysBeforeRead(9) }),
      aStatus('in_progress', { createdAt: daysBeforeRead(8) }),
    ];
    const record = [dep(3, 1), dep(4, 8), dep(2, 9, { statuses }), dep(1, 40)];
    const github = new FakeGitHub(record);
    github.longStatuses.add(2);
    const ledger = aLedger([dep(4, 8), dep(2, 9, { statuses: [statuses[0]!] }), dep(1, 40)]);
    const read = await warmRead(github, ledger);
    if ('discarded' in read) throw new Error(read.discarded);
    expect(github.log).toEqual(['nodes DE_2', 'statuses 2']);
    expect(read.deployments[2]!.statuses.map((s) => s.state)).toEqual(['pending', 'in_progress']);
  });
});

describe('the sample', () => {
  const settled = aRecord();

  it('rides with the unsettled entries in one request, sample first', async () => {
    const record = [...settled.slice(0, 7), dep(11, 30, { statuses: [] }), ...settled.slice(7)];
    const github = new FakeGitHub(record);
    const read = await warmRead(github, aLedger(record), { sampleSize: 2, random: () => 0 });
    expect(github.nodeAsks).toEqual([['DE_4', 'DE_3', 'DE_11']]);
    expect(ids(read)).toEqual(record.map((d) => d.id));
  });

  it.each([
    [
      'gone from GitHub',
      (record: Deployment[]) => record.filter((d) => d.id !== 3),
      'deployment 3 it holds is gone from GitHub',
    ],
    [
      'changed on GitHub',
      (record: Deployment[]) =>
        record.map((d) => (d.id === 3 ? { ...d, statuses: [aStatus('failure')] } : d)),
      "deployment 3 differs from GitHub's record of it",
    ],
  ])('discards the ledger when a sampled entry is %s', async (_name, change, why) => {
    const github = new FakeGitHub(change(settled));
    const read = await warmRead(github, aLedger(settled), { sampleSize: 3, random: () => 1 });
    expect(github.nodeAsks).toEqual([['DE_3', 'DE_2', 'DE_1']]);
    expect(read).toEqual({ discarded: why });
  });

  it('compares a sampled entry with statuses past one page whole', async () => {
    const statuses = [
      aStatus('success', { createdAt: daysBeforeRead(40) }),
      aStatus('inactive', { createdAt: daysBeforeRead(39), logUrl: runUrl(7) }),
    ];
    const record = settled.map((d) => (d.id === 3 ? { ...d, statuses } : d));
    const github = new FakeGitHub(record);
    github.longStatuses.add(3);
    const read = await warmRead(github, aLedger(record), { sampleSize: 1, random: () => 1 });
    expect(github.log).toEqual(['history c2', 'history c4', 'nodes DE_3', 'statuses 3']);
    expect(ids(read)).toEqual(record.map((d) => d.id));
  });

  it('is five entries unless told', async () => {
    const record = [...settled.slice(0, 8), dep(14, 45), dep(13, 48), ...settled.slice(8)];
    const github = new FakeGitHub(record);
    await warmRead(github, aLedger(record), { sampleSize: undefined as never, random: () => 0 });
    expect(github.nodeAsks).toEqual([['DE_4', 'DE_3', 'DE_14', 'DE_13', 'DE_2']]);
  });
});

describe('the trust window', () => {
  const success = (id: number, ms: number) => aDeployment({ id, createdAt: iso(ms) });
  const failure = (id: number, ms: number) =>
    aDeployment({ id, createdAt: iso(ms), outcome: 'failure' });

  it.each([
    ['a success just before it', [success(2, SINCE - 1)], false, null],
    ['a success exactly at its start', [success(2, SINCE)], false, 'reaches'],
    ['only a failure before it', [failure(2, SINCE - DAY)], false, 'reaches'],
    ['nothing before it', [], false, 'reaches'],
    ['nothing before it, from a complete ledger', [], true, null],
  ])('with %s', async (_name, older, complete, discarded) => {
    const record = [dep(10, 1), dep(9, 10), dep(8, 20), ...older];
    const github = new FakeGitHub(record);
    const read = await warmRead(github, aLedger(record.slice(1), { complete }));
    if (discarded) {
      expect(read).toEqual({ discarded: 'the trust window reaches past the history it holds' });
    } else {
      expect(ids(read)).toEqual(record.map((d) => d.id));
      expect('complete' in read && read.complete).toBe(complete);
    }
  });
});

describe('the known run facts', () => {
  const facts = (runs: number[], conclusion: string | null = 'success') =>
    Object.fromEntries(
      runs.map((r) => [
        String(r),
        { conclusion, attempts: 1, triggeringActor: 'alice', repository: 'acme/shop' },
      ]),
    );
  const linked = (
    id: number,
    days: number,
    url: string,
    where: 'logUrl' | 'targetUrl' = 'logUrl',
  ) =>
    dep(id, days, {
      statuses: [aStatus('success', { createdAt: daysBeforeRead(days), [where]: url })],
    });

  it('forget the runs of deployments created exactly at the horizon', async () => {
    const atHorizon = {
      ...linked(9, 0, runUrl(8)),
      createdAt: new Date(CUTOFF).toISOString(),
    };
    const record = [dep(10, 1), atHorizon, dep(7, 9), dep(1, 40)];
    const github = new FakeGitHub(record);
    const read = await warmRead(github, aLedger(record.slice(1), { runs: facts([8, 9]) }));
    expect(github.log).toEqual(['history c2']);
    if ('discarded' in read) throw new Error(read.discarded);
    expect(read.known.runs).toEqual(facts([9]));
  });

  it('forget what recent and re-read deployments link to, and what had not concluded', async () => {
    const record = [
      linked(10, -1, runUrl(1, '/job/11')),
      linked(9, 3, runUrl(2, '/attempts/2'), 'targetUrl'),
      dep(8, 4, { statuses: [aStatus('success', { logUrl: 'https://example.com/deploy' })] }),
      linked(7, 9, runUrl(3)), // past the horizon, settled: its run stays known
      linked(6, 10, runUrl(4)), // past the horizon, unsettled in the ledger: re-read
      dep(1, 40),
    ];
    const ledger = aLedger(
      record.slice(1).map((d) => (d.id === 6 ? { ...d, statuses: [] } : d)),
      {
        runs: { ...facts([1, 2, 3, 4, 5]), ...facts([6], null) },
        jobs: {
          11: { conclusion: 'success', run: '1', attempt: 1 },
          12: { conclusion: 'failure', run: '5', attempt: 1 },
          13: { conclusion: null, run: '5', attempt: 1 },
        },
        attempts: {
          '2/2': { conclusion: 'success', triggeringActor: 'bob' },
          '2/1': { conclusion: 'failure', triggeringActor: 'bob' },
          '5/1': { conclusion: null, triggeringActor: 'bob' },
        },
        comparisons: { 'a...b': 'behind' },
        generations: { a: 3 },
      },
    );
    const github = new FakeGitHub(record);
    const read = await warmRead(github, ledger);
    if ('discarded' in read) throw new Error(read.discarded);
    expect(read.known).toEqual({
      runs: facts([3, 5]),
      jobs: { 12: { conclusion: 'failure', run: '5', attempt: 1 } },
      attempts: { '2/1': { conclusion: 'failure', triggeringActor: 'bob' } },
      comparisons: { 'a...b': 'behind' },
      generations: { a: 3 },
    });
    expect(read.known.comparisons).not.toBe(ledger.comparisons);
    expect(read.known.generations).not.toBe(ledger.generations);
  });
});
