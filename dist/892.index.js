export const id = 892;
export const ids = [892];
export const modules = {

/***/ 3892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KIND: () => (/* binding */ KIND),
/* harmony export */   KINDS: () => (/* binding */ KINDS),
/* harmony export */   decisiveStatus: () => (/* binding */ decisiveStatus),
/* harmony export */   deployerOf: () => (/* binding */ deployerOf),
/* harmony export */   entriesOf: () => (/* binding */ entriesOf),
/* harmony export */   historyOf: () => (/* binding */ historyOf),
/* harmony export */   linkedRunId: () => (/* binding */ linkedRunId),
/* harmony export */   readHistory: () => (/* binding */ readHistory),
/* harmony export */   readOutcome: () => (/* binding */ readOutcome),
/* harmony export */   releaseBase: () => (/* binding */ releaseBase),
/* harmony export */   runIdsToCheck: () => (/* binding */ runIdsToCheck)
/* harmony export */ });
/* harmony import */ var _logins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3440);
/* harmony import */ var _trust_window_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2443);
/* harmony import */ var _iso_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1639);



/** `History.kinds` holds each kind as its code: `KIND.failed` stands for `'failed'`. */
const KIND = { earned: 0, redeploy: 1, rollback: 2, failed: 3, 'rolled-back': 4 };
/** Kinds by code. */
const KINDS = ['earned', 'redeploy', 'rollback', 'failed', 'rolled-back'];
const DECISIVE = new Set(['success', 'failure', 'error']);
const RUN_LINK = /\/actions\/runs\/(\d+)(?:\/job\/\d+|\/attempts\/\d+)?\/?(?:[?#].*)?$/;
/** The creator; only a bot creator may name the person in the payload's `deployer`. */
function deployerOf(deployment) {
    const named = deployment.payloadDeployer?.trim();
    if (!named)
        return deployment.creator;
    return (0,_logins_js__WEBPACK_IMPORTED_MODULE_1__/* .isBotLogin */ .DU)(deployment.creator, deployment.creatorIsBot) ? named : deployment.creator;
}
/** The most recent success/failure/error status; ties go to the later one in the list. */
function decisiveStatus(statuses) {
    let best = null;
    let bestAt = NaN;
    for (let i = 0; i < statuses.length; i++) {
        const status = statuses[i];
        if (!DECISIVE.has(status.state))
            continue;
        if (best === null) {
            best = status;
            continue;
        }
        if (Number.isNaN(bestAt))
            bestAt = (0,_iso_time_js__WEBPACK_IMPORTED_MODULE_2__/* .isoMs */ .E)(best.createdAt);
        const at = (0,_iso_time_js__WEBPACK_IMPORTED_MODULE_2__/* .isoMs */ .E)(status.createdAt);
        if (at >= bestAt)
            [best, bestAt] = [status, at];
    }
    return best;
}
/** The workflow run a status links to (`…/actions/runs/<id>[/job/<id>|/attempts/<n>]`), if any. */
function linkedRunId(status) {
    return runIdIn(status.logUrl) ?? runIdIn(status.targetUrl);
}
function runIdIn(url) {
    const match = url ? RUN_LINK.exec(url) : null;
    return match?.[1] || null;
}
function failedStatus(deployment) {
    const status = decisiveStatus(deployment.statuses);
    return status && status.state !== 'success' ? status : null;
}
/** Run ids of failures that link to a workflow run: their conclusions decide if the failure counts. */
function runIdsToCheck(deployments, scope = {}) {
    const since = scope.now ? (0,_trust_window_js__WEBPACK_IMPORTED_MODULE_0__/* .windowStart */ .N)(scope.now, scope.window ?? _trust_window_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_WINDOW */ .x) : -Infinity;
    const ids = new Set();
    for (const deployment of deployments) {
        if ((0,_iso_time_js__WEBPACK_IMPORTED_MODULE_2__/* .isoMs */ .E)(deployment.createdAt) < since)
            continue;
        const status = failedStatus(deployment);
        const id = status ? linkedRunId(status) : null;
        if (id)
            ids.add(id);
    }
    return [...ids];
}
const SUCCESS = { outcome: 'success', unverifiedRun: false };
const FAILURE = { outcome: 'failure', unverifiedRun: false };
const UNVERIFIED_FAILURE = { outcome: 'failure', unverifiedRun: true };
/** The deployment's outcome, or null when it is ignored (no decisive status, or a cancelled run). */
function readOutcome(deployment, runs) {
    const status = decisiveStatus(deployment.statuses);
    if (!status)
        return null;
    if (status.state === 'success')
        return SUCCESS;
    const runId = linkedRunId(status);
    if (runId === null)
        return FAILURE;
    if (runs.runsUnreadable)
        return UNVERIFIED_FAILURE;
    return runs.runConclusions[runId] === 'cancelled' ? null : FAILURE;
}
function environmentMatch(wanted) {
    return { wanted, lowerCase: wanted?.toLowerCase() ?? '', seen: new Map() };
}
/** Whether the deployment's environment is the one wanted (any, when none is). */
function matches(match, name) {
    if (match.wanted === null || name === match.wanted)
        return true;
    let same = match.seen.get(name);
    if (same === undefined)
        match.seen.set(name, (same = name.toLowerCase() === match.lowerCase));
    return same;
}
/** The number of the login credited with a deployment in `deployers`, adding it when new. */
function deployerNumber(deployers, numbers, deployment) {
    const login = deployerOf(deployment);
    return numbers.get(login) ?? addDeployer(deployers, numbers, login);
}
function addDeployer(deployers, numbers, login) {
    const number = deployers.push({ login, key: (0,_logins_js__WEBPACK_IMPORTED_MODULE_1__/* .loginKey */ .H$)(login) }) - 1;
    numbers.set(login, number);
    return number;
}
/** Reads every deployment given; `kept` lists the positions of those with an outcome. */
function readEach(deployments, environment, runs) {
    const count = deployments.length;
    const columns = {
        deployments,
        who: new Int32Array(count),
        deployers: [],
        kinds: new Uint8Array(count),
        unverifiedRuns: new Uint8Array(count),
    };
    const { who, deployers, kinds, unverifiedRuns } = columns;
    const match = environmentMatch(environment);
    const numbers = new Map();
    const kept = new Int32Array(count);
    let found = 0;
    for (let p = 0; p < count; p++) {
        const deployment = deployments[p];
        const reading = matches(match, deployment.environment) ? readOutcome(deployment, runs) : null;
        if (!reading)
            continue;
        kept[found++] = p;
        who[p] = deployerNumber(deployers, numbers, deployment);
        kinds[p] = reading.outcome === 'success' ? KIND.earned : KIND.failed;
        unverifiedRuns[p] = reading.unverifiedRun ? 1 : 0;
    }
    return { columns, kept: kept.subarray(0, found) };
}
/** Creation time, ties by id. */
function byTimeThenId(a, b) {
    return (0,_iso_time_js__WEBPACK_IMPORTED_MODULE_2__/* .compareIso */ .l)(a.createdAt, b.createdAt) || a.id - b.id;
}
function isInTimeOrder(positions, deployments) {
    for (let i = 1; i < positions.length; i++) {
        if (byTimeThenId(deployments[positions[i - 1]], deployments[positions[i]]) > 0)
            return false;
    }
    return true;
}
/** Sorts any other order by creation time read once per deployment, ties by id. */
function sortByTime(positions, deployments) {
    const at = new Float64Array(deployments.length);
    for (const p of positions)
        at[p] = (0,_iso_time_js__WEBPACK_IMPORTED_MODULE_2__/* .isoMs */ .E)(deployments[p].createdAt);
    return positions.sort((a, b) => at[a] - at[b] || deployments[a].id - deployments[b].id);
}
/** Puts positions in time order, ties by id: newest-first or oldest-first input is not sorted. */
function inTimeOrder(positions, deployments) {
    const first = deployments[positions[0]];
    const last = deployments[positions[positions.length - 1]];
    if (first && last && (0,_iso_time_js__WEBPACK_IMPORTED_MODULE_2__/* .compareIso */ .l)(first.createdAt, last.createdAt) > 0)
        positions.reverse();
    return isInTimeOrder(positions, deployments) ? positions : sortByTime(positions, deployments);
}
/** The environment's deployments (all given when `environment` is null) with an outcome, in time order. */
function historyOf(deployments, environment, runs) {
    const { columns, kept } = readEach(deployments, environment, runs);
    return { ...columns, order: inTimeOrder(kept, deployments) };
}
/** Entries `from` on (an index into `order`), as objects. */
function entriesOf(history, from = 0) {
    const entries = [];
    for (let i = from; i < history.order.length; i++) {
        const p = history.order[i];
        const { login, key } = history.deployers[history.who[p]];
        const kind = KINDS[history.kinds[p]];
        entries.push({
            deployment: history.deployments[p],
            at: (0,_iso_time_js__WEBPACK_IMPORTED_MODULE_2__/* .isoMs */ .E)(history.deployments[p].createdAt),
            deployer: login,
            key,
            outcome: kind === 'failed' ? 'failure' : 'success',
            kind,
            unverifiedRun: history.unverifiedRuns[p] === 1,
        });
    }
    return entries;
}
/** `historyOf` as entry objects, oldest first. */
function readHistory(deployments, environment, runs) {
    return entriesOf(historyOf(deployments, environment, runs));
}
/** The most recent successful deployment, any age, rollbacks included: what the environment runs. */
function releaseBase(deployments, environment) {
    const noRuns = { runConclusions: {}, runsUnreadable: null };
    const { order, kinds } = historyOf(deployments, environment, noRuns);
    for (let i = order.length - 1; i >= 0; i--) {
        if (kinds[order[i]] !== KIND.failed)
            return deployments[order[i]];
    }
    return null;
}


/***/ }),

