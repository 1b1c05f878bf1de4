export const id = 519;
export const ids = [519];
export const modules = {

/***/ 7519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decideAndPublish: () => (/* binding */ decideAndPublish),
  publishError: () => (/* reexport */ publishError)
});

;// CONCATENATED MODULE: ./src/decide/logins.ts
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

;// CONCATENATED MODULE: ./src/decide/approvals.ts

const OPINIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/** Each reviewer's latest APPROVED/CHANGES_REQUESTED/DISMISSED review (ties: later in the list). */
function standingOpinions(reviews) {
    const latest = new Map();
    for (const review of reviews) {
        if (!OPINIONS.has(review.state))
            continue;
        const at = Date.parse(review.submittedAt);
        const key = loginKey(review.reviewer);
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
    if (sameLogin(login, change.author))
        return "is the change's author";
    if (sameLogin(login, context.deployer))
        return 'is the deployer';
    if (listed(change.commitAuthors, login))
        return 'authored a commit in the change';
    const bot = isBotLogin(login, review.reviewerIsBot);
    if (bot && !listed(context.approvers.users, login))
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

;// CONCATENATED MODULE: ./src/decide/reason-text.ts
// A reason a person typed, as the gate uses it: one line, no direction overrides, and empty when
// nothing in it is visible (zero-width characters, BOM, bidi controls and blanks alone are no reason).
/** Bidi controls: they can make text read differently than it is stored. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** Line breaks and other control characters. */
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;
/**
 * What renders as nothing: format characters (zero-width space and joiners, BOM, word joiner…),
 * separators and blanks, variation selectors, and the filler letters that draw no glyph.
 */
// The combining grapheme joiner and variation selectors are listed on purpose, one by one.
const INVISIBLE = 
// eslint-disable-next-line no-misleading-character-class
/[\p{Cf}\p{Z}\s\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0]/gu;
/** The reason on one line without bidi controls; '' when it holds nothing visible. */
function visibleReason(raw) {
    const line = raw.replace(BIDI, '').replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();
    return line.replace(INVISIBLE, '') === '' ? '' : line;
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
    const reason = visibleReason(facts.breakGlass);
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
function freeze_activeFreezes(freezes, at) {
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
    if (listed(rule.users, who.login))
        return { ok: true, detail: 'listed in `users`' };
    if (isBotLogin(who.login, who.isBot))
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

// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(5432);
;// CONCATENATED MODULE: ./src/decide/trust-window.ts
// The trust window: which deployments count, from `trust.window` (default 90d).

/** The window used when the policy has no `trust` or no `trust.window`. */
const DEFAULT_WINDOW = '90d';
/** The first instant (ms) inside the window: deployments created at or after it count. */
function windowStart(now, window = DEFAULT_WINDOW) {
    return Date.parse(now) - (0,duration/* parseDuration */.E)(window);
}

;// CONCATENATED MODULE: ./src/decide/iso-time.ts
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

;// CONCATENATED MODULE: ./src/decide/history.ts



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
    return isBotLogin(deployment.creator, deployment.creatorIsBot) ? named : deployment.creator;
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
            bestAt = isoMs(best.createdAt);
        const at = isoMs(status.createdAt);
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
    const since = scope.now ? windowStart(scope.now, scope.window ?? DEFAULT_WINDOW) : -Infinity;
    const ids = new Set();
    for (const deployment of deployments) {
        if (isoMs(deployment.createdAt) < since)
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
    const number = deployers.push({ login, key: loginKey(login) }) - 1;
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
    return compareIso(a.createdAt, b.createdAt) || a.id - b.id;
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
        at[p] = isoMs(deployments[p].createdAt);
    return positions.sort((a, b) => at[a] - at[b] || deployments[a].id - deployments[b].id);
}
/** Puts positions in time order, ties by id: newest-first or oldest-first input is not sorted. */
function inTimeOrder(positions, deployments) {
    const first = deployments[positions[0]];
    const last = deployments[positions[positions.length - 1]];
    if (first && last && compareIso(first.createdAt, last.createdAt) > 0)
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
            at: isoMs(history.deployments[p].createdAt),
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
    if (kind === KIND.failed || kind === KIND['rolled-back']) {
        tally.failures++;
        if (kind === KIND['rolled-back'])
            tally.rollbacks++;
        tally.score = scoreAfterFailure(tally.score, trust);
        return;
    }
    tally.successes++;
    if (kind === KIND.earned)
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
    return new Map(Object.entries(people).map(([login, person]) => [loginKey(login), person]));
}
function judges_makeJudges(facts, counted, trust) {
    const tallies = tallyByDeployer(counted, trust);
    const people = peopleByKey(facts.people);
    const levels = trust?.levels ?? [];
    const tallyOf = (login) => tallies.get(loginKey(login)) ?? emptyTally(login);
    const candidate = (login, isBot) => ({
        login,
        isBot,
        person: people.get(loginKey(login)),
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
        if (kinds[p] === KIND.failed)
            continue;
        const reference = depth > 0 ? forward[depth - 1] : -1;
        const sha = deployments[p].sha;
        if (reference >= 0 && previousSha !== sha && isRollback(reference, p, judging)) {
            kinds[p] = KIND.rollback;
            kinds[reference] = KIND['rolled-back'];
            depth--;
        }
        else {
            if (previousSha === sha)
                kinds[p] = KIND.redeploy;
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
    if (isoMs(createdAt) >= judging.since)
        judging.missing.push({ base, head });
}
/** Compares (`base...head`) still needed to tell rollbacks in the window; call again once fetched. */
function missingComparisons(deployments, scope) {
    const runs = { runConclusions: {}, runsUnreadable: null };
    const history = historyOf(deployments, scope.environment ?? null, runs);
    const since = scope.now ? windowStart(scope.now, scope.window ?? DEFAULT_WINDOW) : -Infinity;
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
        return entriesOf(this.history, this.from);
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
        if (isoMs(deployments[order[middle]].createdAt) < since)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Reads the environment's history for the trust window (`90d` when not given). */
function timeline_readTimeline(deployments, facts, window = DEFAULT_WINDOW) {
    const history = historyOf(deployments, facts.environment, facts);
    const since = windowStart(facts.now, window);
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
    const timeline = timeline_readTimeline(facts.deployments, facts, policy.trust?.window);
    const judges = judges_makeJudges(facts, timeline, policy.trust);
    const standing = deployerStanding(policy, facts, { timeline, judges });
    const active = freeze_activeFreezes(policy.freeze, Date.parse(facts.now));
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
    const window = policy.trust?.window ?? DEFAULT_WINDOW;
    const timeline = timeline_readTimeline(facts.deployments, facts, window);
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
    if (listed(rule.users, login) || isBotLogin(login, isBot))
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
        logins: unique(logins, loginKey),
        teams: unique(rules.flatMap((rule) => rule.teams.map((team) => team.toLowerCase())), (team) => team),
    };
}

;// CONCATENATED MODULE: ./src/decide/index.ts
// The pure decision core's public surface, for main.ts and github/.








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
        const missing = missingComparisons(history.deployments, {
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
    const wanted = peopleToLookUp(environment, { ...facts, changes: release.changes }).logins;
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
    const deployerMatters = peopleToLookUp(environment, { ...base, changes: [] }).logins.length > 0;
    const [deployerRole, runs, comparisons, release] = await Promise.all([
        withRelease && deployerMatters
            ? roleOf(port, inputs.deployer, inputs.deployerIsBot)
            : Promise.resolve('none'),
        readRuns(port, runIdsToCheck(history.deployments, scope)),
        settleRollbacks(port, history, scope),
        withRelease
            ? gatherRelease(port, {
                sha: inputs.sha,
                base: inputs.mode === 'check' && inputs.pullRequest
                    ? null
                    : releaseBase(history.deployments, inputs.environment),
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

// EXTERNAL MODULE: ./src/policy/glob-check.ts
var glob_check = __webpack_require__(6439);
// EXTERNAL MODULE: ./src/policy/load.ts + 6 modules
var load = __webpack_require__(9519);
// EXTERNAL MODULE: ./src/policy/policy-error.ts
var policy_error = __webpack_require__(1781);
// EXTERNAL MODULE: ./src/policy/schema.ts + 1 modules
var schema = __webpack_require__(9565);
;// CONCATENATED MODULE: ./src/policy/index.ts
// The policy core's public surface: load and validate the file, look up an environment.









;// CONCATENATED MODULE: ./src/github/load-history.ts



/** Pages of 100 deployments read at most: bounds the time a run can take. */
const MAX_PAGES = 30;
/** More history is needed while the window is not covered or no earlier success (the release base) is known. */
function needsMore(deployments, since) {
    const oldest = deployments.at(-1);
    if (!oldest || Date.parse(oldest.createdAt) >= since)
        return true;
    return !deployments.some((d) => Date.parse(d.createdAt) < since && decisiveStatus(d.statuses)?.state === 'success');
}
function policyFrom(text, request, defaultBranch) {
    const ref = request.policyRef ?? `the default branch (${defaultBranch || 'unknown'})`;
    if (text === null || text === undefined) {
        throw new policy_error/* PolicyError */.p(`Policy file ${request.policyPath} was not found on ${ref}. Commit it there, or set the \`policy\` / \`policy-ref\` inputs.`, []);
    }
    const policy = load/* loadPolicy */.t(text, request.policyPath);
    const match = findEnvironment(policy, request.environment);
    if (!match)
        throw new policy_error/* PolicyError */.p(environmentNotFound(request.environment, policy, request.policyPath), []);
    return { policy, match: { key: match.key, environment: match.environment } };
}
/** Parses the policy from the first page and reads on until the window and the release base are covered. */
async function loadHistory(port, request, firstPage) {
    const first = await firstPage;
    const { policy, match } = policyFrom(first.policyText, request, first.defaultBranch);
    const since = request.now.getTime() - duration/* parseDuration */.E(match.environment.trust?.window ?? '90d');
    const deployments = [...first.deployments];
    const generations = { ...first.generations };
    const notes = [];
    let cursor = first.nextCursor;
    for (let pages = 1; cursor && needsMore(deployments, since); pages++) {
        if (pages >= MAX_PAGES) {
            notes.push(`Read the newest ${deployments.length} deployments only; older history was not considered.`);
            break;
        }
        const page = await port.history({
            environment: request.environment,
            policy: null,
            after: cursor,
        });
        deployments.push(...page.deployments);
        Object.assign(generations, page.generations);
        cursor = page.nextCursor;
    }
    const wanted = request.environment.toLowerCase();
    const own = deployments.filter((d) => d.environment.toLowerCase() === wanted);
    return {
        policy,
        match,
        deployments: own,
        generations,
        defaultBranch: first.defaultBranch,
        notes,
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
;// CONCATENATED MODULE: ./src/report/changes-table.ts

const HEADER = [
    '| change | author | required | approvals | approved by | ok |',
    '|---|---|--:|--:|---|:-:|',
];
/** "#12 Fix login" (or "`abc1234` Fix typo" for a direct commit), linked to GitHub. */
function changes_table_changeLabel(result) {
    const { change } = result;
    const id = change.kind === 'pull' ? `#${change.number ?? '?'}` : (0,report_escape/* cellCode */.GA)(changes_table_shortSha(change.headSha));
    return (0,report_escape/* link */.nf)(`${id} ${(0,report_escape/* escapeMarkdown */.FV)(change.title)}`, change.url);
}
/** "bob, carol", or "—" when nobody approved. */
function approvedByText(result) {
    return result.approvedBy.length === 0 ? '—' : result.approvedBy.map(report_escape/* escapeMarkdown */.FV).join(', ');
}
/** "carol (is the author), dave (approved an earlier commit)", or null when none was ignored. */
function ignoredText(result) {
    if (result.ignored.length === 0)
        return null;
    return result.ignored
        .map((entry) => `${(0,report_escape/* escapeMarkdown */.FV)(entry.login)} (${(0,report_escape/* escapeWithCode */.HY)(entry.why)})`)
        .join(', ');
}
/** "level member: 1; paths db/migrations/\*\*: 2". */
function requiredBecauseText(result) {
    return result.requiredBecause.map(report_escape/* escapeWithCode */.HY).join('; ');
}
function changesTable(changes) {
    return [...HEADER, ...changes.map(changeRow)].join('\n');
}
function changeRow(result) {
    const cells = [
        changes_table_changeLabel(result),
        (0,report_escape/* escapeMarkdown */.FV)(result.change.author),
        String(result.required),
        String(result.approvals),
        approvedByText(result),
        result.ok ? '✅' : '❌',
    ];
    return `| ${cells.join(' | ')} |`;
}
/** One line per change that falls short: what set its requirement and which approvals did not count. */
function shortfallLines(changes) {
    return changes.filter((result) => !result.ok).map(shortfallLine);
}
/** The first 7 hex digits of a commit (anything else is dropped, so it is safe in a table cell). */
function changes_table_shortSha(sha) {
    return sha.replace(/[^0-9a-f]/gi, '').slice(0, 7);
}
function shortfallLine(result) {
    const ignored = ignoredText(result);
    const why = result.requiredBecause.length === 0 ? '' : ` (${requiredBecauseText(result)})`;
    const because = `needs ${result.required}${why}, has ${result.approvals}`;
    return `- ${changes_table_changeLabel(result)} ${because}${ignored === null ? '' : `; not counted: ${ignored}`}`;
}

;// CONCATENATED MODULE: ./src/report/gaps.ts
/**
 * Approvals still to collect: the sum over changes of what each lacks. Each approval is given on
 * one change, so the sum is the number of reviews still needed (in `check` mode there is one change).
 */
function missingApprovals(changes) {
    return changes.reduce((sum, change) => sum + Math.max(0, change.required - change.approvals), 0);
}
/** Failed rules other than `approvals`: what more reviews cannot fix. */
function blockingRules(decision) {
    return decision.rules.filter((rule) => !rule.ok && rule.rule !== 'approvals');
}
/** Denied, and more approvals alone would turn it into an allow. */
function onlyApprovalsMissing(decision) {
    return (!decision.allowed &&
        blockingRules(decision).length === 0 &&
        decision.rules.some((rule) => rule.rule === 'approvals' && !rule.ok));
}

// EXTERNAL MODULE: ./src/report/plain-text.ts
var plain_text = __webpack_require__(6676);
;// CONCATENATED MODULE: ./src/report/ladder.ts


const FULL = '█';
const EMPTY = '░';
/** A bar of `width` blocks, filled in proportion to value/target (full only once reached). */
function progressBar(value, target, width = 10) {
    const ratio = target <= 0 ? 1 : Math.min(1, Math.max(0, value / target));
    const filled = Math.floor(ratio * width);
    return FULL.repeat(filled) + EMPTY.repeat(width - filled);
}
/** Who holds the record: the deployer, or the whole team in `team` scope (markdown). */
function holder(standing, deployer) {
    return standing.scope === 'team' ? 'the team' : (0,report_escape/* escapeMarkdown */.FV)(deployer);
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** "**alice** is at level **member** with a score of 7." and the bar to the next level (markdown). */
function standingLines(standing, deployer) {
    const who = standing.scope === 'team' ? 'the team' : `**${holder(standing, deployer)}**`;
    if (standing.level === '') {
        return [
            `No trust ladder for this environment: every change needs the policy's fixed approvals; ${who} has a score of ${standing.score}.`,
        ];
    }
    const at = `${capitalise(who)} is at level **${(0,report_escape/* escapeMarkdown */.FV)(standing.level)}** with a score of ${standing.score}.`;
    return [at, nextLevelLine(standing)];
}
/** "`███████░░░` 7 of 10 clean deploys to **owner**", or the top of the ladder. */
function nextLevelLine(standing) {
    const { next, score } = standing;
    if (next === null)
        return `\`${progressBar(1, 1)}\` top of the ladder`;
    const bar = progressBar(score, next.after);
    return `\`${bar}\` ${score} of ${(0,plain_text/* plural */.LS)(next.after, 'clean deploy')} to **${(0,report_escape/* escapeMarkdown */.FV)(next.name)}**`;
}
/** "newcomer · 2 approvals → **member · 1 approval ◀** → owner · no approval", when the ladder is known. */
function ladderLine(standing) {
    const ladder = standing.ladder ?? [];
    if (ladder.length === 0)
        return null;
    return ladder.map((step) => ladderStep(step, step.name === standing.level)).join(' → ');
}
function ladderStep(step, current) {
    const needs = step.approvals === 0 ? 'no approval' : (0,plain_text/* plural */.LS)(step.approvals, 'approval');
    const text = `${(0,report_escape/* escapeMarkdown */.FV)(step.name)} · ${needs}`;
    return current ? `**${text} ◀**` : text;
}
/** "8 successes, 1 failure and 0 rollbacks in the window." */
function recordLine(standing) {
    const { successes, failures, rollbacks } = standing;
    return `Record in the window: ${(0,plain_text/* plural */.LS)(successes, 'success', 'successes')}, ${(0,plain_text/* plural */.LS)(failures, 'failure')}, ${(0,plain_text/* plural */.LS)(rollbacks, 'rollback')}.`;
}

;// CONCATENATED MODULE: ./src/report/markdown-blocks.ts
// Small markdown building blocks shared by the summary, the comment and the team report.

/** Joins non-empty blocks with blank lines; the document ends with one newline. */
function markdown_blocks_document(blocks) {
    return `${blocks.filter((block) => block !== null && block !== '').join('\n\n')}\n`;
}
/** A bulleted list of plain-text sentences (`code` marked by backticks), escaped; null when empty. */
function bulletList(lines, prefix = '') {
    if (lines.length === 0)
        return null;
    return lines.map((line) => `- ${prefix}${(0,report_escape/* escapeWithCode */.HY)(line)}`).join('\n');
}
/** A GitHub alert (`> [!WARNING]`), which renders as a plain quote where alerts are unknown. */
function markdown_blocks_alert(kind, lines) {
    return [`> [!${kind}]`, ...lines.map((line) => `> ${line}`)].join('\n');
}
/** A "### Notes" section, or null without notes. */
function notesSection(notes) {
    const list = bulletList(notes);
    return list === null ? null : `### Notes\n\n${list}`;
}

;// CONCATENATED MODULE: ./src/report/comment.ts






const MAX_DOTS = 10;
/** The hidden first line that identifies the one comment per environment (case-insensitive). */
function commentMarker(environment) {
    return `<!-- trust-gate:${encodeURIComponent(environment.toLowerCase())} -->`;
}
function renderComment(decision) {
    return markdown_blocks_document([
        commentMarker(decision.environment),
        heading(decision),
        approvals(decision),
        standing(decision),
        blocking(decision),
        footer(decision),
    ]);
}
/** The comment when the gate could not decide: it replaces a verdict that may no longer hold. */
function renderErrorComment(environment, message) {
    return markdown_blocks_document([
        commentMarker(environment),
        `### ❗ Trust Gate: could not check deploying to ${(0,report_escape/* escapeMarkdown */.FV)(environment)}`,
        'The gate fails closed: a deploy would be refused until this is fixed.',
        (0,report_escape/* codeBlock */.DV)(message),
        '<sub>This comment is updated on every run.</sub>',
    ]);
}
function heading(decision) {
    const environment = (0,report_escape/* escapeMarkdown */.FV)(decision.environment);
    if (decision.allowed)
        return `### ✅ Trust Gate: ready to deploy to ${environment}`;
    if (onlyApprovalsMissing(decision)) {
        const missing = (0,plain_text/* plural */.LS)(missingApprovals(decision.changes), 'more approval');
        return `### ⏳ Trust Gate: needs ${missing} to deploy to ${environment}`;
    }
    return `### ⛔ Trust Gate: blocked from ${environment}`;
}
function approvals(decision) {
    const [only, ...rest] = decision.changes;
    if (only === undefined)
        return '**Approvals** nothing to approve: no changes.';
    const who = decision.approvers
        ? [`- Who can approve: ${(0,report_escape/* escapeWithCode */.HY)(decision.approvers)}`]
        : [];
    if (rest.length > 0)
        return severalChanges(decision.changes, who);
    return [approvalsLine(only), ...approvalDetails(only), ...who].join('\n');
}
/** A release of several changes (rare in `check` mode): the table, then what each short one needs. */
function severalChanges(changes, who) {
    const list = [...shortfallLines(changes), ...who];
    const table = changesTable(changes);
    return list.length === 0 ? table : `${table}\n\n${list.join('\n')}`;
}
/** "**Approvals** 🟢⚪ 1 of 2": one dot per approval needed, filled for each one found. */
function approvalsLine(result) {
    if (result.required === 0)
        return `**Approvals** none needed (${result.approvals} given)`;
    const found = Math.min(result.approvals, result.required, MAX_DOTS);
    const missing = Math.min(Math.max(0, result.required - result.approvals), MAX_DOTS - found);
    const dots = '🟢'.repeat(found) + '⚪'.repeat(missing);
    return `**Approvals** ${dots} ${result.approvals} of ${result.required}`;
}
/** Why the requirement is what it is, who approved, and which approvals did not count. */
function approvalDetails(result) {
    const ignored = ignoredText(result);
    const because = requiredBecauseText(result);
    const lines = because === '' ? [] : [`- Why ${result.required}: ${because}`];
    if (result.required > 0 || result.approvedBy.length > 0) {
        lines.push(`- Approved by: ${approvedByText(result)}`);
    }
    return ignored === null ? lines : [...lines, `- Not counted: ${ignored}`];
}
function standing(decision) {
    const { standing: record, deployer } = decision;
    const title = `**Where ${holder(record, deployer)} stands**`;
    if (record.level === '')
        return `${title}\n\n${standingLines(record, deployer).join('<br>\n')}`;
    const ladder = ladderLine(record);
    const at = `Level **${(0,report_escape/* escapeMarkdown */.FV)(record.level)}**, score ${record.score}`;
    return `${title}\n\n${[ladder ?? at, nextLevelLine(record)].join('<br>\n')}`;
}
function blocking(decision) {
    const rules = blockingRules(decision);
    if (rules.length === 0)
        return null;
    const title = decision.rules.some((rule) => rule.rule === 'approvals' && !rule.ok)
        ? '**Also blocking**'
        : '**Blocking**';
    return [title, ...rules.map((rule) => `- ⛔ ${(0,report_escape/* escapeWithCode */.HY)(rule.explanation)}`)].join('\n');
}
function footer(decision) {
    const sha = (0,report_escape/* code */.aY)(changes_table_shortSha(decision.sha));
    const policy = (0,report_escape/* code */.aY)(decision.policyKey);
    return `<sub>Trust Gate checked ${sha} with policy ${policy}. This comment is updated on every run.</sub>`;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts

/** Every output name of SPEC §3, in order. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'allowed',
    'decision',
    'reason',
    'deployer',
    'level',
    'score',
    'required-approvals',
    'approvals',
    'changes',
    'json',
]));
function renderOutputs(decision) {
    return {
        allowed: String(decision.allowed),
        decision: decision.verdict,
        reason: (0,plain_text/* oneLine */.TN)(decision.reason),
        deployer: decision.deployer,
        level: decision.standing.level,
        score: String(decision.standing.score),
        'required-approvals': String(decision.requiredApprovals),
        approvals: String(decision.approvals),
        changes: String(decision.changes.length),
        json: JSON.stringify(decisionJson(decision)),
    };
}
/** Outputs when the action errors: allowed=false, decision=error, the message as reason; the rest empty. */
function renderErrorOutputs(message, partial = {}) {
    const json = errorJson(message, partial);
    return {
        allowed: 'false',
        decision: 'error',
        reason: json.reason,
        deployer: json.deployer,
        level: '',
        score: '',
        'required-approvals': '',
        approvals: '',
        changes: '',
        json: JSON.stringify(json),
    };
}
function decisionJson(decision) {
    const { level, score, ...standing } = decision.standing;
    return {
        version: 1,
        verdict: decision.verdict,
        allowed: decision.allowed,
        reason: (0,plain_text/* oneLine */.TN)(decision.reason),
        reasons: decision.denyReasons,
        mode: decision.mode,
        environment: decision.environment,
        policyKey: decision.policyKey,
        deployer: decision.deployer,
        ref: decision.ref,
        sha: decision.sha,
        level,
        score,
        standing,
        requiredApprovals: decision.requiredApprovals,
        approvals: decision.approvals,
        changes: decision.changes.map(changeJson),
        rules: decision.rules.map(({ rule, ok, explanation }) => ({ rule, ok, explanation })),
        breakGlass: decision.breakGlass,
        notes: decision.notes,
        error: null,
    };
}
function changeJson(result) {
    const { change } = result;
    return {
        kind: change.kind,
        number: change.number ?? null,
        sha: change.headSha,
        title: change.title,
        url: change.url,
        author: change.author,
        required: result.required,
        requiredBecause: result.requiredBecause,
        approvals: result.approvals,
        approvedBy: result.approvedBy,
        ignored: result.ignored,
        ok: result.ok,
    };
}
function errorJson(message, partial = {}) {
    return {
        version: 1,
        verdict: 'error',
        allowed: false,
        reason: (0,plain_text/* oneLine */.TN)(message),
        reasons: [],
        mode: partial.mode ?? null,
        environment: partial.environment ?? '',
        policyKey: null,
        deployer: partial.deployer ?? '',
        ref: partial.ref ?? null,
        sha: partial.sha ?? null,
        level: '',
        score: null,
        standing: null,
        requiredApprovals: null,
        approvals: null,
        changes: [],
        rules: [],
        breakGlass: null,
        notes: [],
        error: message,
    };
}

;// CONCATENATED MODULE: ./src/report/status.ts


/** GitHub rejects longer commit status descriptions. */
const STATUS_DESCRIPTION_LIMIT = 140;
/** `trust-gate/<environment>`, lower-cased: environment names compare case-insensitively. */
function statusContext(environment) {
    return `trust-gate/${(0,plain_text/* oneLine */.TN)(environment).toLowerCase()}`;
}
function renderStatus(decision) {
    const status = (state, text) => ({
        state,
        context: statusContext(decision.environment),
        description: describe(text),
    });
    if (decision.allowed)
        return status('success', successText(decision));
    if (onlyApprovalsMissing(decision))
        return status('pending', pendingText(decision));
    return status('failure', failureText(decision));
}
function renderErrorStatus(environment, message) {
    return {
        state: 'error',
        context: statusContext(environment),
        description: describe(`Trust Gate error: ${message}`),
    };
}
/** "Ready to deploy to production (2 of 2 approvals)". */
function successText(decision) {
    const { requiredApprovals: required, approvals, environment } = decision;
    const detail = required === 0 ? 'no approval needed' : `${approvals} of ${(0,plain_text/* plural */.LS)(required, 'approval')}`;
    return `Ready to deploy to ${environment} (${detail})`;
}
/** "needs 1 more approval" as SPEC §5a words it, or "needs 3 more approvals over 2 changes" (the sum). */
function pendingText(decision) {
    const missing = (0,plain_text/* plural */.LS)(missingApprovals(decision.changes), 'more approval');
    const short = decision.changes.filter((result) => !result.ok).length;
    return short > 1 ? `needs ${missing} over ${short} changes` : `needs ${missing}`;
}
/** The first reason more approvals cannot fix, and how many others there are. */
function failureText(decision) {
    const first = blockingRules(decision)[0];
    const more = decision.rules.filter((rule) => !rule.ok).length - 1;
    const reason = (0,plain_text/* oneLine */.TN)(first?.explanation ?? decision.reason);
    const suffix = more > 0 ? ` (+${(0,plain_text/* plural */.LS)(more, 'more reason')})` : '';
    return (0,plain_text/* truncate */.xv)(reason, STATUS_DESCRIPTION_LIMIT - suffix.length) + suffix;
}
function describe(text) {
    return (0,plain_text/* truncate */.xv)((0,plain_text/* oneLine */.TN)(text), STATUS_DESCRIPTION_LIMIT);
}

;// CONCATENATED MODULE: ./src/report/summary.ts




function renderSummary(decision) {
    return markdown_blocks_document([
        summary_heading(decision),
        reasons(decision),
        breakGlass(decision),
        facts(decision),
        trust(decision),
        changes(decision),
        notesSection(decision.notes),
    ]);
}
/** The summary for `decision=error`: the gate failed closed, and the message says what to do. */
function renderErrorSummary(message) {
    return markdown_blocks_document([
        '## ❗ Trust Gate: error',
        'The gate failed closed: this run does not allow a deploy.',
        (0,report_escape/* codeBlock */.DV)(message),
    ]);
}
function summary_heading(decision) {
    const environment = (0,report_escape/* escapeMarkdown */.FV)(decision.environment);
    if (!decision.allowed)
        return `## ⛔ Trust Gate: deploy to ${environment} denied`;
    if (decision.breakGlass !== null) {
        return `## 🚨 Trust Gate: allowed to deploy to ${environment} by break-glass`;
    }
    return `## ✅ Trust Gate: allowed to deploy to ${environment}`;
}
function reasons(decision) {
    if (decision.allowed)
        return bulletList([decision.reason], '✅ ');
    return bulletList(decision.denyReasons.length > 0 ? decision.denyReasons : [decision.reason], '❌ ');
}
function breakGlass(decision) {
    if (decision.breakGlass === null)
        return null;
    const { reason, overridden } = decision.breakGlass;
    return markdown_blocks_alert('CAUTION', [
        `**Break-glass** by ${(0,report_escape/* escapeMarkdown */.FV)(decision.deployer)}: ${(0,report_escape/* escapeMarkdown */.FV)(reason)}`,
        'It overrode these reasons, and an issue records it for review:',
        ...overridden.map((line) => `- ${(0,report_escape/* escapeWithCode */.HY)(line)}`),
    ]);
}
function facts(decision) {
    const parts = [
        `**Deployer** ${(0,report_escape/* escapeMarkdown */.FV)(decision.deployer)}`,
        `**ref** ${(0,report_escape/* code */.aY)(decision.ref)}`,
        `**commit** ${(0,report_escape/* code */.aY)(changes_table_shortSha(decision.sha))}`,
        `**policy** ${(0,report_escape/* code */.aY)(decision.policyKey)}`,
        `**mode** ${decision.mode}`,
    ];
    return parts.join(' · ');
}
function trust(decision) {
    const { standing } = decision;
    const [at, ...rest] = standingLines(standing, decision.deployer);
    const ladder = ladderLine(standing);
    const lines = [at, ...(ladder ? [ladder] : []), ...rest];
    return `### Trust level\n\n${[...lines, recordLine(standing)].join('<br>\n')}`;
}
function changes(decision) {
    const title = `### Changes (${decision.changes.length})`;
    if (decision.changes.length === 0)
        return `${title}\n\nNo changes: this commit is already deployed.`;
    const ready = decision.changes.filter((result) => result.ok).length;
    const totals = `Changes with enough approvals: ${ready} of ${decision.changes.length}.`;
    const shortfalls = shortfallLines(decision.changes);
    const details = shortfalls.length > 0 ? `\n\n${shortfalls.join('\n')}` : '';
    return `${title}\n\n${totals}\n\n${changesTable(decision.changes)}${details}`;
}

;// CONCATENATED MODULE: ./src/report/team-report.ts



const team_report_HEADER = [
    '| deployer | level | score | successes | failures | rollbacks | last deploy |',
    '|---|---|--:|--:|--:|--:|---|',
];
function renderTeamReport(report) {
    return markdown_blocks_document([
        `## 📊 Trust Gate: who can deploy to ${(0,report_escape/* escapeMarkdown */.FV)(report.environment)}`,
        `Deploys in the last ${(0,report_escape/* escapeMarkdown */.FV)(report.window)} (since ${day(report.since)}) · policy ${(0,report_escape/* code */.aY)(report.policyKey)}`,
        table(report.rows),
        totals(report),
        noApproval(report),
        warning(report),
        notesSection(report.notes),
    ]);
}
/** The single-gatekeeper warning as plain text (also the `::warning::` annotation), or null. */
function singleGatekeeperWarning(report) {
    if (!report.singleGatekeeper)
        return null;
    const environment = (0,plain_text/* oneLine */.TN)(report.environment);
    const [only] = report.noApproval;
    if (only === undefined) {
        return `Single gatekeeper: nobody can deploy to ${environment} with no approval, so every deploy waits for an approver.`;
    }
    return `Single gatekeeper: only ${(0,plain_text/* oneLine */.TN)(only)} can deploy to ${environment} with no approval. Spread trust so deploys do not wait on one person.`;
}
/** The report as JSON, for the `json` output: the TeamReport fields plus `version`. */
function renderTeamReportJson(report) {
    const { environment, policyKey, window, since, deploys, failures, changeFailureRate } = report;
    return JSON.stringify({
        version: 1,
        environment,
        policyKey,
        window,
        since,
        deploys,
        failures,
        changeFailureRate,
        noApproval: report.noApproval,
        singleGatekeeper: report.singleGatekeeper,
        deployers: report.rows,
        notes: report.notes,
    });
}
function table(rows) {
    if (rows.length === 0)
        return 'No deploys in the window.';
    return [...team_report_HEADER, ...rows.map(team_report_row)].join('\n');
}
function team_report_row(entry) {
    const cells = [
        (0,report_escape/* escapeMarkdown */.FV)(entry.login),
        entry.level === '' ? '—' : (0,report_escape/* escapeMarkdown */.FV)(entry.level),
        String(entry.score),
        String(entry.successes),
        String(entry.failures),
        String(entry.rollbacks),
        entry.lastDeploy === null ? '—' : dateTime(entry.lastDeploy),
    ];
    return `| ${cells.join(' | ')} |`;
}
function totals(report) {
    const rate = report.changeFailureRate === null ? '—' : percent(report.changeFailureRate);
    return `**${(0,plain_text/* plural */.LS)(report.deploys, 'deploy')}**, ${(0,plain_text/* plural */.LS)(report.failures, 'failure')} · change failure rate **${rate}**`;
}
function noApproval(report) {
    const people = report.noApproval.map(report_escape/* escapeMarkdown */.FV);
    const list = people.length === 0 ? 'nobody' : (0,plain_text/* listWords */.yh)(people);
    return `**Can deploy with no approval** (${people.length}): ${list}`;
}
function warning(report) {
    const text = singleGatekeeperWarning(report);
    return text === null ? null : markdown_blocks_alert('WARNING', [(0,report_escape/* escapeMarkdown */.FV)(text)]);
}
/** 0.075 → "7.5%", 0 → "0%". */
function percent(rate) {
    return `${Number((rate * 100).toFixed(1))}%`;
}
/** "2026-11-20 14:03 UTC"; anything unparsable is shown escaped as given. */
function dateTime(iso) {
    const time = Date.parse(iso);
    if (Number.isNaN(time))
        return (0,report_escape/* escapeMarkdown */.FV)(iso);
    return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function day(iso) {
    return dateTime(iso).slice(0, 10);
}

;// CONCATENATED MODULE: ./src/report/break-glass-issue.ts

function renderBreakGlassIssue(decision, runUrl) {
    const overridden = decision.breakGlass?.overridden ?? [];
    const title = `Break-glass deploy to ${decision.environment} by ${decision.deployer}`;
    const body = [
        `**${(0,report_escape/* escapeMarkdown */.FV)(decision.deployer)}** broke glass to deploy ${(0,report_escape/* code */.aY)(decision.sha)} to ${(0,report_escape/* code */.aY)(decision.environment)}.`,
        '',
        `**Reason:** ${(0,report_escape/* escapeMarkdown */.FV)(decision.breakGlass?.reason ?? '')}`,
        '',
        '**Denied because:**',
        ...overridden.map((reason) => `- ${(0,report_escape/* escapeWithCode */.HY)(reason)}`),
        '',
        `Run: ${runUrl}`,
        '',
        'Review this deploy after the fact, then close the issue.',
    ].join('\n');
    return { title, body };
}

// EXTERNAL MODULE: ./src/report/runner.ts
var runner = __webpack_require__(7650);
;// CONCATENATED MODULE: ./src/report/publish.ts
// The one publisher: writes outputs, the job summary, the PR comment, the commit status and the audit issue.









function setOutputs(outputs) {
    try {
        for (const [name, value] of Object.entries(outputs))
            (0,runner/* setOutput */.uH)(name, value);
    }
    catch (error) {
        throw new Error(`Could not write the step outputs (GITHUB_OUTPUT): ${messageOf(error)}`, {
            cause: error,
        });
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * The error as `reason` says it. A TypeError or SyntaxError escaping to here means an answer
 * lacked something the code reads: said in words, with JavaScript's own only in the log.
 */
function reasonOf(error) {
    if (!(error instanceof TypeError || error instanceof SyntaxError))
        return messageOf(error);
    (0,runner/* logLine */.BP)(`Trust Gate internal error: ${error.stack ?? error.message}`);
    return "Trust Gate could not read an answer from GitHub: it lacked data Trust Gate needs. Re-run the job (https://www.githubstatus.com shows incidents); if it persists, report it with this run's log.";
}
/** A write a fork's read-only token cannot make degrades to a warning: check mode never fails. */
async function tryWrite(what, write) {
    try {
        await write();
    }
    catch (error) {
        core/* warning */.$e(`Trust Gate could not ${what}: ${error.message}`);
    }
}
async function publishCheck(port, inputs, decision) {
    const pr = inputs.pullRequest;
    if (inputs.comment && pr) {
        const body = renderComment(decision);
        await tryWrite('comment on the pull request', () => port.upsertComment(pr.number, commentMarker(inputs.environment), body));
    }
    if (inputs.status)
        await tryWrite('set the commit status', () => setStatus(port, inputs, renderStatus(decision)));
}
function setStatus(port, inputs, status) {
    return port.setStatus({ sha: inputs.sha, ...status, targetUrl: inputs.runUrl });
}
async function fileBreakGlassIssue(port, inputs, decision) {
    if (!decision.breakGlass)
        return;
    const issue = renderBreakGlassIssue(decision, inputs.runUrl);
    const url = await port.openIssue(issue.title, issue.body, ['trust-gate']);
    decision.notes.push(`Break-glass audit issue: ${url}`);
}
async function publishDecision(port, inputs, decision) {
    if (inputs.mode === 'gate')
        await fileBreakGlassIssue(port, inputs, decision);
    // The summary first: if it cannot be written the run errors, and no `allowed=true` was set.
    await (0,runner/* appendSummary */.fe)(renderSummary(decision));
    setOutputs(renderOutputs(decision));
    if (inputs.mode === 'check') {
        await publishCheck(port, inputs, decision);
        if (!decision.allowed)
            core/* notice */.lm(`Trust Gate: ${decision.reason}`);
        return;
    }
    if (!decision.allowed)
        core/* setFailed */.C1(`Trust Gate denied the deploy: ${decision.reason}`);
    else
        (0,runner/* logLine */.BP)(`Trust Gate: ${decision.reason}`);
}
async function publishReport(report) {
    (0,runner/* setOutput */.uH)('json', renderTeamReportJson(report));
    await (0,runner/* appendSummary */.fe)(renderTeamReport(report));
    const warning = singleGatekeeperWarning(report);
    // A bare `::warning::` (SPEC §5a): the message itself starts with "Single gatekeeper".
    if (warning)
        core/* warning */.$e(warning);
}
function annotatePolicyIssues(error) {
    if (!(error instanceof policy_error/* PolicyError */.p))
        return;
    for (const issue of error.issues) {
        core/* error */.z3(`${issue.path ? `${issue.path}: ` : ''}${issue.message}`, {
            file: issue.file,
            startLine: issue.line,
            startColumn: issue.column,
        });
    }
}
/** Writes what it can; a write that fails is a warning, so the error itself is still reported. */
async function bestEffort(steps) {
    for (const step of steps) {
        try {
            await step();
        }
        catch (error) {
            core/* warning */.$e(`Trust Gate: ${messageOf(error)}`);
        }
    }
}
function errorContext(inputs) {
    const { environment, deployer, mode } = inputs;
    const full = 'sha' in inputs ? { sha: inputs.sha, ref: inputs.ref } : {};
    return mode === 'gate' || mode === 'check'
        ? { environment, deployer, mode, ...full }
        : { environment, deployer, ...full };
}
/**
 * Fails closed: outputs `decision=error`, `allowed=false`, the message in the summary and as the
 * step's error. A write that fails on the way never stops the step from failing (check mode
 * aside: it warns and never fails).
 */
async function publishError(inputs, port, error) {
    const message = reasonOf(error);
    await bestEffort([
        () => setOutputs(renderErrorOutputs(message, errorContext(inputs))),
        () => (0,runner/* appendSummary */.fe)(renderErrorSummary(message)),
        () => annotatePolicyIssues(error),
    ]);
    if (inputs.mode === 'check') {
        core/* warning */.$e(`Trust Gate could not decide: ${message}`);
        if ('sha' in inputs && port)
            await publishCheckError(port, inputs, message);
        return;
    }
    core/* setFailed */.C1(message);
}
/** check mode's error: the sticky comment and the status say so, so neither shows a stale verdict. */
async function publishCheckError(port, inputs, message) {
    const pr = inputs.pullRequest;
    if (inputs.comment && pr) {
        const body = renderErrorComment(inputs.environment, message);
        await tryWrite('comment on the pull request', () => port.upsertComment(pr.number, commentMarker(inputs.environment), body));
    }
    if (inputs.status) {
        await tryWrite('set the commit status', () => setStatus(port, inputs, renderErrorStatus(inputs.environment, message)));
    }
}

;// CONCATENATED MODULE: ./src/pipeline.ts
// Everything after the first request: policy and history → facts → decision → publish.
// Loaded as one chunk while that request is in flight, so nothing is compiled twice.





async function decideAndPublish(inputs, port, firstPage) {
    const history = await loadHistory(port, inputs, firstPage); // 2. policy and history
    const withRelease = inputs.mode !== 'report';
    const facts = await gatherFacts(port, { inputs, history, withRelease }); // 3. facts
    if (inputs.mode === 'report') {
        await publishReport(teamReport(history.match, facts, history.notes));
        return;
    }
    const decision = decide(history.match, facts); // 4. decision
    decision.notes.push(...history.notes);
    await publishDecision(port, inputs, decision); // 5. publish
}


/***/ })

};
