// vitest for StrykerJS: the tests that import src/ (the dist/ tests never see a mutant).
import { defineConfig } from 'vitest/config';

/**
 * TRUST_GATE_E2E_IN_PROCESS=1 runs the end-to-end scenarios too, with src/main.ts in the test
 * process instead of dist/index.js (e2e/run-action.ts): the only way a mutant of src/github
 * reaches the scenarios that exercise it.
 */
const e2eInProcess = Boolean(process.env['TRUST_GATE_E2E_IN_PROCESS']);

export default defineConfig({
  test: {
    // TRUST_GATE_MUTATION_TESTS narrows the tests to a glob (e.g. `__tests__/decide/**/*.test.ts`
    // for a quick lower bound on src/decide's score: fewer tests can only kill fewer mutants).
    include: [process.env['TRUST_GATE_MUTATION_TESTS'] || '__tests__/**/*.test.ts'],
    // e2e and dist run the bundle; the simulator's own tests and the README check import no src/.
    exclude: [
      ...(e2eInProcess ? [] : ['__tests__/e2e/**']),
      '__tests__/dist.test.ts',
      '__tests__/readme.test.ts',
      '__tests__/simulator/**',
      'bench/**',
      'node_modules/**',
      // The in-process pipeline tests take ~1 s each; for a quick pass over the pure core
      // (`TRUST_GATE_MUTATION_UNIT_ONLY=1 npm run mutation -- --mutate "src/policy/**/*.ts"`)
      // only the unit tests run.
      ...(process.env['TRUST_GATE_MUTATION_UNIT_ONLY'] ? ['__tests__/pipeline/**'] : []),
    ],
    // Each mutant reruns the tests that cover it: a short, fixed-seed fuzz.
    env: { TRUST_GATE_FUZZ_RUNS: '40', TRUST_GATE_FUZZ_SEED: '20261128' },
    // ...and every other property test draws from that seed too (__tests__/fuzz-seed.ts).
    setupFiles: [
      '__tests__/fuzz-seed.ts',
      ...(e2eInProcess ? ['__tests__/e2e/setup-files.ts'] : []),
    ],
    // A mutant's run re-collects every file its covering tests are in: without isolation the
    // simulator and GitHub's parsed schema load once per worker, not once per file and mutant.
    isolate: !e2eInProcess,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // As in vitest.config.ts: @actions/core, @actions/github and plugin-throttling's queues
    // loaded afresh by `vi.resetModules()`, and their exports open to `vi.spyOn`.
    server: {
      deps: { inline: ['@actions/core', '@actions/github', '@octokit/plugin-throttling'] },
    },
  },
});
