// Rollback checks against a hand-written GitHub: which generations and compares are asked, and what settles them.
import { describe, expect, it } from 'vitest';
import type { CompareStatus } from '../../src/decide/facts.js';
import { GitHubError } from '../../src/github/github-error.js';
import { limiter } from '../../src/github/limiter.js';
import type { LoadedHistory } from '../../src/github/load-history.js';
import type { GitHubPort } from '../../src/github/port.js';
import { generationsWanted, settleRollbacks } from '../../src/github/settle-rollbacks.js';
import { NOW, aDeployment, daysAgo } from '../builders.js';

const SCOPE = { environment: 'production', now: NOW, window: '90d' };
const sha = (letter: string) => letter.repeat(40);
const [A, B, C] = [sha('a'), sha('b'), sha('c')];

/** Successful deployments of these commits, a day apart, oldest first. */
function historyOf(shas: string[], extra: Partial<LoadedHistory> = {}): LoadedHistory {
  const deployments = shas.map((s, i) =>
    aDeployment({ sha: s, createdAt: daysAgo(shas.length - i) }),
  );
  return { deployments, generations: {}, notes: [], ...extra } as unknown as LoadedHistory;
}

/** GitHub with these commit generations and compares; logs each request. */
function aGitHub(
  generations: Record<string, number>,
  compares: Record<string, CompareStatus | Error> = {},
) {
  const log: string[] = [];
  const port = {
    generations: (shas: string[]) => {
      log.push(`generations ${shas.map((s) => s[0]).join(',')}`);
      return Promise.resolve(
        Object.fromEntries(shas.flatMap((s) => (s in generations ? [[s, generations[s]]] : []))),
      );
    },
    compareStatus: (base: string, head: string) => {
      log.push(`compare ${base[0]}...${head[0]}`);
      const answer = compares[`${base}...${head}`];
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  } as unknown as GitHubPort;
  return { port, log };
}

const gone = (status: number) => Object.assign(new Error('No common ancestor'), { status });

describe('settleRollbacks', () => {
  it('asks no compare when generations tell the head is not behind', async () => {
    const { port, log } = aGitHub({ [A]: 2, [B]: 2 });
    const settled = await settleRollbacks(port, historyOf([A, B, A]), SCOPE, limiter());
    expect(log).toEqual(['generations a,b']);
    expect(settled).toEqual({ comparisons: {}, generations: { [A]: 2, [B]: 2 } });
  });

  it('compares when generations say behind, once for each pair', async () => {
    const { port, log } = aGitHub({ [A]: 1, [B]: 2 }, { [`${B}...${A}`]: 'behind' });
    const settled = await settleRollbacks(port, historyOf([A, B, A, B, A]), SCOPE, limiter());
    expect(log).toEqual(['generations a,b', 'compare b...a']);
    expect(settled.comparisons).toEqual({ [`${B}...${A}`]: 'behind' });
  });

  it('settles a chain of rollbacks round by round, asking each commit’s generation once', async () => {
    const D = sha('d');
    const { port, log } = aGitHub(
      { [A]: 1, [B]: 2, [C]: 3, [D]: 1 },
      { [`${C}...${A}`]: 'behind', [`${B}...${D}`]: 'diverged' },
    );
    // Once c...a shows a rollback, d is judged against b: a compare only the second round asks.
    const settled = await settleRollbacks(port, historyOf([A, B, C, A, D]), SCOPE, limiter());
    expect(log).toEqual(['generations a,b,c,d', 'compare c...a', 'compare b...d']);
    expect(settled.comparisons).toEqual({ [`${C}...${A}`]: 'behind', [`${B}...${D}`]: 'diverged' });
  });

  it('takes the history cache’s compares and the history’s generations as asked', async () => {
    const { port, log } = aGitHub({});
    const history = historyOf([A, B, A], {
      generations: { [A]: 1, [B]: 2 },
      known: {
        comparisons: { [`${B}...${A}`]: 'behind' },
        runs: {},
        jobs: {},
        attempts: {},
        generations: {},
      },
    });
    const settled = await settleRollbacks(port, history, SCOPE, limiter());
    expect(log).toEqual([]);
    expect(settled).toEqual({
      comparisons: { [`${B}...${A}`]: 'behind' },
      generations: { [A]: 1, [B]: 2 },
    });
  });

  it('takes generations carried by another request, and does not ask them again', async () => {
    const { port, log } = aGitHub({}, { [`${B}...${A}`]: 'ahead' });
    const carried = { shas: [A, B], answer: Promise.resolve({ [A]: 1, [B]: 2 }) };
    const settled = await settleRollbacks(port, historyOf([A, B, A]), SCOPE, limiter(), carried);
    expect(log).toEqual(['compare b...a']);
    expect(settled).toEqual({
      comparisons: { [`${B}...${A}`]: 'ahead' },
      generations: { [A]: 1, [B]: 2 },
    });
  });

  it.each([404, 422])(
    'counts a compare GitHub cannot make (%i) as no rollback, and says so',
    async (status) => {
      const { port } = aGitHub({ [A]: 1, [B]: 2 }, { [`${B}...${A}`]: gone(status) });
      const history = historyOf([A, B, A]);
      const settled = await settleRollbacks(port, history, SCOPE, limiter());
      expect(settled.comparisons).toEqual({ [`${B}...${A}`]: 'diverged' });
      expect(history.notes).toEqual([
        'GitHub could not compare bbbbbbb...aaaaaaa (a commit is gone, or the histories are unrelated): that deployment is not counted as a rollback.',
      ]);
    },
  );

  it('lets any other failure of a compare through', async () => {
    const { port } = aGitHub({ [A]: 1, [B]: 2 }, { [`${B}...${A}`]: gone(500) });
    await expect(settleRollbacks(port, historyOf([A, B, A]), SCOPE, limiter())).rejects.toThrow(
      'No common ancestor',
    );
  });

  it('fails closed when compares never settle', async () => {
    const { port, log } = aGitHub({ [A]: 1, [B]: 2 });
    const settling = settleRollbacks(port, historyOf([A, B, A]), SCOPE, limiter());
    await expect(settling).rejects.toThrow(GitHubError);
    await expect(settling).rejects.toThrow(
      'Could not settle the rollback checks of the history: 1 still open after 100 rounds of compares. Trust Gate does not decide on part of the history; re-run the job, and report it if it persists.',
    );
    expect(log.filter((l) => l.startsWith('compare'))).toHaveLength(100);
  });
});

describe('generationsWanted', () => {
  it('names both commits of each compare the first checks need', () => {
    expect(generationsWanted(historyOf([A, B, C, A]), SCOPE)).toEqual([A, B, C]);
  });

  it('names none when the history’s generations tell already', () => {
    expect(
      generationsWanted(historyOf([A, B, A], { generations: { [A]: 2, [B]: 2 } }), SCOPE),
    ).toEqual([]);
  });

  it('names at most 100 commits', () => {
    const shas = Array.from({ length: 120 }, (_, i) => `${i}`.padStart(40, '0'));
    const deployments = shas.map((s, i) =>
      aDeployment({ sha: s, createdAt: daysAgo(30 - i / 10) }),
    );
    const history = { deployments, generations: {} } as unknown as LoadedHistory;
    expect(generationsWanted(history, SCOPE)).toEqual(shas.slice(0, 100));
  });
});
