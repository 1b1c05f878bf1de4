export const id = 481;
export const ids = [481,542,892];
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

/***/ 2542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  activeFreezes: () => (/* reexport */ activeFreezes),
  decide: () => (/* reexport */ decide),
  deployerOf: () => (/* reexport */ decide_history.deployerOf),
  isFrozen: () => (/* reexport */ isFrozen),
  missingComparisons: () => (/* reexport */ missingComparisons),
  pathRulesCouldMatter: () => (/* reexport */ pathRulesCouldMatter),
  peopleToLookUp: () => (/* reexport */ peopleToLookUp),
  releaseBase: () => (/* reexport */ decide_history.releaseBase),
  requirementWithoutPaths: () => (/* reexport */ requirementWithoutPaths),
  runIdsToCheck: () => (/* reexport */ decide_history.runIdsToCheck),
  teamReport: () => (/* reexport */ teamReport)
});

// EXTERNAL MODULE: ./src/decide/logins.ts
var decide_logins = __webpack_require__(3440);
;// CONCATENATED MODULE: ./src/decide/approvals.ts

const OPINIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/** Each reviewer's latest APPROVED/CHANGES_REQUESTED/DISMISSED review (ties: later in the list). */
function standingOpinions(reviews) {
    const latest = new Map();
    for (const review of reviews) {
        if (!OPINIONS.has(review.state))
            continue;
        const at = Date.parse(review.submittedAt);
        const key = (0,decide_logins/* loginKey */.H$)(review.reviewer);
        const current = latest.get(key);
        if (!current || !(at < current.at))
            latest.set(key, { review, at });
    }
    return [...latest.values()].map(({ review }) => review);
}
/** The approvals that stand: each reviewer whose standing opinion is APPROVED. */
function standingApprovals(change) {
    return standingOpinions(change.reviews).filter((review) => review.state === 'APPROVED');
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : 'no commit';
}
/** Why an approval may not count, judged on who gave it and on which commit; null when it may. */
function identityExclusion(review, change, context) {
    const login = review.reviewer;
    if ((0,decide_logins/* sameLogin */.Up)(login, change.author))
        return "is the change's author";
    if ((0,decide_logins/* sameLogin */.Up)(login, context.deployer))
        return 'is the deployer';
    if ((0,decide_logins/* listed */.KE)(change.commitAuthors, login))
        return 'authored a commit in the change';
    const bot = (0,decide_logins/* isBotLogin */.DU)(login, review.reviewerIsBot);
    if (bot && !(0,decide_logins/* listed */.KE)(context.approvers.users, login))
        return 'is a bot not listed in `approvers.users`';
    if (context.approvers.stale === 'ignore' && review.commitSha !== change.headSha) {
        return `approved an earlier commit (${shortSha(review.commitSha)}, head is ${shortSha(change.headSha)})`;
    }
    return null;
}
function exclusion(review, change, context) {
    const why = identityExclusion(review, change, context);
    if (why !== null)
        return why;
    const check = context.judge(review.reviewer, review.reviewerIsBot);
    return check.ok ? null : `does not satisfy \`approvers\` (${check.detail})`;
}
/** Counts a change's eligible approvals; a direct commit has none. */
function countApprovals(change, context) {
    if (change.kind === 'commit')
        return { approvals: 0, approvedBy: [], ignored: [] };
    const approvedBy = [];
    const ignored = [];
    for (const review of standingApprovals(change)) {
        const why = exclusion(review, change, context);
        if (why === null)
            approvedBy.push(review.reviewer);
        else
            ignored.push({ login: review.reviewer, why });
    }
    return { approvals: approvedBy.length, approvedBy, ignored };
}

;// CONCATENATED MODULE: ./src/decide/break-glass.ts
/** Why break-glass cannot be used here, or null when the deployer may break glass. */
function refusal(policy, facts, judges) {
    if (facts.mode !== 'gate')
        return `break-glass applies only in \`gate\` mode, not \`${facts.mode}\``;
    const rule = policy['break-glass'];
    if (!rule)
        return 'break-glass was requested, but the policy has no `break-glass` rule: nobody may break glass';
    const check = judges.check(rule, facts.deployer, facts.deployerIsBot);
    if (check.ok)
        return null;
    return `break-glass was requested, but deployer \`${facts.deployer}\` does not satisfy \`break-glass\` (${check.detail})`;
}
function applyBreakGlass(policy, facts, judges, denyReasons) {
    const reason = facts.breakGlass.trim();
    const none = { rule: null, breakGlass: null, notes: [] };
    if (reason === '')
        return none;
    const refused = refusal(policy, facts, judges);
    if (refused !== null)
        return { ...none, notes: [refused] };
    if (denyReasons.length === 0) {
        return { ...none, notes: ['break-glass was not needed: every rule passed'] };
    }
    const explanation = `break-glass by \`${facts.deployer}\`: "${reason}"`;
    return {
        rule: { rule: 'break-glass', ok: true, explanation },
        breakGlass: { reason, overridden: [...denyReasons] },
        notes: [],
    };
}

