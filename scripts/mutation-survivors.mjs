// Lists the mutants a Stryker JSON report left alive (survived, no coverage), per file with its score.
// Usage: node scripts/mutation-survivors.mjs [report.json] [statuses, comma-separated]
import { readFileSync } from 'node:fs';

const [reportFile = 'reports/mutation/mutation.json', statusList = 'Survived,NoCoverage'] =
  process.argv.slice(2);
const statuses = statusList.split(',');
const report = JSON.parse(readFileSync(reportFile, 'utf8'));

/** Stryker's score: detected (killed, timeout) over valid (detected, survived, no coverage). */
function score(counts) {
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)} %`;
}

function countStatuses(mutants) {
  const counts = {};
  for (const { status } of mutants) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

const all = [];
for (const [file, { mutants }] of Object.entries(report.files).sort()) {
  all.push(...mutants);
  const counts = countStatuses(mutants);
  console.log(`${file}  ${score(counts)}  ${JSON.stringify(counts)}`);
  const alive = mutants
    .filter((mutant) => statuses.includes(mutant.status))
    .sort((a, b) => a.location.start.line - b.location.start.line);
  for (const { location, status, mutatorName, replacement } of alive) {
    const where = `${location.start.line}:${location.start.column}`;
    console.log(`  ${where} ${status} ${mutatorName} -> ${JSON.stringify(replacement ?? '')}`);
  }
}
const total = countStatuses(all);
console.log(`total  ${score(total)}  ${JSON.stringify(total)}`);
