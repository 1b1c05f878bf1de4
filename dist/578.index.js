export const id = 578;
export const ids = [578];
export const modules = {

/***/ 4167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
// Suggestions for typos: the closest candidate by edit distance, when it is close enough.
/** Optimal string alignment distance: insertions, deletions, substitutions and swaps cost 1. */
function editDistance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        rows.push([i]);
        for (let j = 1; j <= b.length; j++)
            rows[i][j] = i === 0 ? j : 0;
    }
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    return rows[a.length][b.length];
}
/**
 * The candidate closest to `word` (ignoring case), or undefined when none is within a third of
 * the word's length (at least 1, at most 3 edits): far-fetched guesses mislead more than help.
 */
function closest(word, candidates) {
    const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && (!best || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}
/** `; did you mean \`x\`?` for the closest candidate, or an empty string. */
function didYouMean(word, candidates) {
    const suggestion = closest(word, candidates);
    return suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`;
}


/***/ }),

/***/ 4428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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


/***/ }),

/***/ 8543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ globProblem)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5273);
// Glob patterns in the policy: what minimatch accepts, minus what it silently reads literally.

const EXTGLOB_PREFIXES = '@!+*?';
/**
 * Why `pattern` is not a usable glob, or null when it is.
 *
 * minimatch 11 rejects almost nothing (only patterns over 64 KiB): an unclosed `[`, `{` or
 * `@(` is quietly matched as literal text, which in a policy is nearly always a typo that
 * would make a rule match nothing. So those are refused here, with the escape to use when the
 * literal character is meant. A leading `!` (negation) is refused because lists match when
 * any pattern matches, so `!x` would match almost everything; a leading `#` is a minimatch
 * comment that matches nothing.
 */
function globProblem(pattern) {
    if (pattern.startsWith('!')) {
        return `"${pattern}" starts with \`!\`: negated patterns are not supported (a list matches when any of its patterns matches, so this would match almost everything)`;
    }
    if (pattern.startsWith('#')) {
        return `"${pattern}" starts with \`#\`, which minimatch reads as a comment that matches nothing; write \`\\#\` for a literal #`;
    }
    const unbalanced = unbalancedPart(pattern);
    if (unbalanced)
        return `"${pattern}" is not a valid glob: ${unbalanced}`;
    try {
        new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(pattern);
        return null;
    }
    catch (error) {
        return `"${pattern}" is not a valid glob: ${error.message}`;
    }
}
function unbalancedPart(pattern) {
    const closers = [];
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '\\') {
            if (i === pattern.length - 1)
                return 'it ends with a lone `\\`';
            i++;
        }
        else if (char === '[') {
            const end = classEnd(pattern, i);
            if (end < 0)
                return 'unclosed `[`; write `\\[` for a literal [';
            i = end;
        }
        else if (char === '{') {
            closers.push('}');
        }
        else if (char === '(' && i > 0 && EXTGLOB_PREFIXES.includes(pattern[i - 1])) {
            closers.push(')');
        }
        else if (char === closers.at(-1)) {
            closers.pop();
        }
    }
    const open = closers.at(-1);
    if (open === '}')
        return 'unclosed `{`; write `\\{` for a literal {';
    if (open === ')')
        return 'unclosed `(`; close the pattern group with `)`';
    return null;
}
/** Index of the `]` closing the class that opens at `start`, or -1 (a class never spans `/`). */
function classEnd(pattern, start) {
    let i = start + 1;
    if (pattern[i] === '!' || pattern[i] === '^')
        i++;
    if (pattern[i] === ']')
        i++;
    while (i < pattern.length) {
        const char = pattern[i];
        if (char === '/')
            return -1;
        if (char === ']')
            return i;
        if (char === '\\')
            i += 2;
        else if (pattern.startsWith('[:', i) && pattern.indexOf(':]', i + 2) > 0) {
            i = pattern.indexOf(':]', i + 2) + 2;
        }
        else
            i++;
    }
    return -1;
}


/***/ }),

/***/ 7027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ loadPolicy),
  O: () => (/* binding */ parsePolicy)
});

;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/plain-data.js
// Reading the parsed YAML before validation, where any value may have any shape.
/** A plain object, as YAML mappings read; not a list, nor a `!!binary` or `!!set` value. */
function isMapping(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}
/** The mappings of a list, with their indexes; anything else in the list is skipped. */
function mappingsOf(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => (isMapping(item) ? [[index, item]] : []));
}
function has(mapping, key) {
    return Object.hasOwn(mapping, key);
}

// EXTERNAL MODULE: ./.tmp/bundle-src/policy/policy-error.js
var policy_error = __webpack_require__(7441);
// EXTERNAL MODULE: ./.tmp/bundle-src/policy/policy-issue.js
var policy_issue = __webpack_require__(7376);
// EXTERNAL MODULE: ./.tmp/bundle-src/policy/schema.js + 1 modules
var policy_schema = __webpack_require__(7345);
;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/freeze-checks.js
// Checks on freeze windows: one kind per window (a date range or a weekly window), in order.