/***/ 1639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ isoMs),
/* harmony export */   l: () => (/* binding */ compareIso)
/* harmony export */ });
// ISO 8601 times to epoch milliseconds, fast for the form GitHub writes (`2026-05-01T12:00:00Z`).
const MS_PER_DAY = 86_400_000;
const ZERO = 48; // '0'
/** `YYYY-MM-DDTHH:MM:SSZ`, optionally with `.sss`: the forms read here; others go to Date.parse. */
const PLAIN_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{3})?Z$/;
/** Days from 1970-01-01 to a proleptic Gregorian date; days past the month's end run on, as in Date.UTC. */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year; // years start in March, so leap days come last
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}
/** The number written by the two digits at `i` (known to be digits). */
function twoDigits(text, i) {
    return (text.charCodeAt(i) - ZERO) * 10 + text.charCodeAt(i + 1) - ZERO;
}
/** Epoch ms of an ISO 8601 time (NaN when unreadable), exactly as Date.parse gives, but faster. */
function isoMs(text) {
    if (!PLAIN_UTC.test(text))
        return Date.parse(text);
    const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    const hour = twoDigits(text, 11);
    const minute = twoDigits(text, 14);
    const second = twoDigits(text, 17);
    const ms = text.length === 20 ? 0 : twoDigits(text, 20) * 10 + text.charCodeAt(22) - ZERO;
    const date = month >= 1 && month <= 12 && day >= 1 && day <= 31;
    if (!date || hour > 23 || minute > 59 || second > 59)
        return Date.parse(text);
    const time = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
    return daysFromCivil(year, month, day) * MS_PER_DAY + time;
}
/**
 * GitHub's form of a real instant: `YYYY-MM-DDTHH:MM:SSZ`, optionally with `.sss`, no field out of
 * range and no day past its month's end (29 February aside). Two such times of one length sort as
 * text exactly as they sort in time.
 */
