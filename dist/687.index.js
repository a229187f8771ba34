export const id = 687;
export const ids = [687];
export const modules = {

/***/ 38687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportRun: () => (/* binding */ reportRun)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/scenario-rows.ts
var scenario_rows = __webpack_require__(48863);
;// CONCATENATED MODULE: ./src/core/report/markdown-text.ts
/**
 * Turning user text (scenario names, file paths, model output, reasons) into
 * Markdown that can neither break a table nor inject HTML, links or mentions.
 * Everything a report shows that did not come from salvo itself goes through
 * `escapeMarkdown`.
 */
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Characters CommonMark lets us neutralise with a backslash (`|` matters most: it splits table cells). */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-!|~]/g;
/** Line and paragraph separators, and control characters that would end or corrupt a table row. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/**
 * One line of inert Markdown: newlines become spaces, HTML special characters
 * become entities, Markdown punctuation is backslash-escaped, and `@` gets a
 * word joiner so model output cannot mention (and notify) GitHub users.
 * `maxLength` caps the visible length (an ellipsis marks the cut).
 */
function escapeMarkdown(text, maxLength = 300) {
    const oneLine = truncateText(text.replace(LINE_BREAKS, ' ').replace(CONTROL_CHARACTERS, ''), maxLength);
    return oneLine
        .replace(/[&<>"]/g, (character) => HTML_ENTITIES[character] ?? character)
        .replace(MARKDOWN_PUNCTUATION, (character) => `\\${character}`)
        .replace(/@/g, '@\u2060');
}
/** Cuts at `maxLength` code points, marking the cut with an ellipsis. */
function truncateText(text, maxLength) {
    const codePoints = Array.from(text);
    if (codePoints.length <= maxLength)
        return text;
    return `${codePoints.slice(0, Math.max(0, maxLength - 1)).join('')}…`;
}
/** UTF-8 size, which is what GitHub's 1 MiB job-summary limit counts. */
function utf8ByteLength(text) {
    let bytes = 0;
    for (const character of text) {
        const codePoint = character.codePointAt(0) ?? 0;
        bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
    return bytes;
}
/** Only http(s) URLs are linked; anything else (javascript:, data:) is shown as inert text. */
function markdownLink(label, url) {
    const safeLabel = escapeMarkdown(label);
    if (!url || !/^https?:\/\/[^\s<>"]+$/.test(url))
        return safeLabel;
    return `[${safeLabel}](${url.replace(/[()]/g, (character) => encodeURIComponent(character))})`;
}
function formatInteger(value) {
    return Math.round(value)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function formatCost(costUsd) {
    if (costUsd === null)
        return 'unknown';
    if (costUsd === 0)
        return '$0';
    return costUsd < 0.01 ? `$${costUsd.toFixed(4)}` : `$${costUsd.toFixed(2)}`;
}
function formatSeconds(seconds) {
    return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${formatInteger(count)} ${count === 1 ? singular : pluralForm}`;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/report/run-overview.ts



/**
 * The wording shared by the job summary and the PR comment: the headline,
 * status labels and the reasons a scenario did not pass.
 */
const SKIP_REASON_TEXT = {
    no_key_no_recording: 'no API key and no recording, so it could not run live or replay',
    budget: 'not started: the max-cost-usd budget was reached',
    cancelled: 'not started or stopped: the run was cancelled',
    invalid: 'the scenario file is invalid',
};
function describeSkipReason(reason) {
    return reason ? SKIP_REASON_TEXT[reason] : 'skipped';
}
function statusLabel(scenario) {
    switch (scenario.status) {
        case 'passed':
            return `✅ ${scenario.verdict}`;
        case 'failed':
            return `❌ ${scenario.verdict}`;
        case 'errored':
            return `💥 errored`;
        case 'skipped':
            return `⏭️ skipped (${scenario.skip_reason ?? 'skipped'})`;
    }
}
/** Scenarios that actually called a model (live or replayed), as opposed to skipped ones. */
function ranCount(results) {
    return (0,scenario_rows/* countRows */.BO)(results.scenarios, (scenario) => scenario.status !== 'skipped');
}
/**
 * The first line of every report. It must say plainly when nothing ran, so a
 * green-looking step with zero executed scenarios is never mistaken for success.
 */
function renderHeadline(results) {
    const { totals } = results;
    const interrupted = results.interrupted ? ' The run was interrupted; finished scenarios are reported.' : '';
    if (totals.total === 0)
        return `⚠️ **Nothing actually ran: no scenarios were found.**${interrupted}`;
    const ran = ranCount(results);
    if (ran === 0) {
        return `⚠️ **Nothing actually ran: all ${plural(totals.total, 'scenario')} were skipped** (${skipBreakdown(results)}).${interrupted}`;
    }
    const replayed = (0,scenario_rows/* countRows */.BO)(results.scenarios, (scenario) => scenario.status !== 'skipped' && scenario.mode === 'replay');
    const replayNote = replayed > 0 ? `, ${formatInteger(replayed)} replayed from recordings` : '';
    const counts = countsSentence(results);
    const icon = totals.failed > 0 || totals.errored > 0 ? '❌' : totals.skipped > 0 ? '⚠️' : '✅';
    return `${icon} **salvo: ${counts}** (${formatInteger(ran)} of ${plural(totals.total, 'scenario')} ran${replayNote}).${interrupted}`;
}
function countsSentence(results) {
    const { totals } = results;
    const parts = [`${formatInteger(totals.passed)} passed`];
    if (totals.failed > 0)
        parts.push(`${formatInteger(totals.failed)} failed`);
    if (totals.errored > 0)
        parts.push(`${formatInteger(totals.errored)} errored`);
    if (totals.skipped > 0)
        parts.push(`${formatInteger(totals.skipped)} skipped`);
    return parts.join(', ');
}
function skipBreakdown(results) {
    const counts = new Map();
    for (const scenario of results.scenarios) {
        const reason = scenario.skip_reason ?? 'skipped';
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    return [...counts].map(([reason, count]) => `${formatInteger(count)} ${reason}`).join(', ');
}
/**
 * Why a scenario did not pass, as escaped Markdown: its summary, then the
 * failed assertions' reasons (de-duplicated across trials), or the error.
 */
function failureReasons(scenario, maxReasons = 5) {
    const reasons = [];
    if (scenario.status === 'skipped')
        reasons.push(describeSkipReason(scenario.skip_reason));
    if (scenario.summary)
        reasons.push(scenario.summary);
    const error = scenario.error ?? scenario.trials.find((trial) => trial.error)?.error;
    if (error)
        reasons.push(`${(0,errors/* describeError */.Uc)(error)}${error.hint ? ` (hint: ${error.hint})` : ''}`);
    for (const trial of scenario.trials) {
        for (const assertion of trial.assertions) {
            if (!assertion.passed)
                reasons.push(`${assertion.label}: ${assertion.reason}`);
        }
    }
    const unique = [...new Set(reasons)];
    const shown = unique.slice(0, maxReasons).map((reason) => escapeMarkdown(reason, 500));
    if (unique.length > maxReasons)
        shown.push(`… and ${formatInteger(unique.length - maxReasons)} more`);
    return shown;
}

;// CONCATENATED MODULE: ./src/core/report/job-summary.ts



/** GitHub drops (not truncates) a step summary over 1 MiB; stay well below it. */
const JOB_SUMMARY_BYTE_BUDGET = 900 * 1024;
const TABLE_HEADER = [
    '| Scenario | Provider / model | Mode | Status | Turns | Tool calls | Tokens in / out | Cost | Latency |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
];
/**
 * The job summary: a headline, one table row per scenario with a totals row,
 * the reasons of every scenario that did not pass, and a link to the artifact.
 * Pure; whatever the number of scenarios the result stays under `maxBytes`,
 * cutting rows and reasons with a note that says so.
 */
function renderJobSummary(results, options = {}) {
    const budget = options.maxBytes ?? JOB_SUMMARY_BYTE_BUDGET;
    const head = [renderHeadline(results), '', ...(options.notes ?? []).flatMap((note) => [note, '']), '## salvo results', ''];
    const links = renderLinks(results, options);
    const totalsRow = renderTotalsRow(results);
    // Reserve room for the fixed parts and the longest truncation notes before filling rows.
    const reserved = utf8ByteLength([...head, ...TABLE_HEADER, totalsRow, ...links].join('\n')) + 1024;
    const anyNotPassing = (0,scenario_rows/* someRow */.LC)(results.scenarios, (scenario) => scenario.status !== 'passed');
    const rowBudget = Math.floor((budget - reserved) * (anyNotPassing ? 0.6 : 1));
    const rows = takeWithinBudget(rendered(results.scenarios, renderScenarioRow), rowBudget);
    const rowsNote = rows.lines.length < results.scenarios.length
        ? [`> ⚠️ The table shows ${formatInteger(rows.lines.length)} of ${plural(results.scenarios.length, 'scenario')} to stay under GitHub's 1 MiB job-summary limit; every scenario is in the results file and the artifact.`, '']
        : [];
    const reasonBudget = budget - reserved - rows.bytes;
    const reasons = anyNotPassing ? renderReasonSections(results.scenarios, reasonBudget) : [];
    return [...head, ...TABLE_HEADER, ...rows.lines, totalsRow, '', ...rowsNote, ...reasons, ...links].join('\n') + '\n';
}
function renderScenarioRow(scenario) {
    const ran = scenario.status !== 'skipped';
    const cells = [
        `**${escapeMarkdown(scenario.name, 120)}**<br><sub>${escapeMarkdown(scenario.file, 200)}</sub>`,
        `${escapeMarkdown(scenario.provider, 40)} / ${escapeMarkdown(scenario.model, 80)}`,
        scenario.mode ?? '—',
        statusLabel(scenario),
        ran ? `${formatInteger(scenario.turns)}${scenario.max_turns_hit ? ' (max turns hit)' : ''}` : '—',
        ran ? formatInteger(scenario.tool_calls) : '—',
        ran ? `${formatInteger(scenario.input_tokens)} / ${formatInteger(scenario.output_tokens)}` : '—',
        ran ? formatCost(scenario.cost_usd) : '—',
        ran ? formatSeconds(scenario.latency_seconds) : '—',
    ];
    return `| ${cells.join(' | ')} |`;
}
function renderTotalsRow(results) {
    const { totals } = results;
    let turns = 0;
    let toolCalls = 0;
    for (const scenario of results.scenarios) {
        turns += scenario.turns;
        toolCalls += scenario.tool_calls;
    }
    const cost = `${totals.cost_incomplete ? '≥ ' : ''}${formatCost(totals.cost_usd)}`;
    const statuses = [
        `${formatInteger(totals.passed)} passed`,
        `${formatInteger(totals.failed)} failed`,
        `${formatInteger(totals.errored)} errored`,
        `${formatInteger(totals.skipped)} skipped`,
    ].join(', ');
    const cells = [
        `**Total: ${plural(totals.total, 'scenario')}**`,
        '',
        '',
        statuses,
        formatInteger(turns),
        formatInteger(toolCalls),
        `${formatInteger(totals.input_tokens)} / ${formatInteger(totals.output_tokens)}`,
        cost,
        formatSeconds(totals.latency_seconds),
    ];
    return `| ${cells.join(' | ')} |`;
}
/** Failures and errors first, then skipped scenarios; each pass renders entries only while they fit. */
function renderReasonSections(scenarios, budget) {
    const isFailure = (scenario) => scenario.status !== 'passed' && scenario.status !== 'skipped';
    const isSkipped = (scenario) => scenario.status === 'skipped';
    const failures = takeWithinBudget(rendered((0,scenario_rows/* filterRows */.Ee)(scenarios, isFailure), renderReasonEntry), budget);
    const skipped = takeWithinBudget(rendered((0,scenario_rows/* filterRows */.Ee)(scenarios, isSkipped), renderReasonEntry), budget - failures.bytes, failures.cut);
    const lines = [];
    if (failures.lines.length > 0)
        lines.push('### Failures and errors', '', ...failures.lines, '');
    if (skipped.lines.length > 0)
        lines.push('### Skipped', '', ...skipped.lines, '');
    const left = (0,scenario_rows/* countRows */.BO)(scenarios, (scenario) => scenario.status !== 'passed') - failures.lines.length - skipped.lines.length;
    if (left > 0) {
        lines.push(`> ⚠️ ${formatInteger(left)} more scenarios that did not pass are left out to stay under the size limit; see the results file and the artifact.`, '');
    }
    return lines;
}
function renderReasonEntry(scenario) {
    const title = `- **${escapeMarkdown(scenario.name, 120)}** (${escapeMarkdown(scenario.file, 200)}): ${statusLabel(scenario)}`;
    const reasons = failureReasons(scenario);
    return [title, ...reasons.map((reason) => `  - ${reason}`)].join('\n');
}
function renderLinks(results, options) {
    const lines = [];
    if (options.artifact?.url) {
        lines.push(`📦 Traces and results: ${markdownLink(options.artifact.name, options.artifact.url)}`);
    }
    else if (options.artifact) {
        lines.push(`📦 Traces and results were uploaded as the artifact ${escapeMarkdown(options.artifact.name)}.`);
    }
    else {
        lines.push('📦 No artifact was uploaded for this run.');
    }
    if (options.resultsFile)
        lines.push('', `Results file on the runner: ${escapeMarkdown(options.resultsFile)}`);
    lines.push('', `<sub>salvo ${escapeMarkdown(results.salvo_version, 40)} · run ${escapeMarkdown(results.run_id, 80)}</sub>`);
    return lines;
}
/** Each row's entry, rendered as the pass reaches it. */
function* rendered(rows, render) {
    for (const row of rows)
        yield render(row);
}
/**
 * Keeps whole entries, in order, while their joined size (with newlines) fits
 * the budget; stops at the first that does not (`cut`), or takes none when an
 * earlier section was cut already, so the kept entries never skip one.
 */
function takeWithinBudget(entries, budget, cutBefore = false) {
    const lines = [];
    let bytes = 0;
    for (const entry of entries) {
        const size = utf8ByteLength(entry) + 1;
        if (cutBefore || bytes + size > budget)
            return { lines, bytes, cut: true };
        lines.push(entry);
        bytes += size;
    }
    return { lines, bytes, cut: cutBefore };
}

// EXTERNAL MODULE: ./src/core/report/comment-marker.ts
var comment_marker = __webpack_require__(68638);
;// CONCATENATED MODULE: ./src/core/report/pr-comment.ts





/** GitHub rejects comment bodies over 65,536 characters; keep a margin for the marker and notes. */
const PR_COMMENT_CHARACTER_BUDGET = 60_000;
/**
 * The compact PR comment: the headline, one short row per scenario that did
 * not pass (with its first reason), a count of those that did, and links to
 * the run and the artifact. Latency is left out on purpose: it changes on
 * every run, and the comment is only rewritten when what it says changes.
 */
function renderPrComment(results, options) {
    const budget = options.maxCharacters ?? PR_COMMENT_CHARACTER_BUDGET;
    const head = [renderHeadline(results), '', renderTotalsLine(results), ''];
    const links = pr_comment_renderLinks(options);
    const notPassing = (0,scenario_rows/* countRows */.BO)(results.scenarios, (scenario) => scenario.status !== 'passed');
    const reserved = [...head, ...links].join('\n').length + 600;
    const rows = [];
    let used = 0;
    for (const scenario of notPassing > 0 ? results.scenarios : []) {
        if (scenario.status === 'passed')
            continue;
        const row = renderRow(scenario);
        if (used + row.length + 1 > budget - reserved)
            break;
        rows.push(row);
        used += row.length + 1;
    }
    const table = rows.length > 0
        ? ['| Scenario | Mode | Status | Why |', '| --- | --- | --- | --- |', ...rows, '']
        : results.scenarios.length > 0 && notPassing === 0
            ? [`All ${plural(results.scenarios.length, 'scenario')} passed.`, '']
            : [];
    const cut = rows.length < notPassing
        ? [`> ⚠️ ${formatInteger(notPassing - rows.length)} more scenarios that did not pass are left out to keep this comment short; see the job summary.`, '']
        : [];
    return (0,comment_marker/* withCommentMarker */._I)([...head, ...table, ...cut, ...links].join('\n') + '\n', options.marker);
}
function renderTotalsLine(results) {
    const { totals } = results;
    const cost = `${totals.cost_incomplete ? '≥ ' : ''}${formatCost(totals.cost_usd)}`;
    return `Tokens in / out: ${formatInteger(totals.input_tokens)} / ${formatInteger(totals.output_tokens)} · cost ${cost}`;
}
function renderRow(scenario) {
    const why = failureReasons(scenario, 1)[0] ?? '';
    const name = `**${escapeMarkdown(scenario.name, 80)}**<br><sub>${escapeMarkdown(scenario.file, 120)}</sub>`;
    return `| ${name} | ${scenario.mode ?? '—'} | ${statusLabel(scenario)} | ${why} |`;
}
function pr_comment_renderLinks(options) {
    const parts = [];
    if (options.runUrl)
        parts.push(markdownLink('Job summary', options.runUrl));
    if (options.artifactUrl)
        parts.push(markdownLink('traces and results (artifact)', options.artifactUrl));
    return parts.length > 0 ? [parts.join(' · ')] : [];
}

// EXTERNAL MODULE: ./src/action/action-names.ts
var action_names = __webpack_require__(71027);
;// CONCATENATED MODULE: ./src/action/annotations.ts


/** GitHub shows at most 10 error and 10 warning annotations per step and silently drops the rest. */
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * Error annotations for invalid scenario files and for scenarios that failed
 * or errored, pointing at the file and line; one notice naming the scenarios
 * that could not run live. Past the per-step limit the rest are folded into a
 * single annotation, and `folded` says how many so the summary can say it too.
 */
function planAnnotations(results, invalidFiles, directories) {
    // Annotations need repository-relative paths; scenario paths are relative to working-directory.
    const path = (file) => (0,external_node_path_.relative)(directories.workspace, (0,external_node_path_.resolve)(directories.workingDirectory, file)).split('\\').join('/') || file;
    const failing = (scenario) => scenario.status === 'failed' || scenario.status === 'errored';
    // Only as many as GitHub shows are kept; the rest are counted.
    const shownInvalid = invalidFiles.slice(0, ANNOTATIONS_PER_LEVEL);
    const shown = (0,scenario_rows/* takeRows */.LY)(results.scenarios, failing, ANNOTATIONS_PER_LEVEL - shownInvalid.length);
    const errorCount = invalidFiles.length + (0,scenario_rows/* countRows */.BO)(results.scenarios, failing);
    const errors = [
        ...shownInvalid.map((problem) => ({
            level: 'error',
            title: 'salvo: invalid scenario file',
            message: problem.message,
            file: path(problem.file),
            startLine: Math.max(problem.line, 1),
            ...(problem.column > 0 ? { startColumn: problem.column } : {}),
        })),
        ...shown.map((scenario) => scenarioAnnotation(scenario, path)),
    ];
    const annotations = errors.slice(0, errorCount > ANNOTATIONS_PER_LEVEL ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL);
    const folded = errorCount - annotations.length;
    if (folded > 0) {
        annotations.push({ level: 'error', title: `salvo: ${folded} more problems`, message: `${folded} more failed, errored or invalid scenarios are listed in the job summary and the results file.` });
    }
    const couldNotRunLive = (scenario) => scenario.skip_reason === 'no_key_no_recording';
    const notLive = (0,scenario_rows/* countRows */.BO)(results.scenarios, couldNotRunLive);
    if (notLive > 0) {
        const names = (0,scenario_rows/* takeRows */.LY)(results.scenarios, couldNotRunLive, 20).map((scenario) => scenario.file);
        const more = notLive > names.length ? ` and ${notLive - names.length} more` : '';
        annotations.push({
            level: 'notice',
            title: 'salvo: scenarios that could not run live',
            message: `${notLive} scenarios were skipped: no API key was given for their provider (fork PRs and Dependabot get no secrets) and they have no recording: ${names.join(', ')}${more}.`,
        });
    }
    return { annotations, folded };
}
function scenarioAnnotation(scenario, path) {
    const failedAssertion = scenario.trials.flatMap((trial) => trial.assertions).find((assertion) => !assertion.passed && assertion.line);
    const reason = scenario.summary || scenario.error?.message || failedAssertion?.reason || scenario.verdict;
    return {
        level: 'error',
        title: `salvo: ${scenario.name} ${scenario.status === 'errored' ? 'errored' : `failed (${scenario.verdict})`}`,
        message: failedAssertion ? `${reason}\n${failedAssertion.label}: ${failedAssertion.reason}` : reason,
        file: path(scenario.file),
        startLine: failedAssertion?.line ?? 1,
    };
}

// EXTERNAL MODULE: ./src/action/read-action-settings.ts
var read_action_settings = __webpack_require__(82345);
;// CONCATENATED MODULE: ./src/action/stage-artifact.ts



/** Characters artifact file paths may not contain (gha-notes §4.1), plus backslash. */
const UNSAFE_PATH_CHARACTERS = /[":<>|*?\r\n\\]/g;
function safeArtifactPath(path) {
    return path
        .split('/')
        .map((segment) => segment.replace(UNSAFE_PATH_CHARACTERS, '_'))
        .join('/');
}
/**
 * Lays out what the artifact holds in one directory: the results JSON, the
 * run metadata, and every file of the run store's directory (the redacted
 * traces) under safe names. Returns the absolute paths to upload.
 */
async function stageArtifactFiles(options) {
    const { stagingDirectory } = options;
    await (0,promises_.mkdir)(stagingDirectory, { recursive: true });
    const staged = [];
    if (options.runDirectory) {
        for (const file of await listFiles(options.runDirectory)) {
            const target = (0,external_node_path_.join)(stagingDirectory, 'run', safeArtifactPath((0,external_node_path_.relative)(options.runDirectory, file).split('\\').join('/')));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,promises_.copyFile)(file, target);
            staged.push(target);
        }
    }
    const resultsFile = (0,external_node_path_.join)(stagingDirectory, 'results.json');
    await writeResultsDocument(resultsFile, options.results, options.runDirectory);
    const metadataFile = (0,external_node_path_.join)(stagingDirectory, 'run-metadata.json');
    await (0,promises_.writeFile)(metadataFile, JSON.stringify(options.metadata, null, 2) + '\n');
    return [resultsFile, metadataFile, ...staged];
}
/**
 * The full run document: the store's results.json, copied as it is, with the
 * rows of invalid files (which never ran, and are not in the store) added when
 * there are any.
 */
async function writeResultsDocument(target, results, runDirectory) {
    const stored = runDirectory === null ? null : (0,external_node_path_.join)(runDirectory, 'results.json');
    const invalidRows = [...(0,scenario_rows/* filterRows */.Ee)(results.scenarios, (scenario) => scenario.skip_reason === 'invalid')];
    if (stored !== null && (await exists(stored))) {
        if (invalidRows.length === 0)
            return (0,promises_.copyFile)(stored, target);
        const document = JSON.parse(await (0,promises_.readFile)(stored, 'utf8'));
        const full = { ...document, totals: results.totals, scenarios: [...document.scenarios, ...invalidRows] };
        return (0,promises_.writeFile)(target, JSON.stringify(full, null, 2) + '\n');
    }
    await (0,promises_.writeFile)(target, JSON.stringify({ ...results, scenarios: [...results.scenarios] }, null, 2) + '\n');
}
async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
async function listFiles(directory) {
    try {
        const entries = await (0,promises_.readdir)(directory, { recursive: true, withFileTypes: true });
        return entries.filter((entry) => entry.isFile()).map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name)).sort();
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/action/report-run.ts








/**
 * Publishes a finished (or interrupted) run, cheapest and most important
 * first: the results file and outputs, then the artifact, the summary and
 * annotations, and the PR comment last. A failing upload or comment is a
 * warning; it never hides results already written.
 */
async function reportRun(settings, outcome, reporters) {
    const { results } = outcome;
    const { github } = settings;
    const stagingDirectory = (0,external_node_path_.join)(github.tempDirectory, `salvo-${results.run_id}`);
    await (0,promises_.mkdir)(stagingDirectory, { recursive: true });
    const files = await stageArtifactFiles({ stagingDirectory, runDirectory: outcome.runDirectory, results, metadata: runMetadata(settings, results) });
    const resultsFile = files[0] ?? (0,external_node_path_.join)(stagingDirectory, 'results.json');
    setCountOutputs(results, resultsFile, reporters);
    const artifact = await uploadArtifact(settings, stagingDirectory, files, reporters);
    reporters.setOutput(action_names/* Output */.k7.artifactId, artifact?.id ?? '');
    reporters.setOutput(action_names/* Output */.k7.artifactUrl, artifact?.url ?? '');
    const { annotations, folded } = planAnnotations(results, outcome.invalidFiles, { workspace: github.workspace, workingDirectory: settings.workingDirectory });
    for (const annotation of annotations)
        reporters.annotate(annotation);
    const notes = folded > 0 ? [`> ${folded} more problems than GitHub shows as annotations; all are listed below.`] : [];
    const artifactLink = artifact ? { name: artifact.name, url: artifact.url } : null;
    await reporters.summary.write(renderJobSummary(results, { artifact: artifactLink, resultsFile, notes }));
    let commentUrl = '';
    if (reporters.comments) {
        // Matrix legs share GITHUB_JOB; a per-leg artifact-name (as the README suggests) gives each leg its own comment.
        const commentKey = settings.artifactName === read_action_settings/* DEFAULT_ARTIFACT_NAME */.N0 ? github.job : `${github.job}/${settings.artifactName}`;
        const marker = (0,comment_marker/* buildCommentMarker */.Mo)(github.workflow, commentKey);
        const runUrl = `${github.serverUrl}/${github.owner}/${github.repo}/actions/runs/${github.runId}`;
        const body = renderPrComment(results, { marker, runUrl, artifactUrl: artifact?.url ?? null });
        commentUrl = (await reporters.comments.publish(marker, body)).url ?? '';
    }
    reporters.setOutput(action_names/* Output */.k7.commentUrl, commentUrl);
}
function setCountOutputs(results, resultsFile, reporters) {
    const { totals } = results;
    reporters.setOutput(action_names/* Output */.k7.resultsFile, resultsFile);
    reporters.setOutput(action_names/* Output */.k7.total, String(totals.total));
    reporters.setOutput(action_names/* Output */.k7.passed, String(totals.passed));
    reporters.setOutput(action_names/* Output */.k7.failed, String(totals.failed));
    reporters.setOutput(action_names/* Output */.k7.errored, String(totals.errored));
    reporters.setOutput(action_names/* Output */.k7.skipped, String(totals.skipped));
    reporters.setOutput(action_names/* Output */.k7.totalCostUsd, totals.cost_usd.toFixed(6));
}
async function uploadArtifact(settings, directory, files, reporters) {
    try {
        const uploaded = await reporters.artifacts.upload(settings.artifactName, directory, files);
        return { ...uploaded, name: uploaded.name ?? settings.artifactName };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reporters.warning(`salvo could not upload the artifact '${settings.artifactName}': ${message}. The results file is still on the runner.`);
        return null;
    }
}
/** What the artifact records about where the run happened; never a secret. */
function runMetadata(settings, results) {
    const { github } = settings;
    return {
        salvo_version: results.salvo_version,
        run_id: results.run_id,
        started_at: results.started_at,
        finished_at: results.finished_at,
        interrupted: results.interrupted,
        repository: `${github.owner}/${github.repo}`,
        workflow: github.workflow,
        job: github.job,
        github_run_id: github.runId,
        github_run_attempt: github.runAttempt,
        event_name: github.eventName,
        pull_request: github.pullRequestNumber,
        from_fork: github.fromFork,
        mode: settings.mode,
        fail_on: settings.failOn,
        concurrency: settings.concurrency,
        max_cost_usd: settings.maxCostUsd,
        timeout_minutes: settings.timeoutMinutes,
        scenarios: settings.scenarios,
        keys_given: { openai: settings.openaiApiKey !== null, anthropic: settings.anthropicApiKey !== null },
    };
}


/***/ }),

/***/ 68638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ buildCommentMarker),
/* harmony export */   Wp: () => (/* binding */ hasCommentMarker),
/* harmony export */   _I: () => (/* binding */ withCommentMarker),
/* harmony export */   qK: () => (/* binding */ sameCommentBody)
/* harmony export */ });
/**
 * The hidden marker that makes the PR comment sticky: one comment per workflow
 * and job, found again on later runs and updated instead of duplicated.
 */
const MARKER_PREFIX = 'salvo-run-action:';
/** `<!-- salvo-run-action:<workflow>/<job> -->`; characters that could end the HTML comment are dropped. */
function buildCommentMarker(workflow, job) {
    const key = `${workflow}/${job}`.replace(/--+|[<>\r\n]/g, '').trim();
    return `<!-- ${MARKER_PREFIX}${key} -->`;
}
/** True when the comment body carries exactly this marker (not a marker for another job sharing a prefix). */
function hasCommentMarker(body, marker) {
    if (!body)
        return false;
    return body.split(/\r?\n/).some((line) => line.trim() === marker);
}
/** Puts the marker on the first line of the body (removing any copy already in it). */
function withCommentMarker(body, marker) {
    const rest = body
        .split('\n')
        .filter((line) => line.trim() !== marker)
        .join('\n');
    return `${marker}\n${rest}`;
}
/**
 * Whether an update would change what readers see. GitHub may hand back the
 * body with CRLF line ends and without trailing whitespace, so those differences do not count.
 */
function sameCommentBody(existing, next) {
    return normaliseBody(existing ?? '') === normaliseBody(next);
}
function normaliseBody(body) {
    return body
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trim();
}


/***/ })

};
