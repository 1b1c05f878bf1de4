// loadHistory from a first page: the policy it reads or refuses, the request it hands the reader, what it keeps.
import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../src/decide/facts.js';
import {
  loadHistory,
  type HistoryReader,
  type HistoryRequest,
} from '../../src/github/load-history.js';
import type { KnownFacts } from '../../src/github/ledger.js';
import type { GitHubPort, HistoryPage } from '../../src/github/port.js';
import { PolicyError } from '../../src/policy/policy-error.js';
import { NOW, aDeployment } from '../builders.js';

const POLICY = `version: 1
environments:
  production:
    approvals: 1
`;
const WINDOWED = `version: 1
environments:
  Production:
    approvals: 1
    trust:
      window: 30d
      levels:
        - { name: newcomer, after: 0, approvals: 1 }
`;
const DAY = 86_400_000;
const REQUEST: HistoryRequest = {
  environment: 'Production',
  policyPath: '.github/trust-gate.yml',
  policyRef: null,
  now: new Date(NOW),
};

function aPage(overrides: Partial<HistoryPage> = {}): HistoryPage {
  return {
    policyText: POLICY,
    defaultBranch: 'main',
    deployments: [],
    moreStatuses: [],
    nextCursor: null,
    ...overrides,
  };
}

/** A port whose history requests are logged and answered with `page`. */
function aPort(page: HistoryPage = aPage()) {
  const asked: unknown[] = [];
  const port = {
    history: (request: unknown) => {
      asked.push(request);
      return Promise.resolve(page);
    },
  } as unknown as GitHubPort;
  return { port, asked };
}

/** A reader that notes what it was asked and answers `deployments` (and `known`). */
function aReader(deployments: Deployment[] = [], known?: KnownFacts) {
  const calls: Array<{ request: unknown; first: HistoryPage }> = [];
  const reader: HistoryReader = (_port, request, first) => {
    calls.push({ request, first });
    return Promise.resolve(known ? { deployments, known } : { deployments });
  };
  return { reader, calls };
}

const load = (first: HistoryPage, request = REQUEST, reader = aReader().reader) =>
  loadHistory(aPort().port, request, Promise.resolve(first), reader);

describe('the policy', () => {
  it.each([
    [
      'binary',
      { policyBlob: { isBinary: true, isTruncated: false, byteSize: 10 } },
      "Policy file .github/trust-gate.yml on the default branch (main) is binary: GitHub's API gives no text for binary files. Commit it as UTF-8 YAML text.",
    ],
    [
      'cut at the API’s limit',
      { policyBlob: { isBinary: false, isTruncated: true, byteSize: 600_000 } },
      "Policy file .github/trust-gate.yml on the default branch (main) is 600,000 bytes; GitHub's API returns at most 512,000 bytes of a file's text, so it cannot be read whole. Shorten it below that limit.",
    ],
    [
      'missing',
      { policyText: null },
      'Policy file .github/trust-gate.yml was not found on the default branch (main). Commit it there, or set the `policy` / `policy-ref` inputs.',
    ],
    [
      'not asked for',
      { policyText: undefined, defaultBranch: '' },
      'Policy file .github/trust-gate.yml was not found on the default branch (unknown). Commit it there, or set the `policy` / `policy-ref` inputs.',
    ],
    [
      'without the environment',
      { policyText: 'version: 1\nenvironments:\n  staging:\n    approvals: 1\n' },
      'No policy for environment `Production` in .github/trust-gate.yml; it has: staging. Add an `environments.Production` key.',
    ],
  ])('is refused when %s', async (_name, page, message) => {
    const refused = load(aPage(page));
    await expect(refused).rejects.toThrow(PolicyError);
    await expect(refused).rejects.toThrow(message);
    await expect(refused).rejects.toMatchObject({ issues: [] });
  });

  it('is refused at the policy ref it was read from', async () => {
    await expect(
      load(aPage({ policyText: null }), { ...REQUEST, policyRef: 'v2' }),
    ).rejects.toThrow('Policy file .github/trust-gate.yml was not found on v2.');
  });

  it('is read whole from a blob within the limit', async () => {
    const page = aPage({ policyBlob: { isBinary: false, isTruncated: false, byteSize: 60 } });
    const loaded = await load(page);
    expect(loaded.match.key).toBe('production');
    expect(loaded.match.environment.approvals).toBe(1);
    expect(Object.keys(loaded.policy.environments)).toEqual(['production']);
  });
});