const DATE_KEYS = ['from', 'until'];
const WEEKLY_KEYS = ['days', 'hours', 'timezone'];
const KINDS = 'either `from` and `until`, or `days` with optional `hours` and `timezone`';
function freezeIssues(base, environment) {
    return mappingsOf(environment.freeze).flatMap(([index, window]) => windowIssues([...base, 'freeze', index], window));
}
function windowIssues(path, window) {
    const dated = DATE_KEYS.filter((key) => has(window, key));
    const weekly = WEEKLY_KEYS.filter((key) => has(window, key));
    if (dated.length > 0 && weekly.length > 0) {
        const message = `mixes a date range (${keyList(dated)}) with a weekly window (${keyList(weekly)}); a freeze window has ${KINDS}: split it in two`;
        return [{ path, message }];
    }
    if (dated.length > 0)
        return dateRangeIssues(path, window);
    if (has(window, 'days'))
        return [];
    if (weekly.length > 0) {
        const message = `missing required key \`days\`: a weekly window (${keyList(weekly)}) needs the days it applies to`;
        return [{ path: [...path, 'days'], message }];
    }
    return [{ path, message: `a freeze window needs ${KINDS}` }];
}
function dateRangeIssues(path, window) {
    const missing = DATE_KEYS.find((key) => !has(window, key));
    if (missing) {
        const message = `missing required key \`${missing}\`: a date range needs both \`from\` and \`until\``;
        return [{ path: [...path, missing], message }];
    }
    const { from, until } = window;
    if (!isInstant(from) || !isInstant(until) || Date.parse(from) < Date.parse(until))
        return [];
    const message = `\`until\` "${until}" must be later than \`from\` "${from}"`;
    return [{ path: [...path, 'until'], message }];
}
function isInstant(value) {
    return typeof value === 'string' && policy_schema/* freezeSchema */.Nq.shape.from.safeParse(value).success;
}
function keyList(keys) {
    return keys.map((key) => `\`${key}\``).join(', ');
}

// EXTERNAL MODULE: ./.tmp/bundle-src/policy/glob-check.js
var glob_check = __webpack_require__(8543);
// EXTERNAL MODULE: ./.tmp/bundle-src/policy/did-you-mean.js
var did_you_mean = __webpack_require__(4167);
;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/ladder-checks.js
// Checks on an environment's trust ladder and on the `level` its people rules name.


