// Three projects: fast in-process tests, the bundle run as the runner does (machine's Node), and the
// same e2e tests on the Node that action.yml declares (node24), when scripts/test.mjs provides it.
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** Tests that spawn dist/index.js (or build it): mostly waiting on child processes. */
const E2E = ['__tests__/e2e/**/*.test.ts'];
const BUNDLE = [...E2E, '__tests__/demo.test.ts', '__tests__/dist.test.ts'];
/**
 * The bundle tests only spawn dist/index.js and serve the simulator: they share the simulator's
 * modules and GitHub's parsed schema between files instead of loading them for each file.
 */
const SHARED = { isolate: false, setupFiles: ['__tests__/e2e/setup-files.ts'] };
const node24 = process.env['TRUST_GATE_NODE24_BIN'];

const projects: TestProjectInlineConfiguration[] = [
  { extends: true, test: { name: 'unit', include: ['__tests__/**/*.test.ts'], exclude: BUNDLE } },
  // A test that runs the bundle several times waits on each run: under a loaded machine 30 s
  // is not enough, and a generous limit costs nothing when all is well.
  { extends: true, test: { name: 'dist', include: BUNDLE, testTimeout: 120_000, ...SHARED } },
];
if (node24) {
  projects.push({
    extends: true,
    test: {
      name: 'dist-node24',
      include: E2E,
      testTimeout: 120_000,
      ...SHARED,
      env: { TRUST_GATE_NODE_BIN: node24 },
    },
  });
}

/**
 * @actions/workflow-parser's source maps name sources its package leaves out, and Vite warns
 * about each file: load them without the map comment.
 */
const withoutSourceMaps: Plugin = {
  name: 'workflow-parser-without-source-maps',
  enforce: 'pre',
  load(id) {
    if (!/@actions\/workflow-parser\/dist\/.*\.js$/.test(id)) return null;
    return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
  },
};

/** The fresh-bundle check is the longest file (tsc and ncc, ~20 s of CPU): start it first. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => f.moduleId.endsWith('__tests__/dist.test.ts');
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}

export default defineConfig({
  plugins: [withoutSourceMaps],
  test: {
    // Bundle tests mostly wait on the processes they spawn: twice as many workers as cores
    // keeps both busy (vitest's default, cores - 1, is a single worker on a 2-core machine).
    maxWorkers: Math.max(2, availableParallelism() * 2),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // GitHub's workflow parser imports its JSON schema without `with { type: 'json' }`. The
    // in-process pipeline tests need @actions/core and @actions/github loaded afresh by
    // `vi.resetModules()`: each reads the runner's environment once (the summary file, the API URL).
    // plugin-throttling keeps its queues in module state, timed by Date: runs whose pinned clocks
    // go back in time would wait for the previous run's "next request" hours ahead.
    server: {
      deps: {
        inline: [
          '@actions/workflow-parser',
          '@actions/core',
          '@actions/github',
          '@octokit/plugin-throttling',
        ],
      },
    },
    sequence: { sequencer: LongestFirst },
    projects,
  },
});