describe('the history', () => {
  it('is read from the start of the trust window, 90 days unless the policy says', async () => {
    const { reader, calls } = aReader();
    await load(aPage(), REQUEST, reader);
    await load(aPage({ policyText: WINDOWED }), REQUEST, reader);
    expect(calls.map((c) => c.request)).toEqual([
      {
        environment: 'Production',
        spellings: ['Production', 'production'],
        since: Date.parse(NOW) - 90 * DAY,
      },
      {
        environment: 'Production',
        spellings: ['Production', 'production'],
        since: Date.parse(NOW) - 30 * DAY,
      },
    ]);
  });

  it('asks the first page again for every spelling of the name GitHub holds', async () => {
    const first = aPage({ environments: { names: ['PRODUCTION', 'staging'], nextCursor: null } });
    const again = aPage({ policyText: undefined });
    const { port, asked } = aPort(again);
    const { reader, calls } = aReader();
    await loadHistory(port, REQUEST, Promise.resolve(first), reader);
    const spellings = ['Production', 'production', 'PRODUCTION'];
    expect(asked).toEqual([{ environment: 'Production', spellings, policy: null, after: null }]);
    expect(calls[0]!.first).toBe(again);
  });

  it('starts from the first page when GitHub holds no other spelling', async () => {
    const first = aPage({ environments: { names: ['production', 'staging'], nextCursor: null } });
    const { port, asked } = aPort();
    const { reader, calls } = aReader();
    await loadHistory(port, REQUEST, Promise.resolve(first), reader);
    expect(asked).toEqual([]);
    expect(calls[0]!.first).toBe(first);
  });

  it('is read page by page unless a reader is given', async () => {
    const deployments = [aDeployment({ id: 1, environment: 'production' })];
    const loaded = await loadHistory(
      aPort().port,
      REQUEST,
      Promise.resolve(aPage({ deployments })),
    );
    expect(loaded.deployments.map((d) => d.id)).toEqual([1]);
  });

  it('keeps the environment’s own deployments, whatever their case', async () => {
    const deployments = [
      aDeployment({ id: 1, environment: 'PRODUCTION' }),
      aDeployment({ id: 2, environment: 'production-eu' }),
      aDeployment({ id: 3, environment: 'Production' }),
    ];
    const loaded = await load(aPage(), REQUEST, aReader(deployments).reader);
    expect(loaded.deployments.map((d) => d.id)).toEqual([1, 3]);
    expect(loaded).toMatchObject({ defaultBranch: 'main', notes: [], generations: {} });
    expect(loaded).not.toHaveProperty('known');
    expect(loaded).not.toHaveProperty('targetHistory');
  });

  it('carries what the history cache knew, and the target’s history', async () => {
    const known: KnownFacts = {
      runs: {},
      jobs: {},
      attempts: {},
      comparisons: {},
      generations: { abc: 7 },
    };
    const targetHistory = { target: 'abc', commits: [], pullsOf: () => Promise.resolve({}) };
    const loaded = await load(aPage({ targetHistory }), REQUEST, aReader([], known).reader);
    expect(loaded.known).toBe(known);
    expect(loaded.generations).toEqual({ abc: 7 });
    expect(loaded.generations).not.toBe(known.generations);
    expect(loaded.targetHistory).toBe(targetHistory);
  });
});