;// CONCATENATED MODULE: ./src/decide/freeze.ts
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MINUTES_PER_DAY = 24 * 60;
const formatters = new Map();
function formatter(timeZone) {
    let format = formatters.get(timeZone);
    if (!format) {
        const options = { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit' };
        format = new Intl.DateTimeFormat('en-US', { ...options, hourCycle: 'h23' });
        formatters.set(timeZone, format);
    }
    return format;
}
/** Weekday and wall-clock minute at `at` (ms) in `timeZone`. */
function localTime(at, timeZone) {
    const parts = formatter(timeZone).formatToParts(at);
    const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
    const day = part('weekday').slice(0, 3).toLowerCase();
    return { day, minute: (Number(part('hour')) % 24) * 60 + Number(part('minute')) };
}
function minutes(clock) {
    const [hours, mins] = clock.split(':').map(Number);
    return (hours ?? 0) * 60 + (mins ?? 0);
}
/** `HH:MM-HH:MM` as [start, end) minutes; no hours means the whole day. */
function hourRange(hours) {
    if (!hours)
        return [0, MINUTES_PER_DAY];
    const [start = '00:00', end = '24:00'] = hours.split('-');
    return [minutes(start), minutes(end)];
}
function dayBefore(day) {
    return DAYS[(DAYS.indexOf(day) + 6) % 7];
}
/**
 * Inside the recurring part: from `start` on a listed day to `end` the same day, or, when the range
 * wraps midnight (`22:00-06:00`, or equal ends), to `end` on the next day.
 */
function inRecurring(freeze, at) {
    const days = freeze.days ?? DAYS;
    const [start, end] = hourRange(freeze.hours);
    const { day, minute } = localTime(at, freeze.timezone || 'UTC');
    if (start < end)
        return days.includes(day) && minute >= start && minute < end;
    return (days.includes(day) && minute >= start) || (days.includes(dayBefore(day)) && minute < end);
}
function inAbsolute(freeze, at) {
    if (freeze.from !== undefined && !(at >= Date.parse(freeze.from)))
        return false;
    return freeze.until === undefined || at < Date.parse(freeze.until);
}
/** Whether `at` (ms) falls inside the freeze: every condition given must hold. */
function isFrozen(freeze, at) {
    if (!inAbsolute(freeze, at))
        return false;
    return freeze.days === undefined && freeze.hours === undefined ? true : inRecurring(freeze, at);
}
/** The freezes in force at `at` (ms). */
function activeFreezes(freezes, at) {
    return freezes.filter((freeze) => isFrozen(freeze, at));
}

;// CONCATENATED MODULE: ./src/decide/people.ts

const ROLES = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
function roleAtLeast(role, permission) {
    return ROLES.indexOf(role) >= ROLES.indexOf(permission);
}
function inTeams(rule, person) {
    const teams = new Set(person?.teams.map((team) => team.toLowerCase()));
    return rule.teams.find((team) => teams.has(team.toLowerCase()));
}
function reachedLevel(rule, who, levels) {
    const needed = levels.findIndex((level) => level.name === rule.level);
    return needed >= 0 && who.levelIndex >= needed;
}
/** What the rule asks beyond `users`, e.g. "write and team acme/sre or level owner". */
function wanted(rule) {
    const alternatives = [
        ...(rule.teams.length > 0 ? [`team ${rule.teams.join(', ')}`] : []),
        ...(rule.level !== undefined ? [`level ${rule.level}`] : []),
    ];
    return alternatives.length > 0
        ? `${rule.permission} and ${alternatives.join(' or ')}`
        : rule.permission;
}
/** What the candidate has of it, e.g. "read, in none of those teams, level member". */
function has(rule, who, levels) {
    const parts = [who.person?.role ?? 'none'];
    const team = inTeams(rule, who.person);
    if (rule.teams.length > 0)
        parts.push(team !== undefined ? `in ${team}` : 'in none of those teams');
    if (rule.level !== undefined)
        parts.push(`level ${levels[who.levelIndex]?.name ?? '(none)'}`);
    return parts.join(', ');
}
/** Applies a people rule: listed in `users`, or role >= `permission` and (no teams/level, a team or the level). */
function checkPeopleRule(rule, who, levels) {
    if ((0,decide_logins/* listed */.KE)(rule.users, who.login))
        return { ok: true, detail: 'listed in `users`' };
    if ((0,decide_logins/* isBotLogin */.DU)(who.login, who.isBot))
        return { ok: false, detail: 'a bot not listed in `users`' };
    const role = who.person?.role ?? 'none';
    const roleOk = roleAtLeast(role, rule.permission);
    const open = rule.teams.length === 0 && rule.level === undefined && rule.users.length === 0;
    const team = inTeams(rule, who.person);
    const level = reachedLevel(rule, who, levels);
    if (roleOk && (open || team !== undefined || level)) {
        const via = team !== undefined ? ` in ${team}` : level ? ` at level ${rule.level}` : '';
        return { ok: true, detail: `has ${role}${via}` };
    }
    if (!open && rule.teams.length === 0 && rule.level === undefined) {
        return { ok: false, detail: 'not listed in `users`' };
    }
    return { ok: false, detail: `needs ${wanted(rule)}, has ${has(rule, who, levels)}` };
}
/** The rule as one plain phrase, e.g. "alice, or people with write in acme/leads or at level owner". */
function describePeopleRule(rule) {
    const alternatives = [
        ...(rule.teams.length > 0 ? [`in ${rule.teams.join(', ')}`] : []),
        ...(rule.level !== undefined ? [`at level ${rule.level} or above`] : []),
    ];
    const byRole = rule.users.length === 0 && alternatives.length === 0
        ? `anyone with ${rule.permission} or more`
        : alternatives.length > 0
            ? `people with ${rule.permission} or more ${alternatives.join(' or ')}`
            : '';
    return [rule.users.join(', '), byRole].filter((part) => part !== '').join(', or ');
}

// EXTERNAL MODULE: ./src/decide/history.ts
var decide_history = __webpack_require__(3892);
;// CONCATENATED MODULE: ./src/decide/trust-score.ts

function emptyTally(login = '') {
    return { login, score: 0, successes: 0, failures: 0, rollbacks: 0, lastDeploy: null };
}
/** Index of the highest level whose `after` is at most `score`; -1 without levels. */
function levelIndex(levels, score) {
    let index = levels.length > 0 ? 0 : -1;
    for (let i = 1; i < levels.length; i++)
        if (levels[i].after <= score)
            index = i;
    return index;
}
/** The score after a failure: 0 on `reset` or without trust; `demote`: the level below's `after`. */
function scoreAfterFailure(score, trust) {
    if (!trust || trust['on-failure'] === 'reset')
        return 0;
    const index = levelIndex(trust.levels, score);
    return index > 0 ? trust.levels[index - 1].after : 0;
}
/** Adds one deployment (in time order) to a tally. */
function addToTally(tally, kind, createdAt, trust) {
    tally.lastDeploy = createdAt;
    if (kind === decide_history.KIND.failed || kind === decide_history.KIND['rolled-back']) {
        tally.failures++;
        if (kind === decide_history.KIND['rolled-back'])
            tally.rollbacks++;
        tally.score = scoreAfterFailure(tally.score, trust);
        return;
    }
    tally.successes++;
    if (kind === decide_history.KIND.earned)
        tally.score++;
}
/** One tally over the deployments that count (a person's own, or everyone's in `team` scope). */
function tallyOf({ history, from }, trust, login = '') {
    const { deployments, order, kinds } = history;
    const tally = emptyTally(login);
    for (let i = from; i < order.length; i++) {
        const p = order[i];
        addToTally(tally, kinds[p], deployments[p].createdAt, trust);
    }
    return tally;
}
/** A tally per deployer (keyed by lower-case login, shown as first spelled), in one pass. */
function tallyByDeployer({ history, from }, trust) {
    const { deployments, order, kinds, who, deployers } = history;
    const tallies = new Map();
    for (let i = from; i < order.length; i++) {
        const p = order[i];
        const tally = tallyFor(tallies, deployers[who[p]]);
        addToTally(tally, kinds[p], deployments[p].createdAt, trust);
    }
    return tallies;
}
function tallyFor(tallies, { login, key }) {
    let tally = tallies.get(key);
    if (!tally)
        tallies.set(key, (tally = emptyTally(login)));
    return tally;
}
function standingOf(tally, trust) {
    const levels = trust?.levels ?? [];
    const index = levelIndex(levels, tally.score);
    const next = levels[index + 1];
    return {
        level: levels[index]?.name ?? '',
        score: tally.score,
        next: next ? { name: next.name, after: next.after } : null,
        successes: tally.successes,
        failures: tally.failures,
        rollbacks: tally.rollbacks,
        scope: trust?.scope ?? 'person',
    };
}

;// CONCATENATED MODULE: ./src/decide/judges.ts



function peopleByKey(people) {
    return new Map(Object.entries(people).map(([login, person]) => [(0,decide_logins/* loginKey */.H$)(login), person]));
}
function makeJudges(facts, counted, trust) {
    const tallies = tallyByDeployer(counted, trust);
    const people = peopleByKey(facts.people);
    const levels = trust?.levels ?? [];
    const tallyOf = (login) => tallies.get((0,decide_logins/* loginKey */.H$)(login)) ?? emptyTally(login);
    const candidate = (login, isBot) => ({
        login,
        isBot,
        person: people.get((0,decide_logins/* loginKey */.H$)(login)),
        levelIndex: levelIndex(levels, tallyOf(login).score),
    });
    const check = (rule, login, isBot) => checkPeopleRule(rule, candidate(login, isBot), levels);
    return { tallies, tallyOf, candidate, check };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/decide/requirements.ts
// Required approvals of a change: trust level (or `approvals`), `minimum`, path floors, freezes.

function raise(requirement, approvals, because) {
    return {
        required: Math.max(requirement.required, approvals),
        because: [...requirement.because, `${because}: ${approvals}`],
    };
}
/** The requirement every change shares: the level's approvals (or `approvals`), `minimum`, freezes. */
function baseRequirement(policy, levelName, freezes) {
    const level = policy.trust?.levels.find((candidate) => candidate.name === levelName);
    let requirement = level
        ? { required: level.approvals, because: [`level ${level.name}: ${level.approvals}`] }
        : { required: policy.approvals, because: [`approvals: ${policy.approvals}`] };
    if (policy.minimum > 0)
        requirement = raise(requirement, policy.minimum, 'minimum');
    for (const freeze of freezes)
        requirement = raise(requirement, freeze.approvals, `freeze ${freeze.name}`);
    return requirement;
}
function patterns(rule) {
    return typeof rule.match === 'string' ? [rule.match] : rule.match;
}
const matchers = new Map();
function matcher(pattern) {
    let compiled = matchers.get(pattern);
    if (!compiled)
        matchers.set(pattern, (compiled = new esm/* Minimatch */.VR(pattern, { dot: true })));
    return compiled;
}
/** Whether the rule matches one of the files (minimatch, dotfiles included). Unread files match nothing. */
function pathRuleMatches(rule, files) {
    if (!files)
        return false;
    return patterns(rule).some((pattern) => files.some((file) => matcher(pattern).match(file)));
}
/** A change's requirement: the shared one raised by every `paths` rule matching its files. */
function changeRequirement(base, policy, change) {
    let requirement = base;
    for (const rule of policy.paths) {
        if (pathRuleMatches(rule, change.files)) {
            requirement = raise(requirement, rule.approvals, `paths ${patterns(rule).join(', ')}`);
        }
    }
    return requirement;
}
/** Whether reading a change's files could raise its requirement above `requirementWithoutPaths`. */
function pathRulesCouldMatter(policy, requirementWithoutPaths) {
    return policy.paths.some((rule) => rule.approvals > requirementWithoutPaths);
}

;// CONCATENATED MODULE: ./src/decide/rules.ts
// The gate's rules, each a result with its own sentence: failed ones are the deny reasons.

function deployersRule(deployer, check) {
    const verb = check.ok ? 'satisfies' : 'does not satisfy';
    return {
        rule: 'deployers',
        ok: check.ok,
        explanation: `deployer \`${deployer}\` ${verb} \`deployers\` (${check.detail})`,
    };
}
function branchesRule(branches, ref) {
    if (branches === undefined) {
        return { rule: 'branches', ok: true, explanation: `any ref may be deployed (no \`branches\`)` };
    }
    const ok = branches.some((pattern) => (0,esm/* minimatch */.xF)(ref, pattern, { dot: true }));
    const where = ok ? 'inside' : 'outside';
    return {
        rule: 'branches',
        ok,
        explanation: `ref \`${ref}\` is ${where} \`branches\` (${branches.join(', ')})`,
    };
}
function freezeResult(freeze) {
    if (freeze.approvals === undefined) {
        return { rule: 'freeze', ok: false, explanation: `inside freeze window \`${freeze.name}\`` };
    }
    const approvals = `${freeze.approvals} approval${freeze.approvals === 1 ? '' : 's'}`;
    return {
        rule: 'freeze',
        ok: true,
        explanation: `inside freeze window \`${freeze.name}\`: every change needs at least ${approvals}`,
    };
}
/** One result per freeze in force; one passing result when none is. */
function freezeRules(active, configured) {
    if (active.length > 0)
        return active.map(freezeResult);
    const explanation = configured > 0 ? 'outside every freeze window' : 'no freeze windows';
    return [{ rule: 'freeze', ok: true, explanation }];
}
/** How a change is named in sentences: "#12 Add login" or "direct commit abc1234 Fix typo". */
function changeLabel(change) {
    return change.kind === 'pull'
        ? `#${change.number ?? '?'} ${change.title}`
        : `direct commit ${change.headSha.slice(0, 7)} ${change.title}`;
}
/** One result per change; one passing result for an empty release. */
function approvalRules(changes) {
    if (changes.length === 0) {
        return [{ rule: 'approvals', ok: true, explanation: 'no changes in this release' }];
    }
    return changes.map((result) => ({
        rule: 'approvals',
        ok: result.ok,
        explanation: `${changeLabel(result.change)} has ${result.approvals} of ${result.required} required approvals`,
    }));
}

// EXTERNAL MODULE: ./src/decide/iso-time.ts
var iso_time = __webpack_require__(1639);
// EXTERNAL MODULE: ./src/decide/trust-window.ts
var trust_window = __webpack_require__(2443);
;// CONCATENATED MODULE: ./src/decide/rollbacks.ts



const REVERSED = {
    ahead: 'behind',
    behind: 'ahead',
    identical: 'identical',
    diverged: 'diverged',
};
/**
 * Indexes the `base...head` keys once, so that looking a pair up builds no key. A key is indexed
 * at every `...` in it, so any pair whose key it is finds it.
 */
function comparisonsOf(facts) {
    const index = new Map();
    for (const [key, status] of Object.entries(facts.comparisons)) {
        for (let at = key.indexOf('...'); at >= 0; at = key.indexOf('...', at + 1)) {
            const base = key.slice(0, at);
            let heads = index.get(base);
            if (!heads)
                index.set(base, (heads = new Map()));
            heads.set(key.slice(at + 3), status);
        }
    }
    return index.size > 0 ? index : null;
}
/** GitHub's compare of `base...head`, from the facts in either direction, or undefined. */
function compare(comparisons, base, head) {
    const direct = comparisons?.get(base)?.get(head);
    if (direct)
        return direct;
    const reverse = comparisons?.get(head)?.get(base);
    return reverse ? REVERSED[reverse] : undefined;
}
/** The number of commits in the commit's history, NaN when not known. */
function generationOf(facts, sha) {
    return facts.generations[sha] ?? NaN;
}
/** Generations tell `head` is not behind `base`: an ancestor has a shorter history. */
function notBehindByGenerations(facts, base, head) {
    return generationOf(facts, head) >= generationOf(facts, base);
}
/**
 * Walks the successes in time order, keeping the forward deploys (neither rollback nor rolled
 * back) on a stack: the top is the reference the next success is judged against. A rollback and
 * the deployment it rolled back are marked in `history.kinds`, and so is a redeploy: the previous
 * success's commit again, never a rollback. Unknown compares count as "not behind"; with `since`
 * (ms) those of deployments created from then on are returned as missing.
 */
function markRollbacks(history, facts, since) {
    const { deployments, order, kinds } = history;
    const comparisons = comparisonsOf(facts);
    const judging = { history, facts, comparisons, since, missing: [] };
    const forward = new Int32Array(order.length); // a stack of positions, `depth` deep
    let depth = 0;
    let previousSha = null;
    for (let i = 0; i < order.length; i++) {
        const p = order[i];
        if (kinds[p] === decide_history.KIND.failed)
            continue;
        const reference = depth > 0 ? forward[depth - 1] : -1;
        const sha = deployments[p].sha;
        if (reference >= 0 && previousSha !== sha && isRollback(reference, p, judging)) {
            kinds[p] = decide_history.KIND.rollback;
            kinds[reference] = decide_history.KIND['rolled-back'];
            depth--;
        }
        else {
            if (previousSha === sha)
                kinds[p] = decide_history.KIND.redeploy;
            forward[depth++] = p;
        }
        previousSha = sha;
    }
    return judging.missing;
}
/**
 * Whether deployment `p` is behind deployment `reference`: its compare says so and generations do
 * not deny it. Generations are looked up only when they can change the answer.
 */
function isRollback(reference, p, judging) {
    const { deployments } = judging.history;
    const base = deployments[reference].sha;
    const head = deployments[p].sha;
    if (base === head)
        return false;
    const status = compare(judging.comparisons, base, head);
    if (status === 'behind')
        return !notBehindByGenerations(judging.facts, base, head);
    if (status === undefined && judging.since !== undefined)
        listMissing(p, base, head, judging);
    return false;
}
/** Lists the compare still needed, unless generations tell or the deployment is before `since`. */
function listMissing(p, base, head, judging) {
    if (notBehindByGenerations(judging.facts, base, head))
        return;
    const createdAt = judging.history.deployments[p].createdAt;
    if ((0,iso_time/* isoMs */.E)(createdAt) >= judging.since)
        judging.missing.push({ base, head });
}
/** Compares (`base...head`) still needed to tell rollbacks in the window; call again once fetched. */
function missingComparisons(deployments, scope) {
    const runs = { runConclusions: {}, runsUnreadable: null };
    const history = (0,decide_history.historyOf)(deployments, scope.environment ?? null, runs);
    const since = scope.now ? (0,trust_window/* windowStart */.N)(scope.now, scope.window ?? trust_window/* DEFAULT_WINDOW */.x) : -Infinity;
    const seen = new Set();
    return markRollbacks(history, scope, since).filter(({ base, head }) => {
        const key = `${base}...${head}`;
        return seen.has(key) ? false : (seen.add(key), true);
    });
}

;// CONCATENATED MODULE: ./src/decide/timeline.ts




class Timeline {
    history;
    from;
    since;
    window;
    notes;
    constructor(history, from, 
    /** Start of the window in ms. */
    since, window, notes) {
        this.history = history;
        this.from = from;
        this.since = since;
        this.window = window;
        this.notes = notes;
    }
    /** Deployments inside the window as objects, made on each read: for tests, not the hot path. */
    get counted() {
        return (0,decide_history.entriesOf)(this.history, this.from);
    }
}
function unverifiedNote({ history, from }, why) {
    const { order, unverifiedRuns } = history;
    let count = 0;
    for (let i = from; i < order.length; i++)
        count += unverifiedRuns[order[i]];
    if (count === 0 || !why)
        return [];
    const failures = count === 1 ? '1 failure links' : `${count} failures link`;
    return [
        `${failures} to a workflow run whose conclusion could not be read, so it counts even if the run was cancelled: ${why}`,
    ];
}
/** Index in `order` of the first deployment created at or after `since`. */
function firstAtOrAfter({ deployments, order }, since) {
    let low = 0;
    let high = order.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((0,iso_time/* isoMs */.E)(deployments[order[middle]].createdAt) < since)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Reads the environment's history for the trust window (`90d` when not given). */
function readTimeline(deployments, facts, window = trust_window/* DEFAULT_WINDOW */.x) {
    const history = (0,decide_history.historyOf)(deployments, facts.environment, facts);
    const since = (0,trust_window/* windowStart */.N)(facts.now, window);
    markRollbacks(history, facts);
    const from = firstAtOrAfter(history, since);
    const notes = unverifiedNote({ history, from }, facts.runsUnreadable);
    return new Timeline(history, from, since, window, notes);
}

;// CONCATENATED MODULE: ./src/decide/verdict.ts
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function allowReason(findings, required) {
    const { facts, standing, changes } = findings;
    const level = standing.level ? `level ${standing.level}, ` : '';
    const who = `\`${facts.deployer}\` (${level}score ${standing.score}) may deploy`;
    if (changes.length === 0)
        return `${who}: no changes in this release`;
    const each = changes.length === 1 ? 'it has' : 'each has';
    return `${who}: ${plural(changes.length, 'change')}, ${each} its required approvals (at most ${required})`;
}
function breakGlassReason(facts, overridden) {
    return `break-glass by \`${facts.deployer}\` ("${facts.breakGlass.trim()}") overrides: ${overridden.join('; ')}`;
}
/** Assembles the Decision: deny when a rule failed, unless break-glass overrode it. */
function conclude(findings) {
    const { facts, changes, denyReasons, breakGlass } = findings;
    const requiredApprovals = changes.reduce((most, change) => Math.max(most, change.required), 0);
    const approvals = changes.reduce((least, change) => Math.min(least, change.approvals), changes.length === 0 ? 0 : Infinity);
    const allowed = denyReasons.length === 0 || breakGlass !== null;
    const reason = breakGlass
        ? breakGlassReason(facts, breakGlass.overridden)
        : allowed
            ? allowReason(findings, requiredApprovals)
            : denyReasons.join('; ');
    return {
        verdict: allowed ? 'allow' : 'deny',
        allowed,
        mode: facts.mode,
        environment: facts.environment,
        policyKey: findings.input.key,
        deployer: facts.deployer,
        ref: facts.ref,
        sha: facts.sha,
        standing: findings.standing,
        changes,
        requiredApprovals,
        approvals,
        rules: findings.rules,
        denyReasons,
        reason,
        breakGlass,
        notes: findings.notes,
        approvers: findings.approvers,
    };
}

;// CONCATENATED MODULE: ./src/decide/decide.ts










function ladder(policy) {
    return (policy.trust?.levels ?? []).map(({ name, after, approvals }) => ({
        name,
        after,
        approvals: Math.max(approvals, policy.minimum),
    }));
}
/** The deployer's standing: their own record in `person` scope, everyone's in `team` scope. */
function deployerStanding(policy, facts, context) {
    const trust = policy.trust;
    const tally = trust?.scope === 'team'
        ? tallyOf(context.timeline, trust)
        : context.judges.tallyOf(facts.deployer);
    return { ...standingOf(tally, trust), ladder: ladder(policy) };
}
function readContext(policy, facts) {
    const timeline = readTimeline(facts.deployments, facts, policy.trust?.window);
    const judges = makeJudges(facts, timeline, policy.trust);
    const standing = deployerStanding(policy, facts, { timeline, judges });
    const active = activeFreezes(policy.freeze, Date.parse(facts.now));
    return { policy, facts, timeline, judges, standing, active };
}
function sharedRequirement(context) {
    const raising = context.active.filter((freeze) => freeze.approvals !== undefined);
    return baseRequirement(context.policy, context.standing.level, raising);
}
function judgeChange(change, base, context) {
    const { policy, facts, judges } = context;
    const requirement = changeRequirement(base, policy, change);
    const counted = countApprovals(change, {
        deployer: facts.deployer,
        approvers: policy.approvers,
        judge: (login, isBot) => judges.check(policy.approvers, login, isBot),
    });
    const ok = counted.approvals >= requirement.required;
    return {
        change,
        required: requirement.required,
        requiredBecause: requirement.because,
        ...counted,
        ok,
    };
}
function rulesOf(context, changes) {
    const { policy, facts, judges } = context;
    const deployer = judges.check(policy.deployers, facts.deployer, facts.deployerIsBot);
    return [
        deployersRule(facts.deployer, deployer),
        branchesRule(policy.branches, facts.ref),
        ...freezeRules(context.active, policy.freeze.length),
        ...approvalRules(changes),
    ];
}
/** Decides whether `facts.deployer` may deploy `facts.sha` to the environment now. */
function decide(input, facts) {
    const context = readContext(input.environment, facts);
    const base = sharedRequirement(context);
    const changes = facts.changes.map((change) => judgeChange(change, base, context));
    const rules = rulesOf(context, changes);
    const failed = rules.filter((rule) => !rule.ok).map((rule) => rule.explanation);
    const glass = applyBreakGlass(context.policy, facts, context.judges, failed);
    return conclude({
        input,
        facts,
        standing: context.standing,
        changes,
        rules: glass.rule ? [...rules, glass.rule] : rules,
        denyReasons: failed,
        breakGlass: glass.breakGlass,
        notes: [...context.timeline.notes, ...glass.notes],
        approvers: describePeopleRule(context.policy.approvers),
    });
}
/** The approvals every change needs before path rules: lets the I/O layer skip reading files. */
function requirementWithoutPaths(input, facts) {
    const policy = input.environment;
    const timeline = readTimeline(facts.deployments, facts, policy.trust?.window);
    const judges = makeJudges({ people: {} }, timeline, policy.trust);
    const standing = deployerStanding(policy, facts, { timeline, judges });
    const active = activeFreezes(policy.freeze, Date.parse(facts.now));
    return sharedRequirement({ policy, standing, active }).required;
}

;// CONCATENATED MODULE: ./src/decide/team-report.ts



/** Approvals a change needs at this score (path rules aside), `minimum` applied. */
function approvalsAt(policy, score) {
    const levels = policy.trust?.levels ?? [];
    const level = levels[levelIndex(levels, score)];
    return Math.max(level ? level.approvals : policy.approvals, policy.minimum);
}
function row(tally, policy, requirementScore) {
    const standing = standingOf(tally, policy.trust);
    return {
        login: tally.login,
        level: standing.level,
        score: tally.score,
        successes: tally.successes,
        failures: tally.failures,
        rollbacks: tally.rollbacks,
        lastDeploy: tally.lastDeploy,
        noApproval: approvalsAt(policy, requirementScore) === 0,
    };
}
function byScoreThenLogin(a, b) {
    return b.score - a.score || a.login.localeCompare(b.login);
}
/** Every deployer in the window with their own (person-scope) record, plus the team's totals. */
function teamReport(input, facts, notes = []) {
    const policy = input.environment;
    const window = policy.trust?.window ?? trust_window/* DEFAULT_WINDOW */.x;
    const timeline = readTimeline(facts.deployments, facts, window);
    const teamScore = tallyOf(timeline, policy.trust).score;
    const perPerson = tallyByDeployer(timeline, policy.trust);
    const team = policy.trust?.scope === 'team';
    const rows = [...perPerson.values()]
        .map((tally) => row(tally, policy, team ? teamScore : tally.score))
        .sort(byScoreThenLogin);
    const failures = rows.reduce((sum, r) => sum + r.failures, 0);
    const deploys = rows.reduce((sum, r) => sum + r.successes + r.failures, 0);
    const noApproval = rows.filter((r) => r.noApproval).map((r) => r.login);
    return {
        environment: facts.environment,
        policyKey: input.key,
        window,
        since: new Date(timeline.since).toISOString(),
        rows,
        deploys,
        failures,
        changeFailureRate: deploys === 0 ? null : failures / deploys,
        noApproval,
        singleGatekeeper: noApproval.length <= 1,
        notes: [...timeline.notes, ...notes],
    };
}

;// CONCATENATED MODULE: ./src/decide/look-up.ts


/** Whether a rule could accept `login` by role, team or level (so their role matters). */
function roleMatters(rule, login, isBot) {
    if ((0,decide_logins/* listed */.KE)(rule.users, login) || (0,decide_logins/* isBotLogin */.DU)(login, isBot))
        return false;
    const open = rule.users.length === 0 && rule.teams.length === 0;
    return open || rule.teams.length > 0 || rule.level !== undefined;
}
function reviewersWhoMayCount(policy, facts) {
    const context = { deployer: facts.deployer, approvers: policy.approvers };
    return facts.changes
        .filter((change) => change.kind === 'pull')
        .flatMap((change) => standingApprovals(change).filter((review) => identityExclusion(review, change, context) === null))
        .filter((review) => roleMatters(policy.approvers, review.reviewer, review.reviewerIsBot))
        .map((review) => review.reviewer);
}
function breakGlassRule(policy, facts) {
    const inPlay = (facts.breakGlass ?? '').trim() !== '' && (facts.mode ?? 'gate') === 'gate';
    return inPlay ? policy['break-glass'] : undefined;
}
function unique(values, key) {
    const seen = new Map();
    for (const value of values)
        if (!seen.has(key(value)))
            seen.set(key(value), value);
    return [...seen.values()];
}
/** The logins whose role and teams to fetch (deployer, reviewers who may count), and the teams asked about. */
function peopleToLookUp(policy, facts) {
    const deployerIsBot = facts.deployerIsBot ?? false;
    const deployerRules = [policy.deployers, breakGlassRule(policy, facts)].filter((rule) => rule !== undefined && roleMatters(rule, facts.deployer, deployerIsBot));
    const reviewers = reviewersWhoMayCount(policy, facts);
    const rules = reviewers.length > 0 ? [...deployerRules, policy.approvers] : deployerRules;
    const logins = [...(deployerRules.length > 0 ? [facts.deployer] : []), ...reviewers];
    return {
        logins: unique(logins, decide_logins/* loginKey */.H$),
        teams: unique(rules.flatMap((rule) => rule.teams.map((team) => team.toLowerCase())), (team) => team),
    };
}

;// CONCATENATED MODULE: ./src/decide/index.ts
// The pure decision core's public surface, for main.ts and github/.









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

/***/ 5481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatherFacts: () => (/* binding */ gatherFacts)
});

// EXTERNAL MODULE: ./src/decide/index.ts + 14 modules
var decide = __webpack_require__(2542);
// EXTERNAL MODULE: ./src/github/github-error.ts
var github_error = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/github/gather-release.ts
function fromPull(pull) {
    return {
        kind: 'pull',
        number: pull.number,
        title: pull.title,
        url: pull.url,
        author: pull.author,
        authorIsBot: pull.authorIsBot,
        headSha: pull.headSha,
        files: pull.files,
        reviews: pull.reviews,
        commitAuthors: pull.commitAuthors,
    };
}
function fromCommit(commit) {
    return {
        kind: 'commit',
        title: commit.title,
        url: commit.url,
        author: commit.author ?? '',
        authorIsBot: commit.authorIsBot,
        headSha: commit.sha,
        files: null,
        reviews: [],
        commitAuthors: commit.author ? [commit.author] : [],
    };
}
/** The merged pull request a commit belongs to: the one merged first. */
function firstMerged(pulls) {
    return pulls
        .filter((p) => p.merged && p.mergedAt)
        .sort((a, b) => (a.mergedAt ?? '').localeCompare(b.mergedAt ?? '') || a.number - b.number)[0];
}
function group(commits, pullsByCommit) {
    const changes = [];
    const canPush = {};
    const seen = new Set();
    for (const commit of commits) {
        const pull = firstMerged(pullsByCommit[commit.sha] ?? []);
        if (!pull) {
            changes.push(fromCommit(commit));
            continue;
        }
        Object.assign(canPush, pull.reviewerCanPush);
        if (seen.has(pull.number))
            continue;
        seen.add(pull.number);
        changes.push(fromPull(pull));
    }
    return { changes, canPush };
}
/** Direct commits' files matter only when a path rule could ask for more than the other rules. */
function pathRulesMatter(environment) {
    return environment.paths.some((rule) => rule.approvals > environment.minimum);
}
async function readDirectCommitFiles(port, changes, environment) {
    if (!pathRulesMatter(environment))
        return;
    await Promise.all(changes
        .filter((c) => c.kind === 'commit' && c.files === null)
        .map(async (c) => {
        c.files = (await port.commit(c.headSha)).files;
    }));
}
/** A first deploy of a commit in no merged pull request: read its title, author and files. */
async function firstCommit(port, sha) {
    const commit = await port.commit(sha);
    return { ...fromCommit(commit), files: commit.files };
}
async function commitsOf(port, request) {
    const { base, sha } = request;
    if (!base)
        return [{ sha, title: sha.slice(0, 7), url: '', author: null, authorIsBot: false }];
    if (base.sha === sha)
        return [];
    return (await port.compare(base.sha, sha)).commits;
}
async function gatherRelease(port, request) {
    if (request.pullNumber !== null) {
        const { pull, teams } = await port.pull(request.pullNumber, request.teams);
        return { changes: [fromPull(pull)], reviewerCanPush: pull.reviewerCanPush, teams };
    }
    const commits = await commitsOf(port, request);
    const answer = await port.pullsForCommits(commits.map((c) => c.sha), request.teams);
    const { changes, canPush } = group(commits, answer.pullsByCommit);
    if (!request.base && changes[0]?.kind === 'commit')
        changes[0] = await firstCommit(port, request.sha);
    await readDirectCommitFiles(port, changes, request.environment);
    return { changes, reviewerCanPush: canPush, teams: answer.teams };
}

;// CONCATENATED MODULE: ./src/github/gather-facts.ts
// Gathers every fact a decision needs, in as few round trips as the data allows.



/** Rounds of rollback compares: each round settles at least one deployment. */
const MAX_COMPARE_ROUNDS = 20;
function policyTeams(environment) {
    const rules = [environment.deployers, environment.approvers, environment['break-glass']];
    const teams = rules.flatMap((rule) => rule?.teams ?? []).map((t) => t.toLowerCase());
    return [...new Set(teams)];
}
async function readRuns(port, ids) {
    const runConclusions = {};
    try {
        await Promise.all(ids.map(async (id) => {
            const conclusion = await port.runConclusion(id);
            if (conclusion)
                runConclusions[id] = conclusion;
        }));
        return { runConclusions, runsUnreadable: null };
    }
    catch (e) {
        const status = e.status;
        if (status === 403) {
            const why = 'the token may not read workflow runs (grant `actions: read`)';
            return { runConclusions, runsUnreadable: why };
        }
        throw (0,github_error/* explain */.WE)(e, 'read the workflow runs behind failed deployments', 'actions');
    }
}
async function settleRollbacks(port, history, scope) {
    const comparisons = {};
    for (let round = 0; round < MAX_COMPARE_ROUNDS; round++) {
        const missing = (0,decide.missingComparisons)(history.deployments, {
            ...scope,
            comparisons,
            generations: history.generations,
        });
        if (missing.length === 0)
            break;
        await Promise.all(missing.map(async ({ base, head }) => {
            comparisons[`${base}...${head}`] = await port.compareStatus(base, head);
        }));
    }
    return comparisons;
}
async function roleOf(port, login, isBot) {
    return isBot ? 'none' : port.role(login);
}
/** Roles of the deployer and reviewers; `canPush` stands in for a lookup when only `write` is asked. */
async function readPeople(port, facts, environment, release) {
    const people = {};
    const teamsOf = (login) => Object.entries(release.teams)
        .filter(([, members]) => members.includes(login.toLowerCase()))
        .map(([team]) => team);
    people[facts.deployer.toLowerCase()] = {
        login: facts.deployer,
        role: facts.deployerRole,
        teams: teamsOf(facts.deployer),
    };
    const wanted = (0,decide.peopleToLookUp)(environment, { ...facts, changes: release.changes }).logins;
    await Promise.all(wanted.map(async (who) => {
        const login = who.toLowerCase();
        if (people[login])
            return;
        const canPush = release.reviewerCanPush[login];
        const role = environment.approvers.permission === 'write' && canPush !== undefined
            ? canPush
                ? 'write'
                : 'read'
            : await port.role(login);
        people[login] = { login, role, teams: teamsOf(login) };
    }));
    return people;
}
async function gatherFacts(port, { inputs, history, withRelease }) {
    const environment = history.match.environment;
    const base = {
        now: inputs.now.toISOString(),
        environment: inputs.environment,
        mode: inputs.mode === 'check' ? 'check' : 'gate',
        deployer: inputs.deployer,
        deployerIsBot: inputs.deployerIsBot,
        ref: inputs.ref,
        sha: inputs.sha,
        deployments: history.deployments,
        generations: history.generations,
        breakGlass: inputs.breakGlass,
    };
    const emptyRelease = { changes: [], reviewerCanPush: {}, teams: {} };
    const scope = {
        environment: inputs.environment,
        now: base.now,
        window: environment.trust?.window ?? '90d',
    };
    const deployerMatters = (0,decide.peopleToLookUp)(environment, { ...base, changes: [] }).logins.length > 0;
    const [deployerRole, runs, comparisons, release] = await Promise.all([
        withRelease && deployerMatters
            ? roleOf(port, inputs.deployer, inputs.deployerIsBot)
            : Promise.resolve('none'),
        readRuns(port, (0,decide.runIdsToCheck)(history.deployments, scope)),
        settleRollbacks(port, history, scope),
        withRelease
            ? gatherRelease(port, {
                sha: inputs.sha,
                base: inputs.mode === 'check' && inputs.pullRequest
                    ? null
                    : (0,decide.releaseBase)(history.deployments, inputs.environment),
                pullNumber: inputs.pullRequest ? inputs.pullRequest.number : null,
                teams: policyTeams(environment),
                environment,
            })
            : Promise.resolve(emptyRelease),
    ]);
    const people = withRelease
        ? await readPeople(port, { ...base, deployerRole }, environment, release)
        : {};
    return { ...base, ...runs, comparisons, changes: release.changes, people };
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
