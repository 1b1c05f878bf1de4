export const id = 223;
export const ids = [223];
export const modules = {

/***/ 1223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DAYS: () => (/* reexport */ schema/* DAYS */.qn),
  HOURS_PATTERN: () => (/* reexport */ freeze_times/* HOURS_PATTERN */.DN),
  PERMISSIONS: () => (/* reexport */ schema/* PERMISSIONS */.Jj),
  PolicyError: () => (/* reexport */ policy_error/* PolicyError */.p),
  approversSchema: () => (/* reexport */ schema/* approversSchema */.oe),
  durationPattern: () => (/* reexport */ duration/* durationPattern */.Z),
  environmentNotFound: () => (/* reexport */ environmentNotFound),
  environmentSchema: () => (/* reexport */ schema/* environmentSchema */.VW),
  findEnvironment: () => (/* reexport */ findEnvironment),
  formatIssue: () => (/* reexport */ policy_issue/* formatIssue */.H),
  formatKeyPath: () => (/* reexport */ policy_issue/* formatKeyPath */.K),
  freezeSchema: () => (/* reexport */ schema/* freezeSchema */.Nq),
  globProblem: () => (/* reexport */ glob_check/* globProblem */.A),
  hoursProblem: () => (/* reexport */ freeze_times/* hoursProblem */.v2),
  isTimeZone: () => (/* reexport */ freeze_times/* isTimeZone */.kQ),
  levelSchema: () => (/* reexport */ schema/* levelSchema */.wM),
  loadPolicy: () => (/* reexport */ load/* loadPolicy */.t),
  parseDuration: () => (/* reexport */ duration/* parseDuration */.E),
  parseHours: () => (/* reexport */ freeze_times/* parseHours */.Tk),
  parseInstant: () => (/* reexport */ freeze_times/* parseInstant */.nV),
  parsePolicy: () => (/* reexport */ load/* parsePolicy */.O),
  pathRuleSchema: () => (/* reexport */ schema/* pathRuleSchema */.Bz),
  peopleRuleSchema: () => (/* reexport */ schema/* peopleRuleSchema */.X8),
  policySchema: () => (/* reexport */ schema/* policySchema */.wh),
  trustSchema: () => (/* reexport */ schema/* trustSchema */.Gt)
});

// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(5432);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/policy/find-environment.ts
// Which policy key governs an environment: an exact name first, then the first matching glob.

/**
 * The policy for environment `name`, compared case-insensitively as GitHub does. A key equal
 * to the name beats any glob; among globs the first in the file wins (object keys keep file
 * order, except integer-like keys, which JavaScript puts first).
 */
function findEnvironment(policy, name) {
    const keys = Object.keys(policy.environments);
    const lowerName = name.toLowerCase();
    const key = keys.find((candidate) => candidate.toLowerCase() === lowerName) ??
        keys.find((candidate) => new esm/* Minimatch */.VR(candidate, { nocase: true, dot: true }).match(name));
    const environment = key === undefined ? undefined : policy.environments[key];
    return key === undefined || environment === undefined ? null : { key, environment };
}
/** The error text for an environment no key matches: the keys there are, and the fix. */
function environmentNotFound(name, policy, file) {
    const keys = Object.keys(policy.environments);
    const has = keys.length > 0 ? `it has: ${keys.join(', ')}` : 'it has no environments';
    return `No policy for environment \`${name}\` in ${file}; ${has}. Add an \`environments.${name}\` key.`;
}

// EXTERNAL MODULE: ./src/policy/freeze-times.ts
var freeze_times = __webpack_require__(9696);
// EXTERNAL MODULE: ./src/policy/glob-check.ts
var glob_check = __webpack_require__(6439);
// EXTERNAL MODULE: ./src/policy/load.ts + 6 modules
var load = __webpack_require__(1900);
// EXTERNAL MODULE: ./src/policy/policy-error.ts
var policy_error = __webpack_require__(1781);
// EXTERNAL MODULE: ./src/policy/policy-issue.ts
var policy_issue = __webpack_require__(6872);
// EXTERNAL MODULE: ./src/policy/schema.ts
var schema = __webpack_require__(4139);
;// CONCATENATED MODULE: ./src/policy/index.ts
// The policy core's public surface: load and validate the file, look up an environment.










/***/ })

};
