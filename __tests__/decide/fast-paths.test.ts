// The history's fast paths agree with the straightforward versions they replaced, kept here as references.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketOf, CommitBuckets } from '../../src/decide/commit-buckets.js';
import { isWorkflowBot } from '../../src/decide/credit.js';
import type { Deployment, Facts } from '../../src/decide/facts.js';
import { historyOf, KIND, readOutcome, type History } from '../../src/decide/history.js';
import { isoMs } from '../../src/decide/iso-time.js';
import { markRollbacks } from '../../src/decide/rollbacks.js';
import { readTimeline, type Counted } from '../../src/decide/timeline.js';
import {
  emptyTally,
  scoreAfterFailure,
  tallyByDeployer,
  type Tally,
} from '../../src/decide/trust-score.js';
import type { Trust } from '../../src/policy/schema.js';
import { aStatus, aTrust, NOW, someFacts } from '../builders.js';

// ---- References: the code before the fast paths, unchanged but for names. ----

const CALENDAR_UTC =
  /^\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?Z$/;

function compareIso(a: string, b: string): number {
  if (a.length === b.length && CALENDAR_UTC.test(a) && CALENDAR_UTC.test(b)) {
    return Number(a > b) - Number(a < b);
  }
  return isoMs(a) - isoMs(b);
}

function byTimeThenId(a: Deployment, b: Deployment): number {
  return compareIso(a.createdAt, b.createdAt) || a.id - b.id;
}

function referenceOrder(deployments: Deployment[], facts: Facts): number[] {
  const wanted = facts.environment.toLowerCase();
  const positions = Int32Array.from(
    deployments.flatMap((d, p) =>
      d.environment.toLowerCase() === wanted && readOutcome(d, facts) ? [p] : [],
    ),
  );
  const first = deployments[positions[0]!];
  const last = deployments[positions[positions.length - 1]!];
  if (first && last && compareIso(first.createdAt, last.createdAt) > 0) positions.reverse();
  let sorted = true;
  for (let i = 1; i < positions.length; i++) {
    if (byTimeThenId(deployments[positions[i - 1]!]!, deployments[positions[i]!]!) > 0)
      sorted = false;
  }
  if (sorted) return [...positions];
  const at = new Float64Array(deployments.length);
  for (const p of positions) at[p] = isoMs(deployments[p]!.createdAt);
  return [...positions.sort((a, b) => at[a]! - at[b]! || deployments[a]!.id - deployments[b]!.id)];
}

function referenceMarkRepeats({ deployments, order, kinds }: History, from: number): void {
  const succeeded = new Set<string>();
  for (let i = from; i < order.length; i++) {
    const p = order[i]!;
    const kind = kinds[p]!;
    if (kind === KIND.failed) continue;
    const sha = deployments[p]!.sha;
    if (kind === KIND.earned && succeeded.has(sha)) kinds[p] = KIND.redeploy;
    succeeded.add(sha);
  }
}

function referenceTallies({ history, from }: Counted, trust: Trust): Map<string, Tally> {
  const { deployments, order, kinds, who, deployers } = history;
  const tallies = new Map<string, Tally>();
  for (let i = from; i < order.length; i++) {
    const p = order[i]!;
    const credited = deployers[who[p]!];
    if (!credited) continue;
    let tally = tallies.get(credited.key);
    if (!tally) tallies.set(credited.key, (tally = emptyTally(credited.login)));
    tally.lastDeploy = deployments[p]!.createdAt;
    const kind = kinds[p]!;
    if (kind === KIND.failed || kind === KIND['rolled-back']) {
      tally.failures++;
      if (kind === KIND['rolled-back']) tally.rollbacks++;
      tally.score = scoreAfterFailure(tally.score, trust);
    } else {
      tally.successes++;
      if (kind === KIND.earned) tally.score++;
    }
  }
  return tallies;
}

// ---- Arbitrary histories: times in every form, commits that repeat, logins in two spellings. ----

const HOUR = 3_600_000;

/** Ways to write times: GitHub's (with or without milliseconds), with offsets, or a mix with odd ones. */
type Form = 'ms' | 's' | 'offsets' | 'mixed';

/** A time `hours` before now in a form; `variant` picks the offset, or the odd kind of time. */
function written(hours: number, variant: number, form: Form): string {
  const ms = Date.parse(NOW) - hours * HOUR;
  const iso = new Date(ms).toISOString();
  if (form === 'ms') return iso;
  if (form === 's') return variant === 0 ? '2026-02-30T00:00:00Z' : iso.replace('.000Z', 'Z');
  if (form === 'offsets') {
    const [offset, shift] = variant % 2 ? ['+02:00', 2 * HOUR] : ['-05:00', -5 * HOUR];
    return new Date(ms + shift).toISOString().replace('.000Z', offset);
  }
  if (variant === 7) return 'yesterday';
  return written(hours, variant, (['ms', 's', 'offsets'] as const)[variant % 3]!);
}

const time = fc.tuple(fc.integer({ min: 0, max: 24 * 120 }), fc.integer({ min: 0, max: 9 }));

/** Commit ids that repeat, including 40-character ids that differ only where the hash does not look. */
const SHAS = [
  'a',
  'b',
  'sha1',
  'sha12',
  'f'.repeat(40),
  '0'.repeat(40),
  `1${'0'.repeat(39)}`,
  `${'0'.repeat(39)}1`,
];

