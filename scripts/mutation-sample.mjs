// A mutation score for a folder too large to test whole on this machine, from a random sample of its
// mutants (docs/mutation.md, "Sampling src/github").
//
//   node scripts/mutation-sample.mjs list  <mutate glob> <mutants.json>
//       every mutant Stryker makes of the glob (no test runs: a command that fails for any mutant)
//   node scripts/mutation-sample.mjs pick  <mutants.json> <size> <seed> <sample.json>
//       a uniform random sample; prints the `--mutate` ranges that select it
//   node scripts/mutation-sample.mjs score <sample.json> <report.json>
//       the sample's score (killed and timed out over valid) with its 95 % Wilson interval
//   node scripts/mutation-sample.mjs sum   <mutants.json> <report.json>...
//       every mutant of the list scored from reports of runs over parts of it (a later report wins);
//       a mutant no report holds counts as undetected
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);

/** A mutant's identity across runs: where it is and what it does. */
const keyOf = (file, m) =>
  [file, m.mutatorName, m.replacement ?? '', JSON.stringify(m.location)].join('\u0000');

function list(glob, out) {
  const config = {
    testRunner: 'command',
    // Passes the dry run (no active mutant) and fails every mutant: listing runs no test.
    commandRunner: { command: 'test -z "$__STRYKER_ACTIVE_MUTANT__"' },
    coverageAnalysis: 'off',
    incremental: false,
    mutate: glob.split(','),
    ignorePatterns: ['.tmp', 'reports', 'coverage'],
    reporters: ['json'],
    jsonReporter: { fileName: out },
    tempDirName: '.tmp/stryker-list',
    cleanTempDir: 'always',
    logLevel: 'warn',
  };
  writeFileSync('.tmp/stryker-list.json', JSON.stringify(config));
  execFileSync('npx', ['stryker', 'run', '.tmp/stryker-list.json'], { stdio: 'inherit' });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const mutants = Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants.map(({ mutatorName, replacement, location }) => ({
      file,
      mutatorName,
      replacement,
      location,
    })),
  );
  writeFileSync(out, JSON.stringify(mutants, null, 1));
  console.log(`${mutants.length} mutants in ${glob}`);
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(all, size, seed, out) {
  const mutants = JSON.parse(readFileSync(all, 'utf8'));
  const next = random(Number(seed));
  // Fisher–Yates on a copy: the first `size` are a uniform sample without replacement.
  const shuffled = [...mutants];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const sample = shuffled.slice(0, Number(size));
  writeFileSync(out, JSON.stringify(sample, null, 1));
  // Report columns are 1-based; a `--mutate` range's columns are 0-based, its lines 1-based.
  const ranges = sample.map(({ file, location: { start, end } }) => {
    return `${file}:${start.line}:${start.column - 1}-${end.line}:${end.column - 1}`;
  });
  console.log([...new Set(ranges)].join(','));
}

/** The 95 % Wilson score interval of `k` successes in `n`. */
function wilson(k, n) {
  const z = 1.96;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}

function score(sampleFile, reportFile) {
  const sample = JSON.parse(readFileSync(sampleFile, 'utf8'));
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const tested = new Map();
  for (const [file, { mutants }] of Object.entries(report.files))
    for (const m of mutants) tested.set(keyOf(file, m), m);
  const counts = {};
  const alive = [];
  for (const m of sample) {
    const found = tested.get(keyOf(m.file, m));
    const status = found?.status ?? 'NotInReport';
    counts[status] = (counts[status] ?? 0) + 1;
    if (['Survived', 'NoCoverage', 'NotInReport'].includes(status)) alive.push({ ...m, status });
  }
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  const [low, high] = wilson(detected, valid);
  const pct = (x) => `${(100 * x).toFixed(1)} %`;
  console.log(JSON.stringify(counts));
  console.log(
    `sample score ${pct(detected / valid)} (${detected} of ${valid} valid); ` +
      `95 % interval ${pct(low)}–${pct(high)}`,
  );
  for (const { file, location, status, mutatorName, replacement } of alive)
    console.log(
      `  ${file}:${location.start.line}:${location.start.column} ${status} ${mutatorName} -> ${JSON.stringify(replacement ?? '')}`,
    );
}

function sum(all, reports) {
  const mutants = JSON.parse(readFileSync(all, 'utf8'));
  const tested = new Map();
  for (const reportFile of reports) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    for (const [file, { mutants: found }] of Object.entries(report.files))
      for (const m of found) tested.set(keyOf(file, m), m.status);
  }
  const DETECTED = ['Killed', 'Timeout'];
  const UNDETECTED = ['Survived', 'NoCoverage', 'NotInReport'];
  const rows = new Map();
  for (const m of mutants) {
    const status = tested.get(keyOf(m.file, m)) ?? 'NotInReport';
    const row = rows.get(m.file) ?? {};
    row[status] = (row[status] ?? 0) + 1;
    rows.set(m.file, row);
  }
  const total = {};
  const line = (name, row) => {
    const detected = DETECTED.reduce((n, s) => n + (row[s] ?? 0), 0);
    const valid = detected + UNDETECTED.reduce((n, s) => n + (row[s] ?? 0), 0);
    const counts = [...DETECTED, ...UNDETECTED, 'Ignored'].map((s) =>
      String(row[s] ?? 0).padStart(7),
    );
    const pct = valid ? `${((100 * detected) / valid).toFixed(1)} %` : '-';
    console.log(`${name.padEnd(36)}${counts.join('')}  ${pct.padStart(8)}`);
  };
  console.log(
    `${'file'.padEnd(36)}${['killed', 'tmout', 'surv', 'nocov', 'none', 'static'].map((s) => s.padStart(7)).join('')}     score`,
  );
  for (const [file, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    line(file, row);
    for (const [status, n] of Object.entries(row)) total[status] = (total[status] ?? 0) + n;
  }
  line('all', total);
}

if (command === 'list') list(args[0], args[1]);
else if (command === 'sum') sum(args[0], args.slice(1));
else if (command === 'pick') pick(args[0], args[1], args[2], args[3]);
else if (command === 'score') score(args[0], args[1]);
else {
  console.error('usage: mutation-sample.mjs list|pick|score|sum … (see the header)');
  process.exitCode = 2;
}