const PEOPLE_RULES = ['deployers', 'approvers', 'break-glass'];
/** Ladder order, unique level names, and people rules naming levels that exist. */
function ladderIssues(base, environment) {
    const trust = environment.trust;
    const levelsPath = [...base, 'trust', 'levels'];
    const levels = isMapping(trust) ? mappingsOf(trust.levels) : [];
    return [
        ...levels.flatMap((level) => orderIssues(levelsPath, level, levels)),
        ...nameIssues(levelsPath, levels),
        ...referenceIssues(base, environment, levels),
    ];
}
function orderIssues(levelsPath, [index, level], levels) {
    const path = [...levelsPath, index];
    const issues = [];
    const issue = (key, message) => issues.push({ path: [...path, key], message });
    if (index === 0 && isCount(level.after) && level.after !== 0) {
        issue('after', `the first level must start at \`after: 0\`, got ${level.after}`);
    }
    const below = levels.find(([other]) => other === index - 1)?.[1];
    if (!below)
        return issues;
    if (isCount(level.after) && isCount(below.after) && level.after <= below.after) {
        issue('after', `\`after\` must be greater than the level below (${nameOf(below)} has after: ${below.after}), got ${level.after}`);
    }
    if (isCount(level.approvals) && isCount(below.approvals) && level.approvals > below.approvals) {
        issue('approvals', `\`approvals\` must not increase up the ladder: ${nameOf(below)} below needs ${below.approvals}, got ${level.approvals}`);
    }
    return issues;
}
function nameIssues(levelsPath, levels) {
    const firstIndex = new Map();
    const issues = [];
    for (const [index, level] of levels) {
        if (typeof level.name !== 'string')
            continue;
        const first = firstIndex.get(level.name);
        if (first === undefined)
            firstIndex.set(level.name, index);
        else {
            const message = `level name \`${level.name}\` is already used by levels[${first}]; names must be unique`;
            issues.push({ path: [...levelsPath, index, 'name'], message });
        }
    }
    return issues;
}
function referenceIssues(base, environment, levels) {
    const names = [
        ...new Set(levels.flatMap(([, level]) => (typeof level.name === 'string' ? [level.name] : []))),
    ];
    return PEOPLE_RULES.flatMap((rule) => {
        const people = environment[rule];
        if (!isMapping(people) || typeof people.level !== 'string')
            return [];
        const path = [...base, rule, 'level'];
        const level = people.level;
        if (!has(environment, 'trust')) {
            const message = `level \`${level}\` needs a trust ladder: add \`trust.levels\` to this environment, or remove \`level\``;
            return [{ path, message }];
        }
        if (names.length === 0 || names.includes(level))
            return [];
        const message = `unknown level \`${level}\`${(0,did_you_mean/* didYouMean */.au)(level, names)}; this environment's levels are: ${names.join(', ')}`;
        return [{ path, message }];
    });
}
function isCount(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
function nameOf(level) {
    return typeof level.name === 'string' ? `\`${level.name}\`` : 'the level';
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/semantic-checks.js
// Rules that span several values, checked on the parsed YAML so they run even when zod fails.




function semanticIssues(data) {
    const environments = data.environments;
    if (!isMapping(environments))
        return [];
    return [
        ...environmentKeyIssues(environments),
        ...Object.entries(environments).flatMap(([key, environment]) => isMapping(environment)
            ? [
                ...ladderIssues(['environments', key], environment),
                ...freezeIssues(['environments', key], environment),
            ]
            : []),
    ];
}
/** At least one environment; keys are valid globs, and no two differ only in case. */
function environmentKeyIssues(environments) {
    const keys = Object.keys(environments);
    if (keys.length === 0) {
        const message = 'no environments: add at least one, like `production:`';
        return [{ path: ['environments'], message }];
    }
    const firstByName = new Map();
    return keys.flatMap((key) => {
        const first = firstByName.get(key.toLowerCase());
        firstByName.set(key.toLowerCase(), first ?? key);
        const message = first === undefined
            ? key && (0,glob_check/* globProblem */.A)(key)
            : `\`${key}\` names the same environment as \`${first}\` (environment names match case-insensitively); merge the two`;
        return message ? [{ path: ['environments', key], anchor: 'key', message }] : [];
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/yaml-source.js
// The policy's YAML text: parsed with positions, so every issue can point at its node.

/**
 * Longest policy read, in characters: GitHub's own limit on a file's text (`Blob.text` stops at
 * 512,000 bytes), so every policy GitHub can deliver whole is read. The YAML library's time grows
 * faster than the text past it (a 5 MB string took seconds), and the run has a deadline.
 */
const MAX_POLICY_CHARS = 512_000;
/** Deepest nesting read. A policy nests 7 levels; the YAML composer recurses once per level. */
const MAX_NESTING = 32;
function readYaml(text) {
    const lines = new dist/* LineCounter */.HN();
    if (text.length > MAX_POLICY_CHARS) {
        const size = text.length.toLocaleString('en-US');
        const limit = MAX_POLICY_CHARS.toLocaleString('en-US');
        lines.addNewLine(0); // line 1 starts at 0; the text itself is not read
        return refused(lines, 0, `the file is ${size} characters long; a policy may have at most ${limit}`);
    }
    // The parser keeps its own stack; only composing recurses, so the depth is checked in between.
    const tokens = [...new dist/* Parser */.iX(lines.addNewLine).parse(text)];
    const deep = tooDeep(tokens);
    if (deep !== null)
        return refused(lines, deep, `nested more than ${MAX_NESTING} levels deep; a policy needs 7`);
    return { doc: compose(tokens, text.length), lines, refused: null };
}
function refused(lines, offset, message) {
    return { doc: compose([], 0), lines, refused: { offset, message } };
}
/** The first document; a second one is an error (a policy is one document). */
function compose(tokens, length) {
    let first;
    for (const doc of new dist/* Composer */.Dk({}).compose(tokens, true, length)) {
        if (!first)
            first = doc;
        else {
            const message = 'the file holds more than one YAML document (`---`); a policy is one';
            first.errors.push(new dist/* YAMLParseError */.XT([doc.range[0], doc.range[1]], 'MULTIPLE_DOCS', message));
            break;
        }
    }
    return first;
}
/** Offset of the first collection nested deeper than MAX_NESTING, or null. */
function tooDeep(tokens) {
    const stack = tokens.map((token) => [token, 0]);
    while (stack.length > 0) {
        const [token, depth] = stack.pop();
        if (token?.type === 'document')
            stack.push([token.value, depth]);
        if (token?.type !== 'block-map' &&
            token?.type !== 'block-seq' &&
            token?.type !== 'flow-collection')
            continue;
        if (depth >= MAX_NESTING)
            return token.offset;
        for (const item of token.items) {
            if ('key' in item)
                stack.push([item.key ?? undefined, depth + 1]);
            stack.push([item.value, depth + 1]);
        }
    }
    return null;
}
/** Syntax errors and warnings (like unknown tags), each with its 1-based position. */
function yamlProblems(source) {
    if (source.refused) {
        const { offset, message } = source.refused;
        return [{ position: positionAt(source, offset), message }];
    }
    const problems = [...source.doc.errors, ...source.doc.warnings];
    return problems.map((problem) => ({
        position: positionAt(source, problem.pos[0]),
        message: yamlMessage(source, problem),
    }));
}
function yamlMessage(source, problem) {
    const key = problem.code === 'DUPLICATE_KEY' ? keyAt(source, problem.pos[0]) : undefined;
    if (key !== undefined)
        return `duplicate key \`${key}\`; a key may appear only once in a mapping`;
    if (problem.code === 'MULTIPLE_DOCS')
        return problem.message;
    return `YAML ${problem.name === 'YAMLWarning' ? 'problem' : 'syntax error'}: ${problem.message}`;
}
/** The text of the mapping key that starts at `offset`, if any. */
function keyAt(source, offset) {
    let key;
    (0,dist/* visit */.YR)(source.doc, {
        Pair(_key, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.range?.[0] !== offset)
                return undefined;
            key = String(pair.key.value);
            return dist/* visit */.YR.BREAK;
        },
    });
    return key;
}
/** The first alias whose anchor is missing, for an error when the document cannot be read. */
function unresolvedAlias(source) {
    let found = null;
    (0,dist/* visit */.YR)(source.doc, {
        Alias(_key, alias) {
            if (alias.resolve(source.doc) !== undefined)
                return undefined;
            found = { position: positionAt(source, alias.range?.[0] ?? 0), name: alias.source };
            return dist/* visit */.YR.BREAK;
        },
    });
    return found;
}
/** Position of the node at `path`, or of its nearest ancestor present in the file. */
function locate(source, path, anchor) {
    let node = source.doc.contents;
    let keyNode = null;
    for (const segment of path) {
        const step = child(source, node, segment);
        if (!step)
            break;
        [node, keyNode] = [step.value, step.key];
    }
    const target = anchor === 'key' || isEmptyScalar(node) ? (keyNode ?? node) : node;
    return positionAt(source, rangeStart(target));
}
function child(source, node, segment) {
    const parent = (0,dist/* isAlias */.Vj)(node) ? node.resolve(source.doc) : node;
    if ((0,dist/* isMap */.jh)(parent)) {
        const pair = pairsOf(parent).get(String(segment));
        return pair ? { key: pair.key, value: pair.value ?? pair.key } : null;
    }
    if ((0,dist/* isSeq */.oP)(parent) && typeof segment === 'number' && segment < parent.items.length) {
        return { key: null, value: parent.items[segment] };
    }
    return null;
}
const pairIndex = new WeakMap();
/**
 * A mapping's pairs by key text, built once so locating stays linear. Of keys with the same text
 * (`1` and `"1"`, which YAML does not call duplicates) the last wins, as in the parsed data.
 */
function pairsOf(map) {
    let pairs = pairIndex.get(map);
    if (!pairs) {
        pairs = new Map();
        for (const item of map.items) {
            const text = (0,dist/* isPair */.tO)(item) ? keyText(item.key) : undefined;
            if (text !== undefined)
                pairs.set(text, item);
        }
        pairIndex.set(map, pairs);
    }
    return pairs;
}
function keyText(key) {
    return (0,dist/* isScalar */.jn)(key) ? String(key.value) : undefined;
}
function isEmptyScalar(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value === null && node.source === '';
}
function rangeStart(node) {
    return node?.range?.[0] ?? 0;
}
function positionAt(source, offset) {
    const { line, col } = source.lines.linePos(offset);
    return { line, column: col };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/zod-issues.js
// zod's validation issues rewritten as policy issues: the bad value, what was expected, a fix.



// Every number in a policy is a whole number (zod says `number` when the input is no number).
const EXPECTED = {
    int: 'a whole number',
    number: 'a whole number',
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
};
/** Every zod issue as path issues; `data` is the parsed YAML, to tell missing keys apart. */
function fromZodIssues(issues, data) {
    return issues.flatMap((issue) => fromZodIssue(issue, issue.path, data));
}
function fromZodIssue(issue, path, data) {
    const at = (message) => [{ path, message }];
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => unknownKey([...path, key]));
    }
    if (issue.code === 'invalid_union')
        return unionIssue(issue, path, data);
    if (issue.code === 'invalid_key') {
        return issue.issues.flatMap((inner) => fromZodIssue(inner, path, data));
    }
    if (isMissing(data, path))
        return at(missingMessage(issue, path));
    return at(valueMessage(issue));
}
function valueMessage(issue) {
    const got = `got ${describeValue(issue.input)}`;
    switch (issue.code) {
        case 'invalid_type':
            return `expected ${EXPECTED[issue.expected] ?? issue.expected}, ${got}`;
        case 'invalid_value':
            return invalidValueMessage(issue.values, issue.input);
        case 'too_small':
            return tooSmallMessage(issue, got);
        case 'invalid_format':
            return `${issue.message}, ${got}`;
        default:
            return issue.message;
    }
}
function invalidValueMessage(values, input) {
    if (values.length === 1)
        return `expected ${String(values[0])}, got ${describeValue(input)}`;
    const options = values.map(String);
    const hint = typeof input === 'string' ? (0,did_you_mean/* didYouMean */.au)(input, options) : '';
    return `expected one of ${options.join(', ')}, got ${describeValue(input)}${hint}`;
}
function tooSmallMessage(issue, got) {
    const minimum = Number(issue.minimum);
    if (issue.origin === 'array') {
        return `expected a list of at least ${minimum} ${minimum === 1 ? 'item' : 'items'}, got an empty list`;
    }
    if (issue.origin === 'string')
        return `expected a non-empty string, ${got}`;
    return `expected ${minimum} or more, ${got}`;
}
function missingMessage(issue, path) {
    const key = `\`${String(path.at(-1))}\``;
    if (issue.code === 'invalid_type') {
        return `missing required key ${key}: expected ${EXPECTED[issue.expected] ?? issue.expected}`;
    }
    if (issue.code === 'invalid_value' && issue.values.length === 1) {
        return `missing required key ${key}: expected ${String(issue.values[0])}`;
    }
    return `missing required key ${key}`;
}
function unknownKey(path) {
    const key = String(path.at(-1));
    const valid = validKeysAt(path.slice(0, -1));
    const hint = (0,did_you_mean/* closest */.kp)(key, valid) !== undefined || valid.length === 0
        ? (0,did_you_mean/* didYouMean */.au)(key, valid)
        : `; expected one of: ${valid.join(', ')}`;
    return { path, anchor: 'key', message: `unknown key \`${key}\`${hint}` };
}
/** A union fails as a whole; when one branch fit the value's type, its own issues say more. */
function unionIssue(issue, path, data) {
    const fitting = issue.errors.find((branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'));
    if (fitting) {
        return fitting.flatMap((inner) => fromZodIssue(inner, [...path, ...inner.path], data));
    }
    const expected = issue.errors.flatMap((branch) => branch.flatMap((inner) => (inner.code === 'invalid_type' ? [EXPECTED[inner.expected]] : [])));
    const message = `expected ${expected.join(' or ')}, got ${describeValue(issue.input)}`;
    return [{ path, message }];
}
/** How a bad value is quoted in a message. */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    if (value instanceof Uint8Array)
        return 'binary data';
    if (value instanceof Date)
        return 'a date';
    if (value instanceof Set)
        return 'a set';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string') {
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    }
    return String(value);
}
function isMissing(data, path) {
    if (path.length === 0)
        return false;
    let parent = data;
    for (const segment of path.slice(0, -1)) {
        if (typeof parent !== 'object' || parent === null)
            return false;
        parent = parent[segment];
    }
    const key = path.at(-1);
    return typeof parent === 'object' && parent !== null && !Object.hasOwn(parent, key);
}
/** The keys the schema allows in the mapping at `path`. */
function validKeysAt(path) {
    let schema = policy_schema/* policySchema */.wh;
    for (const segment of path)
        schema = schema && childSchema(unwrap(schema), segment);
    const target = schema && unwrap(schema);
    return target instanceof schemas/* ZodObject */.bvH ? Object.keys(target.shape) : [];
}
function unwrap(schema) {
    let inner = schema;
    while (inner instanceof schemas/* ZodDefault */.XiL || inner instanceof schemas/* ZodOptional */.IiU) {
        inner = inner.unwrap();
    }
    return inner;
}
function childSchema(schema, segment) {
    if (schema instanceof schemas/* ZodObject */.bvH)
        return schema.shape[segment];
    if (schema instanceof schemas/* ZodRecord */.b8S)
        return schema.valueType;
    return schema instanceof schemas/* ZodArray */.naA ? schema.element : undefined;
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/load.js
// Policy text to a validated Policy, or every problem in it at once, each with its position.







const EXPECTED_ROOT = 'expected a mapping with `version: 1` and `environments`';
/**
 * Parses and validates a policy, collecting every problem. YAML syntax errors are reported
 * alone: after one, the structure the parser guessed would only produce misleading issues.
 */
function parsePolicy(text, file) {
    const source = readYaml(text);
    const syntax = yamlProblems(source);
    if (syntax.length > 0) {
        return failed(syntax.map(({ position, message }) => ({ file, ...position, path: '', message })));
    }
    const read = readData(source);
    if ('problem' in read)
        return failed([{ file, ...read.problem, path: '' }]);
    const data = read.data;
    if (!isMapping(data)) {
        const position = locate(source, []);
        const message = data === null || data === undefined
            ? `the policy file is empty; ${EXPECTED_ROOT}`
            : `${EXPECTED_ROOT}, got ${describeValue(data)}`;
        return failed([{ file, ...position, path: '', message }]);
    }
    const result = policy_schema/* policySchema */.wh.safeParse(data, { reportInput: true });
    const pathIssues = [
        ...(result.success ? [] : fromZodIssues(result.error.issues, data)),
        ...semanticIssues(data),
    ];
    const issues = inFileOrder(pathIssues.map((issue) => placed(source, file, issue)));
    return issues.length > 0 || !result.success ? failed(issues) : { policy: result.data, issues };
}
/** Like parsePolicy, but a policy with any issue throws a PolicyError listing them all. */
function loadPolicy(text, file) {
    const { policy, issues } = parsePolicy(text, file);
    if (policy === null)
        throw policy_error/* PolicyError */.p.fromIssues(file, issues);
    return policy;
}
/** The document as plain data, or why it cannot be read (an alias to a missing anchor). */
function readData(source) {
    try {
        return { data: source.doc.toJS() };
    }
    catch (error) {
        const position = unresolvedAlias(source)?.position ?? { line: 1, column: 1 };
        return {
            problem: { ...position, message: `cannot read the YAML: ${error.message}` },
        };
    }
}
function placed(source, file, issue) {
    const position = locate(source, issue.path, issue.anchor);
    return { file, ...position, path: (0,policy_issue/* formatKeyPath */.K)(issue.path), message: issue.message };
}
function inFileOrder(issues) {
    const seen = new Set();
    const unique = issues.filter((issue) => {
        const id = `${issue.line}:${issue.column}:${issue.path}:${issue.message}`;
        return seen.has(id) ? false : (seen.add(id), true);
    });
    return unique.sort((a, b) => a.line - b.line || a.column - b.column);
}
function failed(issues) {
    return { policy: null, issues };
}


/***/ }),

/***/ 7441:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/* harmony import */ var _policy_issue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7376);
// The one exception for a policy that cannot be used; it carries every issue found.

class PolicyError extends Error {
    name = 'PolicyError';
    issues;
    /** `issues` may be empty for a policy that is missing or has no matching environment. */
    constructor(message, issues = []) {
        super(message);
        this.issues = issues;
    }
    /** An error whose message lists every issue as `file:line:col key: message`, one a line. */
    static fromIssues(file, issues) {
        const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
        const lines = [`Invalid policy ${file} (${count}):`, ...issues.map(_policy_issue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatIssue */ .H)];
        return new PolicyError(lines.join('\n'), issues);
    }
}


/***/ }),

