export const id = 658;
export const ids = [658];
export const modules = {

/***/ 6658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decideAndPublish: () => (/* binding */ decideAndPublish),
  publishError: () => (/* reexport */ publishError)
});

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/logins.js
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/approvals.js

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
/** Why `login` may not approve `change` at all, whatever they approved; null when they may. */
function personExclusion(login, isBot, change, context) {
    if (sameLogin(login, change.author))
        return "is the change's author";
    if (sameLogin(login, context.deployer))
        return 'is the deployer';
    if (listed(change.commitAuthors, login))
        return 'authored a commit in the change';
    if (isBotLogin(login, isBot) && !listed(context.approvers.users, login))
        return 'is a bot not listed in `approvers.users`';
    return null;
}
/** Why an approval may not count, judged on who gave it and on which commit; null when it may. */
function identityExclusion(review, change, context) {
    const why = personExclusion(review.reviewer, review.reviewerIsBot, change, context);
    if (why !== null)
        return why;
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
/** Why a `/approve` on the deploy request may not count for `change`; null when it does. */
function requestExclusion(comment, change, context) {
    const why = personExclusion(comment.author, comment.authorIsBot, change, context);
    if (why !== null)
        return why;
    const check = context.judge(comment.author, comment.authorIsBot);
    return check.ok ? null : `does not satisfy \`approvers\` (${check.detail})`;
}
function countReviews(change, context, count) {
    if (change.kind === 'commit')
        return; // a direct commit has no reviews
    for (const review of standingApprovals(change)) {
        const why = exclusion(review, change, context);
        if (why === null)
            count.approvedBy.push(review.reviewer);
        else
            count.ignored.push({ login: review.reviewer, why });
    }
}
/** `/approve` comments count like reviews, once per person: someone who also reviewed counts once. */
function countRequested(change, context, count) {
    for (const comment of context.requested ?? []) {
        const why = requestExclusion(comment, change, context);
        if (why !== null)
            count.ignored.push({ login: comment.author, why: `\`/approve\`: ${why}`, via: 'request' });
        else if (!listed(count.approvedBy, comment.author))
            count.approvedBy.push(comment.author);
    }
}
/** Counts a change's eligible approvals: reviews (none on a direct commit) and `/approve` comments. */
function countApprovals(change, context) {
    const count = { approvals: 0, approvedBy: [], ignored: [] };
    countReviews(change, context, count);
    countRequested(change, context, count);
    return { ...count, approvals: count.approvedBy.length };
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/reason-text.js
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/break-glass.js

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

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/deploy-request.js

/** A deny the approvals alone explain: the only case a request can resolve. */
function deniedOnlyForApprovals(rules) {
    const failed = rules.filter((rule) => !rule.ok);
    return failed.length > 0 && failed.every((rule) => rule.rule === 'approvals');
}
function changeTag({ change }) {
    return change.kind === 'pull' ? `#${change.number ?? '?'}` : change.headSha.slice(0, 7);
}
/** Each `/approve` that did not count for some change, once per person and reason, naming the changes. */
function requestIgnored(changes) {
    const groups = new Map();
    for (const result of changes) {
        for (const entry of result.ignored.filter((e) => e.via === 'request')) {
            const key = `${entry.login.toLowerCase()}\n${entry.why}`;
            const group = groups.get(key) ?? { entry, tags: [] };
            group.tags.push(changeTag(result));
            groups.set(key, group);
        }
    }
    return [...groups.values()].map(({ entry, tags }) => ({
        ...entry,
        why: `${entry.why} (for ${tags.join(', ')})`,
    }));
}
/** Logins whose `/approve` counted for at least one change. */
function requestApprovedBy(votes, changes) {
    return votes.standing
        .map((comment) => comment.author)
        .filter((login) => changes.some((result) => listed(result.approvedBy, login) &&
        !result.ignored.some((e) => e.via === 'request' && sameLogin(e.login, login))));
}
/** What the publisher does with the request issue; null unless `requests: true` in gate mode. */
function deployRequestState(policy, facts, votes, outcome) {
    if (!policy.requests || facts.mode !== 'gate')
        return null;
    const request = facts.request ?? null;
    const action = outcome.allowed
        ? 'close'
        : deniedOnlyForApprovals(outcome.rules)
            ? 'open'
            : 'keep';
    return {
        action,
        issue: request ? { number: request.number, url: request.url, body: request.body } : null,
        approvedBy: requestApprovedBy(votes, outcome.changes),
        ignored: [...votes.void, ...requestIgnored(outcome.changes)],
    };
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/freeze.js
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/people.js

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

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/run-links.js
/** No run facts at all: nothing is forgiven, no workflow deployment is credited. */
const NO_RUNS = { runs: {}, jobs: {}, attempts: {}, runsUnreadable: null };
const RUNS_PATH = '/actions/runs/';
/** Sticky: matched from just after `/actions/runs/`, without slicing the URL. */
const AFTER_RUNS = /(\d+)(?:\/job\/(\d+)|\/attempts\/(\d+))?\/?(?:[?#].*)?$/y;
/** `owner/repo` from the two path segments that end `before`, or null. */
function repositoryAt(before) {
    const repoAt = before.lastIndexOf('/');
    // A negative start looks at index 0 only: with `repoAt` at most 0, `ownerAt` is -1 or 0 (null below).
    const ownerAt = before.lastIndexOf('/', repoAt - 1);
    if (ownerAt < 0 || repoAt - ownerAt < 2 || repoAt === before.length - 1)
        return null;
    return before.slice(ownerAt + 1);
}
/** Found with `indexOf` first: a history holds a link per deployment, most of them alike. */
function parseLink(url) {
    const at = url ? url.lastIndexOf(RUNS_PATH) : -1;
    if (at < 0)
        return null;
    AFTER_RUNS.lastIndex = at + RUNS_PATH.length;
    const match = AFTER_RUNS.exec(url);
    if (!match)
        return null;
    const [, run, job, attempt] = match;
    return {
        repository: repositoryAt(url.slice(0, at)),
        run: run,
        job: job ?? null,
        attempt: attempt ? Number(attempt) : null,
    };
}
/** The status's run link, `log_url` before `target_url`, a job or attempt link before a bare one. */
function runLinkOf(status) {
    const log = parseLink(status.logUrl);
    if (log && (log.job || log.attempt))
        return log;
    const target = parseLink(status.targetUrl);
    if (target && (target.job || target.attempt))
        return target;
    return log ?? target;
}
/**
 * The conclusion of what the link names: the job, the attempt, or a bare run only while it has a
 * single attempt (a re-run's conclusion says nothing of an earlier attempt). Null when not known.
 */
function linkedConclusion(link, facts) {
    if (link.job) {
        const job = facts.jobs[link.job];
        return job && job.run === link.run ? job.conclusion : null;
    }
    if (link.attempt)
        return facts.attempts[`${link.run}/${link.attempt}`]?.conclusion ?? null;
    const run = facts.runs[link.run];
    return run && run.attempts === 1 ? run.conclusion : null;
}
/** The run linked, when it is known and the link names no other repository than the run's. */
function runOf(link, facts) {
    const run = facts.runs[link.run];
    if (!run)
        return null;
    const named = link.repository;
    const same = !named || named === run.repository || named.toLowerCase() === run.repository.toLowerCase();
    return same ? run : null;
}
/** The attempt the link is about: named, the job's, or the only one a run not re-run has. */
function attemptOf(link, facts, attempts) {
    if (link.attempt)
        return link.attempt;
    const job = link.job ? facts.jobs[link.job] : undefined;
    if (job)
        return job.run === link.run ? job.attempt : null;
    return attempts === 1 ? 1 : null;
}
/** Who triggered the attempt of this repository's run that the link names; null when unknown. */
function linkedActor(link, facts) {
    const run = runOf(link, facts);
    if (!run)
        return null;
    const attempt = attemptOf(link, facts, run.attempts);
    if (attempt === null)
        return null;
    if (attempt === run.attempts)
        return run.triggeringActor;
    return facts.attempts[`${link.run}/${attempt}`]?.triggeringActor ?? null;
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/outcome.js

/** Whether a person other than the deployment's creator (`creator`) wrote the status by hand. */
function writtenByOther(status, creator) {
    if (status.creator === undefined || status.creatorIsBot || status.creator === creator)
        return false;
    return status.creator.toLowerCase() !== creator.toLowerCase();
}
/**
 * The statuses that count (§5b): those the deployment's creator or a bot (the deploy pipeline)
 * wrote. A status a person posts on someone else's deployment can neither fail nor pass it,
 * nor link it to a run. The hot path (nobody else wrote one) allocates nothing.
 */
function recordedStatuses(deployment) {
    const { statuses, creator } = deployment;
    for (let i = 0; i < statuses.length; i++) {
        if (writtenByOther(statuses[i], creator))
            return statuses.filter((status) => !writtenByOther(status, creator));
    }
    return statuses;
}
function isFailing(status) {
    return status.state === 'failure' || status.state === 'error';
}
/**
 * The status that decides the outcome: the first `failure` or `error` (a `success` written after
 * it does not erase it), else the first `success`, else null (the deployment is ignored).
 */
function decisiveStatus(statuses) {
    let success = null;
    for (const status of statuses) {
        if (isFailing(status))
            return status;
        if (success === null && status.state === 'success')
            success = status;
    }
    return success;
}
/** `failure` when any status is `failure` or `error`, else `success` when one is, else null. */
function statusOutcome(statuses) {
    const status = decisiveStatus(statuses);
    if (!status)
        return null;
    return status.state === 'success' ? 'success' : 'failure';
}
/** The failing statuses: those a cancelled job or attempt might forgive. */
function failingStatuses(statuses) {
    return statuses.filter(isFailing);
}
const SUCCESS = { outcome: 'success', unverifiedRun: false };
const FAILURE = { outcome: 'failure', unverifiedRun: false };
const UNVERIFIED_FAILURE = { outcome: 'failure', unverifiedRun: true };
/** A failing status is forgiven when it links to a job or attempt (or single-attempt run) that was cancelled. */
function forgiven(status, runs) {
    const link = runLinkOf(status);
    return link !== null && linkedConclusion(link, runs) === 'cancelled';
}
/** Whether every failing status links to a run: one that may have been cancelled. */
function everyFailureLinked(statuses) {
    for (const status of statuses)
        if (isFailing(status) && !runLinkOf(status))
            return false;
    return true;
}
function everyFailureForgiven(statuses, runs) {
    for (const status of statuses)
        if (isFailing(status) && !forgiven(status, runs))
            return false;
    return true;
}
/**
 * The failure of a deployment is forgiven (the deployment ignored) only when every failing status
 * is: one unexplained failure among cancelled ones stands. When runs may not be read, a failure
 * whose statuses all link to runs stands and is marked unverified. Allocates nothing: a history
 * holds thousands of failures.
 */
function readFailure(statuses, runs) {
    if (runs.runsUnreadable !== null) {
        return everyFailureLinked(statuses) ? UNVERIFIED_FAILURE : FAILURE;
    }
    return everyFailureForgiven(statuses, runs) ? null : FAILURE;
}
/** The deployment's outcome, or null when it is ignored (no decisive status, or a forgiven failure). */
function readOutcome(deployment, runs) {
    const statuses = recordedStatuses(deployment);
    const outcome = statusOutcome(statuses);
    if (outcome === null)
        return null;
    return outcome === 'success' ? SUCCESS : readFailure(statuses, runs);
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/credit.js



/** Every workflow's token: a payload it writes is evidence only when a linked run backs it. */
const WORKFLOW_BOT = 'github-actions[bot]';
/** The same bot as GraphQL spells it. */
const WORKFLOW = 'github-actions';
/**
 * `github-actions[bot]` as REST spells it, or `github-actions` flagged as a bot (GraphQL). Logins of
 * other lengths are told apart without lower-casing (a copy per deployment): lower case changes
 * the length only by adding a dot above an `İ`, which neither name has.
 */
function isWorkflowBot(login, flagged = false) {
    const length = login.trim().length;
    if (length !== WORKFLOW_BOT.length && length !== WORKFLOW.length)
        return false;
    const key = loginKey(login);
    return key === WORKFLOW_BOT || (flagged && key === WORKFLOW);
}
/** §5: the creator; only a bot creator may name the person in the payload's `deployer`. */
function deployerOf(deployment) {
    const named = deployment.payloadDeployer?.trim();
    if (!named)
        return deployment.creator;
    return isBotLogin(deployment.creator, deployment.creatorIsBot) ? named : deployment.creator;
}
/**
 * §5b: a `github-actions[bot]` deployment's payload `deployer` is believed only when a linked run of
 * this repository was triggered by that person; otherwise the first linked run's triggering actor
 * (in status order) is credited, or nobody (null) when no linked run is known. Others as in §5.
 */
function creditOf(deployment, runs) {
    if (!isWorkflowBot(deployment.creator, deployment.creatorIsBot))
        return deployerOf(deployment);
    const named = deployment.payloadDeployer?.trim() || null;
    let first = null;
    for (const status of recordedStatuses(deployment)) {
        const link = runLinkOf(status);
        const actor = link ? linkedActor(link, runs) : null;
        if (actor === null)
            continue;
        if (named !== null && sameLogin(actor, named))
            return named;
        first ??= actor;
    }
    return first;
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/iso-time.js
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
 * range and no day past its month's end (29 February aside).
 */
const CALENDAR_UTC = /^\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?Z$/;
/**
 * Whether `text` is in GitHub's form of a real instant. Two such times of one length sort as text
 * exactly as they sort in time (`isoMs`).
 */
function inGitHubForm(text) {
    return CALENDAR_UTC.test(text);
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/history.js







/** `History.kinds` holds each kind as its code: `KIND.failed` stands for `'failed'`. */
const KIND = { earned: 0, redeploy: 1, rollback: 2, failed: 3, 'rolled-back': 4 };
/** Kinds by code. */
const KINDS = ['earned', 'redeploy', 'rollback', 'failed', 'rolled-back'];
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
/** The number of the login credited with a deployment in `deployers` (added when new), -1 for nobody. */
function deployerNumber(deployers, numbers, login) {
    if (login === null)
        return -1;
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
        who[p] = deployerNumber(deployers, numbers, creditOf(deployment, runs));
        kinds[p] = reading.outcome === 'success' ? KIND.earned : KIND.failed;
        unverifiedRuns[p] = reading.unverifiedRun ? 1 : 0;
    }
    return { columns, kept: kept.subarray(0, found) };
}
/**
 * Whether the positions are in time order, ties by id, read from the text: every creation time in
 * GitHub's form and of one length (then text order is time order), each after the one before.
 * This is what the API gives, once reversed: one regular-expression test per deployment.
 */
function isInTextOrder(positions, deployments) {
    let before;
    for (let i = 0; i < positions.length; i++) {
        const deployment = deployments[positions[i]];
        const time = deployment.createdAt;
        if (!inGitHubForm(time))
            return false;
        if (before && (time.length !== before.createdAt.length || !isAfter(deployment, before)))
            return false;
        before = deployment;
    }
    return true;
}
/** Whether `later` comes after `earlier` in text order of creation times, ties by id. */
function isAfter(later, earlier) {
    if (later.createdAt > earlier.createdAt)
        return true;
    return later.createdAt === earlier.createdAt && later.id >= earlier.id;
}
/** Sorts by creation time, each read once, ties by id; input already in order is kept as it is. */
function sortByTime(positions, deployments) {
    const at = new Float64Array(deployments.length);
    for (const p of positions)
        at[p] = isoMs(deployments[p].createdAt);
    const compare = (p, q) => at[p] - at[q] || deployments[p].id - deployments[q].id;
    for (let i = 1; i < positions.length; i++) {
        if (compare(positions[i - 1], positions[i]) > 0)
            return positions.sort(compare);
    }
    return positions;
}
/** Puts positions in time order, ties by id: newest-first or oldest-first input is not sorted. */
function inTimeOrder(positions, deployments) {
    const first = deployments[positions[0]];
    const last = deployments[positions[positions.length - 1]];
    if (first && last && isoMs(first.createdAt) > isoMs(last.createdAt))
        positions.reverse();
    if (isInTextOrder(positions, deployments))
        return positions;
    return sortByTime(positions, deployments);
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
        const credited = history.deployers[history.who[p]];
        const kind = KINDS[history.kinds[p]];
        entries.push({
            deployment: history.deployments[p],
            at: isoMs(history.deployments[p].createdAt),
            deployer: credited?.login ?? null,
            key: credited?.key ?? null,
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
    const { order, kinds } = historyOf(deployments, environment, NO_RUNS);
    for (let i = order.length - 1; i >= 0; i--) {
        if (kinds[order[i]] !== KIND.failed)
            return deployments[order[i]];
    }
    return null;
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/trust-score.js

function emptyTally(login) {
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
    const { deployments, order, kinds, who } = history;
    const tally = emptyTally(login);
    for (let i = from; i < order.length; i++) {
        const p = order[i];
        if (who[p] < 0)
            continue; // credited to nobody: earns and costs nothing
        addToTally(tally, kinds[p], deployments[p].createdAt, trust);
    }
    return tally;
}
/**
 * A tally per deployer (keyed by lower-case login, shown as first spelled), in one pass. Each
 * deployer number is looked up by key once: spellings of one login share a tally.
 */
function tallyByDeployer({ history, from }, trust) {
    const { deployments, order, kinds, who, deployers } = history;
    const tallies = new Map();
    const byNumber = [];
    for (let i = from; i < order.length; i++) {
        const p = order[i];
        const number = who[p];
        if (number < 0)
            continue; // credited to nobody: earns and costs nothing
        const tally = (byNumber[number] ??= tallyFor(tallies, deployers[number]));
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/judges.js



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

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 6 modules
var esm = __webpack_require__(5273);
;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/requirements.js
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
/**
 * A change's requirement: the shared one raised by every `paths` rule matching its files. When
 * GitHub cut the change's file list, the files not seen could match any rule: every rule applies.
 */
function changeRequirement(base, policy, change) {
    let requirement = base;
    const cut = change.filesCut ? ` (${change.filesCut}: every path rule applies)` : '';
    for (const rule of policy.paths) {
        if (cut || pathRuleMatches(rule, change.files)) {
            requirement = raise(requirement, rule.approvals, `paths ${patterns(rule).join(', ')}${cut}`);
        }
    }
    return requirement;
}
/** Whether reading a change's files could raise its requirement above `requirementWithoutPaths`. */
function pathRulesCouldMatter(policy, requirementWithoutPaths) {
    return policy.paths.some((rule) => rule.approvals > requirementWithoutPaths);
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/rules.js
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/request-approvals.js

/** `/approve` as the comment's first word; anything may follow ("/approve looks good"). */
const APPROVE = /^\/approve(?:\s|$)/i;
function isApproveCommand(body) {
    return APPROVE.test(body.trim());
}
const NO_VOTES = { standing: [], void: [] };
/** The deploy request the decision reads: only with `requests: true`, only in gate mode. */
function requestInPlay(policy, facts) {
    return policy.requests && facts.mode === 'gate' ? (facts.request ?? null) : null;
}
function voided(comment, why) {
    return { login: comment.author, why: `\`/approve\`: ${why}`, via: 'request' };
}
function request_approvals_short(sha) {
    return sha.slice(0, 7);
}
/** Sorts the request's `/approve` comments into those that stand and those that count for nothing. */
function requestVotes(request, sha) {
    if (!request)
        return NO_VOTES;
    const commands = request.comments.filter((comment) => isApproveCommand(comment.body));
    if (request.sha !== sha) {
        const why = `approves deploying ${request_approvals_short(request.sha)}, not ${request_approvals_short(sha)}`;
        return { standing: [], void: commands.map((comment) => voided(comment, why)) };
    }
    const standing = new Map();
    for (const comment of commands) {
        const key = loginKey(comment.author);
        if (!comment.edited && !standing.has(key))
            standing.set(key, comment);
    }
    const edited = new Map();
    for (const comment of commands) {
        const key = loginKey(comment.author);
        if (comment.edited && !standing.has(key) && !edited.has(key))
            edited.set(key, voided(comment, 'the comment was edited (edited comments count for nothing)'));
    }
    return { standing: [...standing.values()], void: [...edited.values()] };
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/commit-buckets.js
// A first pass for once-per-commit: which commits may have been deployed more than once.
/** 2^21 buckets: two bit sets of 256 KiB, small enough to stay in the processor's cache. */
const BUCKET_BITS = 21;
const WORDS = 2 ** BUCKET_BITS / 32;
/**
 * The bucket of a commit id: a 32-bit FNV-1a hash of up to ~16 characters spread over the id (a
 * 40-character digest: every 5th, the last included), and its length.
 */
function bucketOf(sha) {
    const step = sha.length >> 3 || 1;
    let hash = 0x811c9dc5 ^ sha.length;
    for (let i = sha.length - 1; i >= 0; i -= step) {
        hash = Math.imul(hash ^ sha.charCodeAt(i), 0x01000193);
    }
    return (hash ^ (hash >>> 15)) >>> (32 - BUCKET_BITS);
}
/**
 * The buckets commit ids fall in, two bits each: hit once, hit more than once. An id alone in its
 * bucket occurs once, so only ids in a bucket hit twice need remembering to tell a repeat; that is
 * a few in a hundred when all 100,000 differ, and a set of them stays small.
 */
class CommitBuckets {
    once = new Int32Array(WORDS);
    twice = new Int32Array(WORDS);
    hit(bucket) {
        const word = bucket >>> 5;
        const bit = 1 << (bucket & 31);
        if (this.once[word] & bit)
            this.twice[word] |= bit;
        else
            this.once[word] |= bit;
    }
    hitTwice(bucket) {
        return (this.twice[bucket >>> 5] & (1 << (bucket & 31))) !== 0;
    }
}

// EXTERNAL MODULE: ./.tmp/bundle-src/policy/duration.js
var duration = __webpack_require__(4428);
;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/trust-window.js
// The trust window: which deployments count, from `trust.window` (default 90d).

/** The window used when the policy has no `trust` or no `trust.window`. */
const DEFAULT_WINDOW = '90d';
/** The first instant (ms) inside the window: deployments created at or after it count. */
function windowStart(now, window = DEFAULT_WINDOW) {
    return Date.parse(now) - (0,duration/* parseDuration */.E)(window);
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/rollbacks.js




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
 * the deployment it rolled back are marked in `history.kinds`, and so is a redeploy of the previous
 * success's commit, never a rollback (`markRepeats` marks any other already-deployed commit). Unknown compares count as "not behind"; with `since`
 * (ms) those of deployments created from then on are returned as missing.
 */
function markRollbacks(history, facts, since) {
    const { deployments, order, kinds } = history;
    const comparisons = comparisonsOf(facts);
    const judging = { history, facts, comparisons, since, missing: [] };
    const judged = comparisons !== null || since !== undefined; // else nothing is known to be behind
    const forward = new Int32Array(order.length); // a stack of positions, `depth` deep
    let depth = 0;
    let previousSha = null;
    for (let i = 0; i < order.length; i++) {
        const p = order[i];
        if (kinds[p] === KIND.failed)
            continue;
        const reference = depth > 0 ? forward[depth - 1] : -1;
        const sha = deployments[p].sha;
        if (judged && reference >= 0 && previousSha !== sha && isRollback(reference, p, judging)) {
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
    const history = historyOf(deployments, scope.environment ?? null, NO_RUNS);
    const since = scope.now ? windowStart(scope.now, scope.window ?? DEFAULT_WINDOW) : -Infinity;
    const seen = new Set();
    return markRollbacks(history, scope, since).filter(({ base, head }) => {
        const key = `${base}...${head}`;
        return seen.has(key) ? false : (seen.add(key), true);
    });
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/timeline.js
// The history read for trust: every deployment's final meaning (earned, redeploy, rollback, failure).





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
/** The bucket of each deployment's commit in the window, by position, and the buckets hit. */
function bucketsOfCommits({ history, from }) {
    const { deployments, order, kinds } = history;
    const bucket = new Int32Array(deployments.length);
    const buckets = new CommitBuckets();
    for (let i = from; i < order.length; i++) {
        const p = order[i];
        if (kinds[p] === KIND.failed)
            continue;
        bucket[p] = bucketOf(deployments[p].sha);
        buckets.hit(bucket[p]);
    }
    return { bucket, buckets };
}
/**
 * Once per commit: a clean deploy of a commit that already succeeded in the window (anyone's
 * success, rollbacks and rolled-back deploys included) is a redeploy and earns nothing, so
 * alternating between already-deployed commits cannot farm trust. A commit alone in its bucket
 * succeeded once: only the others go through the set of commits seen.
 */
function markRepeats(counted) {
    const { deployments, order, kinds } = counted.history;
    const { bucket, buckets } = bucketsOfCommits(counted);
    const succeeded = new Set();
    for (let i = counted.from; i < order.length; i++) {
        const p = order[i];
        const kind = kinds[p];
        if (kind === KIND.failed || !buckets.hitTwice(bucket[p]))
            continue;
        const sha = deployments[p].sha;
        if (kind === KIND.earned && succeeded.has(sha))
            kinds[p] = KIND.redeploy;
        succeeded.add(sha);
    }
}
/** Says how many deployments in the window a workflow recorded that count for nobody, and why. */
function nobodyNote({ history, from }, why) {
    const { order, who } = history;
    let count = 0;
    for (let i = from; i < order.length; i++)
        if (who[order[i]] < 0)
            count++;
    if (count === 0)
        return [];
    const deployments = count === 1 ? '1 deployment' : `${count} deployments`;
    const because = why
        ? `the workflow runs could not be read: ${why}`
        : 'no status links to a workflow run of this repository whose triggering actor is known';
    return [
        `${deployments} recorded by github-actions[bot] count${count === 1 ? 's' : ''} for nobody (no score gained or lost), because ${because}`,
    ];
}
function unverifiedNote({ history, from }, why) {
    const { order, unverifiedRuns } = history;
    let count = 0;
    for (let i = from; i < order.length; i++)
        count += unverifiedRuns[order[i]];
    if (count === 0 || !why)
        return [];
    const note = count === 1
        ? '1 failure links to a workflow run whose conclusion could not be read, so it counts even if the run was cancelled'
        : `${count} failures link to workflow runs whose conclusions could not be read, so they count even if the runs were cancelled`;
    return [`${note}: ${why}`];
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
    markRepeats({ history, from });
    const notes = [
        ...unverifiedNote({ history, from }, facts.runsUnreadable),
        ...nobodyNote({ history, from }, facts.runsUnreadable),
    ];
    return new Timeline(history, from, since, window, notes);
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/verdict.js
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
/** The reason as break-glass read it (one line, no bidi controls), not as it was typed. */
function breakGlassReason(facts, { reason, overridden }) {
    return `break-glass by \`${facts.deployer}\` ("${reason}") overrides: ${overridden.join('; ')}`;
}
/** Assembles the Decision: deny when a rule failed, unless break-glass overrode it. */
function conclude(findings) {
    const { facts, changes, denyReasons, breakGlass } = findings;
    const requiredApprovals = changes.reduce((most, change) => Math.max(most, change.required), 0);
    const approvals = changes.reduce((least, change) => Math.min(least, change.approvals), changes.length === 0 ? 0 : Infinity);
    const allowed = denyReasons.length === 0 || breakGlass !== null;
    const reason = breakGlass
        ? breakGlassReason(facts, breakGlass)
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/decide.js












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
    const votes = requestVotes(requestInPlay(policy, facts), facts.sha);
    return { policy, facts, timeline, judges, standing, active, votes };
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
        requested: context.votes.standing,
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
    const decision = conclude({
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
    const request = deployRequestState(context.policy, facts, context.votes, decision);
    return request ? { ...decision, deployRequest: request } : decision;
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/team-report.js



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

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/run-facts-needed.js





/** A failure's link: its job, its attempt, or (a bare link) its run. */
function wantConclusion(link, wanted) {
    if (link.job)
        wanted.jobs.add(link.job);
    else if (link.attempt)
        wanted.attempts.add(`${link.run}/${link.attempt}`);
    else
        wanted.runs.add(link.run);
}
/**
 * A workflow deployment's link: its run; once the run is known to have been re-run, the job (to
 * learn its attempt) and the attempt (named, or the job's) when it is not the latest.
 */
function wantActor(link, wanted, known) {
    wanted.runs.add(link.run);
    const run = known.runs[link.run];
    if (!run || run.attempts === 1)
        return;
    if (link.job)
        wanted.jobs.add(link.job);
    const attempt = link.attempt ?? (link.job ? known.jobs[link.job]?.attempt : undefined);
    if (attempt !== undefined && attempt !== run.attempts) {
        wanted.attempts.add(`${link.run}/${attempt}`);
    }
}
function linksOf(statuses) {
    return statuses.map(runLinkOf).filter((link) => link !== null);
}
function want(deployment, wanted, known) {
    const statuses = recordedStatuses(deployment);
    const outcome = statusOutcome(statuses);
    if (outcome === null)
        return;
    if (outcome === 'failure') {
        for (const link of linksOf(failingStatuses(statuses)))
            wantConclusion(link, wanted);
    }
    if (isWorkflowBot(deployment.creator, deployment.creatorIsBot)) {
        for (const link of linksOf(statuses))
            wantActor(link, wanted, known);
    }
}
function unknown(ids, known) {
    return [...ids].filter((id) => !(id in known));
}
/**
 * The runs, jobs and attempts still to read, given those `known`: call again with what was read
 * (a re-run run needs its job read, which tells the attempt to read) until nothing new is listed.
 */
function runFactsNeeded(deployments, scope = {}, known = NO_RUNS) {
    const since = scope.now ? windowStart(scope.now, scope.window ?? DEFAULT_WINDOW) : -Infinity;
    const wanted = { runs: new Set(), jobs: new Set(), attempts: new Set() };
    for (const deployment of deployments) {
        if (isoMs(deployment.createdAt) >= since)
            want(deployment, wanted, known);
    }
    return {
        runs: unknown(wanted.runs, known.runs),
        jobs: unknown(wanted.jobs, known.jobs),
        attempts: unknown(wanted.attempts, known.attempts),
    };
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/look-up.js



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
/** People whose standing `/approve` on the deploy request may count for some change. */
function requestersWhoMayCount(policy, facts) {
    const request = requestInPlay(policy, { mode: facts.mode ?? 'gate', request: facts.request });
    const context = { deployer: facts.deployer, approvers: policy.approvers };
    return requestVotes(request, facts.sha ?? request?.sha ?? '')
        .standing.filter((comment) => facts.changes.some((change) => personExclusion(comment.author, comment.authorIsBot, change, context) === null))
        .filter((comment) => roleMatters(policy.approvers, comment.author, comment.authorIsBot))
        .map((comment) => comment.author);
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
    const reviewers = [
        ...reviewersWhoMayCount(policy, facts),
        ...requestersWhoMayCount(policy, facts),
    ];
    const rules = reviewers.length > 0 ? [...deployerRules, policy.approvers] : deployerRules;
    const logins = [...(deployerRules.length > 0 ? [facts.deployer] : []), ...reviewers];
    return {
        logins: unique(logins, loginKey),
        teams: unique(rules.flatMap((rule) => rule.teams.map((team) => team.toLowerCase())), (team) => team),
    };
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/index.js
// The pure decision core's public surface, for main.ts and github/.









;// CONCATENATED MODULE: ./.tmp/bundle-src/decide/without-deployment.js
/** The history without deployment `id` (unchanged when `id` is null). */
function withoutDeployment(history, id) {
    if (id === null)
        return history;
    return { ...history, deployments: history.deployments.filter((d) => d.id !== id) };
}

// EXTERNAL MODULE: ./.tmp/bundle-src/input-error.js
var input_error = __webpack_require__(7268);
// EXTERNAL MODULE: ./.tmp/bundle-src/events/policy-ref.js
var policy_ref = __webpack_require__(2815);
;// CONCATENATED MODULE: ./.tmp/bundle-src/events/commented-pull.js


function refuseFork(head, repository) {
    if (head.headRepository?.toLowerCase() === repository.toLowerCase())
        return;
    const from = head.headRepository ? `the fork ${head.headRepository}` : 'a deleted fork';
    throw new input_error/* InputError */.d(`Pull request #${head.number} comes from ${from}, not from ${repository}: ` +
        'a chat-ops deploy runs only a branch of this repository.');
}
/**
 * The commenter deploys (SPEC §5a); the pull request's head is the commit (unless the `sha` input
 * names one), its head branch the ref, and the pull request with its own commits the change.
 */
async function resolveCommentedPull(inputs, port) {
    if (inputs.commentedPull === null)
        return inputs;
    const head = await port.pullHead(inputs.commentedPull);
    refuseFork(head, `${inputs.owner}/${inputs.repo}`);
    (0,policy_ref/* refusePolicyRefOnPullHead */.m)(inputs.policyRef, head);
    const pullRequest = {
        number: head.number,
        headSha: head.headSha,
        headRef: head.headRef,
        author: head.author,
        authorIsBot: head.authorIsBot,
        baseRef: head.baseRef,
    };
    const check = inputs.mode === 'check';
    return {
        ...inputs,
        pullRequest,
        sha: inputs.shaFromInput ? inputs.sha : head.headSha,
        ref: check ? head.baseRef : head.headRef,
        refKind: 'branch',
        ...(check ? { deployer: head.author, deployerIsBot: head.authorIsBot } : {}),
    };
}

// EXTERNAL MODULE: ./.tmp/bundle-src/github/github-error.js
var github_error = __webpack_require__(4555);
;// CONCATENATED MODULE: ./.tmp/bundle-src/github/history-cut.js
function same(a, b) {
    return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}
/**
 * The commits from `base` (excluded) to `target`, oldest first: exactly what GitHub's compare
 * `base...target` lists, or null when the listing cannot prove it. It proves it only when the
 * listing starts at the target and reaches the base through a linear run: every commit before the
 * base has one parent, the next one listed. A merge on the way, a base not in the listing (older
 * than it, gone, or not an ancestor) all give null: the caller then asks compare.
 */
function cutAtBase(commits, target, base) {
    if (!same(commits[0]?.sha, target))
        return null;
    const run = [];
    for (const [i, commit] of commits.entries()) {
        if (same(commit.sha, base))
            return run.reverse();
        const next = commits[i + 1];
        if (commit.parentCount !== 1 || !next || !same(commit.firstParent, next.sha))
            return null;
        run.push(commit);
    }
    return null;
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/github/gather-release.js


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
        ...(pull.filesCut ? { filesCut: pull.filesCut } : {}),
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
        const commit = await port.commit(c.headSha);
        c.files = commit.files;
        if (commit.filesCut)
            c.filesCut = commit.filesCut;
    }));
}
/** A first deploy of a commit in no merged pull request: read its title, author and files. */
async function firstCommit(port, sha) {
    const commit = await port.commit(sha);
    const change = { ...fromCommit(commit), files: commit.files };
    return commit.filesCut ? { ...change, filesCut: commit.filesCut } : change;
}
function gather_release_short(sha) {
    return sha.slice(0, 7);
}
/** A compare failed because GitHub no longer has a commit (404) or cannot relate the two (422). */
function isGoneCommit(error) {
    const status = error?.status;
    return status === 404 || status === 422;
}
/**
 * The commits from the deployed commit to the target. When GitHub no longer has the deployed
 * commit (force-pushed away), the newest earlier deployed commit it still has is the base: the
 * release may then list more changes than production lacks, never fewer (the safe reading).
 */
async function commitsOf(port, request, notes) {
    const { base, sha } = request;
    if (!base)
        return [{ sha, title: sha.slice(0, 7), url: '', author: null, authorIsBot: false }];
    const gone = [];
    for (const candidate of [base, ...(request.earlierBases ?? [])]) {
        if (candidate.sha === sha)
            return [];
        try {
            const { commits } = await port.compare(candidate.sha, sha);
            if (gone.length > 0)
                notes.push(`GitHub no longer has the deployed commit ${gone.join(', ')}; the changes are counted from ${gather_release_short(candidate.sha)}, the newest deployed commit it still has (possibly more changes than production lacks, never fewer).`);
            return commits;
        }
        catch (e) {
            if (!isGoneCommit(e))
                throw e;
            gone.push(gather_release_short(candidate.sha));
        }
    }
    throw new github_error/* GitHubError */.y_(`GitHub no longer has the deployed commit ${gone.join(', ')} of the last successful deployment${gone.length > 1 ? 's' : ''} (force-pushed away?), so the changes of this release cannot be told. Push the commit back (for example as a tag) if you still have it, or record one successful deployment of the target outside the gate.`, 404);
}
/**
 * The release's commits cut from the carried history, or null when the cut cannot prove them
 * (merges on the way, a base older than the carried commits or gone, no base): compare decides then.
 */
function carriedCommits(request) {
    const { base, carried, sha } = request;
    if (!base || !carried)
        return null;
    return cutAtBase(carried.commits, sha, base.sha);
}
async function gatherRelease(port, request) {
    if (request.pullNumber !== null) {
        const { pull, teams } = await port.pull(request.pullNumber, request.teams);
        return { changes: [fromPull(pull)], reviewerCanPush: pull.reviewerCanPush, teams };
    }
    const notes = [];
    const cut = carriedCommits(request);
    const commits = cut ?? (await commitsOf(port, request, notes));
    const shas = commits.map((c) => c.sha);
    // A cut release has its pull requests' first pages already: only teams and generations are asked.
    const [answer, carriedPulls] = await Promise.all([
        port.pullsForCommits(cut ? [] : shas, request.teams, request.generationsOf),
        cut && request.carried ? request.carried.pullsOf(shas) : null,
    ]);
    const { changes, canPush } = group(commits, carriedPulls ?? answer.pullsByCommit);
    if (!request.base && changes[0]?.kind === 'commit')
        changes[0] = await firstCommit(port, request.sha);
    await readDirectCommitFiles(port, changes, request.environment);
    return {
        changes,
        reviewerCanPush: canPush,
        teams: answer.teams,
        notes,
        generations: answer.generations,
    };
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/github/gather-runs.js
// Reads the workflow runs, jobs and attempts the history links to: one request per id, 8 at a time.


/** Requests in flight at once: enough to finish quickly, few enough not to trip abuse limits. */
const CONCURRENCY = 8;
/** Rounds of reads: runs and jobs, then attempts that jobs point at. A third finds nothing new. */
const MAX_ROUNDS = 3;
const UNREADABLE = 'the token may not read workflow runs (grant `actions: read`)';
/** Runs `work` over every item, at most `limit` at a time. */
async function eachLimited(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await work(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/** One read per id not asked before; a 404 is remembered as asked, so it is not asked again. */
function readsFor(port, ids, read, repository, known) {
    const ofThisRepository = (name) => name.toLowerCase() === repository.toLowerCase();
    return [
        ...ids.runs.map((id) => async () => {
            const run = known?.runs[id] ?? (await port.workflowRun(id));
            if (run && ofThisRepository(run.repository))
                read.runs[id] = run;
        }),
        ...ids.jobs.map((id) => async () => {
            const job = known?.jobs[id] ?? (await port.workflowJob(id));
            if (job)
                read.jobs[id] = job;
        }),
        ...ids.attempts.map((key) => async () => {
            const [run, attempt] = key.split('/');
            const found = known?.attempts[key] ?? (await port.runAttempt(run, Number(attempt)));
            if (found)
                read.attempts[key] = found;
        }),
    ];
}
function notAsked(ids, asked) {
    const fresh = (kind) => (id) => {
        const key = `${kind}:${id}`;
        return asked.has(key) ? false : (asked.add(key), true);
    };
    return {
        runs: ids.runs.filter(fresh('run')),
        jobs: ids.jobs.filter(fresh('job')),
        attempts: ids.attempts.filter(fresh('attempt')),
    };
}
async function readRounds(port, deployments, scope, read, known) {
    const asked = new Set();
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const ids = notAsked(runFactsNeeded(deployments, scope, read), asked);
        const reads = readsFor(port, ids, read, scope.repository, known);
        if (reads.length === 0)
            return;
        await eachLimited(reads, CONCURRENCY, (run) => run());
    }
}
/** The run facts the history needs; a 403 leaves them unread and says why (failures then stand). */
async function readRuns(port, deployments, scope, known) {
    const read = { runs: {}, jobs: {}, attempts: {}, runsUnreadable: null };
    try {
        await readRounds(port, deployments, scope, read, known);
        return read;
    }
    catch (e) {
        if (e.status === 403) {
            return { runs: {}, jobs: {}, attempts: {}, runsUnreadable: UNREADABLE };
        }
        throw (0,github_error/* explain */.WE)(e, 'read the workflow runs behind the deployments', 'actions');
    }
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/github/limiter.js
// A small shared bound on requests in flight, so parallel reads stay within GitHub's secondary limits.
/**
 * Reads in flight at once. plugin-throttling lets 10 through at a time; GitHub asks integrations
 * not to send many concurrent requests, so the gate keeps a few under that.
 */
const READS_IN_FLIGHT = 6;
function limiter(concurrency = READS_IN_FLIGHT) {
    let running = 0;
    const waiting = [];
    const acquire = () => {
        if (running < concurrency) {
            running++;
            return Promise.resolve();
        }
        return new Promise((resolve) => waiting.push(resolve));
    };
    // A finished task hands its slot straight to the next one waiting.
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            running--;
    };
    return async (task) => {
        await acquire();
        try {
            return await task();
        }
        finally {
            release();
        }
    };
}
/** `items` in chunks of `size`, each chunk handed to `read` through `limit`; results in order. */
async function inChunks(limit, items, size, read) {
    const chunks = [];
    for (let i = 0; i < items.length; i += size)
        chunks.push(items.slice(i, i + size));
    return Promise.all(chunks.map((chunk) => limit(() => read(chunk))));
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/github/settle-rollbacks.js
// Rollback checks: which deployments went behind the one before, with as few reads as tell it.




/**
 * Rounds of rollback compares: each round settles at least one deployment, so a history needs as
 * many rounds as it has rollbacks in a chain. Past this the run fails closed rather than read an
 * unsettled check as "not a rollback" (the run's deadline bounds the time as well).
 */
const MAX_COMPARE_ROUNDS = 100;
/**
 * Commits whose generations one request of their own asks for: each is one node and a cheap
 * count, so a query holds many (10,000 deployments of 2,000 commits cost 7 such requests).
 */
const GENERATIONS_PER_QUERY = 300;
/** Generations that ride along with the release's changes query, which is heavy already. */
const GENERATIONS_CARRIED = 100;
function missing(s) {
    return missingComparisons(s.history.deployments, {
        ...s.scope,
        comparisons: s.comparisons,
        generations: s.generations,
    });
}
/** The commits whose generations the first rollback checks need (at most one query's worth). */
function generationsWanted(history, scope) {
    const pairs = missingComparisons(history.deployments, {
        ...scope,
        comparisons: {},
        generations: history.generations,
    });
    const shas = new Set(pairs.flatMap(({ base, head }) => [base, head]));
    return [...shas].slice(0, GENERATIONS_CARRIED);
}
/** Generations of the commits of the compares still missing, each commit asked once, batched. */
async function readGenerations(s, pairs) {
    const shas = [...new Set(pairs.flatMap(({ base, head }) => [base, head]))].filter((sha) => !s.asked.has(sha));
    if (shas.length === 0)
        return false;
    for (const sha of shas)
        s.asked.add(sha);
    const answers = await inChunks(s.limit, shas, GENERATIONS_PER_QUERY, (chunk) => s.port.generations(chunk));
    for (const answer of answers)
        Object.assign(s.generations, answer);
    return true;
}
/** A compare of a commit GitHub no longer has is not a rollback: it cannot be shown to be one. */
async function compareOne(s, { base, head }) {
    const known = s.history.known?.comparisons[`${base}...${head}`];
    if (known) {
        s.comparisons[`${base}...${head}`] = known; // the history cache's answer: as asking again
        return;
    }
    try {
        s.comparisons[`${base}...${head}`] = await s.limit(() => s.port.compareStatus(base, head));
    }
    catch (e) {
        if (!isGoneCommit(e))
            throw e;
        s.comparisons[`${base}...${head}`] = 'diverged';
        s.history.notes.push(`GitHub could not compare ${base.slice(0, 7)}...${head.slice(0, 7)} (a commit is gone, or the histories are unrelated): that deployment is not counted as a rollback.`);
    }
}
/** Rollback checks: generations first (one batched read), compares only where they cannot tell. */
async function settleRollbacks(port, history, scope, limit, carried) {
    const s = {
        port,
        history,
        scope,
        limit,
        comparisons: {},
        generations: { ...history.generations },
        asked: new Set([...Object.keys(history.generations), ...(carried?.shas ?? [])]),
    };
    if (carried)
        Object.assign(s.generations, await carried.answer);
    for (let round = 0; round < MAX_COMPARE_ROUNDS; round++) {
        let pairs = missing(s);
        if (pairs.length > 0 && (await readGenerations(s, pairs)))
            pairs = missing(s);
        if (pairs.length === 0)
            break;
        await Promise.all(pairs.map((pair) => compareOne(s, pair)));
    }
    const unsettled = missing(s).length;
    if (unsettled > 0)
        throw new github_error/* GitHubError */.y_(`Could not settle the rollback checks of the history: ${unsettled} still open after ${MAX_COMPARE_ROUNDS} rounds of compares. Trust Gate does not decide on part of the history; re-run the job, and report it if it persists.`, null);
    return { comparisons: s.comparisons, generations: s.generations };
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/github/gather-facts.js
// Gathers every fact a decision needs, in as few round trips as the data allows.





function policyTeams(environment) {
    const rules = [environment.deployers, environment.approvers, environment['break-glass']];
    const teams = rules.flatMap((rule) => rule?.teams ?? []).map((t) => t.toLowerCase());
    return [...new Set(teams)];
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
/** Bases to fall back on, newest first, should GitHub no longer have the release base's commit. */
const EARLIER_BASES = 10;
/** The successful deployments before `base`, newest first, each commit once. */
function earlierBases(deployments, environment, base) {
    const bases = [];
    const seen = new Set(base ? [base.sha] : []);
    let rest = deployments;
    for (let current = base; current && bases.length < EARLIER_BASES;) {
        const { createdAt, id } = current;
        rest = rest.filter((d) => d.createdAt < createdAt || (d.createdAt === createdAt && d.id < id));
        current = releaseBase(rest, environment);
        if (!current || seen.has(current.sha))
            continue;
        bases.push(current);
        seen.add(current.sha);
    }
    return bases;
}
function releaseRequest(inputs, history) {
    const base = inputs.mode === 'check' && inputs.pullRequest
        ? null
        : releaseBase(history.deployments, inputs.environment);
    return {
        sha: inputs.sha,
        base,
        earlierBases: base ? earlierBases(history.deployments, inputs.environment, base) : [],
        pullNumber: inputs.pullRequest ? inputs.pullRequest.number : null,
        teams: policyTeams(history.match.environment),
        environment: history.match.environment,
        ...(history.targetHistory ? { carried: history.targetHistory } : {}),
    };
}
/** The deploy request issue (`requests: true`, gate mode only), read alongside the release. */
function readRequest(port, inputs, environment) {
    return environment.requests && inputs.mode === 'gate'
        ? port.deployRequest(inputs.environment, inputs.sha)
        : Promise.resolve(null);
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
        breakGlass: inputs.breakGlass,
    };
    const emptyRelease = { changes: [], reviewerCanPush: {}, teams: {} };
    const scope = {
        environment: inputs.environment,
        now: base.now,
        window: environment.trust?.window ?? '90d',
    };
    const deployerMatters = peopleToLookUp(environment, { ...base, changes: [] }).logins.length > 0;
    const limit = limiter();
    const request = withRelease ? releaseRequest(inputs, history) : null;
    // A release read through the changes query carries the rollback checks' generations along.
    const carries = request !== null && request.pullNumber === null;
    const generationsOf = carries ? generationsWanted(history, scope) : [];
    const releasing = request
        ? gatherRelease(port, { ...request, generationsOf })
        : Promise.resolve(emptyRelease);
    const carried = carries
        ? { shas: generationsOf, answer: releasing.then((r) => r.generations ?? {}) }
        : undefined;
    const [deployerRole, runs, rollbacks, release, deployRequest] = await Promise.all([
        withRelease && deployerMatters
            ? roleOf(port, inputs.deployer, inputs.deployerIsBot)
            : Promise.resolve('none'),
        readRuns(port, history.deployments, { ...scope, repository: `${inputs.owner}/${inputs.repo}` }, history.known),
        settleRollbacks(port, history, scope, limit, carried),
        releasing,
        withRelease ? readRequest(port, inputs, environment) : Promise.resolve(null),
    ]);
    history.notes.push(...(release.notes ?? []));
    const people = withRelease
        ? await readPeople(port, { ...base, deployerRole, request: deployRequest }, environment, release)
        : {};
    return {
        ...base,
        ...runs,
        ...rollbacks,
        changes: release.changes,
        people,
        request: deployRequest,
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./.tmp/bundle-src/github/octokit-history.js + 1 modules
var octokit_history = __webpack_require__(5963);
;// CONCATENATED MODULE: ./.tmp/bundle-src/github/history-pages.js




/** Deployments whose further statuses one request asks for. */
const STATUS_PAGES_PER_QUERY = 20;
/** Pagination that does not advance is an error naming what looped (SPEC §5d). */
function loopError(what, why) {
    return new github_error/* GitHubError */.y_(`GitHub's paging of ${what} did not advance (${why}); the gate will not decide on part of it. Re-run the job; if it persists, report it to GitHub Support.`, null);
}
/** Guards a cursor walk: a cursor seen before, an empty one, or a page that promises more but brings nothing. */
class CursorGuard {
    what;
    seen = new Set();
    constructor(what) {
        this.what = what;
    }
    /** `scope` keeps apart the cursors of connections walked side by side (each deployment's statuses). */
    check(cursor, pageItems, scope = '') {
        this.from(cursor);
        if (pageItems === 0)
            throw loopError(this.what, 'a page promised more but held nothing');
        const key = `${scope}:${cursor}`;
        if (this.seen.has(key))
            throw loopError(this.what, `the cursor "${cursor}" came back`);
        this.seen.add(key);
    }
    /** A cursor to read on from whose page was read elsewhere: an empty one would start over. */
    from(cursor) {
        if (cursor === '')
            throw loopError(this.what, 'a next page was promised without a cursor');
    }
}
/** Every spelling of `name` (case-insensitively) that GitHub holds, plus those asked first. */
async function spellingsOf(port, name, first) {
    const wanted = name.toLowerCase();
    const found = new Set((0,octokit_history/* firstSpellings */.Ij)(name));
    const guard = new CursorGuard('the repository’s environments');
    for (let page = first; page;) {
        for (const n of page.names)
            if (n.toLowerCase() === wanted)
                found.add(n);
        if (page.nextCursor === null)
            break;
        guard.check(page.nextCursor, page.names.length);
        page = await port.environments(page.nextCursor);
    }
    return [...found];
}
function byTime(a, b) {
    return Date.parse(a.createdAt) - Date.parse(b.createdAt);
}
/** Reads on the statuses of every deployment that has more than one page of them. */
async function completeStatuses(port, deployments, more, limit) {
    const byId = new Map(deployments.map((d) => [d.id, d]));
    const guard = new CursorGuard('a deployment’s statuses');
    for (const m of more)
        guard.from(m.after);
    for (let pending = more; pending.length > 0;) {
        const answers = await inChunks(limit, pending, STATUS_PAGES_PER_QUERY, (chunk) => port.statusPages(chunk));
        pending = [];
        for (const page of answers.flat()) {
            const deployment = byId.get(page.deploymentId);
            // GitHub pages statuses newest first: a later page holds older ones.
            if (deployment)
                deployment.statuses = [...page.statuses.reverse(), ...deployment.statuses].sort(byTime);
            if (!page.more)
                continue;
            guard.check(page.more.after, page.statuses.length, String(page.deploymentId));
            pending.push(page.more);
        }
    }
}
/** The window is covered and a success before it (the reference of rollbacks, and the release base) is read. */
function coveredBy(page, request) {
    const oldest = page.deployments.at(-1);
    if (!oldest || Date.parse(oldest.createdAt) >= request.since)
        return false;
    const before = page.deployments.filter((d) => Date.parse(d.createdAt) < request.since);
    return releaseBase(before, request.environment) !== null;
}
/**
 * Reads pages, newest first, until the window is covered and an earlier successful deployment
 * is found, or GitHub has no more: no page cap. Statuses past a page are read as it arrives,
 * since they can change an outcome and so where reading may stop.
 */
async function readAllPages(port, request, first, limit = limiter()) {
    const deployments = [];
    const guard = new CursorGuard(`the deployment history of "${request.environment}"`);
    let windowCovered = false;
    let pages = 0;
    for (let page = first;;) {
        pages++;
        deployments.push(...page.deployments);
        await completeStatuses(port, page.deployments, page.moreStatuses, limit);
        windowCovered ||= coveredBy(page, request);
        if (page.nextCursor === null || windowCovered)
            return { deployments, pages };
        guard.check(page.nextCursor, page.deployments.length);
        page = await nextPage(port, request, page.nextCursor, deployments.length);
    }
}
/** The next page; a failure says how far reading got, so a slow history is named as such. */
async function nextPage(port, request, after, read) {
    try {
        return await port.history({
            environment: request.environment,
            spellings: request.spellings,
            policy: null,
            after,
        });
    }
    catch (e) {
        if (!(e instanceof github_error/* GitHubError */.y_))
            throw e;
        const where = `After ${read} deployments of "${request.environment}", the window and the release base were not yet covered`;
        throw new github_error/* GitHubError */.y_(`${where}. ${e.message}`, e.status, { cause: e });
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./.tmp/bundle-src/github/ledger.js
// The history ledger's format: the raw facts of settled deployments, checked whole before any is believed.


const LEDGER_VERSION = 1;
/** Deployments created this close before the ledger was read may still gain statuses: re-read them. */
const HORIZON_MS = 7 * 24 * 3_600_000;
/**
 * A deployment without an outcome may still get one this long after it was created: a workflow
 * run lasts up to 35 days, a job may wait 30 for an environment's reviewers. Older ones the
 * pipeline has abandoned; only a hand-written status could still change them.
 */
const UNSETTLED_HORIZON_MS = 35 * 24 * 3_600_000;
/** A ledger whose last full read is older than this is rebuilt by a full read (bounds what it missed). */
const MAX_AGE_MS = 7 * 24 * 3_600_000;
/** Entries each warm run re-reads from GitHub and compares, to catch a tampered ledger. */
const SAMPLE_SIZE = 5;
const isoTime = schemas/* string */.YjP().refine((s) => !Number.isNaN(Date.parse(s)), 'not a time');
const login = schemas/* string */.YjP();
const statusSchema = schemas/* strictObject */.rej({
    state: schemas/* enum */.k5n(['success', 'failure', 'error', 'inactive', 'pending', 'queued', 'in_progress']),
    createdAt: isoTime,
    logUrl: schemas/* string */.YjP().nullable(),
    targetUrl: schemas/* string */.YjP().nullable(),
    creator: login.optional(),
    creatorIsBot: schemas/* boolean */.zMY().optional(),
});
const deploymentSchema = schemas/* strictObject */.rej({
    id: schemas/* number */.aig().int(),
    nodeId: schemas/* string */.YjP().min(1),
    createdAt: isoTime,
    sha: schemas/* string */.YjP(),
    environment: schemas/* string */.YjP(),
    creator: login,
    creatorIsBot: schemas/* boolean */.zMY(),
    payloadDeployer: schemas/* string */.YjP().nullable(),
    statuses: schemas/* array */.YOg(statusSchema),
});
const conclusion = schemas/* string */.YjP().nullable();
const ledgerSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(LEDGER_VERSION),
    repository: schemas/* string */.YjP(),
    environment: schemas/* string */.YjP(),
    builtAt: isoTime,
    readAt: isoTime,
    complete: schemas/* boolean */.zMY(),
    deployments: schemas/* array */.YOg(deploymentSchema),
    generations: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int()),
    comparisons: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* enum */.k5n(['ahead', 'behind', 'identical', 'diverged'])),
    runs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({
        conclusion,
        attempts: schemas/* number */.aig().int(),
        triggeringActor: schemas/* string */.YjP().nullable(),
        repository: schemas/* string */.YjP(),
    })),
    jobs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({ conclusion, run: schemas/* string */.YjP(), attempt: schemas/* number */.aig().int() })),
    attempts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({ conclusion, triggeringActor: schemas/* string */.YjP().nullable() })),
});
function ownerOf(owner, repo, environment) {
    return { repository: `${owner}/${repo}`.toLowerCase(), environment: environment.toLowerCase() };
}
/** The ledger in `text`, or why it cannot be believed: unreadable, another version, foreign, stale. */
function parseLedger(text, owner, now) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { discarded: 'it is not readable JSON' };
    }
    const version = json?.version;
    if (version !== LEDGER_VERSION)
        return { discarded: `it has format version ${String(version)}` };
    const parsed = ledgerSchema.safeParse(json);
    if (!parsed.success)
        return { discarded: 'it does not match the ledger format' };
    const ledger = parsed.data;
    if (ledger.repository !== owner.repository || ledger.environment !== owner.environment)
        return { discarded: `it belongs to ${ledger.repository} (${ledger.environment})` };
    const age = now.getTime() - Date.parse(ledger.builtAt);
    const ahead = Date.parse(ledger.readAt) > now.getTime() || age < 0;
    if (ahead)
        return { discarded: 'it was written later than now' };
    if (age > MAX_AGE_MS)
        return { discarded: 'its last full read is more than 7 days old' };
    return { ledger };
}
/** A status that ends a deployment: after one, only a hand-written status could change it. */
function isSettled(deployment) {
    return deployment.statuses.some((s) => s.state === 'success' || s.state === 'failure' || s.state === 'error');
}
/**
 * GitHub marks a deployment `inactive` when a later one succeeds, often long after it settled; the
 * decision never reads such a status (no outcome, no run link), so the ledger leaves it out.
 */
function decisionReads(status) {
    return status.state !== 'inactive' || runLinkOf(status) !== null;
}
/** The deployment exactly as the ledger keeps it: fields in a fixed order, only what `decide` reads. */
function ledgerEntry(deployment, nodeId) {
    return {
        id: deployment.id,
        nodeId,
        createdAt: deployment.createdAt,
        sha: deployment.sha,
        environment: deployment.environment,
        creator: deployment.creator,
        creatorIsBot: deployment.creatorIsBot,
        payloadDeployer: deployment.payloadDeployer,
        statuses: deployment.statuses.filter(decisionReads).map((s) => ({
            state: s.state,
            createdAt: s.createdAt,
            logUrl: s.logUrl,
            targetUrl: s.targetUrl,
            ...(s.creator === undefined ? {} : { creator: s.creator }),
            ...(s.creatorIsBot === undefined ? {} : { creatorIsBot: s.creatorIsBot }),
        })),
    };
}
/** Whether GitHub's record still says what the ledger says of a deployment. */
function sameEntry(a, b) {
    return JSON.stringify(ledgerEntry(a, a.nodeId)) === JSON.stringify(ledgerEntry(b, b.nodeId));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.tmp/bundle-src/github/ledger-nodes.js
var ledger_nodes = __webpack_require__(8334);
;// CONCATENATED MODULE: ./.tmp/bundle-src/github/ledger-history.js
// A warm history read: the ledger's settled deployments plus what is new or could still change.







/** Pages newest first, down past `cutoff` (usually the first page alone), statuses whole. */
async function readFresh(port, request, first, cutoff, limit) {
    const fresh = { deployments: [], nodeIds: new Map(), reachedEnd: false };
    const guard = new CursorGuard(`the deployment history of "${request.environment}"`);
    for (let page = first;;) {
        fresh.deployments.push(...page.deployments);
        for (const [id, nodeId] of Object.entries(page.nodeIds ?? {}))
            fresh.nodeIds.set(Number(id), nodeId);
        await completeStatuses(port, page.deployments, page.moreStatuses, limit);
        const oldest = page.deployments.at(-1);
        if (page.nextCursor === null)
            return { ...fresh, reachedEnd: true };
        if (oldest && Date.parse(oldest.createdAt) < cutoff)
            return fresh;
        guard.check(page.nextCursor, page.deployments.length);
        page = await port.history({
            environment: request.environment,
            spellings: request.spellings,
            policy: null,
            after: page.nextCursor,
        });
    }
}
/** `count` distinct entries of `entries`, chosen at random. */
function sampleOf(entries, count, random) {
    const pool = [...entries];
    const chosen = [];
    while (chosen.length < count && pool.length > 0) {
        const at = random(pool.length);
        chosen.push(pool[at]);
        pool.splice(at, 1);
    }
    return chosen;
}
/** Re-reads deployments by node id (the sample rides in the first request), statuses whole. */
async function reread(port, entries, limit) {
    const ids = entries.map((e) => e.nodeId);
    const answers = (await inChunks(limit, ids, ledger_nodes/* NODES_PER_QUERY */.bB, (chunk) => port.deploymentNodes(chunk))).flat();
    const found = answers.filter((a) => a !== null);
    const more = found.flatMap((a) => (a.more ? [a.more] : []));
    await completeStatuses(port, found.map((a) => a.deployment), more, limit);
    return answers;
}
/** Known run facts, less those that could have changed: linked from recent or unsettled deployments, or not concluded. */
function settledRunFacts(ledger, fresh) {
    const runs = { ...ledger.runs };
    const jobs = { ...ledger.jobs };
    const attempts = { ...ledger.attempts };
    for (const deployment of fresh) {
        for (const status of deployment.statuses) {
            const link = runLinkOf(status);
            if (!link)
                continue;
            delete runs[link.run];
            if (link.job)
                delete jobs[link.job];
            if (link.attempt)
                delete attempts[`${link.run}/${link.attempt}`];
        }
    }
    const concluded = (facts) => Object.fromEntries(Object.entries(facts).filter(([, f]) => f.conclusion !== null));
    return {
        runs: concluded(runs),
        jobs: concluded(jobs),
        attempts: concluded(attempts),
        comparisons: { ...ledger.comparisons },
        generations: { ...ledger.generations },
    };
}
/** Whether `deployments` cover the window and hold a success before it, as a full read would. */
function coversWindow(deployments, request) {
    const before = deployments.filter((d) => Date.parse(d.createdAt) < request.since);
    return before.length > 0 && releaseBase(before, request.environment) !== null;
}
/** Why the sample shows the ledger is not GitHub's record, or null when every entry matches. */
function sampleMismatch(sample, answers) {
    for (const [i, entry] of sample.entries()) {
        const node = answers[i];
        if (!node)
            return `deployment ${entry.id} it holds is gone from GitHub`;
        if (!sameEntry(ledgerEntry(node.deployment, node.nodeId), entry))
            return `deployment ${entry.id} differs from GitHub's record of it`;
    }
    return null;
}
/** The older entries: settled ones as the ledger holds them, unsettled ones as GitHub has them now. */
function mergeOld(old, open, answers, nodeIds) {
    const merged = { kept: [], reread: [], nodeIds };
    const now = new Map(open.map((entry, i) => [entry.id, answers[i] ?? null]));
    for (const entry of old) {
        if (now.has(entry.id)) {
            const node = now.get(entry.id);
            if (!node)
                continue; // deleted since
            merged.kept.push(node.deployment);
            merged.reread.push(node.deployment);
            nodeIds.set(entry.id, node.nodeId);
            continue;
        }
        const { nodeId, ...deployment } = entry;
        merged.kept.push(deployment);
        nodeIds.set(entry.id, nodeId);
    }
    return merged;
}
/**
 * The history from the ledger and GitHub, or why the ledger is not used (then: a full read).
 * Deployments created within HORIZON_MS before the ledger was read, and those it holds without an
 * outcome created within UNSETTLED_HORIZON_MS, are read again; a random sample of the rest is
 * compared with GitHub's record.
 */
async function readWarm(port, request, first, ledger, options = {}) {
    const limit = options.limit ?? limiter();
    const cutoff = Date.parse(ledger.readAt) - HORIZON_MS;
    const fresh = await readFresh(port, request, first, cutoff, limit);
    const freshIds = new Set(fresh.deployments.map((d) => d.id));
    // A full history on the fresh pages: a ledger entry not among them is gone from GitHub.
    const old = fresh.reachedEnd
        ? []
        : ledger.deployments.filter((d) => Date.parse(d.createdAt) < cutoff && !freshIds.has(d.id));
    const abandoned = Date.parse(ledger.readAt) - UNSETTLED_HORIZON_MS;
    const mayChange = (d) => !isSettled(d) && Date.parse(d.createdAt) >= abandoned;
    const open = old.filter(mayChange);
    const settled = old.filter((d) => !mayChange(d));
    const sample = sampleOf(settled, options.sampleSize ?? SAMPLE_SIZE, options.random ?? external_node_crypto_.randomInt);
    const answers = await reread(port, [...sample, ...open], limit);
    const mismatch = sampleMismatch(sample, answers);
    if (mismatch)
        return { discarded: mismatch };
    const merged = mergeOld(old, open, answers.slice(sample.length), new Map(fresh.nodeIds));
    const deployments = [...fresh.deployments, ...merged.kept];
    const complete = fresh.reachedEnd || ledger.complete;
    if (!complete && !coversWindow(deployments, request))
        return { discarded: 'the trust window reaches past the history it holds' };
    const recent = fresh.deployments.filter((d) => Date.parse(d.createdAt) >= cutoff);
    const known = settledRunFacts(ledger, [...recent, ...merged.reread]);
    return { deployments, known, nodeIds: merged.nodeIds, complete };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.tmp/bundle-src/github/ledger-store.js
// Where the history ledger is kept between runs: the runner's cache service, behind a small port.



/** For tests and in-process runs: a store in memory. */
class MemoryLedgerStore {
    text;
    saved = [];
    constructor(text = null) {
        this.text = text;
    }
    restore() {
        return Promise.resolve(this.text);
    }
    save(text) {
        this.saved.push(text);
        this.text = text;
        return Promise.resolve();
    }
}
/**
 * The key every ledger of this repository and environment starts with. Cache keys cannot hold
 * commas; the environment is URI-encoded so no other environment's name can extend the prefix.
 */
function ledgerKeyPrefix(owner, repo, environment) {
    const env = encodeURIComponent(environment.toLowerCase());
    return `trust-gate-ledger-v1-${owner}/${repo}-${env}:`.toLowerCase();
}
/** Whether the runner offers its cache service (without it: no ledger, and nothing said). */
function cacheServiceOffered(env = process.env) {
    return Boolean(env['ACTIONS_CACHE_URL'] || env['ACTIONS_RESULTS_URL']);
}
/**
 * The ledger file, in the runner's home (never the workspace); removed as soon as it is read or
 * saved. The cache's version hashes this text, so it is the same on every run and every runner.
 */
const LEDGER_PATH = '~/.trust-gate-history/ledger.json';
/** Far above any real ledger (10,000 deployments take ~3 MB): a larger file is not parsed at all. */
const MAX_LEDGER_BYTES = 64 * 1024 * 1024;
/** The runner's cache service through `@actions/cache` (loaded only when the service is offered). */
class ActionsCacheStore {
    options;
    file = (0,external_node_path_.join)((0,external_node_os_.homedir)(), LEDGER_PATH.slice(2));
    constructor(options) {
        this.options = options;
    }
    async restore() {
        const cache = await __webpack_require__.e(/* import() */ 692).then(__webpack_require__.bind(__webpack_require__, 6692));
        if (!cache.isFeatureAvailable())
            return null;
        (0,external_node_fs_.rmSync)(this.file, { force: true });
        const { prefix } = this.options;
        const hit = await cache.restoreCache([LEDGER_PATH], prefix, [prefix]);
        if (hit === undefined)
            return null;
        try {
            const size = (0,external_node_fs_.statSync)(this.file).size;
            if (size > MAX_LEDGER_BYTES)
                throw new Error(`the ledger is ${size} bytes, over the limit`);
            return (0,external_node_fs_.readFileSync)(this.file, 'utf8');
        }
        finally {
            (0,external_node_fs_.rmSync)(this.file, { force: true });
        }
    }
    async save(text) {
        const cache = await __webpack_require__.e(/* import() */ 692).then(__webpack_require__.bind(__webpack_require__, 6692));
        if (!cache.isFeatureAvailable())
            return;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(this.file, text);
        try {
            await cache.saveCache([LEDGER_PATH], `${this.options.prefix}${this.options.suffix}`);
        }
        finally {
            (0,external_node_fs_.rmSync)(this.file, { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/github/history-cache.js
// The history cache: restores the ledger, reads warm when it can be believed, saves after the decision.





/** A cache service slower than this is not waited for: the run reads in full instead. */
const RESTORE_TIMEOUT_MS = 30_000;
function say(line) {
    (0,core/* info */.pq)(`History cache: ${line}`);
}
/** The port, noting each history page's node ids and whether it was the last. */
function recording(port, seen) {
    const history = async (request) => {
        const page = await port.history(request);
        note(page, seen);
        return page;
    };
    return new Proxy(port, {
        get(target, property, receiver) {
            if (property === 'history')
                return history;
            const value = Reflect.get(target, property, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    });
}
function note(page, seen) {
    for (const [id, nodeId] of Object.entries(page.nodeIds ?? {}))
        seen.nodeIds.set(Number(id), nodeId);
    seen.complete = page.nextCursor === null;
}
/** Run facts, compares and generations worth keeping: compares GitHub could not make are asked again. */
function keptFacts(facts) {
    const comparisons = Object.fromEntries(Object.entries(facts.comparisons).filter(([, status]) => status !== 'diverged'));
    const runs = facts.runsUnreadable === null;
    return {
        runs: runs ? facts.runs : {},
        jobs: runs ? facts.jobs : {},
        attempts: runs ? facts.attempts : {},
        comparisons,
        generations: facts.generations,
    };
}
class HistoryCache {
    store;
    request;
    options;
    seen = { nodeIds: new Map(), complete: false, from: null };
    /** The ledger's text, null when none is kept, undefined when it could not be restored. */
    restoring = null;
    /** The whole history fits on the first page: a ledger would save nothing, so none is kept. */
    onePage = false;
    owner;
    constructor(store, request, options = {}) {
        this.store = store;
        this.request = request;
        this.options = options;
        this.owner = ownerOf(request.owner, request.repo, request.environment);
    }
    /** Restores the ledger once; a failure or a slow cache service is a full read, said in one line. */
    restore() {
        this.restoring ??= Promise.race([
            this.store.restore(),
            new Promise((_, fail) => {
                const timer = setTimeout(() => fail(new Error(`no answer in ${RESTORE_TIMEOUT_MS / 1000} s`)), RESTORE_TIMEOUT_MS);
                timer.unref();
            }),
        ]).catch((e) => {
            say(`could not be restored (${e.message}); reading the history in full.`);
            return undefined;
        });
        return this.restoring;
    }
    /** The port history reads go through, so the ledger learns each deployment's node id. */
    port(port) {
        return recording(port, this.seen);
    }
    /** Reads warm from a ledger that passes every check; otherwise in full, saying why. */
    reader() {
        return async (port, request, first) => {
            if (first.nextCursor === null) {
                this.onePage = true; // nothing to restore or save: the cache stays untouched
                return readAllPages(port, request, first);
            }
            const ledger = await this.believable();
            if (ledger) {
                const warm = await readWarm(port, request, first, ledger, this.options);
                if (!('discarded' in warm)) {
                    for (const [id, nodeId] of warm.nodeIds)
                        this.seen.nodeIds.set(id, nodeId);
                    this.seen.complete = warm.complete;
                    this.seen.from = ledger;
                    say(`read warm: ${warm.deployments.length} deployments, recent ones from GitHub.`);
                    return warm;
                }
                say(`discarded, ${warm.discarded}; reading the history in full.`);
            }
            this.seen.nodeIds.clear();
            for (const [id, nodeId] of Object.entries(first.nodeIds ?? {}))
                this.seen.nodeIds.set(Number(id), nodeId);
            this.seen.complete = first.nextCursor === null;
            return readAllPages(port, request, first);
        };
    }
    async believable() {
        const text = await this.restore();
        if (text === undefined)
            return null; // why is said already
        if (text === null) {
            say('none kept yet; reading the history in full.');
            return null;
        }
        const parsed = parseLedger(text, this.owner, this.request.now);
        if ('ledger' in parsed)
            return parsed.ledger;
        say(`discarded, ${parsed.discarded}; reading the history in full.`);
        return null;
    }
    /** The ledger for the next run, or null when a deployment's node id is not known. */
    ledgerOf(history, facts) {
        const deployments = [];
        for (const d of history.deployments) {
            const nodeId = this.seen.nodeIds.get(d.id);
            if (!nodeId)
                return null;
            deployments.push(ledgerEntry(d, nodeId));
        }
        const readAt = this.request.now.toISOString();
        return {
            version: LEDGER_VERSION,
            ...this.owner,
            builtAt: this.seen.from?.builtAt ?? readAt,
            readAt,
            complete: this.seen.complete,
            deployments: byNewest(deployments),
            ...keptFacts(facts),
        };
    }
    /** Saves the next ledger; a failure is a warning and changes nothing decided. */
    async save(history, facts) {
        if (this.onePage)
            return;
        const ledger = this.ledgerOf(history, facts);
        if (!ledger) {
            say('not saved: a deployment’s node id is unknown.');
            return;
        }
        try {
            await this.store.save(JSON.stringify(ledger));
        }
        catch (e) {
            (0,core/* warning */.$e)(`History cache: not saved (${e.message}); the next run reads in full.`);
        }
    }
}
function byNewest(deployments) {
    return [...deployments].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
}
/** The runner's cache service, when it is offered and the input allows; else no cache at all. */
function openHistoryCache(request, env = process.env) {
    if (!request.enabled || !cacheServiceOffered(env))
        return null;
    const prefix = ledgerKeyPrefix(request.owner, request.repo, request.environment);
    const suffix = `${env['GITHUB_RUN_ID'] ?? '0'}-${env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
    return new HistoryCache(new ActionsCacheStore({ prefix, suffix }), request);
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/find-environment.js
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
    return key === undefined ? null : { key, environment: policy.environments[key] };
}
/** The error text for an environment no key matches: the keys there are, and the fix. */
function environmentNotFound(name, policy, file) {
    const keys = Object.keys(policy.environments);
    const has = keys.length > 0 ? `it has: ${keys.join(', ')}` : 'it has no environments';
    return `No policy for environment \`${name}\` in ${file}; ${has}. Add an \`environments.${name}\` key.`;
}

// EXTERNAL MODULE: ./.tmp/bundle-src/policy/glob-check.js
var glob_check = __webpack_require__(8543);
// EXTERNAL MODULE: ./.tmp/bundle-src/policy/load.js + 6 modules
var load = __webpack_require__(7027);
// EXTERNAL MODULE: ./.tmp/bundle-src/policy/policy-error.js
var policy_error = __webpack_require__(7441);
// EXTERNAL MODULE: ./.tmp/bundle-src/policy/schema.js + 1 modules
var schema = __webpack_require__(7345);
;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/index.js
// The policy core's public surface: load and validate the file, look up an environment.









;// CONCATENATED MODULE: ./.tmp/bundle-src/github/load-history.js




/** GitHub's GraphQL `Blob.text` stops at this many bytes (`isTruncated`). */
const BLOB_TEXT_LIMIT = 512_000;
/** A file GitHub gives no whole text of: binary, or cut at the API's limit. */
function unreadablePolicy(page, path, ref) {
    const blob = page.policyBlob;
    if (blob?.isBinary)
        return new policy_error/* PolicyError */.p(`Policy file ${path} on ${ref} is binary: GitHub's API gives no text for binary files. Commit it as UTF-8 YAML text.`, []);
    if (blob?.isTruncated)
        return new policy_error/* PolicyError */.p(`Policy file ${path} on ${ref} is ${blob.byteSize.toLocaleString('en-US')} bytes; GitHub's API returns at most ${BLOB_TEXT_LIMIT.toLocaleString('en-US')} bytes of a file's text, so it cannot be read whole. Shorten it below that limit.`, []);
    return null;
}
function policyFrom(page, request) {
    const ref = request.policyRef ?? `the default branch (${page.defaultBranch || 'unknown'})`;
    const unreadable = unreadablePolicy(page, request.policyPath, ref);
    if (unreadable)
        throw unreadable;
    const text = page.policyText;
    if (text === null || text === undefined) {
        throw new policy_error/* PolicyError */.p(`Policy file ${request.policyPath} was not found on ${ref}. Commit it there, or set the \`policy\` / \`policy-ref\` inputs.`, []);
    }
    const policy = load/* loadPolicy */.t(text, request.policyPath);
    const match = findEnvironment(policy, request.environment);
    if (!match)
        throw new policy_error/* PolicyError */.p(environmentNotFound(request.environment, policy, request.policyPath), []);
    return { policy, match: { key: match.key, environment: match.environment } };
}
/** The first page again when GitHub holds spellings of the name the first request did not ask for. */
async function startPage(port, first, environment, spellings) {
    if (spellings.length === (0,octokit_history/* firstSpellings */.Ij)(environment).length)
        return first;
    return port.history({ environment, spellings, policy: null, after: null });
}
/** Parses the policy from the first page and reads on until the window and the release base are covered. */
async function loadHistory(port, request, firstPage, reader = readAllPages) {
    const first = await firstPage;
    const { policy, match } = policyFrom(first, request);
    const since = request.now.getTime() - duration/* parseDuration */.E(match.environment.trust?.window ?? '90d');
    const { environment } = request;
    const spellings = await spellingsOf(port, environment, first.environments);
    const start = await startPage(port, first, environment, spellings);
    const { deployments, known } = await reader(port, { environment, spellings, since }, start);
    const wanted = environment.toLowerCase();
    const own = deployments.filter((d) => d.environment.toLowerCase() === wanted);
    return {
        policy,
        match,
        deployments: own,
        generations: { ...known?.generations },
        ...(known ? { known } : {}),
        defaultBranch: first.defaultBranch,
        notes: [],
        ...(first.targetHistory ? { targetHistory: first.targetHistory } : {}),
    };
}

// EXTERNAL MODULE: ./.tmp/bundle-src/events/merge-group.js
var merge_group = __webpack_require__(9095);
;// CONCATENATED MODULE: ./.tmp/bundle-src/github/merge-group-pulls.js
// The pull requests of a merge group: the queue branch's own, and every one whose commit the group holds.


/** A pull request still waiting in this queue: open, unmerged, into the group's base branch. */
function queued(head, group) {
    return head.state === 'open' && !head.merged && head.baseRef === group.baseRef;
}
async function readHeads(port, numbers, into) {
    const wanted = [...new Set(numbers)].filter((n) => !into.has(n));
    const heads = await Promise.all(wanted.map((n) => port.pullHead(n)));
    for (const head of heads)
        into.set(head.number, head);
}
/**
 * Every open pull request into the base that GitHub associates with each commit. Asked for every
 * commit, titled or not: a title is the author's text under the rebase method, so a commit
 * titled after an approved pull request must not hide the one it really belongs to.
 */
async function byAssociation(port, group, commits) {
    const found = new Map();
    if (commits.length === 0)
        return found;
    const { pullsByCommit } = await port.pullsForCommits(commits.map((c) => c.sha), []);
    for (const commit of commits) {
        const pulls = (pullsByCommit[commit.sha] ?? []).filter((p) => !p.merged && p.baseRef === group.baseRef);
        found.set(commit.sha, pulls.map((p) => p.number));
    }
    return found;
}
function unattributedError(group, commit) {
    return new github_error/* GitHubError */.y_(`Commit ${commit.sha.slice(0, 7)} ("${commit.title}") of the merge group ${group.headRef} ` +
        'belongs to no open pull request into ' +
        `${group.baseRef} that Trust Gate can find, so the group cannot be judged (it fails closed). ` +
        'Use the merge or squash merge method for the queue, whose commits name their pull request.', null);
}
/**
 * The group's pull requests in queue order: each commit between `base_sha` and `head_sha` belongs
 * to the queued pull request its title names ("Merge pull request #n …", "… (#n)") and to every
 * open pull request GitHub associates with it — all of them are judged; the queue branch's own
 * (`…/pr-<n>-<sha>`) is always one. A commit that belongs to none is an error.
 */
async function mergeGroupPulls(port, group) {
    const own = (0,merge_group/* queuedPullNumber */.M0)(group.headRef);
    const { commits } = await port.compare(group.baseSha, group.headSha);
    const titled = commits.map((c) => (0,merge_group/* pullNumberInTitle */.AO)(c.title));
    const heads = new Map();
    await readHeads(port, [...titled, own].filter((n) => n !== null), heads);
    const isQueued = (n) => n != null && heads.has(n) && queued(heads.get(n), group);
    const associated = await byAssociation(port, group, commits);
    await readHeads(port, [...associated.values()].flat(), heads);
    const order = [];
    for (const [i, commit] of commits.entries()) {
        const numbers = [titled[i], ...(associated.get(commit.sha) ?? [])].filter(isQueued);
        if (numbers.length === 0)
            throw unattributedError(group, commit);
        for (const number of numbers)
            if (!order.includes(number))
                order.push(number);
    }
    if (own !== null && !order.includes(own))
        order.push(own);
    if (own !== null && !isQueued(own))
        throw new github_error/* GitHubError */.y_(`Pull request #${own} of the merge group ${group.headRef} is not an open pull request into ${group.baseRef}.`, null);
    if (order.length === 0)
        throw new github_error/* GitHubError */.y_(`The merge group ${group.headRef} holds no pull request to judge.`, null);
    return order.map((n) => heads.get(n));
}

// EXTERNAL MODULE: ./.tmp/bundle-src/report/escape.js
var report_escape = __webpack_require__(6008);
;// CONCATENATED MODULE: ./.tmp/bundle-src/report/markdown-blocks.js
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

// EXTERNAL MODULE: ./.tmp/bundle-src/report/plain-text.js
var plain_text = __webpack_require__(9068);
;// CONCATENATED MODULE: ./.tmp/bundle-src/report/outputs.js

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
function deployRequestJson(decision) {
    const request = decision.deployRequest;
    if (!request)
        return null;
    return {
        action: request.action,
        number: request.issue?.number ?? null,
        url: request.issue?.url ?? null,
        approvedBy: request.approvedBy,
        ignored: request.ignored.map(({ login, why }) => ({ login, why })),
    };
}
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
        deployRequest: deployRequestJson(decision),
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
        deployRequest: null,
        notes: [],
        error: message,
    };
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/gaps.js
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/status.js


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

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/changes-table.js

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

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/ladder.js


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

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/summary.js




function renderSummary(decision, refKind = 'branch') {
    return markdown_blocks_document([
        heading(decision),
        reasons(decision),
        breakGlass(decision),
        facts(decision, refKind),
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
function heading(decision) {
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
function facts(decision, refKind) {
    const parts = [
        `**Deployer** ${(0,report_escape/* escapeMarkdown */.FV)(decision.deployer)}`,
        `**${refKind === 'tag' ? 'tag' : 'ref'}** ${(0,report_escape/* code */.aY)(decision.ref)}`,
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/merge-group.js







const denied = (entries) => entries.filter((e) => !e.decision.allowed);
/** `success` only when every pull request would be allowed; else the first denied one's state. */
function renderGroupStatus(environment, entries) {
    const blocked = denied(entries);
    const context = statusContext(environment);
    if (blocked.length === 0) {
        const text = `All ${(0,plain_text/* plural */.LS)(entries.length, 'pull request')} ready to deploy to ${environment}`;
        return {
            state: 'success',
            context,
            description: (0,plain_text/* truncate */.xv)((0,plain_text/* oneLine */.TN)(text), STATUS_DESCRIPTION_LIMIT),
        };
    }
    const statuses = blocked.map((e) => renderStatus(e.decision));
    const state = statuses.some((s) => s.state === 'failure') ? 'failure' : 'pending';
    const first = blocked[statuses.findIndex((s) => s.state === state)];
    const others = blocked.length > 1 ? ` (+${blocked.length - 1} more)` : '';
    const text = `#${first.pull.number}: ${renderStatus(first.decision).description}`;
    const description = (0,plain_text/* truncate */.xv)((0,plain_text/* oneLine */.TN)(text), STATUS_DESCRIPTION_LIMIT - others.length) + others;
    return { state, context, description };
}
function reasonOf(entries) {
    const blocked = denied(entries);
    if (blocked.length === 0)
        return `All ${(0,plain_text/* plural */.LS)(entries.length, 'pull request')} in the merge group would be allowed`;
    return blocked.map((e) => `#${e.pull.number}: ${(0,plain_text/* oneLine */.TN)(e.decision.reason)}`).join('; ');
}
/** The usual decision object, summed over the group, plus each pull request's own decision. */
function groupJson(group, entries) {
    const allowed = denied(entries).length === 0;
    const lead = denied(entries)[0] ?? entries[0];
    const decisions = entries.map((e) => e.decision);
    return {
        ...decisionJson(lead.decision),
        verdict: allowed ? 'allow' : 'deny',
        allowed,
        reason: reasonOf(entries),
        reasons: entries.flatMap((e) => e.decision.denyReasons.map((r) => `#${e.pull.number}: ${r}`)),
        deployer: entries.map((e) => e.pull.author).join(', '),
        sha: group.headSha,
        requiredApprovals: Math.max(...decisions.map((d) => d.requiredApprovals)),
        approvals: Math.min(...decisions.map((d) => d.approvals)),
        changes: decisions.flatMap((d) => decisionJson(d).changes),
        mergeGroup: {
            headSha: group.headSha,
            headRef: group.headRef,
            baseRef: group.baseRef,
            pullRequests: entries.map((e) => ({
                number: e.pull.number,
                author: e.pull.author,
                decision: decisionJson(e.decision),
            })),
        },
    };
}
/**
 * The group's outputs: `allowed` only when every pull request would be; `deployer` lists the
 * authors; `required-approvals` is the highest and `approvals` the lowest over the group;
 * `changes` counts its pull requests; `level` and `score` are the first denied pull request's
 * author's (else the first's); `json` adds `mergeGroup` with each pull request's decision.
 */
function renderGroupOutputs(group, entries) {
    const json = groupJson(group, entries);
    const lead = denied(entries)[0] ?? entries[0];
    return {
        ...renderOutputs(lead.decision),
        allowed: String(json.allowed),
        decision: json.verdict,
        reason: json.reason,
        deployer: json.deployer,
        'required-approvals': String(json.requiredApprovals),
        approvals: String(json.approvals),
        changes: String(entries.length),
        json: JSON.stringify(json),
    };
}
function merge_group_row({ pull, decision }) {
    const verdict = decision.allowed ? '✅ allowed' : '⛔ denied';
    const reason = (0,report_escape/* escapeMarkdown */.FV)(decision.reason);
    return `| #${pull.number} | ${(0,report_escape/* escapeMarkdown */.FV)(pull.author)} | ${verdict} | ${reason} |`;
}
function details({ pull, decision }) {
    const title = `#${pull.number} by ${(0,report_escape/* escapeMarkdown */.FV)(pull.author)}: ${decision.allowed ? 'allowed' : 'denied'}`;
    return `<details><summary>${title}</summary>\n\n${renderSummary(decision)}\n</details>`;
}
/** The merge group's job summary: the verdict, a row per pull request, then each one's own summary. */
function renderGroupSummary(group, entries) {
    const allowed = denied(entries).length === 0;
    const environment = (0,report_escape/* escapeMarkdown */.FV)(entries[0].decision.environment);
    const heading = allowed
        ? `## ✅ Trust Gate: merge group ready to deploy to ${environment}`
        : `## ⛔ Trust Gate: merge group not ready to deploy to ${environment}`;
    const intro = `Merge group ${(0,report_escape/* code */.aY)(group.headRef)} into ${(0,report_escape/* code */.aY)(group.baseRef)}: ` +
        `${(0,plain_text/* plural */.LS)(entries.length, 'pull request')}, each judged as on its own pull request ` +
        '(its author as deployer). The status is `success` only when every one would be allowed.';
    const table = [
        '| Pull request | Author | Decision | Reason |',
        '|---|---|---|---|',
        ...entries.map(merge_group_row),
    ];
    return markdown_blocks_document([heading, intro, table.join('\n'), ...entries.map(details)]);
}

// EXTERNAL MODULE: ./.tmp/bundle-src/report/runner.js
var runner = __webpack_require__(1714);
;// CONCATENATED MODULE: ./.tmp/bundle-src/report/publish-merge-group.js
// Publishes a merge group's verdict: summary, outputs and one commit status on the group's head.
// No sticky comment: each pull request keeps its own from its `pull_request` check.



async function publishGroup(port, inputs, group, entries) {
    await (0,runner/* appendSummary */.fe)(renderGroupSummary(group, entries));
    const outputs = renderGroupOutputs(group, entries);
    for (const [name, value] of Object.entries(outputs))
        (0,runner/* setOutput */.uH)(name, value);
    if (inputs.status) {
        const status = renderGroupStatus(inputs.environment, entries);
        try {
            await port.setStatus({ sha: inputs.sha, ...status, targetUrl: inputs.runUrl });
        }
        catch (error) {
            core/* warning */.$e(`Trust Gate could not set the commit status: ${error.message}`);
        }
    }
    if (outputs.allowed !== 'true')
        core/* notice */.lm(`Trust Gate: ${outputs.reason}`);
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/merge-group-run.js
// merge_group (check): every pull request in the group judged as on its own pull request; one status
// on the group's head commit, `success` only when all would be allowed (SPEC §5c).




/** The inputs of one pull request's check: its author deploys, it is the change, on the group's base. */
function pullInputs(inputs, pull, group) {
    return {
        ...inputs,
        mode: 'check',
        pullRequest: {
            number: pull.number,
            headSha: pull.headSha,
            headRef: pull.headRef,
            author: pull.author,
            authorIsBot: pull.authorIsBot,
            baseRef: group.baseRef,
        },
        commentedPull: null,
        deployer: pull.author,
        deployerIsBot: pull.authorIsBot,
        ref: group.baseRef,
        refKind: 'branch',
    };
}
async function decideMergeGroup(port, inputs, group, history) {
    const pulls = await mergeGroupPulls(port, group);
    const entries = await Promise.all(pulls.map(async (pull) => {
        const facts = await gatherFacts(port, {
            inputs: pullInputs(inputs, pull, group),
            history,
            withRelease: true,
        });
        const decision = decide(history.match, facts);
        decision.notes.push(...history.notes);
        return { pull, decision };
    }));
    await publishGroup(port, inputs, group, entries);
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/comment.js






const MAX_DOTS = 10;
/** The hidden first line that identifies the one comment per environment (case-insensitive). */
function commentMarker(environment) {
    return `<!-- trust-gate:${encodeURIComponent(environment.toLowerCase())} -->`;
}
function renderComment(decision) {
    return markdown_blocks_document([
        commentMarker(decision.environment),
        comment_heading(decision),
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
function comment_heading(decision) {
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/team-report.js



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

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/break-glass-issue.js

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

// EXTERNAL MODULE: ./.tmp/bundle-src/github/deploy-requests.js
var deploy_requests = __webpack_require__(8895);
;// CONCATENATED MODULE: ./.tmp/bundle-src/report/deploy-request.js


function deploy_request_plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function deployRequestTitle(decision) {
    return `Deploy request: ${changes_table_shortSha(decision.sha)} to ${decision.environment}`;
}
function changeLine(result) {
    const kind = result.change.kind === 'commit' ? ' (direct commit)' : '';
    const by = `by ${(0,report_escape/* escapeMarkdown */.FV)(result.change.author)}`;
    const because = result.requiredBecause.length > 0
        ? ` (${result.requiredBecause.map(report_escape/* escapeWithCode */.HY).join('; ')})`
        : '';
    const approved = result.approvedBy.length > 0
        ? `; approved by ${result.approvedBy.map(report_escape/* escapeMarkdown */.FV).join(', ')}`
        : '';
    return `- ${changes_table_changeLabel(result)}${kind} ${by}: needs ${result.required}, has ${result.approvals}${because}${approved}`;
}
function whoMayApprove(decision) {
    const rule = (0,report_escape/* escapeWithCode */.HY)(decision.approvers ?? 'anyone with write or more');
    return [
        `**Who may approve:** ${rule}; never a change's author, anyone who authored a commit in it,`,
        `the deployer (${(0,report_escape/* escapeMarkdown */.FV)(decision.deployer)}) or a bot (unless named in \`approvers.users\`).`,
    ].join(' ');
}
function howToApprove(decision, runUrl) {
    return [
        `**To approve,** comment \`/approve\` on this issue. It counts as your approval of every change`,
        `of this release that you could approve by review, for commit ${(0,report_escape/* code */.aY)(changes_table_shortSha(decision.sha))} only.`,
        `An edited comment counts for nothing. Then ${(0,report_escape/* escapeMarkdown */.FV)(decision.deployer)} re-runs the gate:`,
        `${runUrl} (whoever re-runs it is the deployer, and a deployer's own approval never counts).`,
    ].join(' ');
}
/** Whose `/approve` counted, and each one that did not with why: blocks of markdown. */
function deploy_request_standing(request) {
    const blocks = [];
    if (request.approvedBy.length > 0)
        blocks.push(`**Approved here by:** ${request.approvedBy.map(report_escape/* escapeMarkdown */.FV).join(', ')}`);
    if (request.ignored.length > 0) {
        const lines = request.ignored.map((entry) => `- ${(0,report_escape/* escapeMarkdown */.FV)(entry.login)}: ${(0,report_escape/* escapeWithCode */.HY)(entry.why)}`);
        blocks.push(['**Not counted:**', ...lines].join('\n'));
    }
    return blocks;
}
/** The issue body; `marker` (hidden) lets the next run find it again. */
function renderDeployRequest(decision, marker, runUrl) {
    const short = decision.changes.filter((result) => !result.ok);
    const request = decision.deployRequest;
    const parts = [
        marker,
        `**${(0,report_escape/* escapeMarkdown */.FV)(decision.deployer)}** asks to deploy ${(0,report_escape/* code */.aY)(decision.sha)} to ${(0,report_escape/* code */.aY)(decision.environment)}.`,
        `The gate denied it only because ${deploy_request_plural(short.length, 'change')} of ${decision.changes.length} lack approvals:`,
        short.map(changeLine).join('\n'),
        whoMayApprove(decision),
        howToApprove(decision, runUrl),
        ...(request ? deploy_request_standing(request) : []),
    ];
    return {
        title: deployRequestTitle(decision),
        body: `${parts.filter((p) => p !== '').join('\n\n')}\n`,
    };
}
/** The comment left when a run allows the deploy and closes the request. */
function renderRequestClosed(decision, runUrl) {
    const how = decision.breakGlass ? ' by break-glass' : '';
    return `Run ${runUrl} allowed deploying ${(0,report_escape/* code */.aY)(changes_table_shortSha(decision.sha))} to ${(0,report_escape/* code */.aY)(decision.environment)}${how}; closing this request.`;
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/publish-deploy-request.js


async function openOrUpdate(port, decision, request, runUrl) {
    const marker = (0,deploy_requests/* deployRequestMarker */.Db)(decision.environment, decision.sha);
    const { title, body } = renderDeployRequest(decision, marker, runUrl);
    const found = request.issue;
    if (!found)
        return { ...(await port.openDeployRequest(title, body)), body };
    if (found.body !== body)
        await port.updateDeployRequest(found.number, title, body);
    return { ...found, body };
}
/**
 * Opens or updates the request on a deny only about approvals, closes it on an allow, and leaves it
 * alone on any other deny. Returns the note for the summary. A failed write fails the run closed.
 */
async function publishDeployRequest(port, decision, runUrl) {
    const request = decision.deployRequest;
    if (!request)
        return null;
    if (request.action === 'open') {
        const issue = await openOrUpdate(port, decision, request, runUrl);
        decision.deployRequest = { ...request, issue };
        return `Deploy request: ${issue.url}`;
    }
    if (!request.issue)
        return null;
    if (request.action === 'close') {
        await port.closeDeployRequest(request.issue.number, renderRequestClosed(decision, runUrl));
        return `Deploy request: ${request.issue.url} (closed: this run allows the deploy)`;
    }
    return `Deploy request: ${request.issue.url} (not updated: this deny is not only about approvals)`;
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/report/publish.js
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
function publish_reasonOf(error) {
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
/** `requests: true`: open, update or close the deploy request before anything says allowed. */
async function noteDeployRequest(port, inputs, decision) {
    const note = await publishDeployRequest(port, decision, inputs.runUrl);
    if (note)
        decision.notes.push(note);
}
async function publishDecision(port, inputs, decision) {
    if (inputs.mode === 'gate')
        await fileBreakGlassIssue(port, inputs, decision);
    if (inputs.mode === 'gate')
        await noteDeployRequest(port, inputs, decision);
    // The summary first: if it cannot be written the run errors, and no `allowed=true` was set.
    await (0,runner/* appendSummary */.fe)(renderSummary(decision, inputs.refKind));
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
    const message = publish_reasonOf(error);
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

;// CONCATENATED MODULE: ./.tmp/bundle-src/pipeline.js
// Everything after the first request: policy and history → facts → decision → publish.
// Loaded as one chunk while that request is in flight, so nothing is compiled twice.









async function decideAndPublish(given, port, firstPage) {
    const cache = openHistoryCache({ ...given, enabled: given.historyCache ?? true }); // restore starts
    const inputs = await resolveCommentedPull(given, port); // issue_comment: read the pull request
    const loaded = await loadHistory(cache?.port(port) ?? port, inputs, firstPage, cache?.reader());
    const history = withoutDeployment(loaded, inputs.deploymentId); // the event's own deployment
    if (inputs.mergeGroup && inputs.mode === 'check')
        return decideMergeGroup(port, inputs, inputs.mergeGroup, history);
    const withRelease = inputs.mode !== 'report';
    const facts = await gatherFacts(port, { inputs, history, withRelease }); // 3. facts
    if (inputs.mode === 'report') {
        await publishReport(teamReport(history.match, facts, history.notes));
        return cache?.save(loaded, facts);
    }
    const decision = decide(history.match, facts); // 4. decision
    decision.notes.push(...history.notes);
    await publishDecision(port, inputs, decision); // 5. publish
    if (inputs.mode === 'gate')
        await cache?.save(loaded, facts); // 6. the ledger, once decided
}


/***/ })

};
