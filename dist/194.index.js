export const id = 194;
export const ids = [194];
export const modules = {

/***/ 5194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateWorkspacePolicy: () => (/* binding */ validateWorkspacePolicy)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.tmp/bundle-src/policy/load.js + 6 modules
var load = __webpack_require__(7027);
// EXTERNAL MODULE: ./.tmp/bundle-src/inputs.js + 6 modules
var bundle_src_inputs = __webpack_require__(2235);
// EXTERNAL MODULE: ./.tmp/bundle-src/report/escape.js
var report_escape = __webpack_require__(6008);
;// CONCATENATED MODULE: ./.tmp/bundle-src/report/validation.js

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

// EXTERNAL MODULE: ./.tmp/bundle-src/report/runner.js
var runner = __webpack_require__(1714);
;// CONCATENATED MODULE: ./.tmp/bundle-src/report/publish-validation.js
// validate mode: lints the policy file in the workspace, each problem an annotation on its line.







function realPath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return null;
    }
}
/**
 * The policy file's text, read only from inside the workspace: its real path (symbolic links
 * resolved) must lie under the workspace's, so a link or `..` cannot make validate read, and
 * echo in its annotations, a file of the runner's.
 */
function readWorkspaceFile(inputs) {
    const path = (0,external_node_path_.resolve)(inputs.workspace, inputs.policyPath);
    const real = realPath(path);
    if (real === null)
        throw new bundle_src_inputs/* InputError */.dz(`Policy file ${inputs.policyPath} is not in the workspace (${path}). Check the repository out first (actions/checkout) or set the \`policy\` input.`);
    const root = realPath(inputs.workspace) ?? (0,external_node_path_.resolve)(inputs.workspace);
    if (!real.startsWith(root + external_node_path_.sep))
        throw new bundle_src_inputs/* InputError */.dz(`Policy file ${inputs.policyPath} leads outside the workspace (through a symbolic link or ".."); validate reads only files inside the workspace, so it was not read. Point the \`policy\` input at the policy file itself.`);
    if (!(0,external_node_fs_.statSync)(real).isFile())
        throw new bundle_src_inputs/* InputError */.dz(`Policy file ${inputs.policyPath} is not a regular file.`);
    return (0,external_node_fs_.readFileSync)(real, 'utf8');
}
/** `::error file=…,line=…,col=…::` exactly as SPEC §5a writes it (no `title`, which would come first). */
function annotate(issue) {
    const message = issue.path ? `${issue.path}: ${issue.message}` : issue.message;
    core/* error */.z3(message, { file: issue.file, startLine: issue.line, startColumn: issue.column });
}
async function validateWorkspacePolicy(inputs) {
    const text = readWorkspaceFile(inputs);
    const { policy, issues } = (0,load/* parsePolicy */.O)(text, inputs.policyPath);
    issues.forEach(annotate);
    const environments = policy ? Object.keys(policy.environments) : [];
    (0,runner/* setOutput */.uH)('json', JSON.stringify({ valid: issues.length === 0, file: inputs.policyPath, environments, issues }));
    await (0,runner/* appendSummary */.fe)(renderValidation(inputs.policyPath, environments, issues));
    if (issues.length > 0) {
        core/* setFailed */.C1(`${issues.length} problem${issues.length === 1 ? '' : 's'} in ${inputs.policyPath}.`);
    }
    else {
        (0,runner/* logLine */.BP)(`${inputs.policyPath} is valid.`);
    }
}


/***/ })

};