/***/ 7376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ formatIssue),
/* harmony export */   K: () => (/* binding */ formatKeyPath)
/* harmony export */ });
// One problem found in a policy file, with where it is and how it is written in messages.
const PLAIN_KEY = /^[^.[\]\s"'`]+$/;
/** `environments.production.trust.levels[1].after`; keys with dots or spaces are quoted. */
function formatKeyPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (PLAIN_KEY.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text;
}
/** `file:line:col key: message`, the shape editors and `::error` annotations understand. */
function formatIssue(issue) {
    const where = `${issue.file}:${issue.line}:${issue.column}`;
    return issue.path === ''
        ? `${where}: ${issue.message}`
        : `${where} ${issue.path}: ${issue.message}`;
}


/***/ }),

/***/ 7345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nq: () => (/* binding */ freezeSchema),
  wh: () => (/* binding */ policySchema)
});

// UNUSED EXPORTS: DAYS, PERMISSIONS, approversSchema, durationPattern, environmentSchema, levelSchema, pathRuleSchema, peopleRuleSchema, trustSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./.tmp/bundle-src/policy/did-you-mean.js
var did_you_mean = __webpack_require__(4167);
// EXTERNAL MODULE: ./.tmp/bundle-src/policy/duration.js
var duration = __webpack_require__(4428);
// EXTERNAL MODULE: ./.tmp/bundle-src/policy/glob-check.js
var glob_check = __webpack_require__(8543);
;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/freeze-times.js
// Times in freeze windows: daily hours, instants and IANA time zones.
/** The shape of freeze `hours`; `hoursProblem` checks the values. */
const HOURS_PATTERN = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/;
const DAY_MINUTES = 24 * 60;
/** `HH:MM-HH:MM` in minutes after midnight; throws a RangeError on anything else. */
function parseHours(text) {
    const hours = readHours(text);
    if (typeof hours === 'string')
        throw new RangeError(hours);
    return hours;
}
/** Why `text` is not a valid freeze `hours` range, or null when it is. */
function hoursProblem(text) {
    const hours = readHours(text);
    return typeof hours === 'string' ? hours : null;
}
function readHours(text) {
    const match = HOURS_PATTERN.exec(text);
    if (!match)
        return `expected hours as HH:MM-HH:MM, like "18:00-08:00", got "${text}"`;
    const [, startHour, startMinute, endHour, endMinute] = match.map(Number);
    const start = minutesOf(startHour, startMinute, false);
    const end = minutesOf(endHour, endMinute, true);
    if (start === null)
        return `"${text}" starts at an impossible time; use 00:00 to 23:59`;
    if (end === null)
        return `"${text}" ends at an impossible time; use 00:00 to 23:59, or 24:00`;
    if (start === end) {
        return `"${text}" starts and ends at the same time; for a whole day write "00:00-24:00"`;
    }
    return { start, end };
}
function minutesOf(hour, minute, isEnd) {
    if (isEnd && hour === 24 && minute === 0)
        return DAY_MINUTES;
    if (hour > 23 || minute > 59)
        return null;
    return hour * 60 + minute;
}
/**
 * An ISO 8601 instant (already validated by the schema: explicit `Z` or `±HH:MM`) in epoch
 * milliseconds; throws a RangeError when it cannot be read.
 */
