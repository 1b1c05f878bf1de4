export const id = 78;
export const ids = [78];
export const modules = {

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
var load = __webpack_require__(9519);
// EXTERNAL MODULE: ./src/inputs.ts + 24 modules
var src_inputs = __webpack_require__(5603);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
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