const CALENDAR_UTC = /^\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?Z$/;
/**
 * The sign of `isoMs(a) - isoMs(b)` (NaN when either is unreadable), read from the text when it can
 * be: ordering 100,000 times then costs two native regular-expression tests each, not a parse.
 */
function compareIso(a, b) {
    if (a.length === b.length && CALENDAR_UTC.test(a) && CALENDAR_UTC.test(b)) {
        return Number(a > b) - Number(a < b);
    }
    return isoMs(a) - isoMs(b);
}


/***/ }),

/***/ 3440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ isBotLogin),
/* harmony export */   H$: () => (/* binding */ loginKey),
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   Up: () => (/* binding */ sameLogin)
/* harmony export */ });
// Logins as GitHub treats them: case-insensitive, bots spelled with a `[bot]` suffix (REST style).
const BOT_SUFFIX = /\[bot\]\s*$/i;
/** The form logins are compared in. */
function loginKey(login) {
    return login.trim().toLowerCase();
}
function sameLogin(a, b) {
    return loginKey(a) === loginKey(b);
}
/** A bot is flagged by the API or spelled like one (`renovate[bot]`). */
function isBotLogin(login, flagged = false) {
    return flagged || BOT_SUFFIX.test(login);
}
/** `login` appears in `list`, case-insensitively. */
function listed(list, login) {
    const key = loginKey(login);
    return list.some((entry) => loginKey(entry) === key);
}


/***/ }),

/***/ 2443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ windowStart),
/* harmony export */   x: () => (/* binding */ DEFAULT_WINDOW)
/* harmony export */ });
/* harmony import */ var _policy_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5432);
// The trust window: which deployments count, from `trust.window` (default 90d).

/** The window used when the policy has no `trust` or no `trust.window`. */
const DEFAULT_WINDOW = '90d';
/** The first instant (ms) inside the window: deployments created at or after it count. */
function windowStart(now, window = DEFAULT_WINDOW) {
    return Date.parse(now) - (0,_policy_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(window);
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   Z: () => (/* binding */ durationPattern)
/* harmony export */ });
// Durations written in the policy (`90d`, `12w`, `36h`), such as the trust window.
const durationPattern = /^[1-9]\d*[dwh]$/;
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `90d`, `12w` or `36h` in milliseconds; throws a RangeError on anything else. */
function parseDuration(text) {
    if (!durationPattern.test(text)) {
        throw new RangeError(`invalid duration "${text}": expected Nd, Nw or Nh, like 90d`);
    }
    const unit = text.at(-1);
    return Number(text.slice(0, -1)) * UNIT_MS[unit];
}


/***/ })

};