function parseInstant(text) {
    const ms = Date.parse(text);
    if (Number.isNaN(ms))
        throw new RangeError(`invalid time "${text}"`);
    return ms;
}
/**
 * Whether `name` is an IANA time zone this runtime knows. Offsets like `+01:00` are refused
 * even where the runtime accepts them (Node 24 does, Node 20 does not), so a policy means the
 * same thing everywhere.
 */
function isTimeZone(name) {
    if (/^[+-]/.test(name))
        return false;
    try {
        new Intl.DateTimeFormat(undefined, { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
/** Every IANA time zone name this runtime lists (for suggestions). */
function knownTimeZones() {
    return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}

;// CONCATENATED MODULE: ./.tmp/bundle-src/policy/schema.js
// The policy file's one source of truth: types, defaults, structural validation and JSON Schema.





const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Adds a check to a string schema; `problem` returns the message, or null when all is well. */
function checked(schema, problem) {
    return schema.superRefine((value, context) => {
        const message = problem(value);
        if (message !== null)
            context.addIssue({ code: 'custom', message, input: value });
    });
}
const permission = schemas/* enum */.k5n(PERMISSIONS)
    .describe('Minimum repository role: read, triage, write, maintain or admin');
const count = schemas/* int */.Whr().min(0);
const login = schemas/* string */.YjP().min(1).describe('GitHub login as REST spells it (bots end in [bot])');
const teamSlug = schemas/* string */.YjP()
    .regex(/^[^/\s]+\/[^/\s]+$/, 'expected a team as "org/team-slug"')
    .describe('Team as org/team-slug');
const glob = checked(schemas/* string */.YjP().min(1), glob_check/* globProblem */.A).describe('minimatch glob');
const schema_duration = schemas/* string */.YjP()
    .regex(duration/* durationPattern */.Z, 'expected a duration like 90d, 12w or 36h')
    .describe('Nd, Nw or Nh');
const instant = iso/* datetime */.w$({
    offset: true,
    error: 'expected an ISO 8601 time with seconds and an explicit offset, like "2026-12-20T00:00:00Z" or "2026-12-20T00:00:00+01:00"',
});
const timeZone = checked(schemas/* string */.YjP(), (name) => isTimeZone(name)
    ? null
    : `unknown time zone "${name}"; expected an IANA name like "Europe/Amsterdam" or "UTC"${(0,did_you_mean/* didYouMean */.au)(name, knownTimeZones())}`);
const hours = checked(schemas/* string */.YjP().regex(HOURS_PATTERN, 'expected hours as HH:MM-HH:MM, like "18:00-08:00"'), (range) => (HOURS_PATTERN.test(range) ? hoursProblem(range) : null));
const peopleShape = {
    permission: permission.default('write'),
    users: schemas/* array */.YOg(login).default([]).describe('People who qualify whatever their role'),
    teams: schemas/* array */.YOg(teamSlug)
        .default([])
        .describe('org/team slugs; members qualify when they also hold `permission`'),
    level: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Trust level name of this environment; people who reached it qualify when they also hold `permission`'),
};
const peopleRuleSchema = schemas/* strictObject */.rej(peopleShape)
    .describe('People rule: without users, teams or level, holding `permission` is enough; otherwise being in `users`, or holding `permission` and being in `teams` or at `level` or higher');
const approversSchema = schemas/* strictObject */.rej({
    ...peopleShape,
    stale: schemas/* enum */.k5n(['ignore', 'count'])
        .default('ignore')
        .describe('ignore: an approval counts only on the final head commit; count: any approval'),
})
    .describe('Whose approvals count (a people rule plus `stale`)');
const levelSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).describe('Level name, unique in this ladder'),
    after: count.describe('Clean-deploy score needed to reach this level; the first level has 0'),
    approvals: count.describe('Approvals each change needs at this level; never more than below'),
});
const trustSchema = schemas/* strictObject */.rej({
    scope: schemas/* enum */.k5n(['person', 'team'])
        .default('person')
        .describe('person: each deployer earns their own trust; team: one shared record'),
    window: schema_duration.default('90d').describe('History considered: Nd, Nw or Nh'),
    'on-failure': schemas/* enum */.k5n(['demote', 'reset'])
        .default('demote')
        .describe('demote: drop one level; reset: back to the first level'),
    levels: schemas/* array */.YOg(levelSchema)
        .min(1)
        .describe('The trust ladder, lowest first; `after` increasing, `approvals` not increasing'),
})
    .describe('Trust ladder; omit to always require `approvals`');
const pathRuleSchema = schemas/* strictObject */.rej({
    match: schemas/* union */.KCZ([glob, schemas/* array */.YOg(glob).min(1)])
        .describe('Glob or globs over changed file paths (dotfiles included)'),
    approvals: count.describe('Approvals a change touching these paths needs, whatever the trust'),
})
    .describe('Sensitive paths keep their own floor');
const freezeSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).describe('Shown in the deny reason'),
    from: instant.optional().describe('Start, inclusive: ISO 8601 with Z or ±HH:MM'),
    until: instant.optional().describe('End, exclusive: ISO 8601 with Z or ±HH:MM'),
    days: schemas/* array */.YOg(schemas/* enum */.k5n(DAYS)).min(1).optional().describe('Weekly window: the days it applies to'),
    hours: hours
        .optional()
        .describe('HH:MM-HH:MM, start inclusive, end exclusive (24:00 allowed); default all day'),
    timezone: timeZone.default('UTC').describe('IANA time zone of `days` and `hours`'),
    approvals: count
        .optional()
        .describe('Inside the window require this many approvals instead of denying'),
})
    .describe('Either `from` and `until`, or `days` with optional `hours` and `timezone`');