const deployment = fc.record({
  time,
  sha: fc.constantFrom(...SHAS),
  environment: fc.constantFrom('production', 'Production', 'staging'),
  creator: fc.constantFrom('alice', 'Alice', 'bob', 'carol'),
  state: fc.constantFrom('success', 'success', 'failure', 'pending' as const),
});

/** A history of unique ids, its times in one form, listed newest first, oldest first, or as drawn. */
const history = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 40 }),
    fc.array(deployment, { minLength: 40, maxLength: 40 }),
    fc.constantFrom<Form>('ms', 's', 'offsets', 'mixed'),
    fc.constantFrom('drawn', 'newest first', 'oldest first'),
  )
  .map(([ids, fields, form, listing]) => {
    const deployments: Deployment[] = ids.map((id, i) => {
      const {
        time: [hours, variant],
        state,
        ...rest
      } = fields[i]!;
      const createdAt = written(hours, variant, form);
      const statuses = [aStatus(state)];
      return { id, ...rest, createdAt, creatorIsBot: false, payloadDeployer: null, statuses };
    });
    if (listing === 'drawn') return deployments;
    const byTime = (a: Deployment, b: Deployment) =>
      isoMs(a.createdAt) - isoMs(b.createdAt) || a.id - b.id;
    const sorted = deployments.sort(byTime);
    return listing === 'newest first' ? sorted.reverse() : sorted;
  });

const comparisons = fc.dictionary(
  fc.constantFrom('a...b', 'b...sha1', 'a...sha1', 'sha1...sha12'),
  fc.constantFrom<'ahead' | 'behind' | 'diverged'>('ahead', 'behind', 'diverged'),
);

describe('the history read fast', () => {
  it('is in the order the straightforward sort gives, for times in any form and any listing', () => {
    fc.assert(
      fc.property(history, (deployments) => {
        const facts = someFacts({ deployments });
        const { order } = historyOf(deployments, facts.environment, facts);
        expect([...order]).toEqual(referenceOrder(deployments, facts));
      }),
      { numRuns: 500 },
    );
  });

  it('marks as redeploys exactly the clean deploys a set of deployed commits would', () => {
    fc.assert(
      fc.property(
        history,
        comparisons,
        fc.constantFrom('30d', '90d'),
        (deployments, compared, window) => {
          const facts = someFacts({ deployments, comparisons: compared });
          const timeline = readTimeline(deployments, facts, window);
          const expected = historyOf(deployments, facts.environment, facts);
          markRollbacks(expected, facts);
          referenceMarkRepeats(expected, timeline.from);
          expect([...timeline.history.kinds]).toEqual([...expected.kinds]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('tallies each deployer as a map by login would, spellings of one login together', () => {
    fc.assert(
      fc.property(
        history,
        comparisons,
        fc.constantFrom('demote', 'reset' as const),
        (deployments, compared, onFailure) => {
          const timeline = readTimeline(
            deployments,
            someFacts({ deployments, comparisons: compared }),
          );
          const trust = aTrust({ 'on-failure': onFailure });
          const tallies = [...tallyByDeployer(timeline, trust)];
          expect(tallies).toEqual([...referenceTallies(timeline, trust)]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('commit buckets', () => {
  /** Ids a hash of a sample confuses: 40 characters that differ in one place only. */
  const id = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc
      .tuple(fc.integer({ min: 0, max: 39 }), fc.constantFrom('0', '1', 'a'))
      .map(([at, c]) => `${'f'.repeat(at)}${c}${'f'.repeat(39 - at)}`),
  );

  it('are hit twice exactly when a count of hits per bucket says so', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), (ids) => {
        const buckets = new CommitBuckets();
        const hits = new Map<number, number>();
        for (const sha of ids) {
          const bucket = bucketOf(sha);
          buckets.hit(bucket);
          hits.set(bucket, (hits.get(bucket) ?? 0) + 1);
        }
        for (const sha of ids) {
          expect(buckets.hitTwice(bucketOf(sha))).toBe(hits.get(bucketOf(sha))! >= 2);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('spread distinct commit ids: few of 100,000 share a bucket', () => {
    const buckets = new CommitBuckets();
    const shas = Array.from({ length: 100_000 }, (_, i) => `sha${i}`);
    for (const sha of shas) buckets.hit(bucketOf(sha));
    const shared = shas.filter((sha) => buckets.hitTwice(bucketOf(sha))).length;
    expect(shared).toBeLessThan(10_000);
  });
});

describe('the workflow bot', () => {
  /** `github-actions` or `github-actions[bot]` recased, padded, or with a letter swapped for a look-alike. */
  const login = fc
    .tuple(
      fc.constantFrom('github-actions', 'github-actions[bot]', 'renovate[bot]', 'octocat'),
      fc.array(fc.boolean(), { minLength: 19, maxLength: 19 }),
      fc.constantFrom('', ' ', '\t', '\u00a0', '\ufeff'),
      fc.constantFrom(null, 'İ', 'ı', 'K', 'x'),
      fc.nat(18),
    )
    .map(([name, upper, pad, swap, at]) => {
      const recased = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
      const swapped =
        swap && at < recased.length ? recased.slice(0, at) + swap + recased.slice(at + 1) : recased;
      return `${pad}${swapped}${pad}`;
    });

  it('is told as lower-casing every login would', () => {
    fc.assert(
      fc.property(fc.oneof(login, fc.string({ maxLength: 20 })), fc.boolean(), (name, flagged) => {
        const key = name.trim().toLowerCase();
        const expected = key === 'github-actions[bot]' || (flagged && key === 'github-actions');
        expect(isWorkflowBot(name, flagged)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
