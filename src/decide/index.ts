// The pure decision core's public surface, for main.ts and github/.
export { decide, requirementWithoutPaths, type DecideInput } from './decide.js';
export { teamReport } from './team-report.js';
export { releaseBase, deployerOf, creditOf, statusOutcome, decisiveStatus } from './history.js';
export { runFactsNeeded, type RunIds, type RunScope } from './run-facts-needed.js';
export { missingComparisons, type Comparison, type HistoryScope } from './rollbacks.js';
export { pathRulesCouldMatter } from './requirements.js';
export { peopleToLookUp } from './look-up.js';
export { isFrozen, activeFreezes } from './freeze.js';
