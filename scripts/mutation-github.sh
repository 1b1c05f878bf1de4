#!/usr/bin/env bash
# Every mutant of src/github, in six parts, each part's files with the unit tests written for them
# (docs/mutation.md, "src/github: every mutant, by part"), then the parts added up. A part's name
# as the first argument runs that part only.
set -euo pipefail
cd "$(dirname "$0")/.."
G=src/github
T=__tests__/github
declare -A TESTS FILES
TESTS[transport]="$T/{client,network-fault,queries,deploy-request-queries}.test.ts"
FILES[transport]="$G/client.ts,$G/network-fault.ts,$G/queries.ts"
TESTS[errors]="$T/{github-error,octokit-writes,answer-check}.test.ts"
FILES[errors]="$G/github-error.ts,$G/octokit-writes.ts,$G/answer-check.ts"
TESTS[gather]="$T/{gather-release,gather-facts,workflow-runs,deploy-requests,deploy-request-queries}.test.ts"
FILES[gather]="$G/gather-release.ts,$G/gather-facts.ts,$G/gather-runs.ts,$G/deploy-requests.ts"
TESTS[pages]="__tests__/{github/{octokit-history-reads,octokit-history-shapes,history-pages,pull-pages,read-on,merge-group-pulls-edges,limiter,history-cut},events/merge-group-pulls}.test.ts"
FILES[pages]="$G/octokit-history.ts,$G/history-pages.ts,$G/pull-pages.ts,$G/merge-group-pulls.ts,$G/limiter.ts,$G/history-cut.ts"
TESTS[port]="$T/{workflow-runs,pull-pages,octokit-github-roles,octokit-github-reads,octokit-github-pulls,graphql-types-mapping,octokit-runs-attempts,octokit-github-deploy-requests}.test.ts"
FILES[port]="$G/octokit-github.ts,$G/graphql-types.ts,$G/octokit-runs.ts"
TESTS[ledger]="$T/{ledger,ledger-history-warm-read,history-cache-reader,ledger-store-cache,settle-rollbacks,load-history,target-history,ledger-nodes}.test.ts"
FILES[ledger]="$G/ledger-history.ts,$G/history-cache.ts,$G/ledger.ts,$G/ledger-store.ts,$G/ledger-nodes.ts,$G/settle-rollbacks.ts,$G/load-history.ts,$G/target-history.ts"
PARTS=(transport errors gather pages port ledger)

mkdir -p .tmp reports/mutation
for part in "${@:-${PARTS[@]}}"; do
  # Stryker's CLI takes no nested options: each part gets a config with its own report and sandbox.
  node -e '
    const c = require("./stryker.config.json"), part = process.argv[1];
    Object.assign(c, {
      incrementalFile: `.tmp/stryker-incremental-github-${part}.json`,
      tempDirName: `.tmp/stryker-github-${part}`,
      reporters: ["clear-text", "json"],
      jsonReporter: { fileName: `reports/mutation/github-${part}.json` },
    });
    delete c.htmlReporter;
    require("fs").writeFileSync(`.tmp/stryker-github-${part}.json`, JSON.stringify(c, null, 1));
  ' "$part"
  echo "== $part"
  TRUST_GATE_MUTATION_UNIT_ONLY=1 TRUST_GATE_MUTATION_TESTS="${TESTS[$part]}" \
    npx stryker run ".tmp/stryker-github-$part.json" --mutate "${FILES[$part]}" --logLevel warn \
    > ".tmp/stryker-github-$part.log" 2>&1 || { tail -20 ".tmp/stryker-github-$part.log"; exit 1; }
done

reports=()
for part in "${PARTS[@]}"; do reports+=("reports/mutation/github-$part.json"); done
node scripts/mutation-sample.mjs list "$G/**/*.ts,!src/**/index.ts" .tmp/github-mutants.json
# A part not run yet leaves its report missing: sum then fails, naming the file.
node scripts/mutation-sample.mjs sum .tmp/github-mutants.json "${reports[@]}"