const environmentSchema = schemas/* strictObject */.rej({
    deployers: peopleRuleSchema
        .default({ permission: 'write', users: [], teams: [] })
        .describe('Who may start a deploy at all'),
    approvers: approversSchema.default({
        permission: 'write',
        users: [],
        teams: [],
        stale: 'ignore',
    }),
    approvals: count.default(1).describe('Approvals each change needs when no trust is earned'),
    minimum: count.default(0).describe('Floor that trust never relaxes below'),
    trust: trustSchema.optional(),
    paths: schemas/* array */.YOg(pathRuleSchema).default([]).describe('Sensitive paths and their floors'),
    branches: schemas/* array */.YOg(glob)
        .optional()
        .describe('Refs that may be deployed, without refs/heads/ or refs/tags/ (default: any)'),
    freeze: schemas/* array */.YOg(freezeSchema).default([]).describe('Freeze windows'),
    requests: schemas/* boolean */.zMY()
        .default(false)
        .describe('true: a gate that denies only for missing approvals opens a deploy request issue, where `/approve` comments count as approvals'),
    'break-glass': peopleRuleSchema
        .optional()
        .describe('Who may override a deny with a reason (absent: nobody)'),
})
    .describe('Policy of the environments this key names');
const policySchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1).describe('Policy file format version; always 1'),
    environments: schemas/* record */.g1P(schemas/* string */.YjP().min(1).describe('Environment name or glob'), environmentSchema)
        .describe('Environment name (or glob) to its policy; names match case-insensitively'),
});


/***/ }),

/***/ 6008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   GA: () => (/* binding */ cellCode),
/* harmony export */   HY: () => (/* binding */ escapeWithCode),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9068);
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

/***/ 9068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 1714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
// What publishing needs of the runner beyond @actions/core: a summary that is skipped outside
// Actions, and log lines that text a user wrote can never turn into a workflow command.

/** Appends markdown to the job summary; without GITHUB_STEP_SUMMARY (outside Actions) it is skipped. */
async function appendSummary(markdown) {
    if (!process.env['GITHUB_STEP_SUMMARY'])
        return;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
}
/**
 * One log line. Line breaks become spaces, so a reason or title holding `\n::set-output …` or
 * `\n::error::…` cannot start a line of its own; `##[` (the runner's older command form, parsed
 * anywhere on a line) is broken up.
 */
function logLine(text) {
    const flat = text.replace(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/g, ' ').replace(/##\[/g, '# #[');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(flat);
}
/** Outputs go to GITHUB_OUTPUT only: never as the deprecated `::set-output` command on stdout. */
function setOutput(name, value) {
    if (!process.env['GITHUB_OUTPUT'])
        throw new Error('GITHUB_OUTPUT is not set: run this action inside GitHub Actions.');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
}


/***/ })

};
