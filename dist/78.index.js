export const id = 78;
export const ids = [78];
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

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateWorkspacePolicy: () => (/* binding */ validateWorkspacePolicy)
});

// EXTERNAL MODULE: ./src/workflow-commands.ts + 1 modules
var workflow_commands = __webpack_require__(138);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/policy/load.ts + 6 modules
var load = __webpack_require__(1900);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/validation.ts

function renderValidation(file, environments, issues) {
    if (issues.length === 0) {
        const names = environments.map(report_escape/* code */.aY).join(', ') || 'none';
        return `## ✅ Trust Gate: ${(0,report_escape/* code */.aY)(file)} is valid\n\nEnvironments: ${names}\n`;
    }
    const rows = issues.map((i) => `| ${i.line}:${i.column} | ${i.path ? (0,report_escape/* cellCode */.GA)(i.path) : ''} | ${(0,report_escape/* escapeMarkdown */.FV)(i.message)} |`);
    return [
        `## ⛔ Trust Gate: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${(0,report_escape/* code */.aY)(file)}`,
        '',
        '| line:col | key | problem |',
        '| --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/publish-validation.ts
// validate mode: lints the policy file in the workspace, each problem an annotation on its line.






function readWorkspaceFile(inputs) {
    const path = (0,external_node_path_.join)(inputs.workspace, inputs.policyPath);
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new src_inputs/* InputError */.dz(`Policy file ${inputs.policyPath} is not in the workspace (${path}). Check the repository out first (actions/checkout) or set the \`policy\` input.`);
    }
}
/** `::error file=…,line=…,col=…::` exactly as SPEC §5a writes it (no `title`, which would come first). */
function annotate(issue) {
    const message = issue.path ? `${issue.path}: ${issue.message}` : issue.message;
    workflow_commands/* error */.z3(message, { file: issue.file, startLine: issue.line, startColumn: issue.column });
}
async function validateWorkspacePolicy(inputs) {
    const text = readWorkspaceFile(inputs);
    const { policy, issues } = (0,load/* parsePolicy */.O)(text, inputs.policyPath);
    issues.forEach(annotate);
    const environments = policy ? Object.keys(policy.environments) : [];
    workflow_commands/* setOutput */.uH('json', JSON.stringify({ valid: issues.length === 0, file: inputs.policyPath, environments, issues }));
    workflow_commands/* appendSummary */.fe(renderValidation(inputs.policyPath, environments, issues));
    if (issues.length > 0) {
        workflow_commands/* setFailed */.C1(`${issues.length} problem${issues.length === 1 ? '' : 's'} in ${inputs.policyPath}.`);
    }
    else {
        workflow_commands/* info */.pq(`${inputs.policyPath} is valid.`);
    }
}


/***/ })

};
