export const id = 141;
export const ids = [141];
export const modules = {

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   GA: () => (/* binding */ cellCode),
/* harmony export */   HY: () => (/* binding */ escapeWithCode),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6676);
// Makes user-written text safe in GitHub markdown: no layout breaks, mentions, HTML, math or links.

// Characters a backslash turns into literal text: emphasis, code, links, tables, math, escapes.
const PUNCTUATION = /[\\`*_~[\]|$]/g;
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// At the start of a list item or cell these would open a heading, a list or a thematic break.
const LEADING_BLOCK = /^(?:[#+-]|\d+(?=[.)]))/;
// A zero-width space after "@" stops GitHub's mention (and e-mail autolink) recognition.
const NO_MENTION = '@&#8203;';
/**
 * Escapes one line of user-written text (titles, branch names, logins, reasons) for markdown,
 * including table cells. Newlines become spaces. `#123` stays as it is: GitHub links it harmlessly.
 */
function escapeMarkdown(text) {
    return guardLineStart(escapeInline((0,_plain_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(text)));
}
/**
 * Escapes a plain-text sentence in which `backticks` mark code, as decide/ writes explanations.
 * Paired backticks become code spans, the rest is escaped; with an odd count (a backtick inside
 * a quoted value) the whole text is escaped. Either way nothing can inject markup.
 */
function escapeWithCode(text) {
    const parts = (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(text).split('`');
    if (parts.length % 2 === 0)
        return escapeMarkdown(text);
    const pieces = parts.map((part, i) => (i % 2 === 1 ? code(part) : escapeInline(part)));
    return guardLineStart(pieces.join(''));
}
// Text GitHub would not render inside a code span but that still reads as a mention or a tag
// (in notifications, e-mails and to anyone scanning the raw text).
const LOOKS_ACTIVE = /[@<>]/;
/**
 * An inline code span holding `text` literally, whatever backticks it contains. Code spans are
 * never rendered as HTML, links or mentions; text that looks like one anyway is shown escaped in
 * a `<code>` element, so no raw `@team` or `<tag>` appears at all. Not for table cells: a `|`
 * would still split the cell.
 */
function code(text) {
    const body = (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_0__/* .singleLine */ .pF)(text);
    if (body === '')
        return '` `';
    if (LOOKS_ACTIVE.test(body))
        return `<code>${escapeInline(body)}</code>`;
    const fence = '`'.repeat(longestRun(body, '`') + 1);
    const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * `code` for a table cell. GFM splits cells on `|` before it parses code spans, and a backslash
 * inside the span cannot be escaped, so text holding a `|` is shown escaped instead of as code.
 */
function cellCode(text) {
    return text.includes('|') ? escapeMarkdown(text) : code(text);
}
/** A fenced code block holding multi-line text literally (used for error messages). */
function codeBlock(text, language = 'text') {
    const body = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
    return `${fence}${language}\n${body}\n${fence}`;
}
/** A markdown link with an already-escaped `label`; only http(s) URLs link, others stay text. */
function link(label, url) {
    if (!/^https?:\/\/\S+$/i.test(url))
        return label;
    const safe = url.replace(/[()<>"'`|\\[\]]/g, (char) => `%${hex(char)}`);
    return `[${label}](${safe})`;
}
function escapeInline(text) {
    return text
        .replace(PUNCTUATION, (char) => `\\${char}`)
        .replace(/[&<>]/g, (char) => ENTITIES[char] ?? char)
        .replace(/@/g, NO_MENTION);
}
function guardLineStart(markdown) {
    return markdown.replace(LEADING_BLOCK, (start) => /\d/.test(start) ? `${start}\\` : `\\${start}`);
}
function hex(char) {
    return char.charCodeAt(0).toString(16).toUpperCase();
}
function longestRun(text, char) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        longest = Math.max(longest, run);
    }
    return longest;
}


/***/ }),

/***/ 6676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   pF: () => (/* binding */ singleLine),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   yh: () => (/* binding */ listWords)
/* harmony export */ });
// Plain-text helpers for single-line fields: status descriptions, outputs and words that count.
// Line and paragraph separators, tabs, C0/C1 controls: all become one space.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Bidirectional overrides and isolates can reorder what a reader sees; they are dropped.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** Text on one line: line breaks and control characters become spaces, bidi overrides go. */
function singleLine(text) {
    return text.replace(BIDI, '').replace(BREAKING, ' ');
}
/** singleLine, with runs of white space collapsed and the ends trimmed. */
function oneLine(text) {
    return singleLine(text).replace(/\s+/g, ' ').trim();
}
/** Shortens text to at most `max` UTF-16 units (GitHub's limits), ending in "…"; never splits a character. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let kept = '';
    for (const char of text) {
        if (kept.length + char.length > max - 1)
            break;
        kept += char;
    }
    return `${kept.trimEnd()}…`;
}
/** "1 approval", "2 approvals". */
function plural(count, noun, pluralNoun = `${noun}s`) {
    return `${count} ${count === 1 ? noun : pluralNoun}`;
}
/** "alice", "alice and bob", "alice, bob and carol". */
function listWords(words) {
    if (words.length <= 1)
        return words.join('');
    return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}


/***/ }),

/***/ 8141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishDecision: () => (/* binding */ publishDecision),
  publishError: () => (/* binding */ publishError),
  publishReport: () => (/* binding */ publishReport)
});

// EXTERNAL MODULE: ./src/workflow-commands.ts + 1 modules
var workflow_commands = __webpack_require__(138);
// EXTERNAL MODULE: ./src/policy/policy-error.ts
var policy_error = __webpack_require__(1781);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/changes-table.ts

const HEADER = [
    '| change | author | required | approvals | approved by | ok |',
    '|---|---|--:|--:|---|:-:|',
];
/** "#12 Fix login" (or "`abc1234` Fix typo" for a direct commit), linked to GitHub. */
function changeLabel(result) {
    const { change } = result;
    const id = change.kind === 'pull' ? `#${change.number ?? '?'}` : (0,report_escape/* cellCode */.GA)(shortSha(change.headSha));
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
        changeLabel(result),
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
function shortSha(sha) {
    return sha.replace(/[^0-9a-f]/gi, '').slice(0, 7);
}
function shortfallLine(result) {
    const ignored = ignoredText(result);
    const why = result.requiredBecause.length === 0 ? '' : ` (${requiredBecauseText(result)})`;
    const because = `needs ${result.required}${why}, has ${result.approvals}`;
    return `- ${changeLabel(result)} ${because}${ignored === null ? '' : `; not counted: ${ignored}`}`;
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
    const sha = (0,report_escape/* code */.aY)(shortSha(decision.sha));
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
        `**commit** ${(0,report_escape/* code */.aY)(shortSha(decision.sha))}`,
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
    return [...team_report_HEADER, ...rows.map(row)].join('\n');
}
function row(entry) {
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

;// CONCATENATED MODULE: ./src/report/publish.ts
// The one publisher: writes outputs, the job summary, the PR comment, the commit status and the audit issue.








function setOutputs(outputs) {
    try {
        for (const [name, value] of Object.entries(outputs))
            workflow_commands/* setOutput */.uH(name, value);
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
/** A write a fork's read-only token cannot make degrades to a warning: check mode never fails. */
async function tryWrite(what, write) {
    try {
        await write();
    }
    catch (error) {
        workflow_commands/* warning */.$e(`Trust Gate could not ${what}: ${error.message}`);
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
    workflow_commands/* appendSummary */.fe(renderSummary(decision));
    setOutputs(renderOutputs(decision));
    if (inputs.mode === 'check') {
        await publishCheck(port, inputs, decision);
        if (!decision.allowed)
            workflow_commands/* notice */.lm(`Trust Gate: ${decision.reason}`);
        return;
    }
    if (!decision.allowed)
        workflow_commands/* setFailed */.C1(`Trust Gate denied the deploy: ${decision.reason}`);
    else
        workflow_commands/* info */.pq(`Trust Gate: ${decision.reason}`);
}
async function publishReport(report) {
    workflow_commands/* setOutput */.uH('json', renderTeamReportJson(report));
    workflow_commands/* appendSummary */.fe(renderTeamReport(report));
    const warning = singleGatekeeperWarning(report);
    // A bare `::warning::` (SPEC §5a): the message itself starts with "Single gatekeeper".
    if (warning)
        workflow_commands/* warning */.$e(warning);
}
function annotatePolicyIssues(error) {
    if (!(error instanceof policy_error/* PolicyError */.p))
        return;
    for (const issue of error.issues) {
        workflow_commands/* error */.z3(`${issue.path ? `${issue.path}: ` : ''}${issue.message}`, {
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
            workflow_commands/* warning */.$e(`Trust Gate: ${messageOf(error)}`);
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
    const message = messageOf(error);
    await bestEffort([
        () => setOutputs(renderErrorOutputs(message, errorContext(inputs))),
        async () => workflow_commands/* appendSummary */.fe(renderErrorSummary(message)),
        () => annotatePolicyIssues(error),
    ]);
    if (inputs.mode === 'check') {
        workflow_commands/* warning */.$e(`Trust Gate could not decide: ${message}`);
        if ('sha' in inputs && port)
            await publishCheckError(port, inputs, message);
        return;
    }
    workflow_commands/* setFailed */.C1(message);
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


/***/ })

};
