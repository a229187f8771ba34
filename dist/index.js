import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 71027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   pd: () => (/* binding */ Input)
/* harmony export */ });
/** Every input and output name of action.yml, in one place (the names are the action's public contract). */
const Input = {
    scenarios: 'scenarios',
    workingDirectory: 'working-directory',
    openaiApiKey: 'openai-api-key',
    anthropicApiKey: 'anthropic-api-key',
    openaiBaseUrl: 'openai-base-url',
    anthropicBaseUrl: 'anthropic-base-url',
    mode: 'mode',
    concurrency: 'concurrency',
    timeoutMinutes: 'timeout-minutes',
    maxCostUsd: 'max-cost-usd',
    failOn: 'fail-on',
    commentOnPr: 'comment-on-pr',
    githubToken: 'github-token',
    artifactName: 'artifact-name',
    retentionDays: 'retention-days',
};
/** Inputs whose values are secrets: masked with setSecret before anything else is read. */
const SECRET_INPUTS = [Input.openaiApiKey, Input.anthropicApiKey, Input.githubToken];
const Output = {
    resultsFile: 'results-file',
    total: 'total',
    passed: 'passed',
    failed: 'failed',
    errored: 'errored',
    skipped: 'skipped',
    totalCostUsd: 'total-cost-usd',
    artifactId: 'artifact-id',
    artifactUrl: 'artifact-url',
    commentUrl: 'comment-url',
};
const MODES = ['auto', 'live', 'replay'];
const FAIL_ON = ['failure', 'error', 'never'];


/***/ }),

/***/ 60218:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9630);
// The action's entry (action.yml runs dist/index.js, bundled from here).

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
;// CONCATENATED MODULE: ./src/core/redaction/patterns.ts
const REDACTED = '[REDACTED]';
const BUILT_IN_PATTERNS = [
    // First, so that `Authorization: Bearer <token>` loses the whole token, not just its first word.
    { name: 'bearer token', pattern: /\b(bearer)\s{1,20}[A-Za-z0-9._~+/=-]{1,4096}/gi, replacement: `$1 ${REDACTED}` },
    { name: 'anthropic key', pattern: /\bsk-ant-[A-Za-z0-9_-]{8,512}/g, replacement: REDACTED },
    { name: 'openai-style key', pattern: /\bsk-[A-Za-z0-9_-]{20,512}/g, replacement: REDACTED },
    { name: 'github token', pattern: /\bgh[pousr]_[A-Za-z0-9]{30,255}/g, replacement: REDACTED },
    { name: 'github fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{20,255}/g, replacement: REDACTED },
    {
        name: 'credential header',
        pattern: /\b(x-api-key|set-cookie|cookie)(["']?\s{0,5}[:=]\s{0,5})[^\r\n]{1,8192}/gi,
        replacement: `$1$2${REDACTED}`,
    },
    {
        name: 'key=value secret',
        pattern: /(api[_-]?key|secret|password|passwd|token|authorization)(["']?\s{0,5}[:=]\s{0,5}["']?)(?!\[REDACTED\])[^\s"',;&]{1,8192}/gi,
        replacement: `$1$2${REDACTED}`,
    },
];
/**
 * Matches wherever any built-in pattern could: each needs one of these words
 * (case-insensitive here, a superset of the case-sensitive ones). A string
 * without them skips the built-ins. Keep it in step with the list above; a
 * test checks every pattern's examples against it.
 */
const BUILT_IN_TRIGGER = /bearer|sk-|gh[pousr]_|github_pat_|x-api-key|cookie|api[_-]?key|secret|passw|token|authorization/i;

;// CONCATENATED MODULE: ./src/core/redaction/redactor.ts


/**
 * Literal secrets shorter than this are ignored: replacing a two-letter "key"
 * everywhere would shred every trace while protecting nothing.
 */
const MIN_SECRET_LENGTH = 4;
/** Strings up to this length have their redacted form remembered, up to this many of them. */
const REMEMBERED_LENGTH = 64;
const REMEMBERED_COUNT = 4096;
function createRedactor(options) {
    // Longest first, so a secret that contains another is removed whole.
    const secrets = [...new Set(options.secrets.map((secret) => secret.trim()))]
        .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
        .sort((left, right) => right.length - left.length);
    const userPatterns = (options.extraPatterns ?? []).map(compileUserPattern);
    // One pass for all literal secrets instead of one per secret: with many secrets the
    // per-secret scans were most of the redaction time (bench/README.md, case 5). Longest
    // first in the alternation, so a secret that contains another is removed whole.
    const literals = secrets.length === 0 ? null : new RegExp(secrets.map(escapeRegExp).join('|'), 'g');
    const redactText = (value) => {
        let result = value;
        // Literal secrets first: a pattern might remove only part of a key, leaving the rest readable.
        if (literals)
            result = result.replace(literals, REDACTED);
        // Most strings of a trace (roles, names, ids, short answers) hold none of the words every
        // built-in pattern needs: one scan instead of seven (bench/README.md, case 1).
        if (BUILT_IN_TRIGGER.test(result))
            result = applyPatterns(result, BUILT_IN_PATTERNS);
        return userPatterns.length === 0 ? result : applyPatterns(result, userPatterns);
    };
    // A trace repeats the same short strings (keys, roles, model names, finish reasons) in
    // every message and turn: each is redacted once, not every time (bench/README.md, case 1).
    // Redaction is a pure function of the string, so a remembered result is the same result.
    const remembered = new Map();
    const text = (value) => {
        if (value.length > REMEMBERED_LENGTH)
            return redactText(value);
        let result = remembered.get(value);
        if (result === undefined) {
            result = redactText(value);
            if (remembered.size >= REMEMBERED_COUNT)
                remembered.clear();
            remembered.set(value, result);
        }
        return result;
    };
    const deep = (value) => redactDeep(value, text, []);
    return { text, deep };
}
function applyPatterns(value, patterns) {
    let result = value;
    for (const { pattern, replacement } of patterns) {
        pattern.lastIndex = 0;
        result = result.replace(pattern, replacement);
    }
    return result;
}
function escapeRegExp(value) {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function redactDeep(value, text, ancestors) {
    if (typeof value === 'string')
        return text(value);
    if (value === null || typeof value !== 'object')
        return value;
    // Only ancestors count as a cycle: the same object may appear twice in a trace (a tool call
    // sits in its message and in tool_calls_made) and must be redacted in both places. A trace
    // is a few levels deep, so a list of the ancestors is cheaper than a set.
    if (ancestors.includes(value))
        return '[circular]';
    ancestors.push(value);
    try {
        if (Array.isArray(value)) {
            const items = new Array(value.length);
            for (let index = 0; index < value.length; index += 1)
                items[index] = redactDeep(value[index], text, ancestors);
            return items;
        }
        // A spread copy has the original's shape; one built key by key (copy[key] = ...) turns into a slow
        // dictionary past a dozen properties, several times larger (a results row's stats: 1.5 KB).
        const copy = { ...value };
        for (const key of Object.keys(copy)) {
            const item = redactDeep(copy[key], text, ancestors);
            const redactedKey = text(key);
            if (redactedKey !== key)
                delete copy[key];
            copy[redactedKey] = item;
        }
        return copy;
    }
    finally {
        ancestors.pop();
    }
}
/**
 * Compiles one salvo.yaml pattern, refusing the two shapes that would hurt
 * every run: a pattern matching the empty string (it would redact between
 * every character) and a quantified group that itself contains a quantifier
 * (`(a+)+`), the classic source of catastrophic backtracking.
 */
function compileUserPattern(source, index) {
    const problem = (message) => new errors/* ConfigError */.xL([{ file: 'salvo.yaml', line: 0, column: 0, path: `redaction_patterns.${index}`, message: `redaction_patterns.${index}: ${message}` }]);
    let pattern;
    try {
        pattern = new RegExp(source, 'g');
    }
    catch (error) {
        throw problem(`redaction pattern ${JSON.stringify(source)} is not a valid regular expression: ${error.message}`);
    }
    if (new RegExp(source).test('')) {
        throw problem(`redaction pattern ${JSON.stringify(source)} matches the empty string`);
    }
    if (/\((?:[^()\\]|\\.)*[*+}](?:[^()\\]|\\.)*\)[*+{]/.test(source)) {
        throw problem(`redaction pattern ${JSON.stringify(source)} repeats a group that contains a repetition; it could take exponential time`);
    }
    return { name: `redaction_patterns.${index}`, pattern, replacement: REDACTED };
}

;// CONCATENATED MODULE: ./src/core/redaction/limits.ts
/** Characters, as the earlier salvo counted them. */
const TRACE_LIMITS = {
    messageContent: 50_000,
    rawResponse: 100_000,
    trace: 5_000_000,
};
/** Cuts `value` to `max` characters with a marker saying how much went. */
function truncateText(value, max) {
    if (value.length <= max)
        return value;
    return `${value.slice(0, max)}... [truncated ${value.length - max} chars]`;
}
/**
 * Enforces the size limits on an already redacted trace: each message's
 * content and tool arguments, each raw response, then the trace as a whole
 * (raw responses go first, then the middle of the conversation, keeping the
 * prompt and the final answer). Sets `truncated` when anything was cut.
 */
function limitTrace(trace, limits = TRACE_LIMITS) {
    let truncated = trace.truncated === true;
    const cutText = (value, max) => {
        if (value === null || value.length <= max)
            return value;
        truncated = true;
        return truncateText(value, max);
    };
    const cutCalls = (calls) => calls.map((call) => {
        const size = call.arguments === null ? 0 : JSON.stringify(call.arguments).length;
        const raw = call.rawArguments === undefined ? undefined : cutText(call.rawArguments, limits.messageContent) ?? undefined;
        if (size <= limits.messageContent)
            return raw === undefined ? call : { ...call, rawArguments: raw };
        truncated = true;
        return { ...call, arguments: null, rawArguments: truncateText(JSON.stringify(call.arguments), limits.messageContent) };
    });
    const messages = trace.messages.map((message) => {
        const limited = { ...message, content: cutText(message.content, limits.messageContent) };
        if (message.tool_calls)
            limited.tool_calls = cutCalls(message.tool_calls);
        return limited;
    });
    const turns = trace.turns.map((turn) => {
        if (turn.raw === undefined)
            return turn;
        const rawText = JSON.stringify(turn.raw) ?? '';
        if (rawText.length <= limits.rawResponse)
            return turn;
        truncated = true;
        return { ...turn, raw: truncateText(rawText, limits.rawResponse) };
    });
    const limited = {
        ...trace,
        messages,
        turns,
        tool_calls_made: cutCalls(trace.tool_calls_made),
        final_content: cutText(trace.final_content, limits.messageContent),
    };
    const whole = enforceTraceLimit(limited, limits.trace);
    return whole === limited && !truncated ? limited : { ...whole, truncated: true };
}
const OMITTED = '[omitted: trace size limit]';
function enforceTraceLimit(trace, max) {
    let size = JSON.stringify(trace).length;
    if (size <= max)
        return trace;
    const turns = trace.turns.map((turn) => {
        if (turn.raw === undefined)
            return turn;
        size -= (JSON.stringify(turn.raw) ?? '').length - JSON.stringify(OMITTED).length;
        return { ...turn, raw: OMITTED };
    });
    const messages = [...trace.messages];
    const toolCallsMade = size > max ? trace.tool_calls_made.map(omitArguments) : trace.tool_calls_made;
    if (toolCallsMade !== trace.tool_calls_made)
        size = JSON.stringify({ ...trace, turns, tool_calls_made: toolCallsMade }).length;
    // Oldest first after the prompt: the start of the task and the final answer are what a reader needs most.
    for (let index = 1; index < messages.length - 1 && size > max; index += 1) {
        const message = messages[index];
        const before = JSON.stringify(message).length;
        const after = { ...message, content: message.content === null ? null : OMITTED };
        if (message.tool_calls)
            after.tool_calls = message.tool_calls.map(omitArguments);
        messages[index] = after;
        size -= before - JSON.stringify(after).length;
    }
    return { ...trace, turns, messages, tool_calls_made: toolCallsMade };
}
function omitArguments(call) {
    return { id: call.id, name: call.name, arguments: null, rawArguments: OMITTED };
}

;// CONCATENATED MODULE: ./src/core/redaction/index.ts




;// CONCATENATED MODULE: ./src/action/format-action-error.ts

/** The one place where the action turns an error into the message of a failed step. */
function formatActionError(error) {
    if (error instanceof errors/* SalvoError */.u3) {
        const lines = [`salvo: ${error.message}`];
        if (error instanceof errors/* ProviderError */.mZ && error.requestId)
            lines.push(`request id: ${error.requestId}`);
        if (error.hint)
            lines.push(`hint: ${error.hint}`);
        return lines.join('\n');
    }
    // Anything else is a bug in salvo; say so rather than show a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return `salvo: internal error: ${message}\nhint: this is a bug in salvo; please report it with the workflow run link`;
}

// EXTERNAL MODULE: ./src/action/read-action-settings.ts
var read_action_settings = __nccwpck_require__(82345);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/core/ids.ts

let lastMillis = -1;
let sequence = 0;
/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then randomness, so ids
 * sort by creation time. Within one millisecond the 12-bit `rand_a` field
 * counts up from a random start, keeping ids made by one process in order.
 */
function uuidv7(clock = Date) {
    const millis = Math.max(0, Math.floor(clock.now()));
    const random = (0,external_node_crypto_.randomBytes)(10);
    if (millis === lastMillis && sequence < 0xfff) {
        sequence += 1;
    }
    else {
        sequence = ((random[0] << 8) | random[1]) & 0x7ff;
    }
    lastMillis = millis;
    const bytes = new Uint8Array(16);
    let time = millis;
    for (let index = 5; index >= 0; index -= 1) {
        bytes[index] = time % 256;
        time = Math.floor(time / 256);
    }
    bytes[6] = 0x70 | (sequence >> 8);
    bytes[7] = sequence & 0xff;
    bytes[8] = 0x80 | (random[2] & 0x3f);
    bytes.set(random.subarray(3, 10), 9);
    const hex = Buffer.from(bytes).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

;// CONCATENATED MODULE: ./src/core/results.ts
/**
 * The results document: what `salvo run --json` prints, what the run store
 * keeps, and what the action uploads as its results file. Public and
 * snake_case; add fields freely, never rename one without bumping
 * RESULTS_SCHEMA_VERSION.
 */
const RESULTS_SCHEMA_VERSION = 1;
/** The figures of a scenario that never ran (skipped, invalid, no client): no trials, nothing measured. */
function figuresOfScenarioNotRun() {
    return { trials: [], turns: 0, max_turns_hit: false, tool_calls: 0, input_tokens: 0, output_tokens: 0, latency_seconds: 0 };
}

// EXTERNAL MODULE: ./src/core/scenario-rows.ts
var scenario_rows = __nccwpck_require__(48863);
;// CONCATENATED MODULE: ./src/core/checks/verdict.ts
function countTrials(trials) {
    const counts = { total: trials.length, passed: 0, failed: 0, hardFailed: 0, erroredOwn: 0, erroredInfra: 0, cancelled: 0 };
    for (const trial of trials) {
        if (trial.status === 'passed')
            counts.passed += 1;
        else if (trial.status === 'failed')
            counts.failed += 1;
        else if (trial.status === 'hard_fail')
            counts.hardFailed += 1;
        else if (trial.status === 'cancelled')
            counts.cancelled += 1;
        else if (isInfrastructureError(trial))
            counts.erroredInfra += 1;
        else
            counts.erroredOwn += 1;
    }
    return counts;
}
/** An errored trial without error details is treated as infrastructure: never blame the model without evidence. */
function isInfrastructureError(trial) {
    return trial.status === 'errored' && (trial.error?.infrastructure ?? true);
}
/** The trials a pass rate is computed over. */
function countedTrials(counts) {
    return counts.passed + counts.failed + counts.hardFailed + counts.erroredOwn;
}
/** Pass rates are compared with this tolerance so 9/10 reaches 0.9. */
const RATE_TOLERANCE = 1e-9;
function reachesRate(passed, counted, requiredPassRate) {
    return counted > 0 && passed / counted >= requiredPassRate - RATE_TOLERANCE;
}
/**
 * The verdict rules, applied in this order (docs/verdicts.md):
 * 1. SKIPPED      no trial ran, or every trial was cancelled;
 * 2. INFRA_ERROR  no trial could be counted: all of them hit infrastructure errors (or were cancelled);
 * 3. HARD_FAIL    any counted trial hard-failed (a required assertion failed);
 * 4. PASS         pass rate (passed / counted) ≥ required_pass_rate;
 * 5. FAIL         no counted trial passed;
 * 6. PARTIAL      some trials passed, but fewer than required_pass_rate: the flaky case.
 * Infrastructure errors never count against the agent; they are reported beside the verdict.
 */
function decideVerdict(counts, requiredPassRate) {
    const counted = countedTrials(counts);
    if (counts.total === counts.cancelled)
        return 'SKIPPED';
    if (counted === 0)
        return 'INFRA_ERROR';
    if (counts.hardFailed > 0)
        return 'HARD_FAIL';
    if (reachesRate(counts.passed, counted, requiredPassRate))
        return 'PASS';
    if (counts.passed === 0)
        return 'FAIL';
    return 'PARTIAL';
}
/**
 * The one visible status of a scenario. A scenario none of whose trials ran to
 * completion (a missing key in live mode, a missing mock, a stale recording)
 * is `errored` even when its verdict is FAIL: it never produced an answer to
 * judge, and the action's `fail-on: error` must see it.
 */
function statusOfVerdict(verdict, counts) {
    if (verdict === 'FAIL' && counts && counts.erroredOwn > 0 && counts.passed + counts.failed + counts.hardFailed === 0) {
        return 'errored';
    }
    switch (verdict) {
        case 'PASS':
            return 'passed';
        case 'INFRA_ERROR':
            return 'errored';
        case 'SKIPPED':
            return 'skipped';
        default:
            return 'failed';
    }
}

;// CONCATENATED MODULE: ./src/core/checks/early-stop.ts

const carryOn = { stop: false, reason: null };
/**
 * Opt-in early stop (`--early-stop`): given the trials finished so far and the
 * number planned, says whether the remaining trials can still change whether
 * the scenario passes. Trials still running count as remaining. It stops when:
 * 1. a trial hard-failed: the verdict is HARD_FAIL whatever comes next;
 * 2. PASS is out of reach: even if every remaining trial passes, the pass rate
 *    stays below required_pass_rate (infrastructure errors only remove trials,
 *    which cannot raise the best case);
 * 3. PASS is certain: the scenario has no required assertion (so no hard fail
 *    can come) and even if every remaining trial fails, the pass rate reaches
 *    required_pass_rate.
 * In cases 1 and 2 the failing verdict may still move between FAIL and
 * PARTIAL; early stop trades that detail for time and money, and says so.
 */
function decideEarlyStop(finished, plannedTrials, loaded) {
    const remaining = Math.max(0, plannedTrials - finished.length);
    if (remaining === 0)
        return carryOn;
    const counts = countTrials(finished);
    const counted = countedTrials(counts);
    const requiredPassRate = loaded.scenario.required_pass_rate ?? 1;
    const hardFail = finished.find((trial) => trial.status === 'hard_fail');
    if (hardFail) {
        const failed = hardFail.assertions.find((result) => result.required && !result.passed);
        const what = failed ? `required assertion '${failed.label}' failed` : 'a required assertion failed';
        return { stop: true, reason: `trial ${hardFail.trial} hard-failed (${what}); no later trial can change a HARD_FAIL` };
    }
    if (counted === 0)
        return carryOn;
    const bestCase = counts.passed + remaining;
    if (!reachesRate(bestCase, counted + remaining, requiredPassRate)) {
        const total = counted + remaining;
        return {
            stop: true,
            reason: `${counted - counts.passed} of ${counted} trials failed: even if all ${remaining} remaining pass, ` +
                `at most ${bestCase}/${total} pass (${round(bestCase / total)}), below the required ${requiredPassRate}`,
        };
    }
    const canHardFail = loaded.scenario.assertions.some((assertion) => assertion.required);
    if (!canHardFail && reachesRate(counts.passed, counted + remaining, requiredPassRate)) {
        return {
            stop: true,
            reason: `${counts.passed} of ${counted} trials passed: even if all ${remaining} remaining fail, ` +
                `the pass rate stays at or above the required ${requiredPassRate}`,
        };
    }
    return carryOn;
}
function round(value) {
    return Math.round(value * 1000) / 1000;
}

;// CONCATENATED MODULE: ./src/core/model-client.ts
/**
 * The seam between the runner and the model providers. The runner speaks only
 * these types; each provider folder under src/providers/ converts them to and
 * from its wire format, so adding a provider never touches the runner.
 */
const emptyUsage = () => ({
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    reasoningTokens: 0,
});
function addUsage(total, turn) {
    return {
        inputTokens: total.inputTokens + turn.inputTokens,
        outputTokens: total.outputTokens + turn.outputTokens,
        cacheReadTokens: total.cacheReadTokens + turn.cacheReadTokens,
        cacheWriteTokens: total.cacheWriteTokens + turn.cacheWriteTokens,
        reasoningTokens: total.reasoningTokens + turn.reasoningTokens,
    };
}

;// CONCATENATED MODULE: ./src/core/trace.ts
/**
 * The trace of one trial: everything that was said, every tool call, and what
 * it cost. Traces are public documents (stored under .salvo/, uploaded as
 * artifacts, read by `salvo show` and `reeval`), so their fields are
 * snake_case like the scenario format, and they are redacted before they are
 * stored anywhere. Add fields freely; never rename one without bumping
 * TRACE_SCHEMA_VERSION.
 */
const TRACE_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/core/cost/price-table.ts
/**
 * Built-in prices, USD per million tokens, as data rows (prices change monthly;
 * update a row, never code). Sources and dates from
 * shared/reference/llm-apis.md §4 (researched 2026-11-24):
 *   [G]  @pydantic/genai-prices 0.1.8 data (2026-09-23), citing the official pricing pages
 *   [M]  the official OpenAI model page;  [P] Anthropic's pricing page;  [MP] Anthropic's model pages
 *   (secondary) a vendor or blog quoting the official page.
 * cacheWrite: OpenAI 30-minute retention (gpt-5.6 and later; older models bill
 * writes as plain input); Anthropic 5-minute TTL writes.
 */
const openai = (ids, input, cacheRead, output, source, date, cacheWrite = input) => ({
    provider: 'openai', ids, input, cacheRead, cacheWrite, output, source, date,
});
/** From gpt-5.4 on, a prompt above 272K tokens is billed at 2x input and cache rates and 1.5x output (official model pages). */
const openaiLong = (row) => ({
    ...row,
    longContext: { aboveInputTokens: 272_000, input: row.input * 2, cacheRead: row.cacheRead * 2, cacheWrite: row.cacheWrite * 2, output: row.output * 1.5 },
});
const anthropic = (ids, input, cacheWrite, cacheRead, output, source, date) => ({
    provider: 'anthropic', ids, input, cacheWrite, cacheRead, output, source, date,
});
const G = '[G] genai-prices 0.1.8';
const PRICE_TABLE = [
    // OpenAI, Standard tier.
    openai(['gpt-4o', 'gpt-4o-2024-08-06', 'gpt-4o-2024-11-20'], 2.5, 1.25, 10, G, '2026-09-23'),
    openai(['gpt-4o-2024-05-13'], 5, 5, 15, G, '2026-09-23'),
    openai(['gpt-4o-mini', 'gpt-4o-mini-2024-07-18'], 0.15, 0.075, 0.6, G, '2026-09-23'),
    openai(['gpt-4.1', 'gpt-4.1-2025-04-14'], 2, 0.5, 8, G, '2026-09-23'),
    openai(['gpt-4.1-mini'], 0.4, 0.1, 1.6, G, '2026-09-23'),
    openai(['gpt-4.1-nano'], 0.1, 0.025, 0.4, G, '2026-09-23'),
    openai(['o3', 'o3-2025-04-16'], 2, 0.5, 8, `${G} (price since 2025-06-10)`, '2026-09-23'),
    openai(['o4-mini', 'o4-mini-2025-04-16'], 1.1, 0.275, 4.4, G, '2026-09-23'),
    openai(['gpt-5', 'gpt-5-2025-08-07'], 1.25, 0.125, 10, G, '2026-09-23'),
    openai(['gpt-5-mini'], 0.25, 0.025, 2, G, '2026-09-23'),
    openai(['gpt-5-nano'], 0.05, 0.005, 0.4, G, '2026-09-23'),
    openai(['gpt-5.1', 'gpt-5.1-2025-11-13'], 1.25, 0.125, 10, G, '2026-09-23'),
    openai(['gpt-5.2', 'gpt-5.2-2025-12-11'], 1.75, 0.175, 14, G, '2026-09-23'),
    openaiLong(openai(['gpt-5.4'], 2.5, 0.25, 15, G, '2026-09-23')),
    openaiLong(openai(['gpt-5.4-mini'], 0.75, 0.075, 4.5, G, '2026-09-23')),
    openaiLong(openai(['gpt-5.4-nano'], 0.2, 0.02, 1.25, G, '2026-09-23')),
    openaiLong(openai(['gpt-5.4-pro'], 30, 30, 180, G, '2026-09-23')),
    openaiLong(openai(['gpt-5.5', 'gpt-5.5-2026-04-23'], 5, 0.5, 30, G, '2026-09-23')),
    openaiLong(openai(['gpt-5.5-pro'], 30, 30, 180, G, '2026-09-23')),
    openaiLong(openai(['gpt-5.6-sol', 'gpt-5.6'], 4, 0.4, 20, `${G} (price since 2026-08-21)`, '2026-08-21', 5)),
    openaiLong(openai(['gpt-5.6-terra'], 2, 0.2, 12, `${G} (price since 2026-07-30)`, '2026-07-30', 2.5)),
    openaiLong(openai(['gpt-5.6-luna'], 0.2, 0.02, 1.2, `${G} (price since 2026-07-30)`, '2026-07-30', 0.25)),
    openaiLong(openai(['gpt-6-astra'], 10, 1, 50, G, '2026-09-23', 12.5)),
    openaiLong(openai(['gpt-6-sol'], 2, 0.2, 10, `${G}; [M] model page`, '2026-09-22', 2.5)),
    openaiLong(openai(['gpt-6-luna'], 0.1, 0.01, 0.5, G, '2026-09-22', 0.125)),
    openaiLong(openai(['gpt-6.1-sol'], 2, 0.1, 10, '(secondary) LiteLLM blog; codexometer / AILSA release notes quoting the model page', '2026-10-01', 2.5)),
    openaiLong(openai(['gpt-6.1-terra'], 1, 0.05, 5, '(secondary) LiteLLM blog, apidog, PromptFuel', '2026-10-26', 1.25)),
    openaiLong(openai(['gpt-6.2-sol'], 2, 0.1, 10, '[M] model page (stored copy)', '2026-11-17', 2.5)),
    // Anthropic, standard speed: input, 5-minute cache write, cache read, output.
    anthropic(['claude-3-haiku-20240307'], 0.25, 0.3, 0.03, 1.25, G, '2026-09-23'),
    anthropic(['claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20241022'], 3, 3.75, 0.3, 15, G, '2026-09-23'),
    anthropic(['claude-3-7-sonnet-20250219'], 3, 3.75, 0.3, 15, G, '2026-09-23'),
    anthropic(['claude-3-5-haiku-20241022'], 0.8, 1, 0.08, 4, G, '2026-09-23'),
    anthropic(['claude-sonnet-4-20250514', 'claude-sonnet-4-0'], 3, 3.75, 0.3, 15, G, '2026-09-23'),
    anthropic(['claude-opus-4-20250514', 'claude-opus-4-0'], 15, 18.75, 1.5, 75, `[P]; ${G}`, '2026-09'),
    anthropic(['claude-opus-4-1-20250805', 'claude-opus-4-1'], 15, 18.75, 1.5, 75, '[P] pricing page', '2026-09'),
    {
        ...anthropic(['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'], 3, 3.75, 0.3, 15, G, '2026-09-23'),
        longContext: { aboveInputTokens: 200_000, input: 6, cacheWrite: 7.5, cacheRead: 0.6, output: 22.5 },
    },
    anthropic(['claude-haiku-4-5-20251001', 'claude-haiku-4-5'], 1, 1.25, 0.1, 5, `[MP]; ${G}`, '2026-09-23'),
    anthropic(['claude-opus-4-5-20251101', 'claude-opus-4-5'], 5, 6.25, 0.5, 25, '[P] pricing page', '2026-09'),
    anthropic(['claude-opus-4-6'], 5, 6.25, 0.5, 25, '[P] pricing page', '2026-09'),
    anthropic(['claude-opus-4-7'], 5, 6.25, 0.5, 25, '[P] pricing page', '2026-09'),
    anthropic(['claude-opus-4-8'], 5, 6.25, 0.5, 25, '[P] pricing page', '2026-09'),
    anthropic(['claude-sonnet-4-6'], 3, 3.75, 0.3, 15, `${G} (flat since 2026-03-13)`, '2026-09-23'),
    anthropic(['claude-sonnet-5'], 2, 2.5, 0.2, 10, '[MP] model page', '2026-06-30'),
    anthropic(['claude-opus-5'], 5, 6.25, 0.5, 25, '[P]; [MP]', '2026-07-24'),
    anthropic(['claude-fable-5', 'claude-mythos-5'], 10, 12.5, 1, 50, '[P] pricing page', '2026-09'),
    anthropic(['claude-fable-5-1', 'claude-mythos-5-1'], 10, 12.5, 0.25, 50, '[P] pricing page', '2026-09'),
    anthropic(['claude-opus-5-5'], 4, 5, 0.2, 20, '[MP]; PromptFuel v1.0.21 (secondary)', '2026-09-22'),
    anthropic(['claude-sonnet-5-5'], 2, 2.5, 0.1, 10, '[MP] migration guide (read price since 2026-10-07)', '2026-10-07'),
    {
        ...anthropic(['claude-haiku-5-5'], 0.1, 0.125, 0.01, 0.5, '[MP] model page', '2026-10-07'),
        // The tier counts input, cache reads and cache writes together, and reprices the whole request.
        longContext: { aboveInputTokens: 100_000, input: 0.5, cacheWrite: 0.625, cacheRead: 0.05, output: 2.5 },
    },
    anthropic(['claude-fable-5-2'], 8, 10, 0.2, 40, '[MP] models overview; rightsize v0.10.2 (secondary)', '2026-11-09'),
];

;// CONCATENATED MODULE: ./src/core/cost/estimate-cost.ts

/** null = unknown model: the cost is unknown, never 0. */
function estimateCost(model, usage, userPrices = {}) {
    const price = findPrice(model, userPrices);
    return price === null ? null : costAt(price, usage);
}
function costAt(price, usage) {
    const long = price.longContext;
    const tier = long && usage.inputTokens > long.aboveInputTokens ? long : price.tier;
    const uncached = Math.max(0, usage.inputTokens - usage.cacheReadTokens - usage.cacheWriteTokens);
    const micro = uncached * tier.input + usage.cacheReadTokens * tier.cacheRead + usage.cacheWriteTokens * tier.cacheWrite + usage.outputTokens * tier.output;
    return micro / 1_000_000;
}
/** User prices first (exact id, then the normalised forms), then the built-in table; never a prefix match. */
function findPrice(model, userPrices = {}) {
    const candidates = candidateIds(model);
    for (const id of candidates) {
        const user = userPrices[id];
        if (user)
            return { tier: fromUserPrice(user), source: 'salvo.yaml prices', matchedId: id };
    }
    for (const id of candidates) {
        const row = rowsById.get(id);
        if (row)
            return { tier: row, longContext: row.longContext, source: `${row.source}, ${row.date}`, matchedId: id };
    }
    return null;
}
const rowsById = new Map(PRICE_TABLE.flatMap((row) => row.ids.map((id) => [id, row])));
function fromUserPrice(price) {
    // Without cache prices, cached tokens cost what plain input costs (a self-hosted model has no cache discount).
    return { input: price.input, output: price.output, cacheRead: price.cache_read ?? price.input, cacheWrite: price.cache_write ?? price.input };
}
/**
 * The ids to try, most specific first (llm-apis.md §4.4): as given; without a
 * gateway or cloud prefix/suffix (`openai/`, Bedrock `us.anthropic.…-v1:0`,
 * Vertex `@20250805`); then without a snapshot date (OpenAI `-2024-08-06`,
 * Anthropic `-20250929`). Fine-tuned ids (`ft:`) are priced differently and
 * stay unknown.
 */
function candidateIds(model) {
    const given = model.trim();
    if (given.startsWith('ft:'))
        return [given];
    const normalised = given
        .toLowerCase()
        .replace(/^(openai|anthropic)\//, '')
        .replace(/^(us|eu|apac|global)\./, '')
        .replace(/^anthropic\./, '')
        .replace(/-v\d+(:\d+)?$/, '')
        .replace(/@\d{8}$/, '');
    const undated = normalised.replace(/-\d{4}-\d{2}-\d{2}$/, '').replace(/^(claude-.+)-\d{8}$/, '$1');
    return [...new Set([given, normalised, undated])];
}

;// CONCATENATED MODULE: ./src/core/cost/index.ts



;// CONCATENATED MODULE: ./src/core/extras.ts
/**
 * Validates a scenario's `extras`: provider parameters passed through to the
 * SDK request body as they are. Keys salvo itself sets (the conversation, the
 * model, the tools, streaming, connection and credentials, and the settings
 * the scenario has its own fields for) are refused, so extras can never
 * override what salvo controls or smuggle a secret into a trace. Parameters
 * the provider does not know are left to the provider: its own 400 message
 * reaches the user.
 */

const MAX_EXTRAS_KEYS = 10;
const MAX_EXTRAS_BYTES = 4096;
/** The earlier salvo's blocked keys, kept so its users' files behave the same. */
const SECRET_KEYS = ['api_key', 'api_secret', 'secret', 'token', 'password', 'authorization', 'secret_key', 'access_token', 'refresh_token'];
/** Anything else that looks like a credential, at any depth. */
const SECRET_LOOKING = /(^|_)(api_?key|secret|password|passwd|token|authorization|auth|bearer|credentials?|private_key|access_key)$/;
const OWNED_BY_SALVO = {
    model: 'set `model` in the scenario',
    messages: 'salvo builds the conversation from `system_prompt`, `prompt` and the tool loop',
    input: 'salvo builds the conversation from `system_prompt`, `prompt` and the tool loop',
    instructions: 'set `system_prompt` in the scenario',
    system: 'set `system_prompt` in the scenario',
    tools: 'declare tools under `tools` in the scenario',
    functions: 'declare tools under `tools` in the scenario',
    stream: 'salvo reads whole responses; streaming is not configurable',
    stream_options: 'salvo reads whole responses; streaming is not configurable',
    n: 'salvo drives one completion per turn; use `trials` for repeated runs',
    previous_response_id: 'salvo sends the whole conversation on every turn',
    temperature: 'set `temperature` in the scenario',
    seed: 'set `seed` in the scenario',
    base_url: 'set the base URL with OPENAI_BASE_URL / ANTHROPIC_BASE_URL or the matching flag or action input',
    baseurl: 'set the base URL with OPENAI_BASE_URL / ANTHROPIC_BASE_URL or the matching flag or action input',
    api_base: 'set the base URL with OPENAI_BASE_URL / ANTHROPIC_BASE_URL or the matching flag or action input',
    organization: 'salvo sends no organization header; use a project-scoped key',
    headers: 'extra HTTP headers are not configurable from a scenario',
};
/** The key each adapter fills from the scenario's `max_tokens`. */
const MAX_TOKENS_KEYS = {
    openai: ['max_completion_tokens', 'max_output_tokens'],
    anthropic: ['max_tokens'],
};
function validateExtras(extras, adapter) {
    const keys = Object.keys(extras);
    if (keys.length > MAX_EXTRAS_KEYS) {
        throw extrasError(`extras has ${keys.length} keys; at most ${MAX_EXTRAS_KEYS} are allowed`, 'keep only the provider parameters the scenario needs');
    }
    const bytes = new TextEncoder().encode(JSON.stringify(extras)).length;
    if (bytes > MAX_EXTRAS_BYTES) {
        throw extrasError(`extras is ${bytes} bytes as JSON; at most ${MAX_EXTRAS_BYTES} are allowed`, 'extras is for small provider parameters, not data');
    }
    for (const key of keys) {
        const normalised = normaliseKey(key);
        if (SECRET_KEYS.includes(normalised) || SECRET_LOOKING.test(normalised)) {
            throw extrasError(`extras.${key} looks like a credential; secrets never go in scenario files`, 'pass keys through the environment or action inputs');
        }
        const owned = OWNED_BY_SALVO[normalised];
        if (owned)
            throw extrasError(`extras.${key} is set by salvo itself`, owned);
        if (MAX_TOKENS_KEYS[adapter].includes(normalised))
            throw extrasError(`extras.${key} is set by salvo itself`, 'set `max_tokens` in the scenario');
        const nested = findSecretKey(extras[key], `extras.${key}`);
        if (nested)
            throw extrasError(`${nested} looks like a credential; secrets never go in scenario files`, 'pass keys through the environment or action inputs');
    }
    return { ...extras };
}
function normaliseKey(key) {
    return key.trim().toLowerCase().replace(/-/g, '_');
}
function findSecretKey(value, path) {
    if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
            const found = findSecretKey(item, `${path}.${index}`);
            if (found)
                return found;
        }
        return null;
    }
    if (typeof value !== 'object' || value === null)
        return null;
    for (const [key, inner] of Object.entries(value)) {
        const normalised = normaliseKey(key);
        if (SECRET_KEYS.includes(normalised) || SECRET_LOOKING.test(normalised))
            return `${path}.${key}`;
        const found = findSecretKey(inner, `${path}.${key}`);
        if (found)
            return found;
    }
    return null;
}
function extrasError(message, hint) {
    return new errors/* SalvoError */.u3('E_EXTRAS', message, { hint });
}

// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __nccwpck_require__(60484);
;// CONCATENATED MODULE: ./src/core/runner/tool-answers.ts


/** Mocks by tool name, as the text fed back to the model: strings as they are, anything else as JSON. */
function mockTable(tools) {
    const table = new Map();
    for (const tool of tools) {
        if (tool.mock_response !== undefined)
            table.set(tool.name, mockText(tool.mock_response));
    }
    return table;
}
function mockText(mock) {
    return typeof mock === 'string' ? mock : JSON.stringify(mock);
}
/**
 * The answer to one tool call. Unusable arguments get an error result the
 * model can react to (what a real tool would do); a tool with no mock stops
 * the trial, because the scenario cannot say what the tool would have returned.
 */
function answerToolCall(call, mocks) {
    if (call.argumentsError !== undefined) {
        return { content: `error: the arguments for tool '${call.name}' are unusable: ${call.argumentsError}`, isError: true };
    }
    const mock = mocks.get(call.name);
    if (mock === undefined)
        throw new errors/* MockNotFoundError */.SH(call.name, [...mocks.keys()]);
    return { content: mock, isError: false };
}
/** Name plus canonical arguments (keys sorted), so `{a,b}` and `{b,a}` are the same call. */
function callSignature(call) {
    const args = call.arguments === null ? (call.rawArguments ?? '') : (0,canonical_json/* canonicalJson */.d)(call.arguments);
    return `${call.name}\u0000${args}`;
}
/** Counts identical calls in a row, across turns. */
class RepeatCounter {
    last = null;
    count = 0;
    /** Records a call and returns how many times in a row it has now been made. */
    record(call) {
        const signature = callSignature(call);
        this.count = signature === this.last ? this.count + 1 : 1;
        this.last = signature;
        return this.count;
    }
}

;// CONCATENATED MODULE: ./src/core/runner/run-scenario.ts








/** The same call (name and arguments) this many times in a row is a loop, not progress. */
const DEFAULT_LOOP_LIMIT = 5;
/** Runs ONE trial of a scenario: the multi-turn tool loop, fed by the scenario's mocks. */
async function runScenario(loaded, options) {
    return sealOutcome(await runScenarioUnsealed(loaded, options), options.redactor);
}
/**
 * Like runScenario, but the trace and error are not yet redacted nor cut to the size limits: the suite
 * seals them after the next request is on its way (run-suite.ts). Nothing may leave the process unsealed.
 */
async function runScenarioUnsealed(loaded, options) {
    const { clock } = options;
    const traceId = uuidv7(clock);
    const startedAt = clock.now();
    const started = clock.monotonic();
    const { scenario } = loaded;
    const state = {
        conversation: [{ role: 'user', content: scenario.prompt }],
        messages: [...(scenario.system_prompt ? [{ role: 'system', content: scenario.system_prompt }] : []), { role: 'user', content: scenario.prompt }],
        turns: [],
        toolCallsMade: [],
        usage: emptyUsage(),
        finalContent: null,
        finishReason: null,
        stopReason: 'error',
        extrasResolved: {},
    };
    const limit = trialSignal(options.hardStop ?? options.signal, options.timeoutMs ?? secondsToMs(scenario.timeout_seconds));
    let error = null;
    try {
        state.extrasResolved = validateExtras(scenario.extras, scenario.adapter);
        await converse(scenario, state, options, limit.signal);
    }
    catch (caught) {
        ({ stopReason: state.stopReason, error } = classifyFailure(caught, options.signal, limit.signal, scenario));
    }
    finally {
        limit.dispose();
    }
    const trace = {
        schema_version: TRACE_SCHEMA_VERSION,
        trace_id: traceId,
        scenario_name: loaded.name,
        scenario_file: loaded.file,
        scenario_hash: loaded.hash,
        provider: options.client.provider,
        model: scenario.model,
        mode: options.mode,
        timestamp: new Date(startedAt).toISOString(),
        messages: state.messages,
        tool_calls_made: state.toolCallsMade,
        turns: state.turns,
        turn_count: state.turns.length,
        usage: state.usage,
        input_tokens: state.usage.inputTokens,
        output_tokens: state.usage.outputTokens,
        total_tokens: state.usage.inputTokens + state.usage.outputTokens,
        // A replayed trial reports the latency that was recorded, not the microseconds replay took.
        latency_seconds: options.mode === 'replay' ? sumLatencySeconds(state.turns) : (clock.monotonic() - started) / 1000,
        final_content: state.finalContent,
        finish_reason: state.finishReason,
        stop_reason: state.stopReason,
        max_turns_hit: state.stopReason === 'max_turns',
        cost_usd: state.turns.length === 0 ? 0 : estimateCost(scenario.model, state.usage, options.prices ?? {}),
        extras_resolved: state.extrasResolved,
        ...(error ? { error: { code: error.code, message: error.message } } : {}),
    };
    return { trace, error };
}
/** The trial as it may be stored, shown and evaluated: redacted first, then cut (a cut could leave half a key that no pattern recognises). */
function sealOutcome(outcome, redactor) {
    return { trace: limitTrace(redactor.deep(outcome.trace)), error: outcome.error ? redactError(outcome.error, redactor) : null };
}
async function converse(scenario, state, options, signal) {
    const tools = scenario.tools.map((tool) => ({ name: tool.name, description: tool.description, parameters: tool.parameters }));
    const mocks = mockTable(scenario.tools);
    const repeats = new RepeatCounter();
    const loopLimit = options.loopLimit ?? DEFAULT_LOOP_LIMIT;
    const settings = generationSettings(scenario, state.extrasResolved);
    for (let index = 0; index < scenario.max_turns; index += 1) {
        signal.throwIfAborted();
        options.signal?.throwIfAborted();
        const request = { tools, settings, signal, messages: [...state.conversation] };
        if (scenario.system_prompt)
            request.system = scenario.system_prompt;
        const turn = await untilAborted(options.client.complete(request), signal);
        recordTurn(state, turn, index);
        if (turn.toolCalls.length === 0) {
            state.stopReason = 'final_answer';
            return;
        }
        for (const call of turn.toolCalls) {
            state.toolCallsMade.push(call);
            if (state.toolCallsMade.length > scenario.max_tool_calls)
                return stop(state, 'max_tool_calls');
            if (repeats.record(call) >= loopLimit)
                return stop(state, 'loop_detected');
            const answer = answerToolCall(call, mocks);
            state.conversation.push({ role: 'tool', toolCallId: call.id, toolName: call.name, content: answer.content, ...(answer.isError ? { isError: true } : {}) });
            state.messages.push({ role: 'tool', content: answer.content, tool_call_id: call.id, tool_name: call.name, ...(answer.isError ? { is_error: true } : {}) });
        }
    }
    state.stopReason = 'max_turns';
}
function sumLatencySeconds(turns) {
    return turns.reduce((total, turn) => total + turn.latency_ms, 0) / 1000;
}
function stop(state, reason) {
    state.stopReason = reason;
}
function recordTurn(state, turn, index) {
    state.usage = addUsage(state.usage, turn.usage);
    state.finalContent = turn.text;
    state.finishReason = turn.finishReason;
    state.conversation.push({ role: 'assistant', content: turn.text, toolCalls: turn.toolCalls, ...(turn.providerState === undefined ? {} : { providerState: turn.providerState }) });
    state.messages.push({ role: 'assistant', content: turn.text, tool_calls: turn.toolCalls });
    state.turns.push({
        index,
        model: turn.model,
        request_id: turn.requestId,
        latency_ms: turn.latencyMs,
        usage: turn.usage,
        finish_reason: turn.finishReason,
        raw_finish_reason: turn.rawFinishReason,
        retries: turn.retries,
        ...(turn.raw === undefined ? {} : { raw: turn.raw }),
    });
}
function generationSettings(scenario, extras) {
    const settings = { model: scenario.model, extras };
    if (scenario.temperature !== undefined)
        settings.temperature = scenario.temperature;
    if (scenario.seed !== undefined)
        settings.seed = scenario.seed;
    if (scenario.max_tokens !== undefined)
        settings.maxTokens = scenario.max_tokens;
    if (scenario.api !== undefined)
        settings.api = scenario.api;
    return settings;
}
function secondsToMs(seconds) {
    return seconds === undefined ? null : seconds * 1000;
}
/** The run's hard stop combined with this trial's timeout. */
function trialSignal(run, timeoutMs) {
    const controller = new AbortController();
    const onRunAbort = () => controller.abort(run?.reason);
    run?.addEventListener('abort', onRunAbort, { once: true });
    if (run?.aborted)
        onRunAbort();
    const timer = timeoutMs === null ? null : setTimeout(() => controller.abort(new TimeoutSignal(timeoutMs)), timeoutMs);
    return {
        signal: controller.signal,
        dispose: () => {
            if (timer)
                clearTimeout(timer);
            run?.removeEventListener('abort', onRunAbort);
        },
    };
}
class TimeoutSignal {
    timeoutMs;
    constructor(timeoutMs) {
        this.timeoutMs = timeoutMs;
    }
}
/** Settles with `work`, or rejects as soon as `signal` aborts, even if the client ignores the signal. */
function untilAborted(work, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted) {
            work.catch(() => undefined);
            return reject(signal.reason);
        }
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
function classifyFailure(caught, run, trial, scenario) {
    if (trial.aborted && trial.reason instanceof TimeoutSignal) {
        const seconds = trial.reason.timeoutMs / 1000;
        return { stopReason: 'timeout', error: new errors/* SalvoError */.u3('E_TIMEOUT', `the trial did not finish within ${seconds}s`, { hint: 'raise timeout_seconds in the scenario or --timeout-seconds' }) };
    }
    if (run?.aborted || trial.aborted)
        return { stopReason: 'cancelled', error: new errors/* SalvoError */.u3('E_CANCELLED', 'the run was interrupted before this trial finished') };
    if (caught instanceof errors/* SalvoError */.u3)
        return { stopReason: 'error', error: caught };
    const message = caught instanceof Error ? caught.message : String(caught);
    return { stopReason: 'error', error: new errors/* SalvoError */.u3('E_INTERNAL', `running scenario with model ${scenario.model} failed: ${message}`, { cause: caught }) };
}
/** Errors travel to logs and result files too, so they get the same redaction as the trace. */
function redactError(error, redactor) {
    error.message = redactor.text(error.message);
    return error;
}

;// CONCATENATED MODULE: ./src/core/runner/spend-cap.ts
/**
 * The run's spend cap. Known costs add up; a model with no known price is
 * remembered instead, so the cap can say what it could not count rather than
 * treat that model as free.
 */
class SpendCap {
    maxCostUsd;
    spentUsd = 0;
    announced = false;
    skippedAny = false;
    uncounted = new Set();
    constructor(maxCostUsd) {
        this.maxCostUsd = maxCostUsd;
    }
    /** Adds one trial's cost; returns true the first time a model's cost could not be counted. */
    add(costUsd, model) {
        if (costUsd !== null) {
            this.spentUsd += costUsd;
            return false;
        }
        if (this.uncounted.has(model))
            return false;
        this.uncounted.add(model);
        return this.maxCostUsd !== null;
    }
    exhausted() {
        const reached = this.maxCostUsd !== null && this.spentUsd >= this.maxCostUsd;
        if (reached)
            this.skippedAny = true;
        return reached;
    }
    uncountedModels() {
        return [...this.uncounted].sort();
    }
    skipMessage() {
        const uncounted = this.uncounted.size > 0 ? `, not counting ${this.uncountedModels().join(', ')} (unknown price)` : '';
        return `not started: spend cap $${this.maxCostUsd.toFixed(2)} reached ($${this.spentUsd.toFixed(6)} spent${uncounted})`;
    }
}

;// CONCATENATED MODULE: ./src/core/runner/write-behind.ts
/**
 * Work taken off the path from a model's answer to the next request.
 *
 * When a trial or a scenario ends, the worker that ran it has a next request
 * to send. Sealing the trace (redaction, size limits), evaluating it, writing
 * it, then summarising, journalling and announcing the scenario cost more CPU
 * than handling a turn, and with every slot of the pool answered at about the
 * same moment, the last slot's next request waited for all of that (bench
 * case 2, bench/README.md findings 2 and 9). So that work is queued here and runs
 * once the current turn of the event loop is over, by which time the
 * requests it started are on the wire: it overlaps the model's latency
 * instead of adding to it.
 *
 * Tasks run one at a time, in the order they were deferred (a trial's trace
 * before its scenario's result, results in the order scenarios finished).
 * Each flush runs everything queued so far, so the queue never holds more
 * than one turn's worth of finished trials, however fast the model answers.
 * The first failure stops the tasks after it, and `drain` reports it.
 */
class WriteBehind {
    queue = [];
    flushing = null;
    failure = null;
    /** Queues `write` to run after the current turn of the event loop, after every write queued before it. */
    defer(write) {
        this.queue.push(write);
        this.flushing ??= new Promise((resolve) => setImmediate(resolve)).then(() => this.flush());
    }
    /** True once a write has failed: the run should start nothing more. */
    get failed() {
        return this.failure !== null;
    }
    /** Waits for every queued write; rejects with the first write's failure, if any. */
    async drain() {
        while (this.flushing)
            await this.flushing;
        if (this.failure)
            throw this.failure.error;
    }
    async flush() {
        for (let write = this.queue.shift(); write; write = this.queue.shift()) {
            if (this.failure)
                continue;
            try {
                await write();
            }
            catch (error) {
                this.failure = { error };
            }
        }
        this.flushing = null;
    }
}

;// CONCATENATED MODULE: ./src/core/runner/suite-results.ts


const PREVIEW_CHARS = 200;
const INFRASTRUCTURE_CODES = new Set(['E_TIMEOUT', 'E_PROVIDER', 'E_NETWORK', 'E_RATE_LIMIT']);
function errorInfo(error) {
    return {
        code: error.code,
        message: error.message,
        ...(error.hint ? { hint: error.hint } : {}),
        infrastructure: error instanceof errors/* ProviderError */.mZ || INFRASTRUCTURE_CODES.has(error.code),
    };
}
function trialResult(trial, trace, evaluation, error) {
    const preview = trace.final_content === null ? null : trace.final_content.slice(0, PREVIEW_CHARS);
    return {
        trial,
        status: evaluation.status,
        score: evaluation.score,
        assertions: evaluation.assertions,
        trace_id: trace.trace_id,
        mode: trace.mode,
        turns: trace.turn_count,
        max_turns_hit: trace.max_turns_hit,
        tool_calls: trace.tool_calls_made.length,
        input_tokens: trace.input_tokens,
        output_tokens: trace.output_tokens,
        cost_usd: trace.cost_usd,
        latency_seconds: trace.latency_seconds,
        // The turn that failed after its retries is not in the trace; its retries travel on the error.
        retries: trace.turns.reduce((sum, turn) => sum + turn.retries, 0) + (error instanceof errors/* ProviderError */.mZ ? error.retries : 0),
        final_content_preview: preview,
        ...(error ? { error: errorInfo(error) } : {}),
    };
}
/** Sums over the scenario's trials; the cost is unknown as soon as one trial's is. */
function scenarioResult(loaded, provider, mode, trials, summary) {
    const sum = (pick) => trials.reduce((total, trial) => total + pick(trial), 0);
    const costs = trials.map((trial) => trial.cost_usd);
    const firstError = trials.find((trial) => trial.error)?.error;
    return {
        name: loaded.name,
        file: loaded.file,
        provider,
        model: loaded.scenario.model,
        mode,
        status: summary.status,
        verdict: summary.verdict,
        ...(summary.status === 'skipped' && trials.every((trial) => trial.status === 'cancelled') ? { skip_reason: 'cancelled' } : {}),
        summary: summary.summary,
        trials,
        turns: sum((trial) => trial.turns),
        max_turns_hit: trials.some((trial) => trial.max_turns_hit),
        tool_calls: sum((trial) => trial.tool_calls),
        input_tokens: sum((trial) => trial.input_tokens),
        output_tokens: sum((trial) => trial.output_tokens),
        cost_usd: costs.some((cost) => cost === null) ? null : sum((trial) => trial.cost_usd ?? 0),
        latency_seconds: sum((trial) => trial.latency_seconds),
        scenario_hash: loaded.hash,
        ...(summary.status === 'errored' && firstError ? { error: firstError } : {}),
        ...(summary.stats ? { stats: summary.stats } : {}),
    };
}
/** A scenario that never ran: skipped (budget, cancelled, no key) or errored before its first trial. */
function scenarioNotRun(loaded, provider, outcome) {
    const skipped = 'skip' in outcome;
    return {
        name: loaded.name,
        file: loaded.file,
        provider,
        model: loaded.scenario.model,
        mode: null,
        status: skipped ? 'skipped' : 'errored',
        verdict: skipped ? 'SKIPPED' : errorInfo(outcome.error).infrastructure ? 'INFRA_ERROR' : 'FAIL',
        ...(skipped ? { skip_reason: outcome.skip } : {}),
        summary: skipped ? outcome.message : outcome.error.message,
        ...figuresOfScenarioNotRun(),
        cost_usd: 0,
        scenario_hash: loaded.hash,
        ...(skipped ? {} : { error: errorInfo(outcome.error) }),
    };
}
function runTotals(scenarios) {
    const counter = new RunTotalsCounter();
    for (const scenario of scenarios)
        counter.add(scenario);
    return counter.totals();
}
/** The run's totals, counted as each scenario finishes: no row needs to stay in memory for them. */
class RunTotalsCounter {
    #totals = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, cost_usd: 0, cost_incomplete: false, input_tokens: 0, output_tokens: 0, latency_seconds: 0 };
    add(scenario) {
        const totals = this.#totals;
        totals.total += 1;
        totals[scenario.status] += 1;
        totals.cost_usd += scenario.cost_usd ?? 0;
        totals.cost_incomplete ||= scenario.cost_usd === null && scenario.status !== 'skipped';
        totals.input_tokens += scenario.input_tokens;
        totals.output_tokens += scenario.output_tokens;
        totals.latency_seconds += scenario.latency_seconds;
    }
    totals() {
        return { ...this.#totals };
    }
}

;// CONCATENATED MODULE: ./src/core/runner/run-suite.ts







const DEFAULT_GRACE_MS = 3000;
/**
 * Runs every scenario x trial through ONE pool of `concurrency` workers.
 * Results and traces are stored as each finishes and dropped from memory
 * (only the run's totals are counted as they go), so a long run loses
 * nothing when interrupted and its memory stays flat however many scenarios
 * it has. The rows of the run returned are the store's (RunStore.finishRun).
 */
function runSuite(scenarios, options) {
    // Not async itself: the run below holds the loaded scenarios only through their slots, so a caller that
    // hands over its array (CLI, action) lets each be collected once its scenario finished.
    const startedAt = new Date(options.clock.now()).toISOString();
    return runSlots(scenarios.map((loaded, index) => ({ loaded, index, choice: null, trials: [], ran: false, pending: options.trials })), options, startedAt);
}
async function runSlots(slots, options, startedAt) {
    const { clock, hooks, signal } = options;
    const total = slots.length;
    const totals = new RunTotalsCounter();
    const cap = new SpendCap(options.maxCostUsd);
    const hardStop = delayedAbort(signal, options.graceMs ?? DEFAULT_GRACE_MS);
    // A finished scenario's slot (and its loaded scenario) is dropped (slots[index] = null) once its result is stored.
    const queue = slots.flatMap((slot) => Array.from({ length: options.trials }, (_, trial) => ({ slot: slot, trial: trial + 1 })));
    let done = 0;
    // A trial's sealing, evaluation and storage, and a scenario's summary and storage, run after the requests
    // that the same turn of the event loop starts (write-behind.ts); they keep their order.
    const afterTurn = new WriteBehind();
    const finish = (slot, settle) => {
        afterTurn.defer(async () => {
            // Messages of errors raised outside a trial (building a client) have not been through the redactor yet.
            const result = options.redactor.deep(settle());
            slots[slot.index] = null;
            slot.trials = [];
            totals.add(result);
            await options.store.saveScenarioResult(options.runId, slot.index, result);
            hooks.onEvent?.({ type: 'scenario_finished', result, done: (done += 1), total });
        });
    };
    const startScenario = async (slot) => {
        const skip = skipBeforeStart(signal, cap, hooks);
        if (skip) {
            slot.choice = Promise.resolve(skip);
            finish(slot, () => scenarioNotRun(slot.loaded, slot.loaded.scenario.adapter, skip));
            return false;
        }
        slot.choice ??= hooks.clientFor(slot.loaded).catch((error) => ({ error: asSalvoError(error) }));
        const choice = await slot.choice;
        if ('client' in choice) {
            hooks.onEvent?.({ type: 'scenario_started', name: slot.loaded.name, file: slot.loaded.file, trials: options.trials });
            return true;
        }
        finish(slot, () => scenarioNotRun(slot.loaded, slot.loaded.scenario.adapter, choice));
        return false;
    };
    const runTrial = async (slot, trial, choice) => {
        const unsealed = await runScenarioUnsealed(slot.loaded, {
            client: choice.client,
            mode: choice.mode,
            clock,
            redactor: options.redactor,
            prices: options.prices,
            signal,
            hardStop,
            timeoutMs: options.timeoutMs,
        });
        slot.ran = true;
        // The spend cap decides whether the next scenario may start: counted now.
        if (cap.add(unsealed.trace.cost_usd, unsealed.trace.model))
            hooks.onEvent?.({ type: 'cost_uncounted', model: unsealed.trace.model });
        const complete = async () => {
            const outcome = sealOutcome(unsealed, options.redactor);
            await options.store.saveTrace(options.runId, outcome.trace);
            const evaluation = evaluate(outcome.trace, outcome.error, slot.loaded, hooks);
            const result = trialResult(trial, outcome.trace, evaluation.evaluation, evaluation.error);
            slot.trials[trial - 1] = result;
            hooks.onEvent?.({ type: 'trial_finished', name: slot.loaded.name, trial, result });
        };
        // Early stop decides on the finished trials before the next one starts; otherwise nothing waits for them.
        if (!options.earlyStop)
            return afterTurn.defer(complete);
        await complete();
        stopEarlyIfDecided(slot, queue, options.trials);
    };
    const worker = async () => {
        for (let job = queue.shift(); job && !afterTurn.failed; job = queue.shift()) {
            const { slot, trial } = job;
            if (trial === 1 && !(await startScenario(slot))) {
                removeQueued(queue, slot);
                continue;
            }
            // A later trial may be taken while the first is still choosing its client, or after it was skipped.
            const choice = await slot.choice;
            if (!choice || !('client' in choice))
                continue;
            if (signal.aborted && !slot.ran) {
                // Interrupted before any of its trials ran: cancelled as a whole below.
            }
            else if (signal.aborted) {
                slot.trials[trial - 1] = cancelledTrial(trial, choice.mode);
            }
            else {
                await runTrial(slot, trial, choice);
            }
            slot.pending -= 1;
            if (slot.pending === 0)
                finish(slot, () => summarise(slot, choice, hooks, options.trials));
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, worker));
    // Every result reaches the store before the run document; a failed write fails the run.
    await afterTurn.drain();
    if (signal.aborted)
        hooks.onEvent?.({ type: 'interrupted' });
    await storeNotStarted(slots, options, totals);
    const header = runHeader(options, startedAt, totals, cap);
    return { ...header, scenarios: await options.store.finishRun(header) };
}
/** The scenarios an interrupt kept from starting still have their slot: stored as cancelled, so the document has every row. */
async function storeNotStarted(slots, options, totals) {
    for (const [index, slot] of slots.entries()) {
        if (!slot)
            continue;
        const row = notStarted(slot.loaded);
        totals.add(row);
        await options.store.saveScenarioResult(options.runId, index, row);
    }
}
function notStarted(loaded) {
    return scenarioNotRun(loaded, loaded.scenario.adapter, { skip: 'cancelled', message: 'not started: the run was interrupted' });
}
/** Why a scenario must not start (interrupted, or the spend cap reached), announcing the cap once. */
function skipBeforeStart(signal, cap, hooks) {
    if (signal.aborted)
        return { skip: 'cancelled', message: 'not started: the run was interrupted' };
    if (!cap.exhausted())
        return null;
    if (!cap.announced) {
        cap.announced = true;
        hooks.onEvent?.({ type: 'budget_reached', spentUsd: cap.spentUsd, maxCostUsd: cap.maxCostUsd });
    }
    return { skip: 'budget', message: cap.skipMessage() };
}
function runHeader(options, startedAt, totals, cap) {
    return {
        schema_version: RESULTS_SCHEMA_VERSION,
        run_id: options.runId,
        salvo_version: options.salvoVersion ?? 'unknown',
        started_at: startedAt,
        finished_at: new Date(options.clock.now()).toISOString(),
        interrupted: options.signal.aborted,
        max_cost_usd: options.maxCostUsd,
        totals: totals.totals(),
        budget_exhausted: cap.skippedAny,
        uncounted_cost_models: cap.uncountedModels(),
    };
}
function evaluate(trace, error, loaded, hooks) {
    if (error)
        return { evaluation: { status: error.code === 'E_CANCELLED' ? 'cancelled' : 'errored', score: null, assertions: [] }, error };
    try {
        return { evaluation: hooks.evaluateTrial(trace, loaded), error: null };
    }
    catch (caught) {
        return { evaluation: { status: 'errored', score: null, assertions: [] }, error: asSalvoError(caught) };
    }
}
function summarise(slot, choice, hooks, plannedTrials) {
    const trials = slot.trials.filter((trial) => trial !== undefined);
    if (trials.length === 0)
        return scenarioNotRun(slot.loaded, choice.client.provider, { skip: 'cancelled', message: 'not started: the run was interrupted' });
    return scenarioResult(slot.loaded, choice.client.provider, choice.mode, trials, hooks.summariseScenario(trials, slot.loaded, summaryContext(slot, trials, plannedTrials)));
}
function summaryContext(slot, trials, plannedTrials) {
    return slot.stoppedEarly === undefined ? { plannedTrials } : { plannedTrials, earlyStop: { afterTrials: trials.length, reason: slot.stoppedEarly } };
}
function cancelledTrial(trial, mode) {
    return {
        trial, status: 'cancelled', score: null, assertions: [], trace_id: null, mode, turns: 0, max_turns_hit: false, tool_calls: 0,
        input_tokens: 0, output_tokens: 0, cost_usd: 0, latency_seconds: 0, retries: 0, final_content_preview: null,
        error: { code: 'E_CANCELLED', message: 'not started: the run was interrupted', infrastructure: false },
    };
}
/** Early stop: once the finished trials decide the outcome, the trials not started are dropped (running ones still count). */
function stopEarlyIfDecided(slot, queue, plannedTrials) {
    if (slot.stoppedEarly !== undefined)
        return;
    const finished = slot.trials.filter((trial) => trial !== undefined);
    const decision = decideEarlyStop(finished, plannedTrials, slot.loaded);
    if (!decision.stop)
        return;
    slot.stoppedEarly = decision.reason ?? 'the remaining trials cannot change the outcome';
    slot.pending -= removeQueued(queue, slot);
}
/** Drops the slot's trials that have not started; returns how many. */
function removeQueued(queue, slot) {
    let removed = 0;
    for (let index = queue.length - 1; index >= 0; index -= 1) {
        if (queue[index].slot === slot) {
            queue.splice(index, 1);
            removed += 1;
        }
    }
    return removed;
}
function asSalvoError(error) {
    if ((0,errors/* isSalvoError */.GT)(error))
        return error;
    return new errors/* SalvoError */.u3('E_INTERNAL', error instanceof Error ? error.message : String(error), { cause: error });
}
/** A signal that fires `delayMs` after `source` does: the grace given to turns in flight. */
function delayedAbort(source, delayMs) {
    const controller = new AbortController();
    const fire = () => {
        const timer = setTimeout(() => controller.abort(source.reason), delayMs);
        timer.unref?.();
    };
    if (source.aborted)
        fire();
    else
        source.addEventListener('abort', fire, { once: true });
    return controller.signal;
}

// EXTERNAL MODULE: ./src/core/scenario/load-scenario.ts + 2 modules
var load_scenario = __nccwpck_require__(6743);
;// CONCATENATED MODULE: ./src/core/scenario/load-scenarios.ts


/**
 * How many files are loaded ahead of the one being yielded, so a reader that
 * waits (fs/promises' thread-pool round trip, a network file system) keeps
 * the CPU busy: one file at a time left loading a third idle (bench case 4,
 * 1,000 files). Sixteen does that without holding many files open.
 */
const READ_AHEAD = 16;
/** Files loaded between two turns of the event loop. */
const EVENT_LOOP_TURN_EVERY = 16;
/**
 * Loads `files` in their order, yielding each file's scenario or its
 * ConfigError (every problem of that file). Errors that are not about the
 * file (a bug, the disk) end the iteration by throwing, as loadScenario does.
 */
async function* loadScenarios(files, options, readAhead = READ_AHEAD) {
    const pending = [];
    let next = 0;
    const startNext = () => {
        const file = files[next++];
        // Settled into a value at once: a file that fails while an earlier one is still awaited is no unhandled rejection.
        pending.push((0,load_scenario/* loadScenario */.df)(file, options).then((loaded) => ({ file, loaded }), (error) => (error instanceof errors/* ConfigError */.xL ? { file, error } : { file, failure: error })));
    };
    while (next < files.length && pending.length < readAhead)
        startNext();
    let yielded = 0;
    while (pending.length > 0) {
        const outcome = await pending.shift();
        if (next < files.length)
            startNext();
        if ('failure' in outcome)
            throw outcome.failure;
        yield outcome;
        // Loading is synchronous work between promise steps: without a turn of the event loop now and then,
        // a suite of 10,000 files held it for seconds (no timer, no signal handler, no progress ran).
        if (++yielded % EVENT_LOOP_TURN_EVERY === 0)
            await new Promise((resolve) => setImmediate(resolve));
    }
}

;// CONCATENATED MODULE: ./src/core/checks/check.ts
function pass(reason) {
    return { passed: true, score: 1, reason };
}
function fail(reason) {
    return { passed: false, score: 0, reason };
}
/** Cuts long values for reasons: a reason is one readable line, not a dump. */
function preview(text, max = 120) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
/** JSON for reasons, cut to a readable length. */
function describeValue(value, max = 120) {
    if (value === undefined)
        return 'nothing';
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        text = String(value);
    }
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** Names in order, cut after `max` so a runaway agent does not make a reason unreadable. */
function describeNames(names, max = 20) {
    if (names.length === 0)
        return 'no tool calls';
    const shown = names.slice(0, max).join(', ');
    return names.length > max ? `${shown}, … (${names.length - max} more)` : shown;
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/**
 * JSON deep equality: the comparison YAML authors expect (`1` equals `1.0`,
 * key order does not matter, arrays compare element by element).
 */
function deepEqual(left, right) {
    if (left === right)
        return true;
    if (typeof left !== typeof right || left === null || right === null)
        return false;
    if (Array.isArray(left) || Array.isArray(right)) {
        if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length)
            return false;
        return left.every((item, index) => deepEqual(item, right[index]));
    }
    if (typeof left === 'object' && typeof right === 'object') {
        const leftRecord = left;
        const rightRecord = right;
        const leftKeys = Object.keys(leftRecord);
        if (leftKeys.length !== Object.keys(rightRecord).length)
            return false;
        return leftKeys.every((key) => Object.hasOwn(rightRecord, key) && deepEqual(leftRecord[key], rightRecord[key]));
    }
    return false;
}

;// CONCATENATED MODULE: ./node_modules/@jmespath-community/jmespath/dist/index.mjs
// src/utils/index.ts
var isObject = (obj) => {
  return obj !== null && Object.prototype.toString.call(obj) === "[object Object]";
};
var strictDeepEqual = (first, second) => {
  if (first === second) {
    return true;
  }
  if (typeof first !== typeof second) {
    return false;
  }
  if (Array.isArray(first) && Array.isArray(second)) {
    if (first.length !== second.length) {
      return false;
    }
    for (let i = 0; i < first.length; i += 1) {
      if (!strictDeepEqual(first[i], second[i])) {
        return false;
      }
    }
    return true;
  }
  if (isObject(first) && isObject(second)) {
    const firstEntries = Object.entries(first);
    const secondKeys = new Set(Object.keys(second));
    if (firstEntries.length !== secondKeys.size) {
      return false;
    }
    for (const [key, value] of firstEntries) {
      if (!strictDeepEqual(value, second[key])) {
        return false;
      }
      secondKeys.delete(key);
    }
    return secondKeys.size === 0;
  }
  return false;
};
var isFalse = (obj) => {
  if (obj === null || obj === void 0 || obj === false) {
    return true;
  }
  if (typeof obj === "string") {
    return obj === "";
  }
  if (typeof obj === "object") {
    if (Array.isArray(obj)) {
      return obj.length === 0;
    }
    if (obj === null) {
      return true;
    }
    return Object.keys(obj).length === 0;
  }
  return false;
};
var isAlpha = (ch) => {
  return ch >= "a" && ch <= "z" || ch >= "A" && ch <= "Z" || ch === "_";
};
var isNum = (ch) => {
  return ch >= "0" && ch <= "9" || ch === "-";
};
var isAlphaNum = (ch) => {
  return ch >= "a" && ch <= "z" || ch >= "A" && ch <= "Z" || ch >= "0" && ch <= "9" || ch === "_";
};
var ensureInteger = (value) => {
  if (!(typeof value === "number") || Math.floor(value) !== value) {
    throw new Error("invalid-value: expecting an integer.");
  }
  return value;
};
var ensurePositiveInteger = (value) => {
  if (!(typeof value === "number") || value < 0 || Math.floor(value) !== value) {
    throw new Error("invalid-value: expecting a non-negative integer.");
  }
  return value;
};
var ensureNumbers = (...operands) => {
  for (let i = 0; i < operands.length; i++) {
    if (operands[i] === null || operands[i] === void 0) {
      throw new Error("not-a-number: undefined");
    }
    if (typeof operands[i] !== "number") {
      throw new Error("not-a-number");
    }
  }
};
var notZero = (n) => {
  n = +n;
  if (!n) {
    throw new Error("not-a-number: divide by zero");
  }
  return n;
};
var add = (left, right) => {
  ensureNumbers(left, right);
  const result = left + right;
  return result;
};
var sub = (left, right) => {
  ensureNumbers(left, right);
  const result = left - right;
  return result;
};
var mul = (left, right) => {
  ensureNumbers(left, right);
  const result = left * right;
  return result;
};
var divide = (left, right) => {
  ensureNumbers(left, right);
  const result = left / notZero(right);
  return result;
};
var div = (left, right) => {
  ensureNumbers(left, right);
  const result = Math.floor(left / notZero(right));
  return result;
};
var mod = (left, right) => {
  ensureNumbers(left, right);
  const result = left % right;
  return result;
};

// src/utils/strings.ts
var findFirst = (subject, sub2, start, end) => {
  if (!subject || !sub2) {
    return null;
  }
  start = Math.max(ensureInteger(start = start || 0), 0);
  end = Math.min(ensureInteger(end = end || subject.length), subject.length);
  const offset = subject.slice(start, end).indexOf(sub2);
  return offset === -1 ? null : offset + start;
};
var findLast = (subject, sub2, start, end) => {
  if (!subject || !sub2) {
    return null;
  }
  start = Math.max(ensureInteger(start = start || 0), 0);
  end = Math.min(ensureInteger(end = end || subject.length), subject.length);
  const offset = subject.slice(start, end).lastIndexOf(sub2);
  const result = offset === -1 ? null : offset + start;
  return result;
};
var lower = (subject) => subject.toLowerCase();
var ensurePadFuncParams = (name, width, padding) => {
  padding = padding || " ";
  if (padding.length > 1) {
    throw new Error(`invalid value, ${name} expects its 'pad' parameter to be a valid string with a single codepoint`);
  }
  ensurePositiveInteger(width);
  return padding;
};
var padLeft = (subject, width, padding) => {
  padding = ensurePadFuncParams("pad_left", width, padding);
  return subject && subject.padStart(width, padding) || "";
};
var padRight = (subject, width, padding) => {
  padding = ensurePadFuncParams("pad_right", width, padding);
  return subject && subject.padEnd(width, padding) || "";
};
var replace = (subject, string, by, count) => {
  if (count === 0) {
    return subject;
  }
  if (!count) {
    return subject.split(string).join(by);
  }
  ensurePositiveInteger(count);
  [...Array(count).keys()].map(() => subject = subject.replace(string, by));
  return subject;
};
var split = (subject, search2, count) => {
  if (subject.length == 0 && search2.length === 0) {
    return [];
  }
  if (count === null || count === void 0) {
    return subject.split(search2);
  }
  ensurePositiveInteger(count);
  if (count === 0) {
    return [subject];
  }
  const split2 = subject.split(search2);
  return [...split2.slice(0, count), split2.slice(count).join(search2)];
};
var trim = (subject, chars) => {
  return trimLeft(trimRight(subject, chars), chars);
};
var trimLeft = (subject, chars) => {
  return trimImpl(subject, (list) => new RegExp(`^[${list}]*(.*?)`), chars);
};
var trimRight = (subject, chars) => {
  return trimImpl(subject, (list) => new RegExp(`(.*?)[${list}]*$`), chars);
};
var trimImpl = (subject, regExper, chars) => {
  const pattern = chars ? chars.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&") : "\\s\x85";
  return subject.replace(regExper(pattern), "$1");
};
var upper = (subject) => subject.toUpperCase();

// src/Lexer.ts
var basicTokens = {
  "(": "Lparen" /* TOK_LPAREN */,
  ")": "Rparen" /* TOK_RPAREN */,
  "*": "Star" /* TOK_STAR */,
  ",": "Comma" /* TOK_COMMA */,
  ".": "Dot" /* TOK_DOT */,
  ":": "Colon" /* TOK_COLON */,
  "@": "Current" /* TOK_CURRENT */,
  "]": "Rbracket" /* TOK_RBRACKET */,
  "{": "Lbrace" /* TOK_LBRACE */,
  "}": "Rbrace" /* TOK_RBRACE */,
  "+": "Plus" /* TOK_PLUS */,
  "%": "Modulo" /* TOK_MODULO */,
  "?": "Question" /* TOK_QUESTION */,
  "\u2212": "Minus" /* TOK_MINUS */,
  "\xD7": "Multiply" /* TOK_MULTIPLY */,
  "\xF7": "Divide" /* TOK_DIVIDE */
};
var operatorStartToken = {
  "!": true,
  "<": true,
  "=": true,
  ">": true,
  "&": true,
  "|": true,
  "/": true
};
var skipChars = {
  "	": true,
  "\n": true,
  "\r": true,
  " ": true
};
var StreamLexer = class {
  _current = 0;
  _enable_legacy_literals = false;
  tokenize(stream, options) {
    const tokens = [];
    this._current = 0;
    this._enable_legacy_literals = options?.enable_legacy_literals || false;
    let start;
    let identifier;
    let token;
    while (this._current < stream.length) {
      if (isAlpha(stream[this._current])) {
        start = this._current;
        identifier = this.consumeUnquotedIdentifier(stream);
        tokens.push({
          start,
          type: "UnquotedIdentifier" /* TOK_UNQUOTEDIDENTIFIER */,
          value: identifier
        });
      } else if (basicTokens[stream[this._current]] !== void 0) {
        tokens.push({
          start: this._current,
          type: basicTokens[stream[this._current]],
          value: stream[this._current]
        });
        this._current += 1;
      } else if (stream[this._current] === "$") {
        start = this._current;
        if (this._current + 1 < stream.length && isAlpha(stream[this._current + 1])) {
          this._current += 1;
          identifier = this.consumeUnquotedIdentifier(stream);
          tokens.push({
            start,
            type: "Variable" /* TOK_VARIABLE */,
            value: identifier
          });
        } else {
          tokens.push({
            start,
            type: "Root" /* TOK_ROOT */,
            value: stream[this._current]
          });
          this._current += 1;
        }
      } else if (stream[this._current] === "-") {
        if (this._current + 1 < stream.length && isNum(stream[this._current + 1])) {
          const token2 = this.consumeNumber(stream);
          token2 && tokens.push(token2);
        } else {
          const token2 = {
            start: this._current,
            type: "Minus" /* TOK_MINUS */,
            value: "-"
          };
          tokens.push(token2);
          this._current += 1;
        }
      } else if (isNum(stream[this._current])) {
        token = this.consumeNumber(stream);
        tokens.push(token);
      } else if (stream[this._current] === "[") {
        token = this.consumeLBracket(stream);
        tokens.push(token);
      } else if (stream[this._current] === '"') {
        start = this._current;
        identifier = this.consumeQuotedIdentifier(stream);
        tokens.push({
          start,
          type: "QuotedIdentifier" /* TOK_QUOTEDIDENTIFIER */,
          value: identifier
        });
      } else if (stream[this._current] === `'`) {
        start = this._current;
        identifier = this.consumeRawStringLiteral(stream);
        tokens.push({
          start,
          type: "Literal" /* TOK_LITERAL */,
          value: identifier
        });
      } else if (stream[this._current] === "`") {
        start = this._current;
        const literal = this.consumeLiteral(stream);
        tokens.push({
          start,
          type: "Literal" /* TOK_LITERAL */,
          value: literal
        });
      } else if (operatorStartToken[stream[this._current]] !== void 0) {
        token = this.consumeOperator(stream);
        token && tokens.push(token);
      } else if (skipChars[stream[this._current]] !== void 0) {
        this._current += 1;
      } else {
        const error = new Error(`Syntax error: unknown character: ${stream[this._current]}`);
        error.name = "LexerError";
        throw error;
      }
    }
    return tokens;
  }
  consumeUnquotedIdentifier(stream) {
    const start = this._current;
    this._current += 1;
    while (this._current < stream.length && isAlphaNum(stream[this._current])) {
      this._current += 1;
    }
    return stream.slice(start, this._current);
  }
  consumeQuotedIdentifier(stream) {
    const start = this._current;
    this._current += 1;
    const maxLength = stream.length;
    while (stream[this._current] !== '"' && this._current < maxLength) {
      let current = this._current;
      if (stream[current] === "\\" && (stream[current + 1] === "\\" || stream[current + 1] === '"')) {
        current += 2;
      } else {
        current += 1;
      }
      this._current = current;
    }
    this._current += 1;
    const [value, ok] = this.parseJSON(stream.slice(start, this._current));
    if (!ok) {
      const error = new Error(`syntax: unexpected end of JSON input`);
      error.name = "LexerError";
      throw error;
    }
    return value;
  }
  consumeRawStringLiteral(stream) {
    const start = this._current;
    this._current += 1;
    const maxLength = stream.length;
    while (stream[this._current] !== `'` && this._current < maxLength) {
      let current = this._current;
      if (stream[current] === "\\" && (stream[current + 1] === "\\" || stream[current + 1] === `'`)) {
        current += 2;
      } else {
        current += 1;
      }
      this._current = current;
    }
    this._current += 1;
    const literal = stream.slice(start + 1, this._current - 1);
    return replace(replace(literal, `\\\\`, `\\`), `\\'`, `'`);
  }
  consumeNumber(stream) {
    const start = this._current;
    this._current += 1;
    const maxLength = stream.length;
    while (isNum(stream[this._current]) && this._current < maxLength) {
      this._current += 1;
    }
    const value = parseInt(stream.slice(start, this._current), 10);
    return { start, value, type: "Number" /* TOK_NUMBER */ };
  }
  consumeLBracket(stream) {
    const start = this._current;
    this._current += 1;
    if (stream[this._current] === "?") {
      this._current += 1;
      return { start, type: "Filter" /* TOK_FILTER */, value: "[?" };
    }
    if (stream[this._current] === "]") {
      this._current += 1;
      return { start, type: "Flatten" /* TOK_FLATTEN */, value: "[]" };
    }
    return { start, type: "Lbracket" /* TOK_LBRACKET */, value: "[" };
  }
  consumeOrElse(stream, peek, token, orElse) {
    const start = this._current;
    this._current += 1;
    if (this._current < stream.length && stream[this._current] === peek) {
      this._current += 1;
      return {
        start,
        type: orElse,
        value: stream.slice(start, this._current)
      };
    }
    return { start, type: token, value: stream[start] };
  }
  consumeOperator(stream) {
    const start = this._current;
    const startingChar = stream[start];
    switch (startingChar) {
      case "!":
        return this.consumeOrElse(stream, "=", "Not" /* TOK_NOT */, "NE" /* TOK_NE */);
      case "<":
        return this.consumeOrElse(stream, "=", "LT" /* TOK_LT */, "LTE" /* TOK_LTE */);
      case ">":
        return this.consumeOrElse(stream, "=", "GT" /* TOK_GT */, "GTE" /* TOK_GTE */);
      case "=":
        return this.consumeOrElse(stream, "=", "Assign" /* TOK_ASSIGN */, "EQ" /* TOK_EQ */);
      case "&":
        return this.consumeOrElse(stream, "&", "Expref" /* TOK_EXPREF */, "And" /* TOK_AND */);
      case "|":
        return this.consumeOrElse(stream, "|", "Pipe" /* TOK_PIPE */, "Or" /* TOK_OR */);
      case "/":
        return this.consumeOrElse(stream, "/", "Divide" /* TOK_DIVIDE */, "Div" /* TOK_DIV */);
    }
  }
  consumeLiteral(stream) {
    this._current += 1;
    const start = this._current;
    const maxLength = stream.length;
    while (stream[this._current] !== "`" && this._current < maxLength) {
      let current = this._current;
      if (stream[current] === "\\" && (stream[current + 1] === "\\" || stream[current + 1] === "`")) {
        current += 2;
      } else {
        current += 1;
      }
      this._current = current;
    }
    let literalString = stream.slice(start, this._current).trimStart();
    literalString = literalString.replace("\\`", "`");
    let literal = null;
    let ok = false;
    if (this.looksLikeJSON(literalString)) {
      [literal, ok] = this.parseJSON(literalString);
    }
    if (!ok && this._enable_legacy_literals) {
      [literal, ok] = this.parseJSON(`"${literalString}"`);
    }
    if (!ok) {
      const error = new Error(
        `Syntax error: unexpected end of JSON input or invalid format for a JSON literal: ${stream[this._current]}`
      );
      error.name = "LexerError";
      throw error;
    }
    this._current += 1;
    return literal;
  }
  looksLikeJSON(literalString) {
    const startingChars = '[{"';
    const jsonLiterals = ["true", "false", "null"];
    const numberLooking = "-0123456789";
    if (literalString === "") {
      return false;
    }
    if (startingChars.includes(literalString[0])) {
      return true;
    }
    if (jsonLiterals.includes(literalString)) {
      return true;
    }
    if (numberLooking.includes(literalString[0])) {
      const [_, ok] = this.parseJSON(literalString);
      return ok;
    }
    return false;
  }
  parseJSON(text) {
    try {
      const json = JSON.parse(text);
      return [json, true];
    } catch {
      return [null, false];
    }
  }
};
var Lexer = new StreamLexer();
var Lexer_default = Lexer;

// src/Parser.ts
var bindingPower = {
  ["EOF" /* TOK_EOF */]: 0,
  ["Variable" /* TOK_VARIABLE */]: 0,
  ["UnquotedIdentifier" /* TOK_UNQUOTEDIDENTIFIER */]: 0,
  ["QuotedIdentifier" /* TOK_QUOTEDIDENTIFIER */]: 0,
  ["Rbracket" /* TOK_RBRACKET */]: 0,
  ["Rparen" /* TOK_RPAREN */]: 0,
  ["Comma" /* TOK_COMMA */]: 0,
  ["Rbrace" /* TOK_RBRACE */]: 0,
  ["Number" /* TOK_NUMBER */]: 0,
  ["Current" /* TOK_CURRENT */]: 0,
  ["Expref" /* TOK_EXPREF */]: 0,
  ["Root" /* TOK_ROOT */]: 0,
  ["Assign" /* TOK_ASSIGN */]: 1,
  ["Pipe" /* TOK_PIPE */]: 1,
  ["Question" /* TOK_QUESTION */]: 2,
  ["Or" /* TOK_OR */]: 3,
  ["And" /* TOK_AND */]: 4,
  ["EQ" /* TOK_EQ */]: 5,
  ["GT" /* TOK_GT */]: 5,
  ["LT" /* TOK_LT */]: 5,
  ["GTE" /* TOK_GTE */]: 5,
  ["LTE" /* TOK_LTE */]: 5,
  ["NE" /* TOK_NE */]: 5,
  ["Minus" /* TOK_MINUS */]: 6,
  ["Plus" /* TOK_PLUS */]: 6,
  ["Div" /* TOK_DIV */]: 7,
  ["Divide" /* TOK_DIVIDE */]: 7,
  ["Modulo" /* TOK_MODULO */]: 7,
  ["Multiply" /* TOK_MULTIPLY */]: 7,
  ["Flatten" /* TOK_FLATTEN */]: 9,
  ["Star" /* TOK_STAR */]: 20,
  ["Filter" /* TOK_FILTER */]: 21,
  ["Dot" /* TOK_DOT */]: 40,
  ["Not" /* TOK_NOT */]: 45,
  ["Lbrace" /* TOK_LBRACE */]: 50,
  ["Lbracket" /* TOK_LBRACKET */]: 55,
  ["Lparen" /* TOK_LPAREN */]: 60
};
var TokenParser = class _TokenParser {
  index = 0;
  tokens = [];
  parse(expression, options) {
    this.loadTokens(expression, options || { enable_legacy_literals: false });
    this.index = 0;
    const ast = this.expression(0);
    if (this.lookahead(0) !== "EOF" /* TOK_EOF */) {
      const token = this.lookaheadToken(0);
      this.errorToken(token, `Syntax error: unexpected token type: ${token.type}, value: ${token.value}`);
    }
    return ast;
  }
  loadTokens(expression, options) {
    this.tokens = Lexer_default.tokenize(expression, options);
    this.tokens.push({ type: "EOF" /* TOK_EOF */, value: "", start: expression.length });
  }
  expression(rbp) {
    const leftToken = this.lookaheadToken(0);
    this.advance();
    let left = this.nud(leftToken);
    let currentTokenType = this.lookahead(0);
    while (rbp < bindingPower[currentTokenType]) {
      this.advance();
      left = this.led(currentTokenType, left);
      currentTokenType = this.lookahead(0);
    }
    return left;
  }
  lookahead(offset) {
    return this.tokens[this.index + offset].type;
  }
  lookaheadToken(offset) {
    return this.tokens[this.index + offset];
  }
  advance() {
    this.index += 1;
  }
  nud(token) {
    switch (token.type) {
      case "Variable" /* TOK_VARIABLE */:
        return { type: "Variable", name: token.value };
      case "Literal" /* TOK_LITERAL */:
        return { type: "Literal", value: token.value };
      case "UnquotedIdentifier" /* TOK_UNQUOTEDIDENTIFIER */: {
        if (_TokenParser.isKeyword(token, "let") && this.lookahead(0) === "Variable" /* TOK_VARIABLE */) {
          return this.parseLetExpression();
        } else {
          return { type: "Field", name: token.value };
        }
      }
      case "QuotedIdentifier" /* TOK_QUOTEDIDENTIFIER */:
        if (this.lookahead(0) === "Lparen" /* TOK_LPAREN */) {
          throw new Error("Syntax error: quoted identifier not allowed for function names.");
        } else {
          return { type: "Field", name: token.value };
        }
      case "Not" /* TOK_NOT */: {
        const child = this.expression(bindingPower.Not);
        return { type: "NotExpression", child };
      }
      case "Minus" /* TOK_MINUS */: {
        const child = this.expression(bindingPower.Minus);
        return {
          type: "Unary",
          operator: token.type,
          operand: child
        };
      }
      case "Plus" /* TOK_PLUS */: {
        const child = this.expression(bindingPower.Plus);
        return {
          type: "Unary",
          operator: token.type,
          operand: child
        };
      }
      case "Star" /* TOK_STAR */: {
        const left = { type: "Identity" };
        return { type: "ValueProjection", left, right: this.parseProjectionRHS(bindingPower.Star) };
      }
      case "Filter" /* TOK_FILTER */:
        return this.led(token.type, { type: "Identity" });
      case "Lbrace" /* TOK_LBRACE */:
        return this.parseMultiselectHash();
      case "Flatten" /* TOK_FLATTEN */: {
        const left = {
          type: "Flatten",
          child: { type: "Identity" }
        };
        const right = this.parseProjectionRHS(bindingPower.Flatten);
        return { type: "Projection", left, right };
      }
      case "Lbracket" /* TOK_LBRACKET */: {
        if (this.lookahead(0) === "Number" /* TOK_NUMBER */ || this.lookahead(0) === "Colon" /* TOK_COLON */) {
          const right = this.parseIndexExpression();
          return this.projectIfSlice({ type: "Identity" }, right);
        }
        if (this.lookahead(0) === "Star" /* TOK_STAR */ && this.lookahead(1) === "Rbracket" /* TOK_RBRACKET */) {
          this.advance();
          this.advance();
          const right = this.parseProjectionRHS(bindingPower.Star);
          return {
            left: { type: "Identity" },
            right,
            type: "Projection"
          };
        }
        return this.parseMultiselectList();
      }
      case "Current" /* TOK_CURRENT */:
        return { type: "Current" /* TOK_CURRENT */ };
      case "Root" /* TOK_ROOT */:
        return { type: "Root" /* TOK_ROOT */ };
      case "Expref" /* TOK_EXPREF */: {
        const child = this.expression(bindingPower.Expref);
        return { type: "ExpressionReference", child };
      }
      case "Lparen" /* TOK_LPAREN */: {
        const expression = this.expression(0);
        this.match("Rparen" /* TOK_RPAREN */);
        return expression;
      }
      default:
        this.errorToken(token);
    }
  }
  led(tokenName, left) {
    switch (tokenName) {
      case "Question" /* TOK_QUESTION */: {
        const trueExpr = this.expression(0);
        this.match("Colon" /* TOK_COLON */);
        const falseExpr = this.expression(0);
        return {
          type: "Ternary",
          condition: left,
          trueExpr,
          falseExpr
        };
      }
      case "Dot" /* TOK_DOT */: {
        const rbp = bindingPower.Dot;
        if (this.lookahead(0) !== "Star" /* TOK_STAR */) {
          const right2 = this.parseDotRHS(rbp);
          return { type: "Subexpression", left, right: right2 };
        }
        this.advance();
        const right = this.parseProjectionRHS(rbp);
        return { type: "ValueProjection", left, right };
      }
      case "Pipe" /* TOK_PIPE */: {
        const right = this.expression(bindingPower.Pipe);
        return { type: "Pipe", left, right };
      }
      case "Or" /* TOK_OR */: {
        const right = this.expression(bindingPower.Or);
        return { type: "OrExpression", left, right };
      }
      case "And" /* TOK_AND */: {
        const right = this.expression(bindingPower.And);
        return { type: "AndExpression", left, right };
      }
      case "Lparen" /* TOK_LPAREN */: {
        if (left.type !== "Field") {
          throw new Error("Syntax error: expected a Field node");
        }
        const name = left.name;
        const args = this.parseCommaSeparatedExpressionsUntilToken("Rparen" /* TOK_RPAREN */);
        const node = { name, type: "Function", children: args };
        return node;
      }
      case "Filter" /* TOK_FILTER */: {
        const condition = this.expression(0);
        this.match("Rbracket" /* TOK_RBRACKET */);
        const right = this.lookahead(0) === "Flatten" /* TOK_FLATTEN */ ? { type: "Identity" } : this.parseProjectionRHS(bindingPower.Filter);
        return { type: "FilterProjection", left, right, condition };
      }
      case "Flatten" /* TOK_FLATTEN */: {
        const leftNode = { type: "Flatten", child: left };
        const right = this.parseProjectionRHS(bindingPower.Flatten);
        return { type: "Projection", left: leftNode, right };
      }
      case "Assign" /* TOK_ASSIGN */: {
        const leftNode = left;
        const right = this.expression(0);
        return {
          type: "Binding",
          variable: leftNode.name,
          reference: right
        };
      }
      case "EQ" /* TOK_EQ */:
      case "NE" /* TOK_NE */:
      case "GT" /* TOK_GT */:
      case "GTE" /* TOK_GTE */:
      case "LT" /* TOK_LT */:
      case "LTE" /* TOK_LTE */:
        return this.parseComparator(left, tokenName);
      case "Plus" /* TOK_PLUS */:
      case "Minus" /* TOK_MINUS */:
      case "Multiply" /* TOK_MULTIPLY */:
      case "Star" /* TOK_STAR */:
      case "Divide" /* TOK_DIVIDE */:
      case "Modulo" /* TOK_MODULO */:
      case "Div" /* TOK_DIV */:
        return this.parseArithmetic(left, tokenName);
      case "Lbracket" /* TOK_LBRACKET */: {
        const token = this.lookaheadToken(0);
        if (token.type === "Number" /* TOK_NUMBER */ || token.type === "Colon" /* TOK_COLON */) {
          const right2 = this.parseIndexExpression();
          return this.projectIfSlice(left, right2);
        }
        this.match("Star" /* TOK_STAR */);
        this.match("Rbracket" /* TOK_RBRACKET */);
        const right = this.parseProjectionRHS(bindingPower.Star);
        return { type: "Projection", left, right };
      }
      default:
        return this.errorToken(this.lookaheadToken(0));
    }
  }
  static isKeyword(token, keyword) {
    return token.type === "UnquotedIdentifier" /* TOK_UNQUOTEDIDENTIFIER */ && token.value === keyword;
  }
  match(tokenType) {
    if (this.lookahead(0) === tokenType) {
      this.advance();
      return;
    } else {
      const token = this.lookaheadToken(0);
      this.errorToken(token, `Syntax error: expected ${tokenType}, got: ${token.type}`);
    }
  }
  errorToken(token, message = "") {
    const error = new Error(message || `Syntax error: invalid token (${token.type}): "${token.value}"`);
    error.name = "ParserError";
    throw error;
  }
  parseIndexExpression() {
    if (this.lookahead(0) === "Colon" /* TOK_COLON */ || this.lookahead(1) === "Colon" /* TOK_COLON */) {
      return this.parseSliceExpression();
    }
    const value = Number(this.lookaheadToken(0).value);
    this.advance();
    this.match("Rbracket" /* TOK_RBRACKET */);
    return { type: "Index", value };
  }
  projectIfSlice(left, right) {
    const indexExpr = {
      type: "IndexExpression",
      left,
      right
    };
    if (right.type === "Slice") {
      return {
        left: indexExpr,
        right: this.parseProjectionRHS(bindingPower.Star),
        type: "Projection"
      };
    }
    return indexExpr;
  }
  parseSliceExpression() {
    const parts = [null, null, null];
    let index = 0;
    let current = this.lookaheadToken(0);
    while (current.type != "Rbracket" /* TOK_RBRACKET */ && index < 3) {
      if (current.type === "Colon" /* TOK_COLON */) {
        index++;
        if (index === 3) {
          this.errorToken(this.lookaheadToken(0), "Syntax error, too many colons in slice expression");
        }
        this.advance();
      } else if (current.type === "Number" /* TOK_NUMBER */) {
        const part = this.lookaheadToken(0).value;
        parts[index] = part;
        this.advance();
      } else {
        const next = this.lookaheadToken(0);
        this.errorToken(next, `Syntax error, unexpected token: ${next.value}(${next.type})`);
      }
      current = this.lookaheadToken(0);
    }
    this.match("Rbracket" /* TOK_RBRACKET */);
    const [start, stop, step] = parts;
    return { type: "Slice", start, stop, step };
  }
  parseLetExpression() {
    const separated = this.parseCommaSeparatedExpressionsUntilKeyword("in");
    const expression = this.expression(0);
    const bindings = separated.map((binding) => binding);
    return {
      type: "LetExpression",
      bindings,
      expression
    };
  }
  parseCommaSeparatedExpressionsUntilKeyword(keyword) {
    return this.parseCommaSeparatedExpressionsUntil(
      () => {
        return _TokenParser.isKeyword(this.lookaheadToken(0), keyword);
      },
      () => {
        this.advance();
      }
    );
  }
  parseCommaSeparatedExpressionsUntilToken(token) {
    return this.parseCommaSeparatedExpressionsUntil(
      () => {
        return this.lookahead(0) === token;
      },
      () => {
        return this.match(token);
      }
    );
  }
  parseCommaSeparatedExpressionsUntil(isEndToken, matchEndToken) {
    const args = [];
    let expression;
    while (!isEndToken()) {
      expression = this.expression(0);
      if (this.lookahead(0) === "Comma" /* TOK_COMMA */) {
        this.match("Comma" /* TOK_COMMA */);
      }
      args.push(expression);
    }
    matchEndToken();
    return args;
  }
  parseComparator(left, comparator) {
    const right = this.expression(bindingPower[comparator]);
    return { type: "Comparator", name: comparator, left, right };
  }
  parseArithmetic(left, operator) {
    const right = this.expression(bindingPower[operator]);
    return { type: "Arithmetic", operator, left, right };
  }
  parseDotRHS(rbp) {
    const lookahead = this.lookahead(0);
    const exprTokens = ["UnquotedIdentifier" /* TOK_UNQUOTEDIDENTIFIER */, "QuotedIdentifier" /* TOK_QUOTEDIDENTIFIER */, "Star" /* TOK_STAR */];
    if (exprTokens.includes(lookahead)) {
      return this.expression(rbp);
    }
    if (lookahead === "Lbracket" /* TOK_LBRACKET */) {
      this.match("Lbracket" /* TOK_LBRACKET */);
      return this.parseMultiselectList();
    }
    if (lookahead === "Lbrace" /* TOK_LBRACE */) {
      this.match("Lbrace" /* TOK_LBRACE */);
      return this.parseMultiselectHash();
    }
    const token = this.lookaheadToken(0);
    this.errorToken(token, `Syntax error, unexpected token: ${token.value}(${token.type})`);
  }
  parseProjectionRHS(rbp) {
    if (bindingPower[this.lookahead(0)] < 10) {
      return { type: "Identity" };
    }
    if (this.lookahead(0) === "Lbracket" /* TOK_LBRACKET */) {
      return this.expression(rbp);
    }
    if (this.lookahead(0) === "Filter" /* TOK_FILTER */) {
      return this.expression(rbp);
    }
    if (this.lookahead(0) === "Dot" /* TOK_DOT */) {
      this.match("Dot" /* TOK_DOT */);
      return this.parseDotRHS(rbp);
    }
    const token = this.lookaheadToken(0);
    this.errorToken(token, `Syntax error, unexpected token: ${token.value}(${token.type})`);
  }
  parseMultiselectList() {
    const expressions = [];
    while (this.lookahead(0) !== "Rbracket" /* TOK_RBRACKET */) {
      const expression = this.expression(0);
      expressions.push(expression);
      if (this.lookahead(0) === "Comma" /* TOK_COMMA */) {
        this.match("Comma" /* TOK_COMMA */);
        if (this.lookahead(0) === "Rbracket" /* TOK_RBRACKET */) {
          throw new Error("Syntax error: unexpected token Rbracket");
        }
      }
    }
    this.match("Rbracket" /* TOK_RBRACKET */);
    return { type: "MultiSelectList", children: expressions };
  }
  parseMultiselectHash() {
    const pairs = [];
    const identifierTypes = ["UnquotedIdentifier" /* TOK_UNQUOTEDIDENTIFIER */, "QuotedIdentifier" /* TOK_QUOTEDIDENTIFIER */];
    let keyToken;
    let keyName;
    let value;
    for (; ; ) {
      keyToken = this.lookaheadToken(0);
      if (!identifierTypes.includes(keyToken.type)) {
        throw new Error(`Syntax error: expecting an identifier token, got: ${keyToken.type}`);
      }
      keyName = keyToken.value;
      this.advance();
      this.match("Colon" /* TOK_COLON */);
      value = this.expression(0);
      pairs.push({ value, type: "KeyValuePair", name: keyName });
      if (this.lookahead(0) === "Comma" /* TOK_COMMA */) {
        this.match("Comma" /* TOK_COMMA */);
      } else if (this.lookahead(0) === "Rbrace" /* TOK_RBRACE */) {
        this.match("Rbrace" /* TOK_RBRACE */);
        break;
      }
    }
    return { type: "MultiSelectHash", children: pairs };
  }
};
var Parser = new TokenParser();
var Parser_default = Parser;

// src/utils/text.ts
var Text = class _Text {
  _text;
  constructor(text) {
    this._text = text;
  }
  get string() {
    return this._text;
  }
  get length() {
    return this.codePoints.length;
  }
  compareTo(other) {
    return _Text.compare(this, new _Text(other));
  }
  static get comparer() {
    const stringComparer = (left, right) => {
      return new _Text(left).compareTo(right);
    };
    return stringComparer;
  }
  static compare(left, right) {
    const leftCp = left.codePoints;
    const rightCp = right.codePoints;
    for (let index = 0; index < Math.min(leftCp.length, rightCp.length); index++) {
      if (leftCp[index] === rightCp[index]) {
        continue;
      }
      return leftCp[index] - rightCp[index] > 0 ? 1 : -1;
    }
    return leftCp.length - rightCp.length > 0 ? 1 : -1;
  }
  reverse() {
    return String.fromCodePoint(...this.codePoints.reverse());
  }
  get codePoints() {
    const array = [...this._text].map((s) => s.codePointAt(0));
    return array;
  }
};

// src/Runtime.ts
var createMathFunction = (mathFn) => ([value]) => mathFn(value);
var createStringFunction = (stringFn) => ([subject]) => stringFn(subject);
var createObjectFunction = (objFn) => ([obj]) => objFn(obj);
var Runtime = class {
  _interpreter;
  _functionTable;
  _customFunctions = /* @__PURE__ */ new Set();
  TYPE_NAME_TABLE = Object.freeze({
    [0 /* TYPE_NUMBER */]: "number",
    [1 /* TYPE_ANY */]: "any",
    [2 /* TYPE_STRING */]: "string",
    [3 /* TYPE_ARRAY */]: "array",
    [4 /* TYPE_OBJECT */]: "object",
    [5 /* TYPE_BOOLEAN */]: "boolean",
    [6 /* TYPE_EXPREF */]: "expression",
    [7 /* TYPE_NULL */]: "null",
    [8 /* TYPE_ARRAY_NUMBER */]: "Array<number>",
    [10 /* TYPE_ARRAY_OBJECT */]: "Array<object>",
    [9 /* TYPE_ARRAY_STRING */]: "Array<string>",
    [11 /* TYPE_ARRAY_ARRAY */]: "Array<Array<any>>"
  });
  constructor(interpreter) {
    this._interpreter = interpreter;
    this._functionTable = this.buildFunctionTable();
  }
  buildFunctionTable() {
    return {
      // Math functions
      abs: { _func: createMathFunction(Math.abs), _signature: [{ types: [0 /* TYPE_NUMBER */] }] },
      ceil: { _func: createMathFunction(Math.ceil), _signature: [{ types: [0 /* TYPE_NUMBER */] }] },
      floor: { _func: createMathFunction(Math.floor), _signature: [{ types: [0 /* TYPE_NUMBER */] }] },
      // String functions
      lower: { _func: createStringFunction(lower), _signature: [{ types: [2 /* TYPE_STRING */] }] },
      upper: { _func: createStringFunction(upper), _signature: [{ types: [2 /* TYPE_STRING */] }] },
      // Object functions
      keys: { _func: createObjectFunction(Object.keys), _signature: [{ types: [4 /* TYPE_OBJECT */] }] },
      values: { _func: createObjectFunction(Object.values), _signature: [{ types: [4 /* TYPE_OBJECT */] }] },
      // Complex functions that need custom implementations
      avg: { _func: this.functionAvg, _signature: [{ types: [8 /* TYPE_ARRAY_NUMBER */] }] },
      contains: {
        _func: this.functionContains,
        _signature: [
          { types: [2 /* TYPE_STRING */, 3 /* TYPE_ARRAY */] },
          { types: [1 /* TYPE_ANY */] }
        ]
      },
      ends_with: {
        _func: this.functionEndsWith,
        _signature: [{ types: [2 /* TYPE_STRING */] }, { types: [2 /* TYPE_STRING */] }]
      },
      find_first: {
        _func: this.functionFindFirst,
        _signature: [
          { types: [2 /* TYPE_STRING */] },
          { types: [2 /* TYPE_STRING */] },
          { types: [0 /* TYPE_NUMBER */], optional: true },
          { types: [0 /* TYPE_NUMBER */], optional: true }
        ]
      },
      find_last: {
        _func: this.functionFindLast,
        _signature: [
          { types: [2 /* TYPE_STRING */] },
          { types: [2 /* TYPE_STRING */] },
          { types: [0 /* TYPE_NUMBER */], optional: true },
          { types: [0 /* TYPE_NUMBER */], optional: true }
        ]
      },
      from_items: { _func: this.functionFromItems, _signature: [{ types: [11 /* TYPE_ARRAY_ARRAY */] }] },
      group_by: {
        _func: this.functionGroupBy,
        _signature: [{ types: [3 /* TYPE_ARRAY */] }, { types: [6 /* TYPE_EXPREF */] }]
      },
      items: { _func: this.functionItems, _signature: [{ types: [4 /* TYPE_OBJECT */] }] },
      join: {
        _func: this.functionJoin,
        _signature: [{ types: [2 /* TYPE_STRING */] }, { types: [9 /* TYPE_ARRAY_STRING */] }]
      },
      length: {
        _func: this.functionLength,
        _signature: [{ types: [2 /* TYPE_STRING */, 3 /* TYPE_ARRAY */, 4 /* TYPE_OBJECT */] }]
      },
      map: {
        _func: this.functionMap,
        _signature: [{ types: [6 /* TYPE_EXPREF */] }, { types: [3 /* TYPE_ARRAY */] }]
      },
      max: {
        _func: this.functionMax,
        _signature: [{ types: [8 /* TYPE_ARRAY_NUMBER */, 9 /* TYPE_ARRAY_STRING */] }]
      },
      max_by: {
        _func: this.functionMaxBy,
        _signature: [{ types: [3 /* TYPE_ARRAY */] }, { types: [6 /* TYPE_EXPREF */] }]
      },
      merge: { _func: this.functionMerge, _signature: [{ types: [4 /* TYPE_OBJECT */], variadic: true }] },
      min: {
        _func: this.functionMin,
        _signature: [{ types: [8 /* TYPE_ARRAY_NUMBER */, 9 /* TYPE_ARRAY_STRING */] }]
      },
      min_by: {
        _func: this.functionMinBy,
        _signature: [{ types: [3 /* TYPE_ARRAY */] }, { types: [6 /* TYPE_EXPREF */] }]
      },
      not_null: { _func: this.functionNotNull, _signature: [{ types: [1 /* TYPE_ANY */], variadic: true }] },
      pad_left: {
        _func: this.functionPadLeft,
        _signature: [
          { types: [2 /* TYPE_STRING */] },
          { types: [0 /* TYPE_NUMBER */] },
          { types: [2 /* TYPE_STRING */], optional: true }
        ]
      },
      pad_right: {
        _func: this.functionPadRight,
        _signature: [
          { types: [2 /* TYPE_STRING */] },
          { types: [0 /* TYPE_NUMBER */] },
          { types: [2 /* TYPE_STRING */], optional: true }
        ]
      },
      replace: {
        _func: this.functionReplace,
        _signature: [
          { types: [2 /* TYPE_STRING */] },
          { types: [2 /* TYPE_STRING */] },
          { types: [2 /* TYPE_STRING */] },
          { types: [0 /* TYPE_NUMBER */], optional: true }
        ]
      },
      reverse: {
        _func: this.functionReverse,
        _signature: [{ types: [2 /* TYPE_STRING */, 3 /* TYPE_ARRAY */] }]
      },
      sort: {
        _func: this.functionSort,
        _signature: [{ types: [9 /* TYPE_ARRAY_STRING */, 8 /* TYPE_ARRAY_NUMBER */] }]
      },
      sort_by: {
        _func: this.functionSortBy,
        _signature: [{ types: [3 /* TYPE_ARRAY */] }, { types: [6 /* TYPE_EXPREF */] }]
      },
      split: {
        _func: this.functionSplit,
        _signature: [
          { types: [2 /* TYPE_STRING */] },
          { types: [2 /* TYPE_STRING */] },
          { types: [0 /* TYPE_NUMBER */], optional: true }
        ]
      },
      starts_with: {
        _func: this.functionStartsWith,
        _signature: [{ types: [2 /* TYPE_STRING */] }, { types: [2 /* TYPE_STRING */] }]
      },
      sum: { _func: this.functionSum, _signature: [{ types: [8 /* TYPE_ARRAY_NUMBER */] }] },
      to_array: { _func: this.functionToArray, _signature: [{ types: [1 /* TYPE_ANY */] }] },
      to_number: { _func: this.functionToNumber, _signature: [{ types: [1 /* TYPE_ANY */] }] },
      to_string: { _func: this.functionToString, _signature: [{ types: [1 /* TYPE_ANY */] }] },
      trim: {
        _func: this.functionTrim,
        _signature: [{ types: [2 /* TYPE_STRING */] }, { types: [2 /* TYPE_STRING */], optional: true }]
      },
      trim_left: {
        _func: this.functionTrimLeft,
        _signature: [{ types: [2 /* TYPE_STRING */] }, { types: [2 /* TYPE_STRING */], optional: true }]
      },
      trim_right: {
        _func: this.functionTrimRight,
        _signature: [{ types: [2 /* TYPE_STRING */] }, { types: [2 /* TYPE_STRING */], optional: true }]
      },
      type: { _func: this.functionType, _signature: [{ types: [1 /* TYPE_ANY */] }] },
      zip: { _func: this.functionZip, _signature: [{ types: [3 /* TYPE_ARRAY */], variadic: true }] }
    };
  }
  /**
   * Enhanced registerFunction with backward compatibility and new options
   * @deprecated Use register() method for enhanced functionality
   */
  registerFunction(name, customFunction, signature, options) {
    const result = this._registerInternal(name, customFunction, signature, options);
    if (!result.success) {
      throw new Error(result.message);
    }
  }
  /**
   * Internal registration method that bypasses TypeScript type checking
   */
  _registerInternal(name, customFunction, signature, options = {}) {
    if (!name || typeof name !== "string" || name.trim() === "") {
      return {
        success: false,
        reason: "invalid-name",
        message: "Function name must be a non-empty string"
      };
    }
    try {
      this.validateInputSignatures(name, signature);
    } catch (error) {
      return {
        success: false,
        reason: "invalid-signature",
        message: error instanceof Error ? error.message : "Invalid function signature"
      };
    }
    const { override = false, warn = false } = options;
    const exists = name in this._functionTable;
    if (exists && !override) {
      return {
        success: false,
        reason: "already-exists",
        message: `Function already defined: ${name}(). Use { override: true } to replace it.`
      };
    }
    if (exists && override && warn) {
      console.warn(`Warning: Overriding existing function: ${name}()`);
    }
    this._functionTable[name] = {
      _func: customFunction.bind(this),
      _signature: signature
    };
    this._customFunctions.add(name);
    const message = exists ? `Function ${name}() overridden successfully` : `Function ${name}() registered successfully`;
    return { success: true, message };
  }
  /**
   * Register a new function with enhanced options and type safety
   */
  register(name, customFunction, signature, options = {}) {
    return this._registerInternal(name, customFunction, signature, options);
  }
  /**
   * Unregister a custom function (built-in functions cannot be unregistered)
   */
  unregister(name) {
    if (!this._customFunctions.has(name)) {
      return false;
    }
    delete this._functionTable[name];
    this._customFunctions.delete(name);
    return true;
  }
  /**
   * Check if a function is registered
   */
  isRegistered(name) {
    return name in this._functionTable;
  }
  /**
   * Get list of all registered function names
   */
  getRegistered() {
    return Object.keys(this._functionTable);
  }
  /**
   * Get list of custom (non-built-in) function names
   */
  getCustomFunctions() {
    return Array.from(this._customFunctions);
  }
  /**
   * Clear all custom functions (built-in functions remain)
   */
  clearCustomFunctions() {
    for (const name of this._customFunctions) {
      delete this._functionTable[name];
    }
    this._customFunctions.clear();
  }
  callFunction(name, resolvedArgs) {
    const functionEntry = this._functionTable[name];
    if (functionEntry === void 0) {
      throw new Error(`Unknown function: ${name}()`);
    }
    this.validateArgs(name, resolvedArgs, functionEntry._signature);
    return functionEntry._func.call(this, resolvedArgs);
  }
  validateInputSignatures(name, signature) {
    for (let i = 0; i < signature.length; i += 1) {
      if ("variadic" in signature[i] && i !== signature.length - 1) {
        throw new Error(`Invalid arity: ${name}() 'variadic' argument ${i + 1} must occur last`);
      }
    }
  }
  validateArgs(name, args, signature) {
    this.validateInputSignatures(name, signature);
    this.validateArity(name, args, signature);
    this.validateTypes(name, args, signature);
  }
  validateArity(name, args, signature) {
    const numberOfRequiredArgs = signature.filter((argSignature) => !(argSignature.optional ?? false)).length;
    const lastArgIsVariadic = signature[signature.length - 1]?.variadic ?? false;
    const tooFewArgs = args.length < numberOfRequiredArgs;
    const tooManyArgs = args.length > signature.length;
    if (lastArgIsVariadic && tooFewArgs || !lastArgIsVariadic && (tooFewArgs || tooManyArgs)) {
      const tooFewModifier = tooFewArgs && (!lastArgIsVariadic && numberOfRequiredArgs > 1 || lastArgIsVariadic) ? "at least " : "";
      const pluralized = signature.length > 1;
      throw new Error(
        `Invalid arity: ${name}() takes ${tooFewModifier}${numberOfRequiredArgs} argument${pluralized && "s" || ""} but received ${args.length}`
      );
    }
  }
  validateTypes(name, args, signature) {
    for (let i = 0; i < signature.length; i += 1) {
      const currentSpec = signature[i].types;
      const actualType = this.getTypeName(args[i]);
      if (actualType === void 0) {
        continue;
      }
      const typeMatched = currentSpec.some((expectedType) => this.typeMatches(actualType, expectedType, args[i]));
      if (!typeMatched) {
        const expected = currentSpec.map((typeId) => this.TYPE_NAME_TABLE[typeId]).join(" | ");
        throw new Error(
          `Invalid type: ${name}() expected argument ${i + 1} to be type (${expected}) but received type ${this.TYPE_NAME_TABLE[actualType]} instead.`
        );
      }
    }
  }
  typeMatches(actual, expected, argValue) {
    if (expected === 1 /* TYPE_ANY */) {
      return true;
    }
    if (expected === 9 /* TYPE_ARRAY_STRING */ || expected === 8 /* TYPE_ARRAY_NUMBER */ || expected === 10 /* TYPE_ARRAY_OBJECT */ || expected === 11 /* TYPE_ARRAY_ARRAY */ || expected === 3 /* TYPE_ARRAY */) {
      if (expected === 3 /* TYPE_ARRAY */) {
        return actual === 3 /* TYPE_ARRAY */;
      }
      if (actual === 3 /* TYPE_ARRAY */) {
        let subtype;
        if (expected === 8 /* TYPE_ARRAY_NUMBER */) {
          subtype = 0 /* TYPE_NUMBER */;
        } else if (expected === 10 /* TYPE_ARRAY_OBJECT */) {
          subtype = 4 /* TYPE_OBJECT */;
        } else if (expected === 9 /* TYPE_ARRAY_STRING */) {
          subtype = 2 /* TYPE_STRING */;
        } else if (expected === 11 /* TYPE_ARRAY_ARRAY */) {
          subtype = 3 /* TYPE_ARRAY */;
        }
        const array = argValue;
        for (let i = 0; i < array.length; i += 1) {
          const typeName = this.getTypeName(array[i]);
          if (typeName !== void 0 && subtype !== void 0 && !this.typeMatches(typeName, subtype, array[i])) {
            return false;
          }
        }
        return true;
      }
    } else {
      return actual === expected;
    }
    return false;
  }
  getTypeName(obj) {
    if (obj === null) {
      return 7 /* TYPE_NULL */;
    }
    if (typeof obj === "string") {
      return 2 /* TYPE_STRING */;
    }
    if (typeof obj === "number") {
      return 0 /* TYPE_NUMBER */;
    }
    if (typeof obj === "boolean") {
      return 5 /* TYPE_BOOLEAN */;
    }
    if (Array.isArray(obj)) {
      return 3 /* TYPE_ARRAY */;
    }
    if (typeof obj === "object") {
      if (obj.expref) {
        return 6 /* TYPE_EXPREF */;
      }
      return 4 /* TYPE_OBJECT */;
    }
    return;
  }
  createKeyFunction(exprefNode, allowedTypes) {
    const interpreter = this._interpreter;
    const keyFunc = (x) => {
      const current = interpreter.visit(exprefNode, x);
      if (!allowedTypes.includes(this.getTypeName(current))) {
        const msg = `Invalid type: expected one of (${allowedTypes.map((t) => this.TYPE_NAME_TABLE[t]).join(" | ")}), received ${this.TYPE_NAME_TABLE[this.getTypeName(current)]}`;
        throw new Error(msg);
      }
      return current;
    };
    return keyFunc;
  }
  functionAvg = ([inputArray]) => {
    if (!inputArray || inputArray.length == 0) {
      return null;
    }
    let sum = 0;
    for (let i = 0; i < inputArray.length; i += 1) {
      sum += inputArray[i];
    }
    return sum / inputArray.length;
  };
  functionContains = ([
    searchable,
    searchValue
  ]) => {
    if (Array.isArray(searchable)) {
      const array = searchable;
      return array.includes(searchValue);
    }
    if (typeof searchable === "string") {
      const text = searchable;
      if (typeof searchValue === "string") {
        return text.includes(searchValue);
      }
    }
    return null;
  };
  functionEndsWith = (resolvedArgs) => {
    const [searchStr, suffix] = resolvedArgs;
    return searchStr.includes(suffix, searchStr.length - suffix.length);
  };
  functionFindFirst = this.createFindFunction(findFirst);
  functionFindLast = this.createFindFunction(findLast);
  createFindFunction(findFn) {
    return (resolvedArgs) => {
      const subject = resolvedArgs[0];
      const search2 = resolvedArgs[1];
      const start = resolvedArgs.length > 2 ? resolvedArgs[2] : void 0;
      const end = resolvedArgs.length > 3 ? resolvedArgs[3] : void 0;
      return findFn(subject, search2, start, end);
    };
  }
  functionFromItems = ([array]) => {
    array.map((pair) => {
      if (pair.length != 2 || typeof pair[0] !== "string") {
        throw new Error("invalid value, each array must contain two elements, a pair of string and value");
      }
    });
    return Object.fromEntries(array);
  };
  functionGroupBy = ([array, exprefNode]) => {
    const keyFunction = this.createKeyFunction(exprefNode, [2 /* TYPE_STRING */]);
    return array.reduce((acc, cur) => {
      const k = keyFunction(cur ?? {});
      const target = acc[k] = acc[k] || [];
      target.push(cur);
      return acc;
    }, {});
  };
  functionItems = ([inputValue]) => {
    return Object.entries(inputValue);
  };
  functionJoin = (resolvedArgs) => {
    const [joinChar, listJoin] = resolvedArgs;
    return listJoin.join(joinChar);
  };
  functionLength = ([inputValue]) => {
    if (typeof inputValue === "string") {
      return new Text(inputValue).length;
    }
    if (Array.isArray(inputValue)) {
      return inputValue.length;
    }
    return Object.keys(inputValue).length;
  };
  functionMap = ([exprefNode, elements]) => {
    if (!this._interpreter) {
      return [];
    }
    const mapped = [];
    const interpreter = this._interpreter;
    for (let i = 0; i < elements.length; i += 1) {
      mapped.push(interpreter.visit(exprefNode, elements[i]));
    }
    return mapped;
  };
  functionMax = ([inputValue]) => {
    if (!inputValue.length) {
      return null;
    }
    const typeName = this.getTypeName(inputValue[0]);
    if (typeName === 0 /* TYPE_NUMBER */) {
      return Math.max(...inputValue);
    }
    const elements = inputValue;
    let maxElement = elements[0];
    for (let i = 1; i < elements.length; i += 1) {
      if (maxElement.localeCompare(elements[i]) < 0) {
        maxElement = elements[i];
      }
    }
    return maxElement;
  };
  functionMaxBy = (resolvedArgs) => {
    const exprefNode = resolvedArgs[1];
    const resolvedArray = resolvedArgs[0];
    const keyFunction = this.createKeyFunction(exprefNode, [0 /* TYPE_NUMBER */, 2 /* TYPE_STRING */]);
    let maxNumber = -Infinity;
    let maxRecord;
    let current;
    for (let i = 0; i < resolvedArray.length; i += 1) {
      current = keyFunction && keyFunction(resolvedArray[i]);
      if (current !== void 0 && current > maxNumber) {
        maxNumber = current;
        maxRecord = resolvedArray[i];
      }
    }
    return maxRecord || null;
  };
  functionMerge = (resolvedArgs) => {
    let merged = {};
    for (let i = 0; i < resolvedArgs.length; i += 1) {
      const current = resolvedArgs[i];
      merged = Object.assign(merged, current);
    }
    return merged;
  };
  functionMin = ([inputValue]) => {
    if (!inputValue.length) {
      return null;
    }
    const typeName = this.getTypeName(inputValue[0]);
    if (typeName === 0 /* TYPE_NUMBER */) {
      return Math.min(...inputValue);
    }
    const elements = inputValue;
    let minElement = elements[0];
    for (let i = 1; i < elements.length; i += 1) {
      if (elements[i].localeCompare(minElement) < 0) {
        minElement = elements[i];
      }
    }
    return minElement;
  };
  functionMinBy = (resolvedArgs) => {
    const exprefNode = resolvedArgs[1];
    const resolvedArray = resolvedArgs[0];
    const keyFunction = this.createKeyFunction(exprefNode, [0 /* TYPE_NUMBER */, 2 /* TYPE_STRING */]);
    let minNumber = Infinity;
    let minRecord;
    let current;
    for (let i = 0; i < resolvedArray.length; i += 1) {
      current = keyFunction && keyFunction(resolvedArray[i]);
      if (current !== void 0 && current < minNumber) {
        minNumber = current;
        minRecord = resolvedArray[i];
      }
    }
    return minRecord || null;
  };
  functionNotNull = (resolvedArgs) => {
    for (let i = 0; i < resolvedArgs.length; i += 1) {
      if (this.getTypeName(resolvedArgs[i]) !== 7 /* TYPE_NULL */) {
        return resolvedArgs[i];
      }
    }
    return null;
  };
  functionPadLeft = this.createPadFunction(padLeft);
  functionPadRight = this.createPadFunction(padRight);
  createPadFunction(padFn) {
    return (resolvedArgs) => {
      const subject = resolvedArgs[0];
      const width = resolvedArgs[1];
      const padding = resolvedArgs.length > 2 ? resolvedArgs[2] : void 0;
      return padFn(subject, width, padding);
    };
  }
  functionReplace = (resolvedArgs) => {
    const subject = resolvedArgs[0];
    const string = resolvedArgs[1];
    const by = resolvedArgs[2];
    return replace(subject, string, by, resolvedArgs.length > 3 ? resolvedArgs[3] : void 0);
  };
  functionSplit = (resolvedArgs) => {
    const subject = resolvedArgs[0];
    const search2 = resolvedArgs[1];
    return split(subject, search2, resolvedArgs.length > 2 ? resolvedArgs[2] : void 0);
  };
  functionReverse = ([inputValue]) => {
    const typeName = this.getTypeName(inputValue);
    if (typeName === 2 /* TYPE_STRING */) {
      return new Text(inputValue).reverse();
    }
    const reversedArray = inputValue.slice(0);
    reversedArray.reverse();
    return reversedArray;
  };
  functionSort = ([inputValue]) => {
    if (inputValue.length == 0) {
      return inputValue;
    }
    if (typeof inputValue[0] === "string") {
      return [...inputValue].sort(Text.comparer);
    }
    return [...inputValue].sort();
  };
  functionSortBy = (resolvedArgs) => {
    const sortedArray = resolvedArgs[0].slice(0);
    if (sortedArray.length === 0) {
      return sortedArray;
    }
    const interpreter = this._interpreter;
    const exprefNode = resolvedArgs[1];
    const requiredType = this.getTypeName(interpreter.visit(exprefNode, sortedArray[0]));
    if (requiredType !== void 0 && ![0 /* TYPE_NUMBER */, 2 /* TYPE_STRING */].includes(requiredType)) {
      throw new Error(`Invalid type: unexpected type (${this.TYPE_NAME_TABLE[requiredType]})`);
    }
    function throwInvalidTypeError(rt, item) {
      throw new Error(
        `Invalid type: expected (${rt.TYPE_NAME_TABLE[requiredType]}), received ${rt.TYPE_NAME_TABLE[rt.getTypeName(item)]}`
      );
    }
    return sortedArray.sort((a, b) => {
      const exprA = interpreter.visit(exprefNode, a);
      const exprB = interpreter.visit(exprefNode, b);
      if (this.getTypeName(exprA) !== requiredType) {
        throwInvalidTypeError(this, exprA);
      } else if (this.getTypeName(exprB) !== requiredType) {
        throwInvalidTypeError(this, exprB);
      }
      if (requiredType === 2 /* TYPE_STRING */) {
        return Text.comparer(exprA, exprB);
      }
      return exprA - exprB;
    });
  };
  functionStartsWith = ([searchable, searchStr]) => {
    return searchable.startsWith(searchStr);
  };
  functionSum = ([inputValue]) => {
    return inputValue.reduce((x, y) => x + y, 0);
  };
  functionToArray = ([inputValue]) => {
    if (this.getTypeName(inputValue) === 3 /* TYPE_ARRAY */) {
      return inputValue;
    }
    return [inputValue];
  };
  functionToNumber = ([inputValue]) => {
    const typeName = this.getTypeName(inputValue);
    let convertedValue;
    if (typeName === 0 /* TYPE_NUMBER */) {
      return inputValue;
    }
    if (typeName === 2 /* TYPE_STRING */) {
      convertedValue = +inputValue;
      if (!isNaN(convertedValue)) {
        return convertedValue;
      }
    }
    return null;
  };
  functionToString = ([inputValue]) => {
    if (this.getTypeName(inputValue) === 2 /* TYPE_STRING */) {
      return inputValue;
    }
    return JSON.stringify(inputValue);
  };
  functionTrim = this.createTrimFunction(trim);
  functionTrimLeft = this.createTrimFunction(trimLeft);
  functionTrimRight = this.createTrimFunction(trimRight);
  createTrimFunction(trimFn) {
    return (resolvedArgs) => {
      const subject = resolvedArgs[0];
      const chars = resolvedArgs.length > 1 ? resolvedArgs[1] : void 0;
      return trimFn(subject, chars);
    };
  }
  functionType = ([inputValue]) => {
    switch (this.getTypeName(inputValue)) {
      case 0 /* TYPE_NUMBER */:
        return "number";
      case 2 /* TYPE_STRING */:
        return "string";
      case 3 /* TYPE_ARRAY */:
        return "array";
      case 4 /* TYPE_OBJECT */:
        return "object";
      case 5 /* TYPE_BOOLEAN */:
        return "boolean";
      case 7 /* TYPE_NULL */:
        return "null";
      default:
        throw new Error("invalid-type");
    }
  };
  functionZip = (array) => {
    const length = Math.min(...array.map((arr) => arr.length));
    const result = Array(length).fill(null).map((_, index) => array.map((arr) => arr[index]));
    return result;
  };
};

// src/Scope.ts
var ScopeChain = class _ScopeChain {
  inner = void 0;
  data = {};
  get currentScopeData() {
    return this.data;
  }
  withScope(data) {
    const outer = new _ScopeChain();
    outer.inner = this;
    outer.data = data;
    return outer;
  }
  getValue(identifier) {
    if (Object.prototype.hasOwnProperty.call(this.data, identifier)) {
      return this.data[identifier];
    }
    if (this.inner) {
      return this.inner.getValue(identifier);
    }
    return null;
  }
};

// src/TreeInterpreter.ts
var emptyScopeChain = new ScopeChain();
var TreeInterpreter = class _TreeInterpreter {
  runtime;
  _rootValue = null;
  _scope;
  constructor() {
    this.runtime = new Runtime(this);
    this._scope = new ScopeChain();
  }
  withScope(scope) {
    const interpreter = new _TreeInterpreter();
    interpreter.runtime._functionTable = this.runtime._functionTable;
    interpreter._rootValue = this._rootValue;
    interpreter._scope = this._scope.withScope(scope);
    return interpreter;
  }
  search(node, value) {
    this._rootValue = value;
    this._scope = emptyScopeChain;
    return this.visit(node, value);
  }
  visit(node, value) {
    switch (node.type) {
      case "Ternary": {
        const condition = this.visit(node.condition, value);
        if (!isFalse(condition)) {
          return this.visit(node.trueExpr, value);
        }
        return this.visit(node.falseExpr, value);
      }
      case "Field":
        const identifier = node.name;
        if (value === null || typeof value !== "object" || Array.isArray(value)) {
          return null;
        }
        return value[identifier] ?? null;
      case "LetExpression": {
        const { bindings, expression } = node;
        let scope = {};
        bindings.forEach((binding) => {
          const reference = this.visit(binding, value);
          scope = {
            ...scope,
            ...reference
          };
        });
        return this.withScope(scope).visit(expression, value);
      }
      case "Binding": {
        const { variable, reference } = node;
        const result = this.visit(reference, value);
        return { [variable]: result };
      }
      case "Variable": {
        const variable = node.name;
        if (!this._scope.getValue(variable) && !Object.prototype.hasOwnProperty.call(this._scope.currentScopeData, variable)) {
          throw new Error(`Error referencing undefined variable ${variable}`);
        }
        return this._scope.getValue(variable);
      }
      case "IndexExpression":
        return this.visit(node.right, this.visit(node.left, value));
      case "Subexpression": {
        const result = this.visit(node.left, value);
        return result != null ? this.visit(node.right, result) ?? null : null;
      }
      case "Index": {
        if (!Array.isArray(value)) {
          return null;
        }
        const index = node.value < 0 ? value.length + node.value : node.value;
        return value[index] ?? null;
      }
      case "Slice": {
        if (!Array.isArray(value) && typeof value !== "string") {
          return null;
        }
        const { start, stop, step } = this.computeSliceParams(value.length, node);
        if (typeof value === "string") {
          const chars = [...value];
          const sliced = this.slice(chars, start, stop, step);
          return sliced.join("");
        } else {
          return this.slice(value, start, stop, step);
        }
      }
      case "Projection": {
        const { left, right } = node;
        let allowString = false;
        if (left.type === "IndexExpression" && left.right.type === "Slice") {
          allowString = true;
        }
        const base = this.visit(left, value);
        if (allowString && typeof base === "string") {
          return this.visit(right, base);
        }
        if (!Array.isArray(base)) {
          return null;
        }
        const collected = [];
        for (const elem of base) {
          const current = this.visit(right, elem);
          if (current !== null) {
            collected.push(current);
          }
        }
        return collected;
      }
      case "ValueProjection": {
        const { left, right } = node;
        const base = this.visit(left, value);
        if (base === null || typeof base !== "object" || Array.isArray(base)) {
          return null;
        }
        const collected = [];
        const values = Object.values(base);
        for (const elem of values) {
          const current = this.visit(right, elem);
          if (current !== null) {
            collected.push(current);
          }
        }
        return collected;
      }
      case "FilterProjection": {
        const { left, right, condition } = node;
        const base = this.visit(left, value);
        if (!Array.isArray(base)) {
          return null;
        }
        const results = [];
        for (const elem of base) {
          const matched = this.visit(condition, elem);
          if (isFalse(matched)) {
            continue;
          }
          const result = this.visit(right, elem);
          if (result !== null) {
            results.push(result);
          }
        }
        return results;
      }
      case "Arithmetic": {
        const first = this.visit(node.left, value);
        const second = this.visit(node.right, value);
        switch (node.operator) {
          case "Plus" /* TOK_PLUS */:
            return add(first, second);
          case "Minus" /* TOK_MINUS */:
            return sub(first, second);
          case "Multiply" /* TOK_MULTIPLY */:
          case "Star" /* TOK_STAR */:
            return mul(first, second);
          case "Divide" /* TOK_DIVIDE */:
            return divide(first, second);
          case "Modulo" /* TOK_MODULO */:
            return mod(first, second);
          case "Div" /* TOK_DIV */:
            return div(first, second);
          default:
            throw new Error(`Syntax error: unknown arithmetic operator: ${node.operator}`);
        }
      }
      case "Unary": {
        const operand = this.visit(node.operand, value);
        switch (node.operator) {
          case "Plus" /* TOK_PLUS */:
            ensureNumbers(operand);
            return operand;
          case "Minus" /* TOK_MINUS */:
            ensureNumbers(operand);
            return -operand;
          default:
            throw new Error(`Syntax error: unknown arithmetic operator: ${node.operator}`);
        }
      }
      case "Comparator": {
        const first = this.visit(node.left, value);
        const second = this.visit(node.right, value);
        switch (node.name) {
          case "EQ":
            return strictDeepEqual(first, second);
          case "NE":
            return !strictDeepEqual(first, second);
        }
        if (typeof first !== "number" || typeof second !== "number") {
          return null;
        }
        switch (node.name) {
          case "GT":
            return first > second;
          case "GTE":
            return first >= second;
          case "LT":
            return first < second;
          case "LTE":
            return first <= second;
        }
      }
      case "Flatten": {
        const original = this.visit(node.child, value);
        return Array.isArray(original) ? original.flat() : null;
      }
      case "Root":
        return this._rootValue;
      case "MultiSelectList": {
        const collected = [];
        for (const child of node.children) {
          collected.push(this.visit(child, value));
        }
        return collected;
      }
      case "MultiSelectHash": {
        const collected = {};
        for (const child of node.children) {
          collected[child.name] = this.visit(child.value, value);
        }
        return collected;
      }
      case "OrExpression": {
        const result = this.visit(node.left, value);
        if (isFalse(result)) {
          return this.visit(node.right, value);
        }
        return result;
      }
      case "AndExpression": {
        const result = this.visit(node.left, value);
        if (isFalse(result)) {
          return result;
        }
        return this.visit(node.right, value);
      }
      case "NotExpression":
        return isFalse(this.visit(node.child, value));
      case "Literal":
        return node.value;
      case "Pipe":
        return this.visit(node.right, this.visit(node.left, value));
      case "Function": {
        const args = [];
        for (const child of node.children) {
          args.push(this.visit(child, value));
        }
        return this.runtime.callFunction(node.name, args);
      }
      case "ExpressionReference":
        return {
          expref: true,
          ...node.child
        };
      case "Current":
      case "Identity":
        return value;
    }
  }
  computeSliceParams(arrayLength, sliceNode) {
    let { start, stop, step } = sliceNode;
    if (step === null) {
      step = 1;
    } else if (step === 0) {
      const error = new Error("Invalid value: slice step cannot be 0");
      error.name = "RuntimeError";
      throw error;
    }
    start = start === null ? step < 0 ? arrayLength - 1 : 0 : this.capSliceRange(arrayLength, start, step);
    stop = stop === null ? step < 0 ? -1 : arrayLength : this.capSliceRange(arrayLength, stop, step);
    return { start, stop, step };
  }
  capSliceRange(arrayLength, actualValue, step) {
    let nextActualValue = actualValue;
    if (nextActualValue < 0) {
      nextActualValue += arrayLength;
      if (nextActualValue < 0) {
        nextActualValue = step < 0 ? -1 : 0;
      }
    } else if (nextActualValue >= arrayLength) {
      nextActualValue = step < 0 ? arrayLength - 1 : arrayLength;
    }
    return nextActualValue;
  }
  slice(collection, start, end, step) {
    const result = [];
    if (step > 0) {
      for (let i = start; i < end; i += step) {
        result.push(collection[i]);
      }
    } else {
      for (let i = start; i > end; i += step) {
        result.push(collection[i]);
      }
    }
    return result;
  }
};
var TreeInterpreterInstance = new TreeInterpreter();
var TreeInterpreter_default = TreeInterpreterInstance;

// src/index.ts
var TYPE_ANY = 1 /* TYPE_ANY */;
var TYPE_ARRAY = 3 /* TYPE_ARRAY */;
var TYPE_ARRAY_ARRAY = 11 /* TYPE_ARRAY_ARRAY */;
var TYPE_ARRAY_NUMBER = 8 /* TYPE_ARRAY_NUMBER */;
var TYPE_ARRAY_OBJECT = 10 /* TYPE_ARRAY_OBJECT */;
var TYPE_ARRAY_STRING = 9 /* TYPE_ARRAY_STRING */;
var TYPE_BOOLEAN = 5 /* TYPE_BOOLEAN */;
var TYPE_EXPREF = 6 /* TYPE_EXPREF */;
var TYPE_NULL = 7 /* TYPE_NULL */;
var TYPE_NUMBER = 0 /* TYPE_NUMBER */;
var TYPE_OBJECT = 4 /* TYPE_OBJECT */;
var TYPE_STRING = 2 /* TYPE_STRING */;
function compile(expression, options) {
  const nodeTree = Parser_default.parse(expression, options);
  return nodeTree;
}
function tokenize(expression, options) {
  return Lexer_default.tokenize(expression, options);
}
var registerFunction = (functionName, customFunction, signature, options) => {
  TreeInterpreter_default.runtime.registerFunction(functionName, customFunction, signature, options);
};
var register = (name, customFunction, signature, options) => {
  return TreeInterpreter_default.runtime.register(name, customFunction, signature, options);
};
var unregisterFunction = (name) => {
  return TreeInterpreter_default.runtime.unregister(name);
};
var isRegistered = (name) => {
  return TreeInterpreter_default.runtime.isRegistered(name);
};
var getRegisteredFunctions = () => {
  return TreeInterpreter_default.runtime.getRegistered();
};
var getCustomFunctions = () => {
  return TreeInterpreter_default.runtime.getCustomFunctions();
};
var clearCustomFunctions = () => {
  TreeInterpreter_default.runtime.clearCustomFunctions();
};
function search(data, expression, options) {
  const nodeTree = Parser_default.parse(expression, options);
  return TreeInterpreter_default.search(nodeTree, data);
}
function Scope() {
  return new ScopeChain();
}
var TreeInterpreter2 = TreeInterpreter_default;
var jmespath = {
  compile,
  registerFunction,
  register,
  unregisterFunction,
  isRegistered,
  getRegisteredFunctions,
  getCustomFunctions,
  clearCustomFunctions,
  search,
  tokenize,
  TreeInterpreter: TreeInterpreter2,
  TYPE_ANY,
  TYPE_ARRAY_NUMBER,
  TYPE_ARRAY_STRING,
  TYPE_ARRAY,
  TYPE_BOOLEAN,
  TYPE_EXPREF,
  TYPE_NULL,
  TYPE_NUMBER,
  TYPE_OBJECT,
  TYPE_STRING
};


//# sourceMappingURL=index.mjs.map
//# sourceMappingURL=index.mjs.map
;// CONCATENATED MODULE: ./src/core/checks/trace-view.ts
function viewOfCall(call) {
    // Arguments come from JSON.parse, so they are JSON values already.
    return { id: call.id, name: call.name, arguments: (call.arguments ?? null) };
}
function viewOfMessage(message) {
    const turn = {
        role: message.role === 'tool' ? 'tool_result' : message.role,
        content: message.content,
    };
    if (message.role === 'assistant')
        turn.tool_calls = (message.tool_calls ?? []).map(viewOfCall);
    if (message.tool_call_id !== undefined)
        turn.tool_call_id = message.tool_call_id;
    if (message.tool_name !== undefined)
        turn.tool_name = message.tool_name;
    if (message.is_error !== undefined)
        turn.is_error = message.is_error;
    return turn;
}
function traceView(trace) {
    return {
        response: { content: trace.final_content, finish_reason: trace.finish_reason },
        turns: trace.messages.map(viewOfMessage),
        tool_calls: trace.tool_calls_made.map(viewOfCall),
        metadata: {
            model: trace.model,
            provider: trace.provider,
            cost_usd: trace.cost_usd,
            latency_seconds: trace.latency_seconds,
            input_tokens: trace.input_tokens,
            output_tokens: trace.output_tokens,
            total_tokens: trace.total_tokens,
            turn_count: trace.turn_count,
            finish_reason: trace.finish_reason,
            stop_reason: trace.stop_reason,
            max_turns_hit: trace.max_turns_hit,
            mode: trace.mode,
            tool_call_count: trace.tool_calls_made.length,
        },
    };
}

;// CONCATENATED MODULE: ./src/core/checks/jmespath-check.ts



/**
 * Runs the expression over the documented trace view and compares its
 * result. Rules (docs/assertions.md):
 * - nothing found (null) fails every operator, except eq/ne against an explicit null;
 * - exists: the result is neither null nor an empty list (a filter that matched nothing);
 * - eq/ne: JSON deep equality; gt/gte/lt/lte: numbers, or strings holding one;
 * - contains: substring of a string, or an element (deep equality) of a list;
 * - regex: a JavaScript regular expression searched in a string result.
 */
function checkJmespath(assertion, trace, view = traceView(trace)) {
    let result;
    try {
        result = search(view, assertion.expression);
    }
    catch (error) {
        return fail(`invalid JMESPath expression ${assertion.expression}: ${error.message}`);
    }
    const subject = `${assertion.expression} = ${describeValue(result)}`;
    if (assertion.operator === 'exists') {
        const found = result !== null && !(Array.isArray(result) && result.length === 0);
        return found ? pass(`${subject} exists`) : fail(`${assertion.expression} found nothing (${describeValue(result)})`);
    }
    if (assertion.value === undefined)
        return fail(`operator ${assertion.operator} needs a value to compare with`);
    const expected = assertion.value;
    const comparesWithNull = expected === null && (assertion.operator === 'eq' || assertion.operator === 'ne');
    if (result === null && !comparesWithNull) {
        return fail(`${assertion.expression} found nothing (null), so it cannot be ${describeOperator(assertion.operator)} ${describeValue(expected)}`);
    }
    const verdict = compare(assertion.operator, result, expected);
    if (typeof verdict === 'string')
        return fail(`${subject}: ${verdict}`);
    const claim = `${subject} ${verdict ? 'is' : 'is not'} ${describeOperator(assertion.operator)} ${describeValue(expected)}`;
    return verdict ? pass(claim) : fail(claim);
}
function describeOperator(operator) {
    const words = {
        eq: 'equal to',
        ne: 'different from',
        gt: 'greater than',
        gte: 'at least',
        lt: 'less than',
        lte: 'at most',
        contains: 'containing',
        regex: 'matching',
        exists: 'present',
    };
    return words[operator];
}
function asNumber(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && value.trim() !== '') {
        const parsed = Number(value.trim());
        if (Number.isFinite(parsed))
            return parsed;
    }
    return null;
}
/** true / false, or a string saying why the values cannot be compared (which fails the check). */
function compare(operator, actual, expected) {
    switch (operator) {
        case 'eq':
            return deepEqual(actual, expected);
        case 'ne':
            return !deepEqual(actual, expected);
        case 'gt':
        case 'gte':
        case 'lt':
        case 'lte':
            return compareNumbers(operator, actual, expected);
        case 'contains':
            return contains(actual, expected);
        case 'regex':
            return matchesPattern(actual, expected);
    }
}
function compareNumbers(operator, actual, expected) {
    const left = asNumber(actual);
    const right = asNumber(expected);
    if (left === null)
        return `not a number, so it cannot be compared with ${operator}`;
    if (right === null)
        return `the value ${describeValue(expected)} is not a number`;
    if (operator === 'gt')
        return left > right;
    if (operator === 'gte')
        return left >= right;
    if (operator === 'lt')
        return left < right;
    return left <= right;
}
function contains(actual, expected) {
    if (typeof actual === 'string') {
        if (typeof expected !== 'string' && typeof expected !== 'number')
            return 'contains on text needs a text value';
        return actual.normalize('NFC').includes(String(expected).normalize('NFC'));
    }
    if (Array.isArray(actual))
        return actual.some((item) => deepEqual(item, expected));
    return 'contains needs a text or a list result';
}
function matchesPattern(actual, expected) {
    if (typeof expected !== 'string')
        return 'regex needs a pattern string as its value';
    if (typeof actual !== 'string')
        return 'regex needs a text result';
    try {
        return new RegExp(expected).test(actual);
    }
    catch (error) {
        return `invalid regular expression ${expected}: ${error.message}`;
    }
}

;// CONCATENATED MODULE: ./src/core/checks/limit-checks.ts

/** Dollars with enough digits for sub-cent model calls. */
function formatUsd(value) {
    if (value === 0)
        return '$0';
    if (value >= 1)
        return `$${value.toFixed(2)}`;
    return `$${Number(value.toPrecision(3))}`;
}
function formatSeconds(value) {
    return `${Number(value.toFixed(value < 10 ? 2 : 1))}s`;
}
function checkCostLimit(assertion, trace) {
    const limit = formatUsd(assertion.max_usd);
    if (trace.cost_usd === null) {
        // Unknown is not zero: passing here would hide a limit nobody measured.
        return fail(`cost unknown: no price is known for model ${trace.model}, so the ${limit} limit cannot be checked (add it under prices in salvo.yaml)`);
    }
    const cost = formatUsd(trace.cost_usd);
    if (trace.cost_usd <= assertion.max_usd)
        return pass(`cost ${cost} is within the ${limit} limit`);
    return fail(`cost ${cost} is over the ${limit} limit`);
}
/**
 * The agent loop's wall time as the trace records it: the same number the
 * latency percentiles of a scenario use, so the limit and the report agree.
 */
function checkLatencyLimit(assertion, trace) {
    const limit = formatSeconds(assertion.max_seconds);
    const latency = formatSeconds(trace.latency_seconds);
    if (trace.latency_seconds <= assertion.max_seconds)
        return pass(`took ${latency}, within the ${limit} limit`);
    return fail(`took ${latency}, over the ${limit} limit`);
}
function checkTurnLimit(assertion, trace) {
    const used = plural(trace.turn_count, 'turn');
    const hit = trace.max_turns_hit ? ' and hit max_turns' : '';
    if (trace.turn_count <= assertion.max_turns)
        return pass(`used ${used}, within the limit of ${assertion.max_turns}`);
    return fail(`used ${used}${hit}, over the limit of ${assertion.max_turns}`);
}

;// CONCATENATED MODULE: ./src/core/checks/output-checks.ts

/**
 * Checks on the final answer (the last assistant text). Text is compared in
 * Unicode NFC so that a composed "é" and "e" + combining accent are the same
 * letter, as they are to a reader; ignore_case folds with toLowerCase.
 */
function comparable(text, ignoreCase) {
    const normalised = text.normalize('NFC');
    return ignoreCase ? normalised.toLowerCase() : normalised;
}
const noOutput = 'the run produced no final output';
/** The text around a match, so a reason shows where the value stood. */
function around(output, index, length) {
    const start = Math.max(0, index - 30);
    const end = Math.min(output.length, index + length + 30);
    return `${start > 0 ? '…' : ''}${preview(output.slice(start, end), 100)}${end < output.length ? '…' : ''}`;
}
function describeOutput(output) {
    return `output (${output.length} chars): "${preview(output, 100)}"`;
}
function checkOutputContains(assertion, trace) {
    const output = trace.final_content;
    const quoted = `"${assertion.value}"${assertion.ignore_case ? ' (ignoring case)' : ''}`;
    if (output === null || output === '')
        return fail(`expected the output to contain ${quoted}, but ${noOutput}`);
    const index = comparable(output, assertion.ignore_case).indexOf(comparable(assertion.value, assertion.ignore_case));
    if (index >= 0)
        return pass(`output contains ${quoted} at character ${index + 1}`);
    return fail(`output does not contain ${quoted}; ${describeOutput(output)}`);
}
function checkOutputNotContains(assertion, trace) {
    const output = trace.final_content ?? '';
    const quoted = `"${assertion.value}"${assertion.ignore_case ? ' (ignoring case)' : ''}`;
    const haystack = comparable(output, assertion.ignore_case);
    const index = haystack.indexOf(comparable(assertion.value, assertion.ignore_case));
    if (index < 0)
        return pass(output === '' ? `${noOutput}, so it does not contain ${quoted}` : `output does not contain ${quoted}`);
    return fail(`output contains ${quoted} at character ${index + 1}: "${around(output.normalize('NFC'), index, assertion.value.length)}"`);
}
function checkOutputMatches(assertion, trace) {
    const shown = `/${assertion.pattern}/${assertion.flags ?? ''}`;
    let pattern;
    try {
        pattern = new RegExp(assertion.pattern, assertion.flags ?? '');
    }
    catch (error) {
        return fail(`invalid regular expression ${shown}: ${error.message}`);
    }
    const output = trace.final_content;
    if (output === null || output === '')
        return fail(`expected the output to match ${shown}, but ${noOutput}`);
    const match = pattern.exec(output.normalize('NFC'));
    if (match)
        return pass(`output matches ${shown}: "${preview(match[0], 80)}" at character ${match.index + 1}`);
    return fail(`output does not match ${shown}; ${describeOutput(output)}`);
}

;// CONCATENATED MODULE: ./src/core/checks/tool-checks.ts

/**
 * Partial deep match: every key the scenario gives must match the call's
 * argument, at every depth; keys the scenario leaves out are ignored. Arrays
 * and scalars must be equal (arrays element by element, each element matched
 * the same partial way).
 */
function matchesPartially(expected, actual) {
    if (Array.isArray(expected)) {
        return (Array.isArray(actual) &&
            actual.length === expected.length &&
            expected.every((item, index) => matchesPartially(item, actual[index])));
    }
    if (expected !== null && typeof expected === 'object') {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
            return false;
        const actualRecord = actual;
        return Object.entries(expected).every(([key, value]) => Object.hasOwn(actualRecord, key) && matchesPartially(value, actualRecord[key]));
    }
    return expected === actual;
}
function callsOf(trace, tool) {
    return trace.tool_calls_made.filter((call) => call.name === tool);
}
function calledNames(trace) {
    const names = [...new Set(trace.tool_calls_made.map((call) => call.name))];
    return names.length === 0 ? 'no tools were called' : `tools called: ${names.join(', ')}`;
}
function checkToolCalled(assertion, trace) {
    const calls = callsOf(trace, assertion.tool);
    if (calls.length === 0)
        return fail(`${assertion.tool} was never called (${calledNames(trace)})`);
    const expected = assertion.arguments;
    if (expected === undefined)
        return pass(`${assertion.tool} was called ${plural(calls.length, 'time')}`);
    const matching = calls.findIndex((call) => call.arguments !== null && matchesPartially(expected, call.arguments));
    if (matching >= 0) {
        return pass(`${assertion.tool} was called with ${describeValue(expected)} (call ${matching + 1} of ${calls.length})`);
    }
    const first = calls[0];
    const seen = first.arguments === null ? `unparseable arguments ${describeValue(first.rawArguments ?? '')}` : describeValue(first.arguments);
    return fail(`${assertion.tool} was called ${plural(calls.length, 'time')} but never with ${describeValue(expected)}; ` +
        `${calls.length > 1 ? 'first call had' : 'it had'} ${seen}`);
}
function checkToolNotCalled(assertion, trace) {
    const calls = callsOf(trace, assertion.tool);
    if (calls.length === 0)
        return pass(`${assertion.tool} was not called`);
    const first = calls[0];
    return fail(`${assertion.tool} was called ${plural(calls.length, 'time')}, first with ${describeValue(first.arguments ?? first.rawArguments ?? null)}`);
}

;// CONCATENATED MODULE: ./src/core/checks/tool-sequence.ts

/**
 * tool_sequence compares the ordered names of the tools the model called with
 * the expected list:
 * - exact: the same calls in the same order, nothing more;
 * - in_order: the expected calls appear in this order, other calls may sit between them;
 * - any_order: every expected call appears (as many times as listed), in any order.
 */
function checkToolSequence(assertion, trace) {
    const actual = trace.tool_calls_made.map((call) => call.name);
    const expected = assertion.sequence;
    switch (assertion.mode) {
        case 'exact':
            return checkExact(expected, actual);
        case 'in_order':
            return checkInOrder(expected, actual);
        case 'any_order':
            return checkAnyOrder(expected, actual);
    }
}
function got(actual) {
    return actual.length === 0 ? 'got no tool calls' : `got ${describeNames(actual)}`;
}
function checkExact(expected, actual) {
    const common = Math.min(expected.length, actual.length);
    let position = 0;
    while (position < common && expected[position] === actual[position])
        position += 1;
    if (position === expected.length && position === actual.length) {
        return pass(`called exactly ${describeNames(actual)}`);
    }
    if (position === actual.length) {
        const missing = expected.slice(position);
        return fail(`expected ${describeNames(missing)} after the first ${position} call(s); ${got(actual)}`);
    }
    if (position === expected.length) {
        const extra = actual.slice(position);
        return fail(`expected exactly ${describeNames(expected)}; extra call(s) after it: ${describeNames(extra)}`);
    }
    const wanted = expected[position];
    const instead = actual[position];
    const laterIndex = actual.indexOf(wanted, position + 1);
    if (laterIndex > position && expected.indexOf(instead, position + 1) > position) {
        return fail(`expected ${wanted} before ${instead}; ${got(actual)}`);
    }
    return fail(`call ${position + 1}: expected ${wanted}, got ${instead}; expected ${describeNames(expected)}; ${got(actual)}`);
}
function checkInOrder(expected, actual) {
    let cursor = 0;
    for (let step = 0; step < expected.length; step += 1) {
        const wanted = expected[step];
        const found = actual.indexOf(wanted, cursor);
        if (found >= 0) {
            cursor = found + 1;
            continue;
        }
        if (step === 0 || !actual.includes(wanted)) {
            const after = step === 0 ? '' : ` after ${expected[step - 1]}`;
            return fail(`expected ${wanted}${after}, but ${wanted} was never called; ${got(actual)}`);
        }
        // The call happened, only too early: name the pair whose order is wrong.
        return fail(`expected ${expected[step - 1]} before ${wanted}; ${got(actual)}`);
    }
    return pass(`called ${describeNames(expected)} in order (calls: ${describeNames(actual)})`);
}
function countNames(names) {
    const counts = new Map();
    for (const name of names)
        counts.set(name, (counts.get(name) ?? 0) + 1);
    return counts;
}
function checkAnyOrder(expected, actual) {
    const have = countNames(actual);
    const missing = [];
    for (const [name, wanted] of countNames(expected)) {
        const count = have.get(name) ?? 0;
        if (count === 0)
            missing.push(`${name} (never called)`);
        else if (count < wanted)
            missing.push(`${name} (called ${count} of ${wanted} times)`);
    }
    if (missing.length === 0)
        return pass(`called all of ${describeNames(expected)} (calls: ${describeNames(actual)})`);
    return fail(`missing ${missing.join(', ')}; ${got(actual)}`);
}

;// CONCATENATED MODULE: ./src/core/checks/evaluate-assertion.ts






const JUDGE_NOT_SUPPORTED = 'not evaluated (judge assertions are not supported yet)';
/** Runs one assertion against one trace. */
function runCheck(assertion, trace, view) {
    switch (assertion.type) {
        case 'tool_called':
            return checkToolCalled(assertion, trace);
        case 'tool_not_called':
            return checkToolNotCalled(assertion, trace);
        case 'tool_sequence':
            return checkToolSequence(assertion, trace);
        case 'output_contains':
            return checkOutputContains(assertion, trace);
        case 'output_not_contains':
            return checkOutputNotContains(assertion, trace);
        case 'output_matches':
            return checkOutputMatches(assertion, trace);
        case 'jmespath':
            return checkJmespath(assertion, trace, view());
        case 'cost_limit':
            return checkCostLimit(assertion, trace);
        case 'latency_limit':
            return checkLatencyLimit(assertion, trace);
        case 'turn_limit':
            return checkTurnLimit(assertion, trace);
        case 'judge':
            // Visible, excluded from the score, and never a pass: see evaluate-trial.ts.
            return { passed: false, score: 0, reason: JUDGE_NOT_SUPPORTED, evaluated: false };
    }
}
/** The assertion's `name`, or a short description that identifies it in reports. */
function labelOf(assertion) {
    if (assertion.name !== undefined)
        return assertion.name;
    switch (assertion.type) {
        case 'tool_called':
            return `tool_called ${assertion.tool}${assertion.arguments ? ` ${describeValue(assertion.arguments, 60)}` : ''}`;
        case 'tool_not_called':
            return `tool_not_called ${assertion.tool}`;
        case 'tool_sequence':
            return `tool_sequence ${assertion.mode} [${assertion.sequence.join(', ')}]`;
        case 'output_contains':
        case 'output_not_contains':
            return `${assertion.type} ${describeValue(assertion.value, 60)}${assertion.ignore_case ? ' (ignore case)' : ''}`;
        case 'output_matches':
            return `output_matches /${assertion.pattern}/${assertion.flags ?? ''}`;
        case 'jmespath':
            return `jmespath ${assertion.expression} ${assertion.operator}${assertion.operator === 'exists' ? '' : ` ${describeValue(assertion.value, 60)}`}`;
        case 'cost_limit':
            return `cost_limit ${formatUsd(assertion.max_usd)}`;
        case 'latency_limit':
            return `latency_limit ${formatSeconds(assertion.max_seconds)}`;
        case 'turn_limit':
            return `turn_limit ${assertion.max_turns}`;
        case 'judge':
            return `judge (${assertion.criteria.map((criterion) => criterion.name).join(', ')})`;
    }
}
function evaluateAssertion(assertion, index, trace, view, line) {
    const outcome = runCheck(assertion, trace, view);
    const result = {
        index,
        type: assertion.type,
        label: labelOf(assertion),
        passed: outcome.passed,
        score: Math.min(1, Math.max(0, outcome.score)),
        weight: assertion.weight,
        required: assertion.required,
        reason: outcome.reason,
    };
    if (outcome.evaluated === false)
        result.evaluated = false;
    if (line !== undefined)
        result.line = line;
    return result;
}

;// CONCATENATED MODULE: ./src/core/checks/evaluate-trial.ts


/** Scores are compared with this tolerance so that weights like 0.1 + 0.2 reach a threshold of 0.3. */
const SCORE_TOLERANCE = 1e-9;
const NO_ASSERTIONS_PASSED = 'no assertions: passed because the run completed';
/**
 * Scores one trial:
 * - score = Σ(score × weight) / Σ weight over the evaluated assertions;
 * - a failed `required` assertion makes the trial a hard fail whatever the score;
 * - otherwise the trial passes when score ≥ the scenario's threshold;
 * - assertions that cannot be evaluated (judge, for now) are left out of the
 *   score; a trial with nothing evaluable, or with a required assertion that
 *   could not be evaluated, fails: salvo never reports a pass it did not check;
 * - no assertions at all: the trial passes when the run completed (final answer,
 *   no error), and the note says so.
 */
function evaluateTrial(trace, loaded) {
    const { assertions, threshold } = loaded.scenario;
    if (assertions.length === 0)
        return evaluateWithoutAssertions(trace);
    let view;
    const lazyView = () => (view ??= traceView(trace));
    const results = assertions.map((assertion, index) => evaluateAssertion(assertion, index, trace, lazyView, loaded.assertionLines[index]));
    const evaluated = results.filter((result) => result.evaluated !== false);
    const unevaluated = results.length - evaluated.length;
    if (evaluated.length === 0) {
        const note = `none of the ${results.length} assertion(s) could be evaluated (judge assertions are not supported yet), so the trial cannot pass`;
        return { status: 'failed', score: 0, assertions: results, note };
    }
    const score = weightedScore(evaluated);
    if (evaluated.some((result) => result.required && !result.passed)) {
        return { status: 'hard_fail', score, assertions: results, note: null };
    }
    const requiredUnevaluated = results.find((result) => result.required && result.evaluated === false);
    if (requiredUnevaluated) {
        const note = `required assertion '${requiredUnevaluated.label}' could not be evaluated (judge assertions are not supported yet), so the trial cannot pass`;
        return { status: 'failed', score, assertions: results, note };
    }
    const status = score >= threshold - SCORE_TOLERANCE ? 'passed' : 'failed';
    const note = unevaluated > 0 ? `${unevaluated} assertion(s) not evaluated and left out of the score` : null;
    return { status, score, assertions: results, note };
}
function weightedScore(results) {
    const totalWeight = results.reduce((sum, result) => sum + result.weight, 0);
    if (totalWeight <= 0)
        return 0;
    const weighted = results.reduce((sum, result) => sum + result.score * result.weight, 0);
    // Round away float noise (0.30000000000000004) so stored scores read cleanly.
    return Math.round((weighted / totalWeight) * 1e9) / 1e9;
}
function evaluateWithoutAssertions(trace) {
    if (trace.error === undefined && trace.stop_reason === 'final_answer') {
        return { status: 'passed', score: 1, assertions: [], note: NO_ASSERTIONS_PASSED };
    }
    const why = trace.error ? `it ended with an error (${trace.error.code})` : `it stopped at ${trace.stop_reason}`;
    return { status: 'failed', score: 0, assertions: [], note: `no assertions, and the run did not complete: ${why}` };
}

;// CONCATENATED MODULE: ./src/core/checks/failure-ranking.ts
/**
 * Ranks assertions by how often and how much they failed across trials.
 * Results are grouped by the assertion's index in the scenario, never by the
 * reason text: reasons carry the values of each trial ("cost $0.031 ..."), and
 * grouping by them would split one assertion into many rows.
 *
 * Order: failed required assertions first (they decide HARD_FAIL), then by
 * fail count, then by the share of score they cost, then by position.
 */
function rankFailingAssertions(trials) {
    const groups = new Map();
    for (const trial of trials) {
        const evaluated = trial.assertions.filter((result) => result.evaluated !== false);
        const totalWeight = evaluated.reduce((sum, result) => sum + result.weight, 0);
        for (const result of evaluated) {
            const group = groups.get(result.index) ?? { results: [], lost: [] };
            group.results.push(result);
            group.lost.push(totalWeight > 0 ? ((1 - result.score) * result.weight) / totalWeight : 0);
            groups.set(result.index, group);
        }
    }
    const ranked = [];
    for (const [index, group] of groups) {
        const failures = group.results.filter((result) => !result.passed);
        const first = failures[0];
        if (first === undefined)
            continue;
        const stats = {
            index,
            type: first.type,
            label: first.label,
            required: first.required,
            weight: first.weight,
            fail_count: failures.length,
            evaluated_count: group.results.length,
            fail_rate: failures.length / group.results.length,
            score_lost: group.lost.reduce((sum, value) => sum + value, 0) / group.lost.length,
            sample_reasons: mostFrequent(failures.map((result) => result.reason), 3),
        };
        if (first.line !== undefined)
            stats.line = first.line;
        ranked.push(stats);
    }
    return ranked.sort((a, b) => Number(b.required) - Number(a.required) ||
        b.fail_count - a.fail_count ||
        b.score_lost - a.score_lost ||
        a.index - b.index);
}
function mostFrequent(values, limit) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([value]) => value);
}

;// CONCATENATED MODULE: ./src/core/checks/statistics.ts
/**
 * The numbers behind a verdict, small and exact enough to test by hand.
 * docs/verdicts.md states each definition for users.
 */
/** z for a two-sided 95 % interval. */
const Z_95 = 1.959963984540054;
/**
 * Nearest-rank percentile: the smallest observed value with at least p % of
 * the values at or below it. It always returns a value that happened (no
 * interpolated latencies nobody saw): with 1 value, every percentile is that
 * value; with 2, p50 is the lower and p95 the higher.
 */
function percentile(values, p) {
    if (values.length === 0)
        throw new RangeError('percentile of no values');
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length - 1e-9));
    return sorted[Math.min(rank, sorted.length) - 1];
}
function mean(values) {
    return values.reduce((sum, value) => sum + value, 0) / values.length;
}
/**
 * Wilson score interval of a proportion: unlike the naive p ± z·√(p(1−p)/n),
 * it stays inside [0, 1] and does not collapse to a point at 0 or n successes,
 * which is exactly the case of a small, all-passing run.
 */
function wilsonInterval(successes, trials, z = Z_95) {
    if (trials <= 0)
        return null;
    const p = successes / trials;
    const z2 = z * z;
    const denominator = 1 + z2 / trials;
    const centre = (p + z2 / (2 * trials)) / denominator;
    const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
    return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
/**
 * pass^k: the chance that k runs in a row all pass, estimated without bias from
 * c passes in n trials as C(c, k) / C(n, k) (the chance that k trials drawn
 * from the n observed ones all passed). Defined for 1 ≤ k ≤ n.
 */
function passHatK(passes, trials, k) {
    if (k < 1 || k > trials)
        throw new RangeError(`pass^${k} needs 1 ≤ k ≤ ${trials}`);
    let value = 1;
    for (let i = 0; i < k; i += 1)
        value *= Math.max(0, passes - i) / (trials - i);
    return value;
}
/**
 * How many trials must all pass before the 95 % Wilson lower bound reaches
 * `rate`. When all n trials pass the lower bound is n / (n + z²), so the count
 * is the smallest n with n ≥ z²·rate / (1 − rate). A rate of 1 can never be
 * shown (null); a rate of 0 needs none.
 */
function trialsNeededToShow(rate, z = Z_95) {
    if (rate >= 1)
        return null;
    if (rate <= 0)
        return 0;
    const z2 = z * z;
    let n = Math.max(1, Math.ceil((z2 * rate) / (1 - rate) - 1e-9));
    while (n / (n + z2) < rate)
        n += 1;
    return n;
}

;// CONCATENATED MODULE: ./src/core/checks/scenario-stats.ts



const PASS_HAT_K_MAX = 10;
/** A scored trial ran to the end and was evaluated: the population of score and latency numbers. */
function isScored(trial) {
    return trial.status === 'passed' || trial.status === 'failed' || trial.status === 'hard_fail';
}
function computeStats(trials, loaded, context = {}) {
    const counts = countTrials(trials);
    const counted = countedTrials(counts);
    const requiredPassRate = loaded.scenario.required_pass_rate ?? 1;
    const scored = trials.filter(isScored);
    const scores = scored.map((trial) => trial.score ?? 0);
    const latencies = scored.map((trial) => trial.latency_seconds);
    const interval = wilsonInterval(counts.passed, counted);
    const needed = trialsNeededToShow(requiredPassRate);
    const plannedTrials = context.plannedTrials ?? trials.length;
    return {
        trials_planned: plannedTrials,
        trials_run: trials.length - counts.cancelled,
        passed: counts.passed,
        failed: counts.failed,
        hard_failed: counts.hardFailed,
        errored: counts.erroredOwn + counts.erroredInfra,
        infra_errors: counts.erroredInfra,
        cancelled: counts.cancelled,
        counted,
        pass_rate: counted > 0 ? counts.passed / counted : null,
        required_pass_rate: requiredPassRate,
        pass_rate_interval: interval ? { ...interval, confidence: 0.95 } : null,
        pass_hat_k: Array.from({ length: Math.min(counted, PASS_HAT_K_MAX) }, (_, index) => ({
            k: index + 1,
            value: passHatK(counts.passed, counted, index + 1),
        })),
        trials_needed: needed,
        sample_size_note: sampleSizeNote(counted, requiredPassRate, needed),
        threshold: loaded.scenario.threshold,
        score: scores.length > 0 ? { mean: mean(scores), min: Math.min(...scores), p50: percentile(scores, 50), p95: percentile(scores, 95) } : null,
        latency_seconds: latencies.length > 0 ? { p50: percentile(latencies, 50), p95: percentile(latencies, 95) } : null,
        cost_usd: costOf(trials),
        retries: {
            total: trials.reduce((sum, trial) => sum + trial.retries, 0),
            trials_with_retries: trials.filter((trial) => trial.retries > 0).length,
        },
        failing_assertions: rankFailingAssertions(trials.filter((trial) => trial.status !== 'errored' && trial.status !== 'cancelled')),
        not_evaluated: notEvaluated(trials),
        errors: groupErrors(trials),
        early_stop: context.earlyStop
            ? { after_trials: context.earlyStop.afterTrials, planned_trials: plannedTrials, reason: context.earlyStop.reason }
            : null,
        note: noteFor(trials, loaded),
    };
}
/** The rule: all n trials passing shows at least n / (n + z²) with 95 % confidence (Wilson lower bound). */
function sampleSizeNote(counted, rate, needed) {
    if (needed === null || needed === 0 || counted >= needed)
        return null;
    const bound = counted / (counted + 1.959963984540054 ** 2);
    return (`${counted} trial(s) cannot show a pass rate of ${rate} with 95 % confidence: even if all pass, ` +
        `the Wilson lower bound is ${bound.toFixed(2)}; that takes at least ${needed} trials`);
}
function costOf(trials) {
    const known = trials.filter((trial) => trial.cost_usd !== null);
    const total = known.reduce((sum, trial) => sum + (trial.cost_usd ?? 0), 0);
    // A trial that never reached the model (no turns) cost nothing, even when its cost field is null.
    const unknown = trials.filter((trial) => trial.cost_usd === null && trial.turns > 0).length;
    return { total, per_trial: known.length > 0 ? total / known.length : null, unknown_trials: unknown };
}
function notEvaluated(trials) {
    const seen = new Map();
    for (const trial of trials) {
        for (const result of trial.assertions) {
            if (result.evaluated !== false || seen.has(result.index))
                continue;
            const entry = { index: result.index, label: result.label, reason: result.reason };
            if (result.line !== undefined)
                entry.line = result.line;
            seen.set(result.index, entry);
        }
    }
    return [...seen.values()].sort((a, b) => a.index - b.index);
}
/** Errors grouped by code (messages carry request ids and values); the first message is kept as the example. */
function groupErrors(trials) {
    const groups = new Map();
    for (const trial of trials) {
        if (trial.status !== 'errored')
            continue;
        const code = trial.error?.code ?? 'E_UNKNOWN';
        const infrastructure = isInfrastructureError(trial);
        const key = `${code}\u0000${infrastructure}`;
        const group = groups.get(key);
        if (group)
            group.count += 1;
        else
            groups.set(key, { code, message: trial.error?.message ?? 'the trial errored without details', infrastructure, count: 1 });
    }
    return [...groups.values()].sort((a, b) => b.count - a.count);
}
function noteFor(trials, loaded) {
    const assertions = loaded.scenario.assertions;
    if (assertions.length === 0) {
        return trials.some((trial) => trial.status === 'passed')
            ? 'no assertions: passed because the run completed'
            : 'no assertions: trials pass only when the run completes';
    }
    if (assertions.every((assertion) => assertion.type === 'judge')) {
        return 'no assertion could be evaluated (judge assertions are not supported yet), so no trial can pass';
    }
    const requiredJudge = assertions.findIndex((assertion) => assertion.type === 'judge' && assertion.required);
    if (requiredJudge >= 0)
        return `required assertion ${requiredJudge + 1} is a judge, which is not supported yet, so no trial can pass`;
    return null;
}

;// CONCATENATED MODULE: ./src/core/checks/summarise-scenario.ts



/**
 * Turns a scenario's trials into its verdict (rules in verdict.ts and
 * docs/verdicts.md), its statistics, and a sentence for tables and annotations.
 */
function summariseScenario(trials, loaded, context = {}) {
    const stats = computeStats(trials, loaded, context);
    const counts = countTrials(trials);
    const verdict = decideVerdict(counts, stats.required_pass_rate);
    return { status: statusOfVerdict(verdict, counts), verdict, summary: sentenceFor(verdict, stats), stats };
}
function ratio(stats) {
    return `${stats.passed}/${stats.counted} trials passed`;
}
function required(stats) {
    return stats.required_pass_rate >= 1 ? 'every trial must pass' : `required pass rate ${stats.required_pass_rate}`;
}
function sentenceFor(verdict, stats) {
    const parts = [];
    switch (verdict) {
        case 'SKIPPED':
            parts.push(stats.cancelled > 0 ? 'cancelled before any trial finished' : 'no trials ran');
            break;
        case 'INFRA_ERROR':
            parts.push(`all ${stats.infra_errors} trial(s) hit infrastructure errors${firstError(stats, true)}`);
            break;
        case 'HARD_FAIL': {
            const top = stats.failing_assertions.find((failure) => failure.required);
            const what = top ? `required assertion '${top.label}' failed in ${top.fail_count}/${top.evaluated_count} trials: ${top.sample_reasons[0]}` : 'a required assertion failed';
            parts.push(`${what} (${ratio(stats)})`);
            break;
        }
        case 'PASS':
            parts.push(ratio(stats));
            if (stats.required_pass_rate < 1)
                parts.push(required(stats));
            break;
        case 'FAIL':
        case 'PARTIAL':
            parts.push(`${ratio(stats)}${verdict === 'PARTIAL' ? `, ${required(stats)}` : ''}`);
            parts.push(topReason(stats));
            break;
    }
    if (verdict !== 'INFRA_ERROR' && stats.infra_errors > 0) {
        parts.push(`${stats.infra_errors} trial(s) left out after infrastructure errors${firstError(stats, true)}`);
    }
    if (stats.note)
        parts.push(stats.note);
    if (stats.early_stop)
        parts.push(`stopped early after ${stats.early_stop.after_trials}/${stats.early_stop.planned_trials} trials: ${stats.early_stop.reason}`);
    return parts.filter((part) => part !== '').join('; ');
}
function topReason(stats) {
    const top = stats.failing_assertions[0];
    if (top)
        return `most failing: '${top.label}' failed in ${top.fail_count}/${top.evaluated_count} trials: ${top.sample_reasons[0]}`;
    const own = stats.errors.find((error) => !error.infrastructure);
    if (own)
        return `${own.count} trial(s) errored: ${(0,errors/* describeError */.Uc)(own)}`;
    return '';
}
function firstError(stats, infrastructure) {
    const error = stats.errors.find((candidate) => candidate.infrastructure === infrastructure);
    return error ? ` (${(0,errors/* describeError */.Uc)(error)})` : '';
}

;// CONCATENATED MODULE: ./src/cli/version.ts
// Kept in step with package.json by a test (__tests__/cli/version.test.ts).
const SALVO_VERSION = '0.1.0';

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __nccwpck_require__(38816);
;// CONCATENATED MODULE: ./src/core/recording/stable-json.ts

/**
 * JSON with object keys sorted at every depth: the same value always gives the
 * same text, so recordings diff line by line and digests do not depend on the
 * order in which a provider or a YAML file happened to list keys.
 */
function stableStringify(value, indent = 2) {
    return JSON.stringify(sortKeys(value), null, indent);
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const sorted = {};
        for (const key of Object.keys(value).sort()) {
            const entry = value[key];
            if (entry !== undefined)
                sorted[key] = sortKeys(entry);
        }
        return sorted;
    }
    return value;
}
/** A short content digest: 16 hex characters (64 bits) tell changed from unchanged with room to spare. */
function shortDigest(value) {
    return fullDigest(value).slice(0, 16);
}
function fullDigest(value) {
    const text = typeof value === 'string' ? value : stableStringify(value, 0);
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

// EXTERNAL MODULE: ./src/core/on-first-use.ts
var on_first_use = __nccwpck_require__(3099);
;// CONCATENATED MODULE: ./src/core/recording/format.ts





/**
 * The recording file: what a model was asked and what it answered, turn by
 * turn, for every trial of one scenario. Committed next to the scenario so a
 * run without a key (fork pull requests, a fresh clone) can replay it. Public
 * and snake_case like traces; bump RECORDING_FORMAT_VERSION on any change a
 * reader of version 1 could not understand.
 *
 * Location: `<scenario dir>/__recordings__/<scenario file stem>.json`. The
 * folder holds only .json files, so scenario globs (*.yaml, *.yml) never
 * pick them up.
 */
const RECORDING_FORMAT_VERSION = 1;
const RECORDINGS_DIR = '__recordings__';
function buildSourceSchema() {
    /** Where a recording came from. Nothing may claim a real model produced text it did not. */
    const liveSourceSchema = schemas/* strictObject */.rej({
        kind: schemas/* literal */.euz('live'),
        provider: schemas/* string */.YjP(),
        /** The model the scenario asked for; each reply also carries the id the provider reported. */
        model: schemas/* string */.YjP(),
        recorded_at: schemas/* string */.YjP(),
        salvo_version: schemas/* string */.YjP(),
    });
    /** Hand-written or scripted replies (salvo's own fake server, a test double): labelled as such. */
    const scriptedSourceSchema = schemas/* strictObject */.rej({
        kind: schemas/* literal */.euz('scripted'),
        /** Who or what wrote the replies, in words, e.g. "scripted replies from salvo's fake LLM server". */
        label: schemas/* string */.YjP().min(1),
        /** The wire format the replies were served in. */
        provider: schemas/* string */.YjP(),
        recorded_at: schemas/* string */.YjP(),
        salvo_version: schemas/* string */.YjP(),
    });
    return schemas/* discriminatedUnion */.gMt('kind', [liveSourceSchema, scriptedSourceSchema]);
}
/** One recorded turn: the request's fingerprint and the normalised reply. */
function buildTurnSchemas() {
    const messageFingerprintSchema = schemas/* strictObject */.rej({
        role: schemas/* enum */.k5n(['user', 'assistant', 'tool']),
        digest: schemas/* string */.YjP(),
        tool_name: schemas/* string */.YjP().optional(),
    });
    const settingsSchema = schemas/* strictObject */.rej({
        temperature: schemas/* number */.aig().optional(),
        seed: schemas/* number */.aig().optional(),
        max_tokens: schemas/* number */.aig().optional(),
        api: schemas/* string */.YjP().optional(),
        extras: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    });
    /**
     * What was asked, as digests of the redacted, normalised request: enough to
     * tell whether a new request is the same and, when it is not, what changed.
     * `messages_added` lists only the messages new since the previous turn, so a
     * long conversation stays linear in size.
     */
    const requestFingerprintSchema = schemas/* strictObject */.rej({
        digest: schemas/* string */.YjP(),
        model: schemas/* string */.YjP(),
        system: schemas/* string */.YjP().nullable(),
        tools: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
        settings: settingsSchema,
        messages_added: schemas/* array */.YOg(messageFingerprintSchema),
    });
    const toolCallSchema = schemas/* strictObject */.rej({
        id: schemas/* string */.YjP(),
        name: schemas/* string */.YjP(),
        arguments: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullable(),
        raw_arguments: schemas/* string */.YjP().optional(),
        arguments_error: schemas/* string */.YjP().optional(),
    });
    const usageSchema = schemas/* strictObject */.rej({
        input_tokens: schemas/* number */.aig(),
        output_tokens: schemas/* number */.aig(),
        cache_read_tokens: schemas/* number */.aig(),
        cache_write_tokens: schemas/* number */.aig(),
        reasoning_tokens: schemas/* number */.aig(),
    });
    /** A normalised ModelTurn, redacted and size-capped. */
    const replySchema = schemas/* strictObject */.rej({
        text: schemas/* string */.YjP().nullable(),
        tool_calls: schemas/* array */.YOg(toolCallSchema),
        usage: usageSchema,
        finish_reason: schemas/* enum */.k5n(['stop', 'tool_calls', 'length', 'content_filter', 'refusal', 'other']),
        raw_finish_reason: schemas/* string */.YjP().nullable(),
        model: schemas/* string */.YjP(),
        request_id: schemas/* string */.YjP().nullable(),
        latency_ms: schemas/* number */.aig(),
        retries: schemas/* number */.aig(),
        truncated: schemas/* boolean */.zMY().optional(),
    });
    const turnSchema = schemas/* strictObject */.rej({ request: requestFingerprintSchema, reply: replySchema });
    return { messageFingerprintSchema, settingsSchema, requestFingerprintSchema, replySchema, turnSchema };
}
function buildRecordingSchemas() {
    const recordingSourceSchema = buildSourceSchema();
    const turns = buildTurnSchemas();
    const trialSchema = schemas/* strictObject */.rej({ turns: schemas/* array */.YOg(turns.turnSchema) });
    const recordingSchema = schemas/* strictObject */.rej({
        format_version: schemas/* literal */.euz(RECORDING_FORMAT_VERSION),
        scenario_name: schemas/* string */.YjP(),
        /** The scenario file as it was given when recording, for people reading the file. */
        scenario_file: schemas/* string */.YjP(),
        /** Informational: assertions change it too, and they must not make a recording stale. */
        scenario_hash: schemas/* string */.YjP(),
        source: recordingSourceSchema,
        trials: schemas/* array */.YOg(trialSchema),
    });
    return { ...turns, recordingSourceSchema, trialSchema, recordingSchema };
}
const format_schemas = (0,on_first_use/* onFirstUse */.V)(buildRecordingSchemas);
const recordingSourceSchema = schemas/* lazy */.RZV(() => format_schemas().recordingSourceSchema);
const recordingSchema = schemas/* lazy */.RZV(() => format_schemas().recordingSchema);
/** `examples/refund.yaml` -> `examples/__recordings__/refund.json`. */
function recordingPathFor(scenarioFile) {
    const stem = (0,external_node_path_.basename)(scenarioFile, (0,external_node_path_.extname)(scenarioFile));
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(scenarioFile), RECORDINGS_DIR, `${stem}.json`);
}
/** Sorted keys, 2-space indent, trailing newline: stable and diff-friendly. */
function serialiseRecording(recording) {
    return `${stableStringify(recording)}\n`;
}
function parseRecording(text, file) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw invalidRecording(file, `it is not valid JSON (${error.message})`);
    }
    const version = document?.format_version;
    if (typeof version === 'number' && version > RECORDING_FORMAT_VERSION) {
        throw new errors/* SalvoError */.u3('E_RECORDING_FORMAT', `recording ${file} has format_version ${version}; this salvo reads version ${RECORDING_FORMAT_VERSION}`, { hint: 'upgrade salvo, or re-record the scenario with this version' });
    }
    const parsed = recordingSchema.safeParse(document);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        throw invalidRecording(file, `${issue?.message ?? 'invalid'}${where}`);
    }
    return parsed.data;
}
function invalidRecording(file, why) {
    return new errors/* SalvoError */.u3('E_RECORDING_INVALID', `recording ${file} cannot be read: ${why}`, {
        hint: 'delete it and re-record with `salvo run --record <scenario file>`',
    });
}

;// CONCATENATED MODULE: ./src/core/recording/resolve-mode.ts
const RUN_MODES = (/* unused pure expression or super */ null && (['auto', 'live', 'replay']));
/** Decides, for one scenario, whether to call the model, replay its recording, or skip it, and says why. */
function resolveMode(inputs) {
    const { keyAvailable, keySource, recordingFile } = inputs;
    const mode = inputs.recording ? 'live' : inputs.mode;
    if (mode === 'live') {
        if (keyAvailable)
            return { action: 'live', reason: `${keySource} is set${inputs.recording ? '; recording' : ''}` };
        return {
            action: 'error',
            code: 'E_NO_API_KEY',
            reason: `${inputs.recording ? '--record' : '--mode live'} needs a key, and ${keySource} is not set`,
            hint: recordingFile
                ? `set ${keySource}, or replay the recording with --mode auto or --mode replay`
                : `set ${keySource}`,
        };
    }
    if (mode === 'replay') {
        if (recordingFile)
            return { action: 'replay', reason: `--mode replay: replaying ${recordingFile}`, recordingFile };
        return {
            action: 'error',
            code: 'E_NO_RECORDING',
            reason: `--mode replay, but there is no recording at ${inputs.expectedRecordingFile}`,
            hint: `record one with a key set: salvo run --record ${inputs.scenarioFile}`,
        };
    }
    if (keyAvailable)
        return { action: 'live', reason: `${keySource} is set` };
    if (recordingFile)
        return { action: 'replay', reason: `${keySource} is not set; replaying ${recordingFile}`, recordingFile };
    return {
        action: 'skip',
        skipReason: 'no_key_no_recording',
        reason: `${keySource} is not set and there is no recording at ${inputs.expectedRecordingFile}`,
    };
}

;// CONCATENATED MODULE: ./src/core/recording/fingerprint.ts


/** The trace limits, applied to recordings too so they stay small. */
const CONTENT_LIMIT = TRACE_LIMITS.messageContent;
const TOOL_ARGUMENTS_LIMIT = TRACE_LIMITS.messageContent;
const TRUNCATION_MARKER = '... [truncated]';
/**
 * Cuts text to the limit. Unlike the trace's truncateText it is idempotent (a
 * cut text is exactly at the limit), so a replayed reply digests like the
 * live one it was cut from.
 */
function capText(text, limit = CONTENT_LIMIT) {
    if (text.length <= limit)
        return text;
    return `${text.slice(0, limit - TRUNCATION_MARKER.length)}${TRUNCATION_MARKER}`;
}
function capToolCall(call) {
    const size = call.arguments ? JSON.stringify(call.arguments).length : (call.rawArguments?.length ?? 0);
    if (size <= TOOL_ARGUMENTS_LIMIT)
        return call;
    const raw = call.rawArguments ?? JSON.stringify(call.arguments);
    return {
        id: call.id,
        name: call.name,
        arguments: null,
        rawArguments: capText(raw, TOOL_ARGUMENTS_LIMIT),
        argumentsError: 'the arguments were cut to the recording size limit',
    };
}
/** A model reply as the recording keeps it: redacted, capped, without the raw body or provider state. */
function toRecordedReply(turn, redactor) {
    const redactedText = turn.text === null ? null : redactor.text(turn.text);
    const text = redactedText === null ? null : capText(redactedText);
    const redactedCalls = turn.toolCalls.map((call) => redactor.deep(call));
    const toolCalls = redactedCalls.map(capToolCall);
    const truncated = text !== redactedText || toolCalls.some((call, i) => call !== redactedCalls[i]);
    return {
        text,
        tool_calls: toolCalls.map((call) => ({
            id: call.id,
            name: call.name,
            arguments: call.arguments,
            raw_arguments: call.rawArguments,
            arguments_error: call.argumentsError,
        })),
        usage: {
            input_tokens: turn.usage.inputTokens,
            output_tokens: turn.usage.outputTokens,
            cache_read_tokens: turn.usage.cacheReadTokens,
            cache_write_tokens: turn.usage.cacheWriteTokens,
            reasoning_tokens: turn.usage.reasoningTokens,
        },
        finish_reason: turn.finishReason,
        raw_finish_reason: turn.rawFinishReason === null ? null : redactor.text(turn.rawFinishReason),
        model: turn.model,
        request_id: turn.requestId,
        latency_ms: turn.latencyMs,
        retries: turn.retries,
        ...(truncated ? { truncated: true } : {}),
    };
}
function toModelTurn(reply) {
    return {
        text: reply.text,
        toolCalls: reply.tool_calls.map((call) => ({
            id: call.id,
            name: call.name,
            arguments: call.arguments,
            ...(call.raw_arguments !== undefined ? { rawArguments: call.raw_arguments } : {}),
            ...(call.arguments_error !== undefined ? { argumentsError: call.arguments_error } : {}),
        })),
        usage: {
            inputTokens: reply.usage.input_tokens,
            outputTokens: reply.usage.output_tokens,
            cacheReadTokens: reply.usage.cache_read_tokens,
            cacheWriteTokens: reply.usage.cache_write_tokens,
            reasoningTokens: reply.usage.reasoning_tokens,
        },
        finishReason: reply.finish_reason,
        rawFinishReason: reply.raw_finish_reason,
        model: reply.model,
        requestId: reply.request_id,
        latencyMs: reply.latency_ms,
        retries: reply.retries,
    };
}
/**
 * Digest of one message. Assistant messages are redacted and capped first,
 * exactly as their recorded replies were, so a turn served from a recording
 * digests like the live turn it was recorded from (even when the model echoed
 * a key). Scenario text (prompt, mocks) is the same on both sides and is only
 * ever stored as a digest, never in clear.
 */
function fingerprintMessage(message, redactor) {
    switch (message.role) {
        case 'user':
            return { role: 'user', digest: shortDigest({ content: message.content }) };
        case 'tool':
            return {
                role: 'tool',
                tool_name: message.toolName,
                digest: shortDigest({
                    tool_call_id: message.toolCallId,
                    tool_name: message.toolName,
                    content: message.content,
                    is_error: message.isError === true,
                }),
            };
        case 'assistant': {
            const content = message.content === null ? null : capText(redactor.text(message.content));
            const calls = message.toolCalls.map((call) => capToolCall(redactor.deep(call)));
            return {
                role: 'assistant',
                digest: shortDigest({
                    content,
                    tool_calls: calls.map((call) => ({ id: call.id, name: call.name, arguments: call.arguments, raw: call.rawArguments ?? null })),
                }),
            };
        }
    }
}
function recordedSettings(request, redactor) {
    const { temperature, seed, maxTokens, api, extras } = request.settings;
    return {
        ...(temperature !== undefined ? { temperature } : {}),
        ...(seed !== undefined ? { seed } : {}),
        ...(maxTokens !== undefined ? { max_tokens: maxTokens } : {}),
        ...(api !== undefined ? { api } : {}),
        extras: redactor.deep(extras),
    };
}
/**
 * Everything about a request that shapes the conversation: model, system
 * prompt, tools, generation settings and the messages so far. Assertions,
 * threshold, description and tags never reach a request, so changing them
 * leaves the fingerprint alone.
 */
function fingerprintRequest(request, previousMessageCount, redactor) {
    const history = request.messages.map((message) => fingerprintMessage(message, redactor));
    const tools = {};
    for (const tool of request.tools) {
        tools[tool.name] = shortDigest({ description: tool.description, parameters: tool.parameters });
    }
    const system = request.system ? shortDigest(request.system) : null;
    const settings = recordedSettings(request, redactor);
    const model = request.settings.model;
    const digest = fullDigest({ model, system, tools, settings, messages: history.map((m) => m.digest) });
    return {
        fingerprint: { digest, model, system, tools, settings, messages_added: history.slice(previousMessageCount) },
        history,
    };
}

;// CONCATENATED MODULE: ./src/providers/replay/trial-tag.ts
/**
 * Trials of one scenario may run concurrently through one client, so a
 * request must say which conversation it continues. The runner hands every
 * turn's `providerState` back verbatim on the next request (that is its
 * contract), so the record and replay clients keep the trial number there,
 * wrapped around whatever the real provider put in it.
 */
const TAG = 'salvo_trial';
function tagTurnState(trial, inner) {
    return inner === undefined ? { [TAG]: trial } : { [TAG]: trial, inner };
}
function isTag(value) {
    return typeof value === 'object' && value !== null && typeof value[TAG] === 'number';
}
/** Model turns already in the conversation: 0 on a trial's first request. */
function turnIndexOf(request) {
    return request.messages.filter((message) => message.role === 'assistant').length;
}
/** The trial the request continues, from the most recent tagged assistant message, or null. */
function taggedTrialOf(request) {
    for (let index = request.messages.length - 1; index >= 0; index -= 1) {
        const message = request.messages[index];
        if (message.role === 'assistant' && isTag(message.providerState))
            return message.providerState[TAG];
    }
    return null;
}
/** The request with our tags replaced by the provider's own state, for the wrapped client. */
function untagRequest(request) {
    const messages = request.messages.map((message) => {
        if (message.role !== 'assistant' || !isTag(message.providerState))
            return message;
        const { providerState, ...rest } = message;
        return providerState.inner === undefined ? rest : { ...rest, providerState: providerState.inner };
    });
    return { ...request, messages };
}

;// CONCATENATED MODULE: ./src/providers/replay/recording-client.ts



/**
 * Wraps any ModelClient for `salvo run --record`: passes every request
 * through unchanged and keeps, per trial, a fingerprint of what was asked and
 * the redacted reply. `recording()` turns what was captured into the file.
 */
class RecordingModelClient {
    provider;
    trials = [];
    inner;
    redactor;
    constructor(inner, redactor) {
        this.inner = inner;
        this.redactor = redactor;
        this.provider = inner.provider;
    }
    async complete(request) {
        const trialIndex = this.trialFor(request);
        const trial = this.trials[trialIndex];
        let turn;
        try {
            turn = await this.inner.complete(untagRequest(request));
        }
        catch (error) {
            trial.failed = true;
            throw error;
        }
        const { fingerprint } = fingerprintRequest(request, trial.messagesSeen, this.redactor);
        trial.messagesSeen = request.messages.length;
        trial.turns.push({ request: fingerprint, reply: toRecordedReply(turn, this.redactor) });
        return { ...turn, providerState: tagTurnState(trialIndex, turn.providerState) };
    }
    /** Trials whose every model call succeeded, in the order they started. */
    recordedTrialCount() {
        return this.completeTrials().length;
    }
    recording(details) {
        return {
            format_version: RECORDING_FORMAT_VERSION,
            scenario_name: details.scenarioName,
            scenario_file: details.scenarioFile,
            scenario_hash: details.scenarioHash,
            source: details.source,
            trials: this.completeTrials().map((trial) => ({ turns: trial.turns })),
        };
    }
    completeTrials() {
        return this.trials.filter((trial) => !trial.failed && trial.turns.length > 0);
    }
    trialFor(request) {
        const tagged = turnIndexOf(request) === 0 ? null : taggedTrialOf(request);
        if (tagged !== null && this.trials[tagged])
            return tagged;
        // A first turn (or a history without our tag) starts a new trial.
        this.trials.push({ turns: [], messagesSeen: 0, failed: false });
        return this.trials.length - 1;
    }
}

;// CONCATENATED MODULE: ./src/core/recording/recording-errors.ts

/**
 * The scenario no longer matches its recording: replaying it would pass off
 * old answers as answers to new questions. Never papered over.
 */
class RecordingStaleError extends errors/* SalvoError */.u3 {
    name = 'RecordingStaleError';
    scenarioName;
    /** 1-based model turn at which the conversation left the recording. */
    turn;
    difference;
    constructor(details) {
        super('E_RECORDING_STALE', `the recording of scenario '${details.scenarioName}' is stale at turn ${details.turn} (trial ${details.trial}): ${details.difference} (recording: ${details.recordingFile})`, { hint: `re-record it: salvo run --record ${details.scenarioFile}` });
        this.scenarioName = details.scenarioName;
        this.turn = details.turn;
        this.difference = details.difference;
    }
}

;// CONCATENATED MODULE: ./src/core/recording/staleness.ts

/**
 * Says what differs between a recorded request and a new one, in the words a
 * scenario author thinks in (prompt, system prompt, tools, mock results,
 * model), or null when they are the same conversation.
 */
function describeRequestDifference(recorded, incoming) {
    const was = recorded.fingerprint;
    const now = incoming.fingerprint;
    if (was.digest === now.digest)
        return null;
    if (was.model !== now.model)
        return `the model changed (recorded '${was.model}', now '${now.model}')`;
    if (was.system !== now.system)
        return 'the system prompt changed';
    const tools = describeToolDifference(was.tools, now.tools);
    if (tools)
        return tools;
    const settings = describeSettingsDifference(was.settings, now.settings);
    if (settings)
        return settings;
    return describeHistoryDifference(recorded.history, incoming.history) ?? 'the request changed';
}
function describeToolDifference(was, now) {
    const changes = [];
    for (const name of Object.keys(now).sort()) {
        if (!(name in was))
            changes.push(`tool '${name}' was added`);
        else if (was[name] !== now[name])
            changes.push(`tool '${name}' changed (description or parameters)`);
    }
    for (const name of Object.keys(was).sort()) {
        if (!(name in now))
            changes.push(`tool '${name}' was removed`);
    }
    return changes.length > 0 ? changes.join(', ') : null;
}
function describeSettingsDifference(was, now) {
    for (const key of ['temperature', 'seed', 'max_tokens', 'api']) {
        if (was[key] !== now[key]) {
            return `the generation setting ${key} changed (recorded ${show(was[key])}, now ${show(now[key])})`;
        }
    }
    if (stableStringify(was.extras) !== stableStringify(now.extras))
        return 'the extras changed';
    return null;
}
function describeHistoryDifference(was, now) {
    const shared = Math.min(was.length, now.length);
    for (let index = 0; index < shared; index += 1) {
        const before = was[index];
        const after = now[index];
        if (before.role === after.role && before.digest === after.digest && before.tool_name === after.tool_name)
            continue;
        if (before.role !== after.role || before.tool_name !== after.tool_name) {
            return `the conversation took a different path at message ${index + 1} (recorded ${describeMessage(before)}, now ${describeMessage(after)})`;
        }
        if (after.role === 'user')
            return index === 0 ? 'the prompt changed' : `user message ${index + 1} changed`;
        if (after.role === 'tool')
            return `the mock result of tool '${after.tool_name ?? '?'}' changed`;
        return `assistant message ${index + 1} differs from the recording`;
    }
    if (was.length !== now.length) {
        return `the conversation took a different path (recorded ${was.length} messages so far, now ${now.length})`;
    }
    return null;
}
function describeMessage(message) {
    if (message.role === 'tool')
        return `a result of tool '${message.tool_name ?? '?'}'`;
    return `a ${message.role} message`;
}
function show(value) {
    return value === undefined ? 'unset' : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/providers/replay/replay-client.ts





/**
 * Serves a recording's replies in order, without any network, after checking
 * that each request is the one that was recorded. Trial n of a run replays
 * recorded trial n (cycling when more trials are asked for than were
 * recorded). Usage, latency and the reported model are the recorded ones.
 */
class ReplayModelClient {
    /** The provider that was recorded; traces and results say `mode: replay` beside it. */
    provider;
    trialsStarted = 0;
    options;
    constructor(options) {
        this.options = options;
        this.provider = options.recording.source.provider;
    }
    async complete(request) {
        if (request.signal?.aborted)
            throw new errors/* SalvoError */.u3('E_CANCELLED', 'the replayed request was cancelled');
        const { recording } = this.options;
        if (recording.trials.length === 0)
            throw this.stale(1, 1, 'the recording holds no trials');
        const turnIndex = turnIndexOf(request);
        const trialIndex = turnIndex === 0 ? this.trialsStarted++ % recording.trials.length : this.trialOf(request);
        const trial = recording.trials[trialIndex];
        const recorded = trial.turns[turnIndex];
        if (!recorded) {
            throw this.stale(turnIndex + 1, trialIndex + 1, `the conversation went on past the ${trial.turns.length} recorded turn${trial.turns.length === 1 ? '' : 's'}`);
        }
        const incoming = fingerprintRequest(request, 0, this.options.redactor);
        const difference = describeRequestDifference({ fingerprint: recorded.request, history: recordedHistory(trial, turnIndex) }, incoming);
        if (difference)
            throw this.stale(turnIndex + 1, trialIndex + 1, difference);
        return { ...toModelTurn(recorded.reply), providerState: tagTurnState(trialIndex, undefined) };
    }
    trialOf(request) {
        const tagged = taggedTrialOf(request);
        if (tagged !== null && this.options.recording.trials[tagged])
            return tagged;
        // Not one of ours (a history built elsewhere): the first trial whose replies match it.
        const history = fingerprintRequest(request, 0, this.options.redactor).history;
        const assistants = history.filter((message) => message.role === 'assistant').map((message) => message.digest);
        const match = this.options.recording.trials.findIndex((trial) => {
            const recorded = recordedHistory(trial, assistants.length).filter((message) => message.role === 'assistant');
            return assistants.every((digest, turn) => recorded[turn]?.digest === digest);
        });
        return match >= 0 ? match : 0;
    }
    stale(turn, trial, difference) {
        return new RecordingStaleError({
            scenarioName: this.options.scenarioName,
            scenarioFile: this.options.scenarioFile,
            recordingFile: this.options.recordingFile,
            turn,
            trial,
            difference,
        });
    }
}
/** The digests of every message the request of `turnIndex` held when it was recorded. */
function recordedHistory(trial, turnIndex) {
    return trial.turns.slice(0, turnIndex + 1).flatMap((turn) => turn.request.messages_added);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./src/io/recording-files.ts



/** Reads a recording, or null when the file does not exist; a corrupt file is an error naming it. */
async function readRecordingFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
    return parseRecording(text, path);
}
/** Writes atomically (temporary file, then rename), so an interrupted run never leaves half a recording. */
async function writeRecordingFile(path, recording) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, serialiseRecording(recording), 'utf8');
    await (0,promises_.rename)(temporary, path);
}

;// CONCATENATED MODULE: ./src/io/client-resolver.ts







/**
 * Decides per scenario between the live provider, its recording and a skip
 * (resolveMode), builds the matching client, and under `--record` keeps the
 * recorders to write their files when the run ends.
 */
class ClientResolver {
    options;
    decisions = new Map();
    recorders = new Map();
    /** One live client per provider, built when a scenario first needs it (the SDK is imported lazily). */
    liveClients = new Map();
    constructor(options) {
        this.options = options;
    }
    /** The decision and its reason for a scenario already resolved, for the output. */
    decisionFor(file) {
        return this.decisions.get(file);
    }
    async clientFor(loaded) {
        const settings = this.options.settingsFor(loaded.scenario.adapter);
        const expected = recordingPathFor(loaded.file);
        const keyAvailable = Boolean(settings.apiKey);
        // A run that goes live anyway never touches the recording, so live runs pay nothing for replay support.
        const goesLive = this.options.record !== null || this.options.mode === 'live' || (this.options.mode === 'auto' && keyAvailable);
        const recording = goesLive ? null : await readRecordingFile((0,external_node_path_.resolve)(this.options.cwd, expected));
        const decision = resolveMode({
            mode: this.options.mode,
            recording: this.options.record !== null,
            keyAvailable,
            keySource: settings.keySource,
            recordingFile: recording ? expected : null,
            expectedRecordingFile: expected,
            scenarioFile: loaded.file,
        });
        this.decisions.set(loaded.file, decision);
        switch (decision.action) {
            case 'skip':
                return { skip: decision.skipReason, message: decision.reason };
            case 'error':
                return {
                    client: new UnavailableModelClient(loaded.scenario.adapter, new errors/* SalvoError */.u3(decision.code, decision.reason, { hint: decision.hint })),
                    mode: 'live',
                };
            case 'replay':
                return {
                    mode: 'replay',
                    client: new ReplayModelClient({
                        recording: recording,
                        recordingFile: expected,
                        scenarioName: loaded.name,
                        scenarioFile: loaded.file,
                        redactor: this.options.redactor,
                    }),
                };
            case 'live': {
                const live = await this.liveClient(loaded.scenario.adapter, settings);
                if (!this.options.record)
                    return { client: live, mode: 'live' };
                const recorder = new RecordingModelClient(live, this.options.redactor);
                this.recorders.set(loaded.file, { scenario: loaded, recorder });
                return { client: recorder, mode: 'live' };
            }
        }
    }
    liveClient(adapter, settings) {
        let client = this.liveClients.get(adapter);
        if (!client) {
            client = this.options.createLiveClient(adapter, settings);
            this.liveClients.set(adapter, client);
        }
        return client;
    }
    /** Writes one recording per recorded scenario; scenarios whose every trial failed to get a reply keep their old file. */
    async saveRecordings() {
        const record = this.options.record;
        if (!record)
            return [];
        const saved = [];
        for (const { scenario, recorder } of this.recorders.values()) {
            const trials = recorder.recordedTrialCount();
            const file = recordingPathFor(scenario.file);
            if (trials > 0) {
                const source = sourceFor(scenario, recorder.provider, record);
                const recording = recorder.recording({ scenarioName: scenario.name, scenarioFile: scenario.file, scenarioHash: scenario.hash, source });
                await writeRecordingFile((0,external_node_path_.resolve)(this.options.cwd, file), recording);
            }
            saved.push({ file, trials });
        }
        return saved;
    }
}
function sourceFor(scenario, provider, record) {
    const common = { provider, recorded_at: record.now().toISOString(), salvo_version: record.salvoVersion };
    if (record.scriptedLabel)
        return { kind: 'scripted', label: record.scriptedLabel, ...common };
    return { kind: 'live', model: scenario.scenario.model, ...common };
}
/** Stands in for a client that cannot exist (no key under --mode live): every trial errors with the reason. */
class UnavailableModelClient {
    /** The scenario's own provider, so reports name what could not be reached. */
    provider;
    error;
    constructor(provider, error) {
        this.provider = provider;
        this.error = error;
    }
    async complete() {
        throw this.error;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/io/atomic-write.ts




/** Random once per process: with the pid and a counter, no two writers (even on a shared disk) pick one name. */
const PROCESS_TAG = `${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
let written = 0;
/** A sibling of `path` for the bytes before the rename (a trace per trial: no random bytes drawn per file). */
function temporaryPathFor(path) {
    written += 1;
    return `${path}.${PROCESS_TAG}.${written}.tmp`;
}
/**
 * Writes a file so that readers see the old content or the new, never half of
 * it: the bytes go to a temporary file in the same directory (same file
 * system, so the rename is atomic), which then replaces the target.
 */
async function writeFileAtomic(path, content, options = {}) {
    if (options.createDirectory !== false)
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = temporaryPathFor(path);
    try {
        await (0,promises_.writeFile)(temporary, content, { encoding: 'utf8', flush: options.durable !== false });
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}
async function writeJsonAtomic(path, value, options = {}) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, options);
}
/**
 * The same atomic write done with synchronous calls, for small files written
 * often (a trace per trial) into a directory that exists. Each asynchronous fs
 * call is a round trip through libuv's thread pool, and a trace's open + write
 * + close + rename cost about twice the CPU that way (bench/README.md, case 1);
 * a few kilobytes block the event loop for microseconds. Not flushed (see
 * `durable`): the rename alone already survives the process being killed.
 */
function writeFileAtomicSync(path, content) {
    const temporary = temporaryPathFor(path);
    try {
        (0,external_node_fs_.writeFileSync)(temporary, content, 'utf8');
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/io/stored-rows.ts
var _a;

/**
 * Where each row's JSON text is in a file, by the row's index: two typed
 * arrays (12 bytes a row) instead of an object and a key string per row. A
 * row's text is never empty (a JSON object), so a length of 0 means unset.
 */
class LineIndex {
    #positions = new Float64Array(64);
    #lengths = new Uint32Array(64);
    set(index, position, length) {
        if (index >= this.#positions.length)
            this.#grow(index + 1);
        this.#positions[index] = position;
        this.#lengths[index] = length;
    }
    get(index) {
        const length = this.#lengths[index] ?? 0;
        return length === 0 ? null : { position: this.#positions[index], length };
    }
    #grow(atLeast) {
        let size = this.#positions.length;
        while (size < atLeast)
            size *= 2;
        const positions = new Float64Array(size);
        const lengths = new Uint32Array(size);
        positions.set(this.#positions);
        lengths.set(this.#lengths);
        [this.#positions, this.#lengths] = [positions, lengths];
    }
}
/**
 * The rows of a finished run, read from its results file each time they are
 * iterated, one row at a time: the end-of-run reports go over every row
 * without the run holding them (results.ts, ScenarioRows).
 */
class StoredRows {
    length;
    #path;
    #index;
    constructor(path, index, length) {
        this.#path = path;
        this.#index = index;
        this.length = length;
    }
    *[Symbol.iterator]() {
        const fd = (0,external_node_fs_.openSync)(this.#path, 'r');
        // A stopped pass (some(), a full budget) closes the file through the generator's return().
        try {
            let buffer = Buffer.allocUnsafe(64 * 1024);
            for (let index = 0; index < this.length; index += 1) {
                const line = this.#index.get(index);
                if (!line)
                    throw new Error(`${this.#path}: row ${index} was never written`);
                if (line.length > buffer.length)
                    buffer = Buffer.allocUnsafe(line.length);
                readExactly(fd, buffer, 0, line.length, line.position, this.#path);
                yield JSON.parse(buffer.toString('utf8', 0, line.length));
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}
/** Reads `length` bytes at `position` of `fd` into `buffer` at `offset`. */
function readExactly(fd, buffer, offset, length, position, path) {
    for (let read = 0; read < length;) {
        const count = (0,external_node_fs_.readSync)(fd, buffer, offset + read, length - read, position + read);
        if (count === 0)
            throw new Error(`${path} is cut short at ${position + read} (${read} of ${length} bytes read)`);
        read += count;
    }
}
/**
 * The document on its way to disk, in pieces of about 1 MB: rows are read
 * from the journal straight into it, and it knows each byte's offset in the file.
 */
class StagingBuffer {
    static SIZE = 1 << 20;
    #buffer = Buffer.allocUnsafe(_a.SIZE);
    #used = 0;
    #flushed = 0;
    #output;
    /** The file rows are copied from, for messages. */
    #sourceName;
    constructor(output, sourceName) {
        this.#output = output;
        this.#sourceName = sourceName;
    }
    /** Where the next byte goes in the file. */
    get offset() {
        return this.#flushed + this.#used;
    }
    async text(value) {
        const length = Buffer.byteLength(value, 'utf8');
        await this.#room(length);
        this.#used += this.#buffer.write(value, this.#used, 'utf8');
    }
    async copy(fd, position, length) {
        await this.#room(length);
        readExactly(fd, this.#buffer, this.#used, length, position, this.#sourceName);
        this.#used += length;
    }
    async flush() {
        if (this.#used === 0)
            return;
        await this.#output.write(this.#buffer, 0, this.#used);
        this.#flushed += this.#used;
        this.#used = 0;
    }
    async #room(length) {
        if (this.#used + length <= this.#buffer.length)
            return;
        await this.flush();
        if (length > this.#buffer.length)
            this.#buffer = Buffer.allocUnsafe(length);
    }
}
_a = StagingBuffer;

;// CONCATENATED MODULE: ./src/io/file-run-store.ts







/**
 * Runs on disk, under the project's storage_dir (`.salvo/` by default):
 *
 *   runs/<run_id>/results.json          the run document (RunResults), written last
 *   runs/<run_id>/scenarios.jsonl       each scenario's result as it finished, one JSON line each
 *   runs/<run_id>/traces/<trace_id>.json each trial's redacted trace
 *   latest                              the id of the most recent run
 *
 * Every file write is atomic, scenario results are appended whole, one line
 * at a time, and a run becomes `latest` with its first write, so a run that
 * was killed before it finished can still be reported. File system calls were
 * the largest share of salvo's own CPU per model turn (bench/README.md), so
 * traces are not fsynced one by one (an atomic rename already survives the
 * process being killed), directories are made once, scenario results go
 * to one open journal instead of a file each, and traces and journal lines
 * are written with synchronous calls (small writes; a thread-pool round trip
 * per call cost more CPU than the write). The run document and `latest` are
 * flushed.
 *
 * The runner keeps no rows in memory (memory stays flat however many
 * scenarios run): `finishRun` writes `results.json` by copying each
 * scenario's line from the journal, in the document's order, and hands the
 * rows back read from that file one at a time (stored-rows.ts).
 */
class FileRunStore {
    storageDir;
    journals = new Map();
    announced = new Set();
    directories = new Map();
    constructor(storageDir) {
        this.storageDir = storageDir;
    }
    runDir(runId) {
        return (0,external_node_path_.join)(this.storageDir, 'runs', runId);
    }
    async saveTrace(runId, trace) {
        await this.markLatest(runId);
        const dir = (0,external_node_path_.join)(this.runDir(runId), 'traces');
        await this.ensureDirectory(dir);
        writeFileAtomicSync((0,external_node_path_.join)(dir, `${trace.trace_id}.json`), `${JSON.stringify(trace, null, 2)}\n`);
    }
    /** Where `finishRun` writes the run document. */
    resultsFile(runId) {
        return (0,external_node_path_.join)(this.runDir(runId), 'results.json');
    }
    async saveScenarioResult(runId, index, result) {
        await this.markLatest(runId);
        let journal = this.journals.get(runId);
        if (!journal) {
            // 'a+': appended to as scenarios finish, read back by finishRun.
            const handle = this.ensureDirectory(this.runDir(runId)).then(() => (0,promises_.open)((0,external_node_path_.join)(this.runDir(runId), SCENARIO_JOURNAL), 'a+'));
            journal = { handle, appended: handle, size: 0, lines: new LineIndex() };
            this.journals.set(runId, journal);
        }
        // One write per line, one after the other: lines never interleave.
        const line = Buffer.from(`${JSON.stringify(result)}\n`, 'utf8');
        const { handle } = journal;
        const written = journal;
        journal.appended = journal.appended.then(async () => {
            const file = await handle;
            if (written.size === 0)
                written.size = (await file.stat()).size;
            const position = written.size;
            // Synchronous: one small append, cheaper than a round trip through the thread pool.
            writeAll(file.fd, line);
            written.size += line.length;
            written.lines.set(index, position, line.length - 1);
        });
        await journal.appended;
    }
    async finishRun(header) {
        await this.markLatest(header.run_id);
        const journal = this.journals.get(header.run_id);
        this.journals.delete(header.run_id);
        if (journal)
            await journal.appended.catch(() => undefined);
        try {
            return await this.writeDocument(header, journal);
        }
        finally {
            if (journal)
                await (await journal.handle).close();
        }
    }
    /**
     * results.json, atomically: the header's fields, and each scenario's line
     * copied from the journal in the document's order, byte for byte (no row is
     * parsed, or held, to write it). Returns the rows, read back from this file.
     */
    async writeDocument(header, journal) {
        const path = this.resultsFile(header.run_id);
        await this.ensureDirectory(this.runDir(header.run_id));
        const count = header.totals.total;
        const [head, tail] = JSON.stringify(withScenariosPlaceholder(header), null, 2).split(JSON.stringify(SCENARIOS_PLACEHOLDER));
        const rows = new LineIndex();
        const temporary = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
        const output = await (0,promises_.open)(temporary, 'w');
        try {
            const source = count > 0 ? await journalFile(journal, header.run_id) : null;
            const staging = new StagingBuffer(output, SCENARIO_JOURNAL);
            await staging.text(count === 0 ? `${head}[]` : `${head}[\n`);
            for (let index = 0; index < count; index += 1) {
                const line = journal?.lines.get(index);
                if (!line || !source)
                    throw new errors/* SalvoError */.u3('E_INTERNAL', `run ${header.run_id}: scenario ${index + 1} of ${count} has no stored result`);
                await staging.text('    ');
                rows.set(index, staging.offset, line.length);
                await staging.copy(source.fd, line.position, line.length);
                await staging.text(index === count - 1 ? '\n  ]' : ',\n');
            }
            await staging.text(`${tail}\n`);
            await staging.flush();
            await output.sync();
            await output.close();
            await (0,promises_.rename)(temporary, path);
        }
        catch (error) {
            await output.close().catch(() => undefined);
            await (0,promises_.rm)(temporary, { force: true });
            throw error;
        }
        return new StoredRows(path, rows, count);
    }
    /** One mkdir per directory and run, not one per file. */
    async ensureDirectory(dir) {
        let made = this.directories.get(dir);
        if (!made) {
            made = (0,promises_.mkdir)(dir, { recursive: true });
            this.directories.set(dir, made);
        }
        await made;
    }
    async markLatest(runId) {
        if (this.announced.has(runId))
            return;
        this.announced.add(runId);
        await writeFileAtomic((0,external_node_path_.join)(this.storageDir, 'latest'), `${runId}\n`);
    }
}
const SCENARIO_JOURNAL = 'scenarios.jsonl';
function writeAll(fd, bytes) {
    for (let offset = 0; offset < bytes.length;)
        offset += (0,external_node_fs_.writeSync)(fd, bytes, offset, bytes.length - offset);
}
const SCENARIOS_PLACEHOLDER = '\u0000scenarios\u0000';
/** The header with `scenarios` where the document has it, right after `totals`. */
function withScenariosPlaceholder(header) {
    const document = {};
    for (const [key, value] of Object.entries(header)) {
        document[key] = value;
        if (key === 'totals')
            document.scenarios = SCENARIOS_PLACEHOLDER;
    }
    return document;
}
async function journalFile(journal, runId) {
    if (!journal)
        throw new errors/* SalvoError */.u3('E_INTERNAL', `run ${runId}: no scenario result was stored`);
    return journal.handle;
}
class RunArchive {
    storageDir;
    constructor(storageDir) {
        this.storageDir = storageDir;
    }
    async runIds() {
        const entries = await readdir(join(this.storageDir, 'runs'), { withFileTypes: true }).catch(() => []);
        // UUIDv7 ids sort by time.
        return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    }
    /** A full run id, a unique prefix of one, or undefined for the latest run. */
    async resolveRunId(requested) {
        const ids = await this.runIds();
        if (ids.length === 0)
            throw new UsageError(`no runs stored under ${this.storageDir}`, { hint: 'run `salvo run` first' });
        if (requested === undefined) {
            const latest = (await readFile(join(this.storageDir, 'latest'), 'utf8').catch(() => '')).trim();
            return ids.includes(latest) ? latest : ids.at(-1);
        }
        const matches = ids.filter((id) => id.startsWith(requested));
        if (matches.length === 1)
            return matches[0];
        const recent = ids.slice(-5).reverse().join(', ');
        if (matches.length === 0)
            throw new UsageError(`no run with id '${requested}'`, { hint: `recent runs: ${recent}` });
        throw new UsageError(`run id '${requested}' is ambiguous (${matches.length} runs start with it)`, { hint: 'give more characters of the id' });
    }
    async readRun(runId) {
        const dir = join(this.storageDir, 'runs', runId);
        const results = await readJson(join(dir, 'results.json'));
        if (results)
            return { runId, results, scenarios: results.scenarios, complete: true };
        const journal = await readFile(join(dir, SCENARIO_JOURNAL), 'utf8').catch(() => '');
        const scenarios = [];
        for (const line of journal.split('\n')) {
            if (!line.trim())
                continue;
            try {
                scenarios.push(JSON.parse(line));
            }
            catch {
                // The last line of a run killed mid-write: every complete line before it still counts.
            }
        }
        return { runId, results: null, scenarios, complete: false };
    }
    async traceIds(runId) {
        const files = await readdir(join(this.storageDir, 'runs', runId, 'traces')).catch(() => []);
        return files.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).sort();
    }
    async readTrace(runId, traceId) {
        const trace = await readJson(join(this.storageDir, 'runs', runId, 'traces', `${traceId}.json`));
        if (!trace)
            throw new UsageError(`no trace '${traceId}' in run ${runId}`);
        return trace;
    }
    /** Finds which run holds a trace id (or a unique prefix of one). */
    async findTrace(traceIdOrPrefix) {
        const found = [];
        for (const runId of await this.runIds()) {
            for (const traceId of await this.traceIds(runId))
                if (traceId.startsWith(traceIdOrPrefix))
                    found.push({ runId, traceId });
        }
        if (found.length > 1)
            throw new UsageError(`trace id '${traceIdOrPrefix}' is ambiguous (${found.length} traces start with it)`);
        return found[0] ?? null;
    }
}
async function readJson(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch {
        return null;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new SalvoError('E_STORE_CORRUPT', `${path} is not valid JSON: ${error.message}`, { hint: 'the file was edited or damaged; delete it or restore it' });
    }
}

// EXTERNAL MODULE: ./src/core/scenario/yaml-values.ts
var yaml_values = __nccwpck_require__(9586);
;// CONCATENATED MODULE: ./src/io/node-source-reader.ts



/**
 * Reads scenario files from disk, relative paths against `cwd`. It never
 * reads more than one byte past the size limit, so a huge file costs no
 * memory: the loader sees it is too long and says so.
 */
function createNodeSourceReader(cwd) {
    const resolvePath = (path) => (cwd === undefined ? (0,external_node_path_.resolve)(path) : (0,external_node_path_.resolve)(cwd, path));
    return {
        // Synchronous calls: a scenario file is a few KB, read in microseconds from the page cache, while each
        // call through fs/promises costs a thread-pool round trip and a FileHandle (bench case 4: loading was a
        // third idle). Nothing else runs while a suite is loaded.
        async readFile(path) {
            return readCapped(resolvePath(path));
        },
        realPath: async (path) => (0,external_node_fs_.realpathSync)(resolvePath(path)),
    };
}
function readCapped(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const { size } = (0,external_node_fs_.fstatSync)(fd);
        // Files may grow while read; the cap holds whatever stat said. One byte past the limit is enough
        // to tell a file is too long; a file within it is read up to its size, with no read to find its end.
        const buffer = Buffer.alloc(size > yaml_values/* MAX_SOURCE_BYTES */.T ? yaml_values/* MAX_SOURCE_BYTES */.T + 1 : size);
        let length = 0;
        while (length < buffer.length) {
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Reads relative paths against the process's current directory at the time of each call. */
const nodeSourceReader = createNodeSourceReader();

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./src/core/scenario/packed-scenario.ts
/**
 * A LoadedScenario whose validated scenario is fetched as JSON text when the
 * runner first reads it. Every file is validated before a run starts, so a
 * suite of 10,000 files held 10,000 object graphs (system prompt, tools,
 * mocks, assertions: about 12 KB each) until each scenario's turn came; the
 * shells keep the text on disk instead (src/io/scenario-spool.ts), and only
 * the file, name and hash in memory. The runner drops the scenario once it
 * finished, and the parsed graph with it.
 */
class DeferredScenario {
    file;
    name;
    hash;
    assertionLines;
    #read;
    #scenario = null;
    constructor(loaded, read) {
        this.file = loaded.file;
        this.name = loaded.name;
        this.hash = loaded.hash;
        this.assertionLines = loaded.assertionLines;
        this.#read = read;
    }
    get scenario() {
        if (this.#scenario === null) {
            this.#scenario = JSON.parse(this.#read());
            this.#read = null;
        }
        return this.#scenario;
    }
}
/**
 * The scenario as JSON text when JSON holds it exactly; null when it holds a
 * value JSON cannot write (a non-finite number in a mock), which must then be
 * kept as it is.
 */
function exactScenarioJson(scenario) {
    let exact = true;
    const json = JSON.stringify(scenario, function (_key, value) {
        const lost = (typeof value === 'number' && !Number.isFinite(value)) || typeof value === 'bigint' || (value === undefined && Array.isArray(this));
        if (lost)
            exact = false;
        return typeof value === 'bigint' ? null : value;
    });
    return exact ? json : null;
}
/**
 * A copy detached from the file it was parsed from: the parsed strings are
 * slices of the YAML source and would keep its whole text alive for the run
 * (structuredClone makes flat strings and drops nothing else).
 */
function detachedScenario(loaded) {
    return { ...loaded, scenario: structuredClone(loaded.scenario) };
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/io/heap-bounds.ts

/**
 * Keeps a long run's heap close to what it really holds. Under salvo's
 * allocation pattern (every turn builds requests, responses and traces that
 * die a moment later) V8's defaults size the heap for throughput: the young
 * generation grows to about 134 MB and the old generation to four times its
 * live size before a full collection (bench case 3: a peak RSS of 300 MB for
 * about 25 MB of live objects at 1,000 scenarios). Neither shell can pass V8
 * flags on the command line (the action runs as `node24 dist/index.js`), so
 * the bounds are set at run time, through the two flags V8 reads at each
 * collection rather than once at start-up:
 * - `--heap-growing-percent`: the old generation may grow to live size x 1.25
 *   before the next full collection, instead of up to x 4;
 * - `--semi-space-growth-factor=1`, set once the young generation has reached
 *   YOUNG_GENERATION_BYTES: V8 stops doubling it there. A young generation
 *   kept at its first size instead collects so often that it costs CPU; grown
 *   to this size it costs none measurable (bench/README.md, case 3).
 * The cost is a few more full collections of a small heap (a few ms each).
 *
 * Changing any V8 flag changes the hash V8 checks code caches against, so
 * every module compiled afterwards (the SDK's chunk, Node's own http) is
 * compiled from scratch: about 40 ms on the way to the first model request
 * (bench case 4). So a suite of fewer than EAGER_FROM_FILES files gets both
 * bounds only once its young generation reaches its bound (a short run never
 * does); a larger one gets them before loading, where the old generation
 * would otherwise grow unchecked, and where 40 ms is small next to reading
 * and validating its files (about 1 ms each). For the same reason a code cache
 * written after a flag changed is rejected at the next start: the CLI's loader
 * registers beforeV8FlagsChange to write its cache first.
 */
const OLD_GENERATION_GROWTH_PERCENT = 25;
const YOUNG_GENERATION_BYTES = 16 * 1024 * 1024;
const EAGER_FROM_FILES = 256;
const CHECK_EVERY_MS = 5;
const flagsChangeListeners = [];
/** Calls `listener` once, before this process first changes a V8 flag. */
function beforeV8FlagsChange(listener) {
    flagsChangeListeners.push(listener);
}
function setV8Flags(moment, ...flags) {
    for (const listener of flagsChangeListeners.splice(0))
        listener(moment);
    for (const flag of flags)
        (0,external_node_v8_namespaceObject.setFlagsFromString)(flag);
}
function boundHeapGrowth(scenarioFiles) {
    if (scenarioFiles >= EAGER_FROM_FILES)
        setV8Flags('before-loading', `--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
    const timer = setInterval(() => {
        if (youngGenerationBytes() < YOUNG_GENERATION_BYTES)
            return;
        setV8Flags('during-run', '--semi-space-growth-factor=1', `--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
        clearInterval(timer);
    }, CHECK_EVERY_MS);
    // Never keeps the process alive; a run that ends before the young generation grew needs no bound.
    timer.unref();
}
function youngGenerationBytes() {
    return (0,external_node_v8_namespaceObject.getHeapSpaceStatistics)().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

;// CONCATENATED MODULE: ./src/io/scenario-spool.ts





/**
 * Where a run keeps its validated scenarios until their turn: one temporary
 * file of JSON texts, each read back (once) when the runner first needs the
 * scenario. In memory stay only the file, name, hash and the text's place,
 * so a suite's memory does not grow with the scenarios waiting to run (bench
 * case 3: at 10,000 files their texts were 15 MB of live heap, at the run's
 * peak).
 *
 * The file is removed as soon as it is open where the system allows it
 * (nothing is left behind, even by a killed process), else by `close`.
 */
class ScenarioSpool {
    #directory;
    #fd;
    #size = 0;
    #closed = false;
    constructor(parent = (0,external_node_os_.tmpdir)()) {
        this.#directory = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, 'salvo-scenarios-'));
        this.#fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(this.#directory, 'scenarios.jsonl'), 'w+');
        try {
            (0,external_node_fs_.rmSync)(this.#directory, { recursive: true, force: true });
        }
        catch {
            // Windows keeps an open file: removed by close().
        }
    }
    /** The scenario to hand to the runner: spooled, or a detached copy when JSON cannot hold it exactly. */
    add(loaded) {
        const json = exactScenarioJson(loaded.scenario);
        if (json === null)
            return detachedScenario(loaded);
        const position = this.#size;
        const length = Buffer.byteLength(json, 'utf8');
        // A string written whole (no Buffer per scenario: those pile up outside the heap until a collection).
        if ((0,external_node_fs_.writeSync)(this.#fd, json, position, 'utf8') !== length)
            throw new Error(`could not spool ${loaded.file}: the write was cut short`);
        this.#size += length;
        return new DeferredScenario(loaded, () => this.#read(position, length));
    }
    close() {
        if (this.#closed)
            return;
        this.#closed = true;
        (0,external_node_fs_.closeSync)(this.#fd);
        (0,external_node_fs_.rmSync)(this.#directory, { recursive: true, force: true });
    }
    #read(position, length) {
        const bytes = Buffer.alloc(length);
        for (let read = 0; read < length;) {
            const count = (0,external_node_fs_.readSync)(this.#fd, bytes, read, length - read, position + read);
            if (count === 0)
                throw new Error(`the spooled scenario at ${position} is cut short (${read} of ${length} bytes)`);
            read += count;
        }
        return bytes.toString('utf8');
    }
}
/**
 * What both shells do around loading and running a suite of `scenarioFiles`
 * files: bound the heap for the suite's size (heap-bounds.ts), then run with a
 * spool that is closed whatever happens.
 */
async function withSuiteSpool(scenarioFiles, run) {
    boundHeapGrowth(scenarioFiles);
    const spool = new ScenarioSpool();
    try {
        return await run(spool);
    }
    finally {
        spool.close();
    }
}

// EXTERNAL MODULE: ./src/core/scenario/parse-once.ts
var parse_once = __nccwpck_require__(35683);
// EXTERNAL MODULE: ./src/core/scenario/schema.ts
var schema = __nccwpck_require__(2267);
;// CONCATENATED MODULE: ./src/core/scenario/project-config-schema.ts


/** A user-supplied price row, USD per million tokens. */
const priceSchema = schemas/* strictObject */.rej({
    input: schemas/* number */.aig().nonnegative(),
    output: schemas/* number */.aig().nonnegative(),
    cache_read: schemas/* number */.aig().nonnegative().optional(),
    cache_write: schemas/* number */.aig().nonnegative().optional(),
});
const judgeDefaultsSchema = schemas/* strictObject */.rej({
    adapter: schemas/* enum */.k5n(schema/* ADAPTERS */.R2).optional(),
    model: schemas/* string */.YjP().min(1).optional(),
    k: schemas/* int */.Whr().min(1).max(21).optional(),
    temperature: schemas/* number */.aig().min(0).max(2).optional(),
    max_tokens: schemas/* int */.Whr().min(1).optional(),
    default_threshold: schemas/* number */.aig().min(0).max(1).optional(),
});
/** `salvo.yaml` at the project root; every key optional, scenario values override it. */
const projectConfigSchema = schemas/* strictObject */.rej({
    default_adapter: schemas/* enum */.k5n(schema/* ADAPTERS */.R2).optional(),
    default_model: schemas/* string */.YjP().min(1).optional(),
    scenarios_dir: schemas/* string */.YjP().min(1).default('scenarios'),
    storage_dir: schemas/* string */.YjP().min(1).default('.salvo'),
    judge: judgeDefaultsSchema.default({}),
    /** Prices by model id, for models the built-in table does not know (self-hosted, gateways). */
    prices: schemas/* record */.g1P(schemas/* string */.YjP(), priceSchema).default({}),
    /** Spend cap for one `salvo run`, in USD. */
    max_cost_usd: schemas/* number */.aig().positive().optional(),
    concurrency: schemas/* int */.Whr().min(1).max(64).optional(),
    /** Extra regular expressions whose matches are redacted from every trace (added to the built-ins). */
    redaction_patterns: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
});

// EXTERNAL MODULE: ./src/core/scenario/plain-yaml.ts + 1 modules
var plain_yaml = __nccwpck_require__(85940);
// EXTERNAL MODULE: ./src/core/scenario/zod-issues.ts
var zod_issues = __nccwpck_require__(48944);
;// CONCATENATED MODULE: ./src/core/scenario/project-config.ts






/** The configuration of a project without a salvo.yaml: every default. */
function defaultProjectConfig() {
    return projectConfigSchema.parse({}, parse_once/* PARSE_ONCE */.M);
}
/**
 * Parses and validates the text of salvo.yaml. An empty file means every
 * default; any problem rejects with a ConfigError pointing into the file.
 */
async function parseProjectConfig(text, file) {
    // The fast path of scenario files (plain-yaml.ts): a plain, valid salvo.yaml is read without
    // loading the `yaml` package at all on the way to the first model request.
    const plain = (0,plain_yaml/* readPlainYaml */.g)(text);
    const quick = plain === null ? null : projectConfigSchema.safeParse(plain.value, parse_once/* PARSE_ONCE */.M);
    if (quick?.success)
        return quick.data;
    const { parseYamlSource, positionOf } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(321)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57321));
    const parsed = parseYamlSource(text, file, { what: 'salvo.yaml', allowEmpty: true });
    if (!parsed.source)
        throw new errors/* ConfigError */.xL(parsed.problems);
    const source = parsed.source;
    const problems = [...parsed.problems];
    const includes = Object.entries(source.value).filter(([, value]) => value instanceof yaml_values/* IncludeRef */.a);
    for (const [key] of includes) {
        problems.push({ file, ...positionOf(source, [key], 'value'), message: `!include is only allowed in scenario files, as an item of 'tools'`, path: key });
    }
    const result = projectConfigSchema.safeParse(source.value, parse_once/* PARSE_ONCE */.M);
    if (!result.success) {
        const locate = (path, target) => ({ file, ...positionOf(source, path, target) });
        problems.push(...(0,zod_issues/* describeIssues */.wF)(result.error.issues, source.value, projectConfigSchema, locate));
    }
    if (problems.length > 0 || !result.success) {
        throw new errors/* ConfigError */.xL(problems.sort((a, b) => a.line - b.line || a.column - b.column), { hint: 'fix salvo.yaml at the project root' });
    }
    return result.data;
}

;// CONCATENATED MODULE: ./src/io/project.ts





const PROJECT_CONFIG_FILE = 'salvo.yaml';
/**
 * Finds the project: the nearest salvo.yaml at or above `cwd` (like git finds
 * its repository), so salvo works from any subdirectory. Without one, `cwd`
 * is the root and every setting has its default.
 */
async function loadProject(cwd) {
    const start = (0,external_node_path_.resolve)(cwd);
    for (let directory = start;; directory = (0,external_node_path_.dirname)(directory)) {
        const candidate = (0,external_node_path_.join)(directory, PROJECT_CONFIG_FILE);
        if (await isFile(candidate)) {
            return { root: directory, config: await readProjectConfig(candidate), configFile: candidate };
        }
        if ((0,external_node_path_.dirname)(directory) === directory)
            break;
    }
    return { root: start, config: defaultProjectConfig(), configFile: null };
}
async function readProjectConfig(file) {
    const { size } = await (0,promises_.stat)(file);
    if (size > yaml_values/* MAX_SOURCE_BYTES */.T) {
        throw new errors/* ConfigError */.xL([{ file, line: 1, column: 1, message: `salvo.yaml is larger than 1 MB` }]);
    }
    return parseProjectConfig(await (0,promises_.readFile)(file, 'utf8'), file);
}
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/io/scenario-files.ts



const SCENARIO_EXTENSION = /\.ya?ml$/i;
const GLOB_CHARACTERS = /[*?[\]{}]/;
/**
 * Turns the paths and globs a user typed into scenario files: a file as it
 * is, a directory as every *.yaml / *.yml below it, a glob as its matches.
 * Below a directory, names starting with `_` or `.` are skipped: that is where
 * shared tool files (`_shared/`) and tool state (`.salvo/`) live, and neither
 * is a scenario. Sorted, de-duplicated, relative to `cwd` unless the user gave an absolute path; a
 * path or glob matching nothing is a UsageError naming it.
 */
async function expandScenarioPaths(patterns, cwd) {
    // Keyed by absolute path, so the same file named two ways is validated once.
    const found = new Map();
    for (const pattern of patterns) {
        const matches = await expandOne(pattern, cwd);
        if (matches.length === 0) {
            const what = GLOB_CHARACTERS.test(pattern) ? 'no scenario files match' : 'no scenario files (*.yaml, *.yml) in';
            throw new errors/* UsageError */.eb(`${what} '${pattern}'`);
        }
        for (const match of matches)
            if (!found.has(match))
                found.set(match, (0,external_node_path_.isAbsolute)(pattern) ? match : relativeTo(cwd, match));
    }
    return [...found.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
async function expandOne(pattern, cwd) {
    const absolute = (0,external_node_path_.resolve)(cwd, pattern);
    const stats = await (0,promises_.stat)(absolute).catch(() => null);
    if (stats?.isFile())
        return [absolute];
    if (stats?.isDirectory())
        return scenarioFilesBelow(absolute);
    if (!GLOB_CHARACTERS.test(pattern))
        throw new errors/* UsageError */.eb(`no such file or directory: '${pattern}'`);
    const matches = [];
    for await (const match of (0,promises_.glob)(pattern, { cwd, exclude: (name) => name === 'node_modules' })) {
        const path = (0,external_node_path_.resolve)(cwd, match);
        const matchStats = await (0,promises_.stat)(path).catch(() => null);
        if (matchStats?.isFile() && SCENARIO_EXTENSION.test(path))
            matches.push(path);
        else if (matchStats?.isDirectory())
            matches.push(...(await scenarioFilesBelow(path)));
    }
    return matches;
}
async function scenarioFilesBelow(directory) {
    const files = [];
    const entries = await (0,promises_.readdir)(directory, { withFileTypes: true });
    for (const entry of entries) {
        if (entry.name.startsWith('_') || entry.name.startsWith('.') || entry.name === 'node_modules')
            continue;
        const path = (0,external_node_path_.join)(directory, entry.name);
        if (entry.isDirectory())
            files.push(...(await scenarioFilesBelow(path)));
        else if (entry.isFile() && SCENARIO_EXTENSION.test(entry.name))
            files.push(path);
    }
    return files;
}
/** Relative paths stay relative (also `../x.yaml`), so results read like what the user typed. */
function relativeTo(cwd, path) {
    return (0,external_node_path_.relative)((0,external_node_path_.resolve)(cwd), path) || path;
}

;// CONCATENATED MODULE: ./src/io/system-clock.ts
/** The real clock: wall time for timestamps, performance.now() for durations. */
const systemClock = {
    now: () => Date.now(),
    monotonic: () => performance.now(),
};

;// CONCATENATED MODULE: ./src/providers/shared/web-fetch/form-data.ts
/**
 * What stands for `FormData` in salvo's process (see install.ts). The SDKs
 * only ask whether a request body is one (`body instanceof FormData`), which
 * is never true: salvo sends JSON. Multipart bodies (file uploads) are not
 * something salvo sends, so building one fails loudly instead of producing a
 * body no transport here would encode.
 */
class SalvoFormData {
    constructor() {
        throw new TypeError('FormData is not available in salvo: it sends no multipart bodies (src/providers/shared/web-fetch/install.ts).');
    }
    get [Symbol.toStringTag]() {
        return 'FormData';
    }
}

// EXTERNAL MODULE: ./src/providers/shared/web-fetch/headers.ts
var headers = __nccwpck_require__(84220);
// EXTERNAL MODULE: ./src/providers/shared/web-fetch/response.ts
var response = __nccwpck_require__(88371);
;// CONCATENATED MODULE: ./src/providers/shared/web-fetch/install.ts
/**
 * Why salvo has its own `Headers`, `Response` and `FormData`: the SDKs read
 * these three from the global scope (the openai SDK as it loads, both on
 * every request), and in Node they are undici's, loaded on first touch:
 * about 28 ms and 16 MB of RSS in a bare process, with nothing in return for
 * salvo, whose transport is node:http (node-http-fetch.ts). Replacing them
 * before an SDK loads keeps undici out of a run: the CLI reaches its first
 * model request about 15 ms sooner and a 10,000-scenario run peaks about
 * 13 MB lower (bench/README.md, finding 11).
 *
 * They are replaced for the whole process, which only ever runs salvo. Node's
 * own `fetch` keeps working (undici uses its own classes inside), and so does
 * everything that uses it, such as Octokit in the action.
 */



let installed = false;
/**
 * Puts salvo's classes in place of Node's. By assignment: reading or
 * redefining Node's lazy globals (even `Object.defineProperty`) loads undici,
 * assigning to them does not.
 */
function useSalvoFetchClasses() {
    if (installed)
        return;
    installed = true;
    const scope = globalThis;
    scope.Headers = headers/* SalvoHeaders */.Y;
    scope.Response = response/* SalvoResponse */.N;
    scope.FormData = SalvoFormData;
}

;// CONCATENATED MODULE: ./src/providers/registry.ts
/**
 * The one place that knows which providers exist. Each is loaded with a
 * dynamic import, so a run loads only the SDK it uses. A new provider is one
 * folder under src/providers/ and one line in `providers` below; the runner
 * only ever sees ModelClient.
 */


const providers = {
    openai: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(202), __nccwpck_require__.e(613), __nccwpck_require__.e(333)]).then(__nccwpck_require__.bind(__nccwpck_require__, 37333))).createOpenAiModelClient,
    anthropic: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(152), __nccwpck_require__.e(613), __nccwpck_require__.e(219)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23219))).createAnthropicModelClient,
};
/** Builds the client for one adapter; a missing key fails here, before any request is made. */
async function createModelClient(adapter, settings) {
    if (!settings.apiKey) {
        throw new errors/* SalvoError */.u3('E_NO_API_KEY', `no API key for the ${adapter} adapter: ${settings.keySource} is not set`, {
            hint: adapter === 'openai'
                ? `set ${settings.keySource}; a local OpenAI-compatible server that ignores keys (Ollama, vLLM, LM Studio) accepts any value, e.g. "local"`
                : `set ${settings.keySource}`,
        });
    }
    if (settings.baseUrl !== undefined && !URL.canParse(settings.baseUrl)) {
        throw new errors/* SalvoError */.u3('E_BASE_URL', `the ${adapter} base URL is not a URL: ${settings.baseUrl}`, { hint: 'use a full URL such as http://localhost:11434/v1' });
    }
    // Before the SDK loads: it reads Headers, Response and FormData from the global scope.
    useSalvoFetchClasses();
    const createClient = await providers[adapter]();
    return createClient(settings);
}

// EXTERNAL MODULE: ./src/action/action-names.ts
var action_names = __nccwpck_require__(71027);
;// CONCATENATED MODULE: ./src/action/workflow-commands.ts

/**
 * The few runner commands the action needs before and during the run,
 * written the way @actions/core writes them (`::command::data`, with `%`,
 * CR and LF escaped). Importing @actions/core costs tens of milliseconds at
 * start-up (it loads @actions/http-client with its own undici, @actions/exec
 * and @actions/io), so it is imported only after the run, for the outputs,
 * the job summary and the step's failure.
 */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function issue(command, message) {
    process.stdout.write(`::${command}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Masks a value in the job's log from now on (what core.setSecret writes). */
function setSecret(secret) {
    issue('add-mask', secret);
}
function debug(message) {
    issue('debug', message);
}
function warning(message) {
    issue('warning', message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}

;// CONCATENATED MODULE: ./src/action/run-engine.ts




















/**
 * The engine as the action drives it: find and load the scenarios (an invalid
 * file becomes a visible skipped row plus its problems, never a crash),
 * choose live, replay or skip per scenario, and run the suite.
 */
async function runEngine(settings, redactor, signal) {
    const cwd = settings.workingDirectory;
    const project = await loadProject(cwd);
    const files = await expandScenarioPaths(settings.scenarios, cwd);
    return withSuiteSpool(files.length, (spool) => loadAndRun(files, { settings, project, spool }, redactor, signal));
}
async function loadAndRun(files, { settings, project, spool }, redactor, signal) {
    const cwd = settings.workingDirectory;
    const loaded = [];
    const invalidFiles = [];
    const invalidRows = [];
    for await (const outcome of loadScenarios(files, { reader: nodeSourceReader, projectRoot: project.root, config: project.config })) {
        if ('loaded' in outcome) {
            // The scenarios wait for their turn in the spool, on disk: memory stays small however many there are.
            loaded.push(spool.add(outcome.loaded));
        }
        else {
            invalidFiles.push(...outcome.error.problems);
            // A problem message may quote the file's line: redacted like every stored row.
            invalidRows.push(redactor.deep(invalidScenarioRow((0,external_node_path_.relative)(cwd, outcome.file) || outcome.file, outcome.error)));
        }
    }
    const runId = uuidv7(systemClock);
    const store = new FileRunStore((0,external_node_path_.join)(project.root, project.config.storage_dir));
    // Live where the provider's key was given, the committed recording where not (fork PRs), else skipped.
    const resolver = new ClientResolver({
        mode: settings.mode,
        record: null,
        cwd,
        redactor,
        settingsFor: (adapter) => providerSettings(settings, adapter),
        createLiveClient: createModelClient,
    });
    // Handed over (splice): runSuite drops each loaded scenario once it finished.
    const results = await runSuite(loaded.splice(0), {
        runId,
        salvoVersion: SALVO_VERSION,
        trials: 1,
        concurrency: settings.concurrency,
        maxCostUsd: settings.maxCostUsd ?? project.config.max_cost_usd ?? null,
        timeoutMs: settings.timeoutMinutes === null ? null : Math.round(settings.timeoutMinutes * 60_000),
        signal,
        clock: systemClock,
        store,
        redactor,
        hooks: {
            clientFor: (scenario) => resolver.clientFor(scenario),
            evaluateTrial: evaluateTrial,
            summariseScenario: (trials, scenario) => summariseScenario(trials, scenario),
            onEvent: createProgressLog(),
        },
        prices: project.config.prices,
    });
    return { results: withInvalidRows(results, invalidRows), runDirectory: store.runDir(runId), invalidFiles };
}
function providerSettings(settings, adapter) {
    const [apiKey, baseUrl, input] = adapter === 'openai'
        ? [settings.openaiApiKey, settings.openaiBaseUrl, action_names/* Input */.pd.openaiApiKey]
        : [settings.anthropicApiKey, settings.anthropicBaseUrl, action_names/* Input */.pd.anthropicApiKey];
    return { apiKey: apiKey ?? undefined, baseUrl: baseUrl ?? undefined, keySource: `action input '${input}'` };
}
/** One log line per finished scenario; counted here because events can arrive after several scenarios finished. */
function createProgressLog() {
    let finished = 0;
    return (event) => {
        if (event.type === 'scenario_finished') {
            const { result } = event;
            finished += 1;
            const why = result.status === 'passed' ? '' : ` - ${result.skip_reason ?? result.summary}`;
            info(`[${finished}/${event.total}] ${result.status.toUpperCase()} ${result.name} (${result.file}, ${result.mode ?? 'not run'})${why}`);
        }
        else if (event.type === 'budget_reached') {
            warning(`salvo: the max-cost-usd budget of $${event.maxCostUsd} was reached; scenarios not started yet are skipped.`);
        }
        else if (event.type === 'interrupted') {
            info('salvo: interrupted; reporting the scenarios that finished.');
        }
    };
}
function invalidScenarioRow(file, error) {
    const first = error.problems[0];
    return {
        name: file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
        file,
        provider: '—',
        model: '—',
        mode: null,
        status: 'skipped',
        verdict: 'SKIPPED',
        skip_reason: 'invalid',
        summary: first ? `line ${first.line}: ${first.message}` : error.message,
        ...figuresOfScenarioNotRun(),
        cost_usd: null,
    };
}
/** Invalid files join the results as skipped rows, so every file the globs matched has a visible status. */
function withInvalidRows(results, rows) {
    if (rows.length === 0)
        return results;
    return {
        ...results,
        scenarios: (0,scenario_rows/* concatRows */.UJ)(results.scenarios, rows),
        totals: { ...results.totals, total: results.totals.total + rows.length, skipped: results.totals.skipped + rows.length },
    };
}

;// CONCATENATED MODULE: ./src/action/step-outcome.ts

/**
 * Whether the step fails, per `fail-on`. Invalid scenario files count as
 * errors (the user must fix them) unless fail-on is `never`; scenarios that
 * could not run for want of a key fail the step only when `mode: live` was
 * asked for. Nothing here ever counts a skipped or errored scenario as passed.
 */
function decideStepOutcome(results, options) {
    const { totals } = results;
    const missingKey = options.mode === 'live' ? (0,scenario_rows/* countRows */.BO)(results.scenarios, (scenario) => scenario.skip_reason === 'no_key_no_recording') : 0;
    const reasons = [];
    if (options.failOn !== 'never') {
        if (options.failOn === 'failure' && totals.failed > 0)
            reasons.push(`${totals.failed} failed`);
        if (totals.errored > 0)
            reasons.push(`${totals.errored} errored`);
        if (options.invalidFiles > 0)
            reasons.push(`${options.invalidFiles} invalid scenario files`);
        if (missingKey > 0)
            reasons.push(`${missingKey} could not run live (mode: live, but no API key for their provider)`);
    }
    if (reasons.length === 0)
        return { failed: false, message: '' };
    return { failed: true, message: `salvo: ${reasons.join(', ')} (fail-on: ${options.failOn}); see the job summary.` };
}

;// CONCATENATED MODULE: ./src/action/main.ts






/**
 * The action: read the inputs once, run the engine, publish what it found,
 * and fail the step per `fail-on`. A cancelled job (the runner sends SIGINT,
 * then SIGTERM) stops the scenarios still running and still reports the
 * finished ones.
 *
 * Only what the run needs is loaded before the first model request:
 * @actions/core and the reporters are imported after it (bench case 4).
 */
async function run() {
    const controller = new AbortController();
    const stop = (signal) => {
        warning(`salvo received ${signal}: stopping the scenarios still running and reporting the finished ones.`);
        controller.abort(new Error(`received ${signal}`));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
        const settings = (0,read_action_settings/* readActionSettings */.O9)(process.env, setSecret);
        const redactor = createRedactor({ secrets: settings.secrets });
        debug(`salvo settings: ${JSON.stringify(redactor.deep(settings))}`);
        const outcome = await runEngine(settings, redactor, controller.signal);
        // The rows were redacted as each was stored (the runner) or built (invalid files, the engine), and every
        // sink redacts its text again; the rows are read from disk on each pass, so only the header is redacted here.
        const { scenarios, ...header } = outcome.results;
        const results = { ...redactor.deep(header), scenarios };
        const [{ reportRun }, { buildReporters }] = await Promise.all([__nccwpck_require__.e(/* import() */ 687).then(__nccwpck_require__.bind(__nccwpck_require__, 38687)), Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81585))]);
        await reportRun(settings, { ...outcome, results }, buildReporters(settings, redactor));
        const step = decideStepOutcome(results, { failOn: settings.failOn, mode: settings.mode, invalidFiles: outcome.invalidFiles.length });
        if (step.failed)
            await failStep(step.message);
        else
            info(`salvo: ${results.totals.passed} of ${results.totals.total} scenarios passed.`);
    }
    catch (error) {
        await failStep(formatActionError(error));
    }
    finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
    }
}
async function failStep(message) {
    const core = await __nccwpck_require__.e(/* import() */ 659).then(__nccwpck_require__.bind(__nccwpck_require__, 91659));
    core.setFailed(message);
}


/***/ }),

/***/ 82345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N0: () => (/* binding */ DEFAULT_ARTIFACT_NAME),
/* harmony export */   O9: () => (/* binding */ readActionSettings)
/* harmony export */ });
/* unused harmony export DEFAULT_SCENARIO_GLOB */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74296);
/* harmony import */ var _action_names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(71027);




const DEFAULT_SCENARIO_GLOB = 'salvo/**/*.yaml';
const DEFAULT_ARTIFACT_NAME = 'salvo-traces';
/** The runner's convention (@actions/core getInput): INPUT_<NAME>, upper-cased, spaces to _, hyphens kept. */
function readInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Reads and validates the inputs. Secret inputs are registered with
 * `registerSecret` (core.setSecret) first, line by line too, before any other
 * input is read or any message could quote them.
 */
function readActionSettings(env, registerSecret) {
    const secrets = [];
    for (const name of _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .SECRET_INPUTS */ .pH) {
        const value = readInput(env, name);
        if (!value)
            continue;
        registerSecret(value);
        for (const line of value.split(/\r?\n/))
            if (line.trim() && line.trim() !== value)
                registerSecret(line.trim());
        secrets.push(value);
    }
    const optional = (name) => readInput(env, name) || null;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const workingDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, readInput(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.workingDirectory) || '.');
    const scenarios = readInput(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.scenarios)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
    return {
        scenarios: scenarios.length > 0 ? scenarios : [DEFAULT_SCENARIO_GLOB],
        workingDirectory,
        openaiApiKey: optional(_action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.openaiApiKey),
        anthropicApiKey: optional(_action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.anthropicApiKey),
        openaiBaseUrl: readUrl(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.openaiBaseUrl),
        anthropicBaseUrl: readUrl(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.anthropicBaseUrl),
        mode: readChoice(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.mode, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .MODES */ .FN, 'auto'),
        concurrency: readNumber(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.concurrency, { integer: true, min: 1, max: 64 }) ?? 4,
        timeoutMinutes: readNumber(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.timeoutMinutes, { integer: false, min: 0.01, max: 360 }),
        maxCostUsd: readNumber(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.maxCostUsd, { integer: false, min: 0, max: 1_000_000 }),
        failOn: readChoice(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.failOn, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .FAIL_ON */ .d$, 'failure'),
        commentOnPr: readBoolean(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.commentOnPr, true),
        githubToken: optional(_action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.githubToken),
        artifactName: readArtifactName(env),
        retentionDays: readNumber(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.retentionDays, { integer: true, min: 1, max: 90 }),
        secrets,
        github: readGithubContext(env, workspace),
    };
}
function readChoice(env, name, choices, fallback) {
    const value = readInput(env, name);
    if (!value)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input '${name}' is '${value}'; expected one of: ${choices.join(', ')}`);
}
function readBoolean(env, name, fallback) {
    const value = readInput(env, name);
    if (!value)
        return fallback;
    // The YAML 1.2 core schema's booleans, like core.getBooleanInput.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input '${name}' is '${value}'; expected true or false`);
}
function readNumber(env, name, rule) {
    const value = readInput(env, name);
    if (!value)
        return null;
    const number = Number(value);
    const kind = rule.integer ? 'a whole number' : 'a number';
    if (!Number.isFinite(number) || (rule.integer && !Number.isInteger(number)) || number < rule.min || number > rule.max) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input '${name}' is '${value}'; expected ${kind} from ${rule.min} to ${rule.max}`);
    }
    return number;
}
function readUrl(env, name) {
    const value = readInput(env, name);
    if (!value)
        return null;
    if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input '${name}' is '${value}'; expected an http(s) URL`);
    }
    return value;
}
/** Artifact names may not contain " : < > | * ? \r \n \ / (gha-notes §4.1). */
function readArtifactName(env) {
    const value = readInput(env, _action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.artifactName) || DEFAULT_ARTIFACT_NAME;
    if (/[":<>|*?\r\n\\/]/.test(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input '${_action_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.artifactName}' is '${value}'; artifact names may not contain " : < > | * ? \\ / or line breaks`);
    }
    return value;
}
function readGithubContext(env, workspace) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const pullRequest = readPullRequest(env.GITHUB_EVENT_PATH);
    const isPullRequestEvent = eventName === 'pull_request' || eventName === 'pull_request_target';
    return {
        workflow: env.GITHUB_WORKFLOW ?? 'workflow',
        job: env.GITHUB_JOB ?? 'job',
        runId: env.GITHUB_RUN_ID ?? '0',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        owner,
        repo,
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        // Passed to getOctokit explicitly: @actions/github reads GITHUB_API_URL at import time.
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        eventName,
        pullRequestNumber: isPullRequestEvent ? (pullRequest?.number ?? null) : null,
        fromFork: isPullRequestEvent && pullRequest !== null && pullRequest.headRepo !== null && pullRequest.headRepo !== `${owner}/${repo}`,
        workspace: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(workspace) ? workspace : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace),
        stepSummaryFile: env.GITHUB_STEP_SUMMARY || null,
        tempDirectory: env.RUNNER_TEMP || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, '.salvo', 'tmp'),
    };
}
function readPullRequest(eventPath) {
    if (!eventPath)
        return null;
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
        const number = payload.pull_request?.number ?? payload.number;
        if (typeof number !== 'number')
            return null;
        const headRepo = payload.pull_request?.head?.repo?.full_name;
        return { number, headRepo: typeof headRepo === 'string' ? headRepo : null };
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 60484:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/**
 * JSON with object keys sorted (by UTF-16 code units) at every level, so that
 * two values that differ only in key order give the same text: the
 * scenario_hash (scenario/hash.ts) and the identity of a tool call
 * (runner/tool-answers.ts). Keys whose value is undefined are left out, as
 * JSON.stringify does.
 */
function canonicalJson(value) {
    // Called for every scenario file a run loads and every tool call a model makes: plain loops,
    // no intermediate arrays of entries.
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value)) {
        let out = '[';
        for (let index = 0; index < value.length; index += 1)
            out += (index === 0 ? '' : ',') + canonicalJson(value[index] ?? null);
        return `${out}]`;
    }
    const record = value;
    // The default sort orders by UTF-16 code units, as `a < b` does.
    const keys = Object.keys(record).sort();
    let out = '{';
    for (const key of keys) {
        const item = record[key];
        if (item === undefined)
            continue;
        out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    }
    return `${out}}`;
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ isSalvoError),
/* harmony export */   SH: () => (/* binding */ MockNotFoundError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   mZ: () => (/* binding */ ProviderError),
/* harmony export */   u3: () => (/* binding */ SalvoError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatProblem */
/**
 * The one error hierarchy of salvo. Every error a user can see is a SalvoError
 * with a stable `code`; the shells format them in one place each
 * (src/cli/format-error.ts, src/action/main.ts). A failed expectation is never
 * an error: it is a result.
 */
class SalvoError extends Error {
    name = 'SalvoError';
    code;
    /** What the user can do about it, printed under the message. */
    hint;
    constructor(code, message, options = {}) {
        super(message, { cause: options.cause });
        this.code = code;
        this.hint = options.hint;
    }
}
/** Bad input in a scenario file or salvo.yaml: the user must fix the file. */
class ConfigError extends SalvoError {
    name = 'ConfigError';
    problems;
    constructor(problems, options = {}) {
        super('E_CONFIG', problems.map(formatProblem).join('\n'), options);
        this.problems = problems;
    }
}
/** Bad flags, inputs or arguments: the caller must fix the invocation. */
class UsageError extends SalvoError {
    name = 'UsageError';
    constructor(message, options = {}) {
        super('E_USAGE', message, options);
    }
}
/** A model provider or its API refused or failed a request. */
class ProviderError extends SalvoError {
    name = 'ProviderError';
    provider;
    /** HTTP status, or undefined for connection errors and timeouts. */
    status;
    /** True when trying again later could succeed (rate limits, overload, 5xx, network). */
    retryable;
    requestId;
    /** Retries the provider layer made before giving up on this request (counted in the trial's retries). */
    retries;
    constructor(provider, message, details) {
        super(details.code ?? 'E_PROVIDER', message, { hint: details.hint, cause: details.cause });
        this.provider = provider;
        this.status = details.status;
        this.retryable = details.retryable;
        this.requestId = details.requestId;
        this.retries = details.retries ?? 0;
    }
}
/** The model called a tool that the scenario gives no mock for. */
class MockNotFoundError extends SalvoError {
    name = 'MockNotFoundError';
    toolName;
    availableMocks;
    constructor(toolName, availableMocks) {
        const available = availableMocks.length > 0 ? availableMocks.join(', ') : 'none';
        super('E_MOCK_NOT_FOUND', `the model called tool '${toolName}', which has no mock_response (mocks: ${available})`, {
            hint: `add a mock_response to tool '${toolName}' in the scenario`,
        });
        this.toolName = toolName;
        this.availableMocks = availableMocks;
    }
}
function formatProblem(problem) {
    const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
    return `${where}: ${problem.message}`;
}
function isSalvoError(value) {
    return value instanceof SalvoError;
}
/**
 * How an error reads in reports: the message first, the code after it in
 * brackets. (`CODE: message` would read as a `key: value` pair to the secret
 * redactor, which would then blank the message of E_NO_API_KEY.)
 */
function describeError(error) {
    return `${error.message} [${error.code}]`;
}


/***/ }),

/***/ 3099:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ onFirstUse)
/* harmony export */ });
/**
 * `build` run once, on the first call, and its result returned ever after.
 * Used for zod schemas that a run may never need (the recording format, each
 * provider's wire format): building schemas is a visible share of salvo's
 * start-up (bench case 4).
 */
function onFirstUse(build) {
    let built;
    return () => (built ??= { value: build() }).value;
}


/***/ }),

/***/ 48863:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ countRows),
/* harmony export */   Ee: () => (/* binding */ filterRows),
/* harmony export */   LC: () => (/* binding */ someRow),
/* harmony export */   LY: () => (/* binding */ takeRows),
/* harmony export */   UJ: () => (/* binding */ concatRows)
/* harmony export */ });
/* unused harmony export mapRows */
/**
 * The few ways the reports go over a run's rows (results.ts, ScenarioRows):
 * each a single pass that keeps no row longer than it looks at it.
 */
function countRows(rows, predicate) {
    let count = 0;
    for (const row of rows)
        if (predicate(row))
            count += 1;
    return count;
}
function someRow(rows, predicate) {
    for (const row of rows)
        if (predicate(row))
            return true;
    return false;
}
/** The rows matching `predicate`, lazily (a fresh pass over `rows` each time it is iterated). */
function filterRows(rows, predicate) {
    return {
        *[Symbol.iterator]() {
            for (const row of rows)
                if (predicate(row))
                    yield row;
        },
    };
}
/** The first `limit` rows matching `predicate`, collected (a bounded few). */
function takeRows(rows, predicate, limit) {
    const taken = [];
    if (limit <= 0)
        return taken;
    for (const row of rows) {
        if (!predicate(row))
            continue;
        taken.push(row);
        if (taken.length >= limit)
            break;
    }
    return taken;
}
/** `first`'s rows, then `second`'s. */
function concatRows(first, second) {
    return {
        length: first.length + second.length,
        *[Symbol.iterator]() {
            yield* first;
            yield* second;
        },
    };
}
/** Each row as `transform` makes it, as it is read. */
function mapRows(rows, transform) {
    return {
        length: rows.length,
        *[Symbol.iterator]() {
            for (const row of rows)
                yield transform(row);
        },
    };
}


/***/ }),

/***/ 67596:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ JMESPATH_OPERATORS),
/* harmony export */   uI: () => (/* binding */ assertionSchema)
/* harmony export */ });
/* unused harmony exports SEQUENCE_MODES, ASSERTION_TYPES, fieldsOfAssertionType */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(38816);

/**
 * Assertion schemas: one strict object per `type`, so each type accepts only
 * its own fields and an unknown field is reported against that type.
 */
const common = {
    /** Relative importance in the weighted trial score. */
    weight: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().default(1),
    /** A failed required assertion fails the trial whatever the score (a hard fail). */
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    /** Optional label shown in reports instead of the generated description. */
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
};
const JMESPATH_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'contains', 'regex', 'exists'];
const SEQUENCE_MODES = ['exact', 'in_order', 'any_order'];
const toolCalled = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_called'),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Partial match: every key given must equal the call's argument (deep equality). */
    arguments: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).optional(),
    ...common,
});
const toolNotCalled = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_not_called'),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    ...common,
});
const toolSequence = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_sequence'),
    sequence: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1),
    mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(SEQUENCE_MODES).default('in_order'),
    ...common,
});
const outputContains = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('output_contains'),
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    ignore_case: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    ...common,
});
const outputNotContains = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('output_not_contains'),
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    ignore_case: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    ...common,
});
const outputMatches = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('output_matches'),
    /** A JavaScript regular expression, searched anywhere in the final output. */
    pattern: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    flags: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[imsu]*$/, 'flags may only use i, m, s and u').optional(),
    ...common,
});
const jmespath = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('jmespath'),
    expression: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    operator: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(JMESPATH_OPERATORS),
    /** Compared with the expression's result; not used by `exists`. */
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
    ...common,
});
const costLimit = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('cost_limit'),
    max_usd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    ...common,
});
const latencyLimit = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('latency_limit'),
    max_seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive(),
    ...common,
});
const turnLimit = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('turn_limit'),
    max_turns: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1),
    ...common,
});
const judgeCriterion = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    weight: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().default(1),
});
const judge = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('judge'),
    criteria: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(judgeCriterion).min(1),
    judge_model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    k: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1).max(21).optional(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional(),
    include_system_prompt: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    custom_prompt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    ...common,
});
const assertionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [
    toolCalled,
    toolNotCalled,
    toolSequence,
    outputContains,
    outputNotContains,
    outputMatches,
    jmespath,
    costLimit,
    latencyLimit,
    turnLimit,
    judge,
]);
const ASSERTION_TYPES = assertionSchema.options.map((option) => option.shape.type.value);
/** The fields each assertion type accepts, for "did you mean" suggestions. */
function fieldsOfAssertionType(type) {
    const option = assertionSchema.options.find((candidate) => candidate.shape.type.value === type);
    return option ? Object.keys(option.shape) : [];
}


/***/ }),

/***/ 6743:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ut: () => (/* binding */ applyProjectDefaults),
  df: () => (/* binding */ loadScenario),
  eE: () => (/* binding */ normaliseAssertions),
  RL: () => (/* binding */ validScenario)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __nccwpck_require__(60484);
;// CONCATENATED MODULE: ./src/core/scenario/hash.ts


/**
 * scenario_hash: SHA-256 (hex) of the resolved scenario (includes expanded,
 * defaults applied) in a canonical JSON form with sorted keys, so the hash is
 * stable across key order, formatting, comments and how tools were included,
 * and changes whenever what the run would do changes.
 */
function hashScenario(scenario) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,canonical_json/* canonicalJson */.d)(scenario)).digest('hex');
}

// EXTERNAL MODULE: ./src/core/scenario/parse-once.ts
var parse_once = __nccwpck_require__(35683);
// EXTERNAL MODULE: ./src/core/scenario/schema.ts
var schema = __nccwpck_require__(2267);
// EXTERNAL MODULE: ./src/core/scenario/semantic-checks.ts
var semantic_checks = __nccwpck_require__(56968);
// EXTERNAL MODULE: ./src/core/scenario/plain-yaml.ts + 1 modules
var plain_yaml = __nccwpck_require__(85940);
// EXTERNAL MODULE: ./src/core/scenario/assertion-schema.ts
var assertion_schema = __nccwpck_require__(67596);
;// CONCATENATED MODULE: ./src/core/scenario/shorthand.ts

/**
 * The earlier salvo's shorthand assertion, `{path: <jmespath>, <operator>: <value>}`
 * with `path` defaulting to `response.content`, means the same as a full
 * `jmespath` assertion. Unlike the earlier salvo, other keys are not dropped:
 * they go through to validation like any assertion's fields.
 */
const SHORTHAND_DEFAULT_PATH = 'response.content';
const OPERATORS = assertion_schema/* JMESPATH_OPERATORS */.RU;
function normaliseShorthand(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'type' in raw)
        return { kind: 'unchanged' };
    const fields = raw;
    const operators = Object.keys(fields).filter((key) => OPERATORS.includes(key));
    if (operators.length === 0 && !('path' in fields))
        return { kind: 'unchanged' };
    if (operators.length !== 1) {
        const found = operators.length === 0 ? 'none' : operators.join(', ');
        return {
            kind: 'invalid',
            message: `a shorthand assertion needs exactly one operator key (${OPERATORS.join(', ')}); found ${found}`,
        };
    }
    const operator = operators[0];
    if (operator === 'exists' && fields.exists !== true) {
        return { kind: 'invalid', message: `in a shorthand assertion write 'exists: true' (there is no 'not exists'; use a full jmespath assertion)` };
    }
    const { path, [operator]: value, ...rest } = fields;
    const assertion = {
        type: 'jmespath',
        expression: path ?? SHORTHAND_DEFAULT_PATH,
        operator,
        ...rest,
    };
    if (operator !== 'exists')
        assertion.value = value;
    const renames = { type: null, expression: 'path' in fields ? 'path' : null, operator, value: operator };
    return { kind: 'shorthand', assertion, renames };
}

;// CONCATENATED MODULE: ./src/core/scenario/load-scenario.ts








/**
 * Reads, parses, resolves includes, normalises shorthand assertions, applies
 * salvo.yaml defaults and validates one scenario file. Throws a ConfigError
 * carrying every problem of the file (and of the files it includes).
 */
async function loadScenario(file, options) {
    const text = await readSourceText(file, options.reader);
    const plain = loadPlainScenario(file, text, options.config);
    if (plain)
        return plain;
    // The full path, and the `yaml` package with it, are loaded only when a file needs them.
    const { loadScenarioThoroughly } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(368)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99368));
    return loadScenarioThoroughly(file, text, options);
}
/**
 * The fast path: a file in the plain subset of YAML (plain-yaml.ts) that
 * validates without a single problem, as nearly every file of a suite does.
 * Anything else is null, and loadScenarioThoroughly reads the file again with
 * `yaml` so that every problem gets its file, line and column.
 */
function loadPlainScenario(file, text, config) {
    const plain = (0,plain_yaml/* readPlainYaml */.g)(text);
    if (plain === null)
        return null;
    const raw = plain.value;
    const assertions = normaliseAssertions(raw.assertions);
    if (assertions && assertions.invalid.size > 0)
        return null;
    const data = { ...raw };
    if (assertions)
        data.assertions = assertions.values;
    applyProjectDefaults(data, config);
    const result = schema/* scenarioSchema */.mE.safeParse(data, parse_once/* PARSE_ONCE */.M);
    if (!result.success)
        return null;
    // No `!include` in the subset, so the tools are complete; a place is only described for a problem.
    if ((0,semantic_checks/* crossCheck */.D)({ data, toolsComplete: true, describePlace: () => '' }).length > 0)
        return null;
    const lines = Array.isArray(raw.assertions) ? plain.itemLines.get(raw.assertions) : undefined;
    return validScenario(file, result.data, config, (index) => lines?.[index] ?? 1);
}
/**
 * The scenario both paths return. Its strings are slices of the YAML text and keep the whole file
 * alive: a caller that holds many scenarios for a run keeps them spooled or detached instead
 * (packed-scenario.ts, io/scenario-spool.ts).
 */
function validScenario(file, validated, config, assertionLine) {
    const scenario = applyJudgeDefaults(validated, config);
    return {
        file,
        name: flatString(scenario.description.trim() || (0,external_node_path_.basename)(file, (0,external_node_path_.extname)(file))),
        scenario,
        assertionLines: scenario.assertions.map((_, index) => assertionLine(index)),
        hash: hashScenario(scenario),
    };
}
async function readSourceText(file, reader) {
    try {
        return await reader.readFile(file);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* ConfigError */.xL([{ file, line: 0, column: 0, message: `cannot read the file: ${reason}` }]);
    }
}
function normaliseAssertions(raw) {
    if (!Array.isArray(raw))
        return null;
    const result = { values: [], renames: new Map(), invalid: new Map() };
    for (const [index, assertion] of raw.entries()) {
        const normalised = normaliseShorthand(assertion);
        if (normalised.kind === 'shorthand') {
            result.values.push(normalised.assertion);
            result.renames.set(index, normalised.renames);
        }
        else {
            if (normalised.kind === 'invalid')
                result.invalid.set(index, normalised.message);
            result.values.push(assertion);
        }
    }
    return result;
}
/** salvo.yaml's defaults fill what the scenario leaves out; the scenario's own values win. */
function applyProjectDefaults(data, config) {
    if (data.adapter === undefined && config.default_adapter !== undefined)
        data.adapter = config.default_adapter;
    if (data.model === undefined && config.default_model !== undefined)
        data.model = config.default_model;
}
function applyJudgeDefaults(scenario, config) {
    const defaults = config.judge;
    const assertions = scenario.assertions.map((assertion) => {
        if (assertion.type !== 'judge')
            return assertion;
        return {
            ...assertion,
            judge_model: assertion.judge_model ?? defaults.model,
            k: assertion.k ?? defaults.k,
            threshold: assertion.threshold ?? defaults.default_threshold,
        };
    });
    return { ...scenario, assertions };
}
/** A copy of `text` that is not a V8 slice of a larger string. */
function flatString(text) {
    return structuredClone(text);
}


/***/ }),

/***/ 35683:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ PARSE_ONCE)
/* harmony export */ });
/**
 * zod's options for what a run parses once per file: scenario files and
 * salvo.yaml. By default zod compiles a parser of its own for each object
 * schema on that schema's first parse (`new Function`): about 5 ms of a
 * one-scenario run's start, which no code cache can keep (code made by
 * `new Function` is not part of the bundle's cache). Without it each later
 * file takes 3-7 us longer, 50 ms over 10,000 files (bench/README.md,
 * finding 10). Model replies, parsed on every turn, keep the compiled parsers.
 */
const PARSE_ONCE = { jitless: true };


/***/ }),

/***/ 85940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ readPlainYaml)
});

;// CONCATENATED MODULE: ./src/core/scenario/plain-yaml-inline.ts
/**
 * The one-line parts of plain-yaml.ts's subset: keys, flow collections, quoted
 * and plain scalars, each read from a position of one line. Anything outside
 * the subset throws OUTSIDE, which readPlainYaml turns into "leave this file
 * to `yaml`".
 */
/** Thrown (never escapes readPlainYaml) when the text leaves the subset. */
const OUTSIDE = Symbol('outside the plain subset');
const MAX_FLOW_DEPTH = 32;
const PLAIN_KEY = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const NOT_A_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
/** What YAML 1.2's core schema might read as a number (`.inf` and `.nan` included); only plain integers and decimals are read here. */
const MAYBE_NUMBER = /^(?:[-+]?\.?[0-9]|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;
const INTEGER = /^[-+]?[0-9]+$/;
const DECIMAL = /^[-+]?[0-9]+\.[0-9]+$/;
const SIMPLE_ESCAPES = {
    '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
    ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
/** One-line flow collections and quoted scalars, read from a position of one line. */
class FlowReader {
    #line;
    #lineNumber;
    #itemLines;
    constructor(line, lineNumber, itemLines) {
        this.#line = line;
        this.#lineNumber = lineNumber;
        this.#itemLines = itemLines;
    }
    value(position, depth) {
        if (depth > MAX_FLOW_DEPTH)
            throw OUTSIDE;
        const line = this.#line;
        const first = line[position];
        if (first === '{')
            return this.#mapping(position + 1, depth);
        if (first === '[')
            return this.#sequence(position + 1, depth);
        if (first === '"' || first === "'")
            return quotedScalar(line, position);
        let end = position;
        while (end < line.length && !',[]{}:'.includes(line[end]) && !(line[end] === '#' && line[end - 1] === ' '))
            end += 1;
        if (line[end] === ':' || line[end] === '#')
            throw OUTSIDE;
        return { value: plainScalar(trimSpaces(line.slice(position, end))), end };
    }
    #mapping(position, depth) {
        const map = {};
        let at = skipSpaces(this.#line, position);
        if (this.#line[at] === '}')
            return { value: map, end: at + 1 };
        for (;;) {
            const key = readKey(this.#line, at);
            if (key === null || Object.hasOwn(map, key.key))
                throw OUTSIDE;
            const item = this.value(skipSpaces(this.#line, key.end), depth + 1);
            map[key.key] = item.value;
            at = this.#separator(item.end, '}');
            if (at < 0)
                return { value: map, end: -at };
        }
    }
    #sequence(position, depth) {
        const items = [];
        let at = skipSpaces(this.#line, position);
        if (this.#line[at] !== ']') {
            for (;;) {
                const item = this.value(at, depth + 1);
                items.push(item.value);
                at = this.#separator(item.end, ']');
                if (at < 0) {
                    at = -at - 1;
                    break;
                }
            }
        }
        this.#itemLines.set(items, items.map(() => this.#lineNumber));
        return { value: items, end: at + 1 };
    }
    /** After an item: the next item's position, or minus the position after the closing bracket. */
    #separator(position, close) {
        const at = skipSpaces(this.#line, position);
        if (this.#line[at] === close)
            return -(at + 1);
        if (this.#line[at] !== ',')
            throw OUTSIDE;
        const next = skipSpaces(this.#line, at + 1);
        // A trailing comma, or an empty item, is left to `yaml`.
        if (next >= this.#line.length || ',]}'.includes(this.#line[next]))
            throw OUTSIDE;
        return next;
    }
}
/** A key (plain word or quoted string) at `position`, followed by `: ` or a colon ending the line. */
function readKey(line, position) {
    let key;
    let end;
    const first = line[position];
    if (first === '"' || first === "'") {
        const quoted = tryQuoted(line, position);
        if (quoted === null)
            return null;
        ({ value: key, end } = quoted);
    }
    else {
        PLAIN_KEY.lastIndex = position;
        const match = PLAIN_KEY.exec(line);
        if (!match)
            return null;
        key = match[0];
        end = position + key.length;
    }
    if (line[end] !== ':' || (end + 1 < line.length && line[end + 1] !== ' '))
        return null;
    // `true:` or `null:` is not the string key it looks like; `__proto__` is set specially by `yaml`.
    if ((first !== '"' && first !== "'" && NOT_A_STRING_KEY.test(key)) || key === '__proto__' || key.length > 1000)
        throw OUTSIDE;
    return { key, end: end + 1 };
}
function tryQuoted(line, position) {
    try {
        return quotedScalar(line, position);
    }
    catch (error) {
        if (error === OUTSIDE)
            return null;
        throw error;
    }
}
/** A single- or double-quoted scalar closed on the same line. */
function quotedScalar(line, position) {
    const quote = line[position];
    let value = '';
    let at = position + 1;
    while (at < line.length) {
        const next = line.indexOf(quote === '"' ? '"' : "'", at);
        const escape = quote === '"' ? line.indexOf('\\', at) : -1;
        if (next === -1)
            throw OUTSIDE;
        if (escape !== -1 && escape < next) {
            value += line.slice(at, escape);
            const read = plain_yaml_inline_unescape(line, escape + 1);
            value += read.text;
            at = read.end;
            continue;
        }
        value += line.slice(at, next);
        if (quote === "'" && line[next + 1] === "'") {
            value += "'";
            at = next + 2;
            continue;
        }
        return { value, end: next + 1 };
    }
    throw OUTSIDE;
}
function plain_yaml_inline_unescape(line, position) {
    const code = line[position];
    if (code === undefined)
        throw OUTSIDE;
    const simple = SIMPLE_ESCAPES[code];
    if (simple !== undefined)
        return { text: simple, end: position + 1 };
    const digits = code === 'x' ? 2 : code === 'u' ? 4 : 0;
    const hex = line.slice(position + 1, position + 1 + digits);
    if (digits === 0 || !/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== digits)
        throw OUTSIDE;
    return { text: String.fromCharCode(parseInt(hex, 16)), end: position + 1 + digits };
}
/** A plain scalar's value in YAML 1.2's core schema; anything it could read otherwise is left to `yaml`. */
function plainScalar(text) {
    const first = text[0];
    if (first === undefined || !/[A-Za-z0-9_(/$~.+\-\u0080-\uFFFF]/.test(first))
        throw OUTSIDE;
    if (MAYBE_NUMBER.test(text)) {
        if (INTEGER.test(text))
            return first === '-' ? -parseInt(text.slice(1), 10) : parseInt(text, 10);
        if (DECIMAL.test(text))
            return parseFloat(text);
        throw OUTSIDE;
    }
    // `-`, `+` or `.` then a letter is a string (`.salvo`, `-v`); alone, or before a blank, it is not.
    if ('-+.'.includes(first) && !/^.[A-Za-z_/]/.test(text))
        throw OUTSIDE;
    if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL')
        return null;
    if (text === 'true' || text === 'True' || text === 'TRUE')
        return true;
    if (text === 'false' || text === 'False' || text === 'FALSE')
        return false;
    return text;
}
/** Trailing spaces off (not `trimEnd`: YAML's white space is only space and tab, not NBSP). */
function trimSpaces(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 32)
        end -= 1;
    return end === text.length ? text : text.slice(0, end);
}
function skipSpaces(line, position) {
    while (line.charCodeAt(position) === 32)
        position += 1;
    return position;
}
/** Only blanks, or a comment after at least one blank, remain from `position`. */
function isLineEnd(line, position) {
    const rest = skipSpaces(line, position);
    return rest >= line.length || (line[rest] === '#' && rest > position);
}

;// CONCATENATED MODULE: ./src/core/scenario/plain-yaml.ts
/**
 * A fast reader for the plain YAML that scenario files are nearly always
 * written in: block mappings and sequences, one-line flow collections, quoted
 * and plain one-line scalars, `|` and `>` blocks, comments. It returns null for
 * anything else (anchors, tags, `!include`, multi-line plain or quoted
 * scalars, odd numbers such as `0x1F` or `1e3`, duplicate keys, tabs, a lone CR...),
 * and the loader then reads the file with the `yaml` package, which also
 * gives every problem its line and column.
 *
 * Why: `yaml` builds a concrete syntax tree through nested generators and
 * then a document; at about 0.5 ms for a 1.5 KB file it was most of the cost
 * of loading a suite (bench/README.md, finding 8), ten times what this takes.
 * Whatever it accepts, it reads exactly as `yaml` does (YAML 1.2 core schema):
 * a differential test compares the two on every example and on thousands of
 * mutated documents (__tests__/core/scenario/plain-yaml.test.ts).
 */

/** Files above this go to `yaml` anyway (it enforces the size limit). */
const MAX_PLAIN_CHARS = 256 * 1024;
// Tabs, a CR left after CRLF became LF, other control characters, BOM, NEL and the Unicode line separators: left to `yaml`.
const UNSUPPORTED_CHARACTERS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;
const BLOCK_SCALAR_HEADER = /([|>])(-?)(?: +#.*)? *$/y;
function readPlainYaml(text) {
    // A Windows checkout's CRLF reads as LF: YAML turns every line break into \n. A lone CR is left to `yaml`.
    if (text.includes('\r'))
        text = text.replaceAll('\r\n', '\n');
    if (text.length > MAX_PLAIN_CHARS || UNSUPPORTED_CHARACTERS.test(text))
        return null;
    try {
        return new PlainReader(text).document();
    }
    catch (error) {
        if (error === OUTSIDE)
            return null;
        throw error;
    }
}
class PlainReader {
    #lines;
    #itemLines = new WeakMap();
    constructor(text) {
        this.#lines = text.split('\n');
    }
    document() {
        let row = this.#contentRow(0);
        if (row < this.#lines.length && /^---(?: +#.*)? *$/.test(this.#lines[row]))
            row = this.#contentRow(row + 1);
        if (row >= this.#lines.length || indentOf(this.#lines[row]) !== 0 || isItemAt(this.#lines[row], 0))
            throw OUTSIDE;
        const { value, next } = this.#mapping(row, 0);
        if (this.#contentRow(next) < this.#lines.length)
            throw OUTSIDE;
        return { value: value, itemLines: this.#itemLines };
    }
    /** A block mapping whose keys stand at `column`, the first one on `row`. */
    #mapping(row, column) {
        const map = {};
        for (;;) {
            const line = this.#lines[row];
            const key = readKey(line, column);
            if (key === null || Object.hasOwn(map, key.key))
                throw OUTSIDE;
            const entry = this.#valueAfter(row, key.end, column);
            map[key.key] = entry.value;
            const nextRow = this.#contentRow(entry.next);
            if (nextRow >= this.#lines.length)
                return { value: map, next: nextRow };
            const indent = indentOf(this.#lines[nextRow]);
            if (indent < column)
                return { value: map, next: nextRow };
            if (indent > column || isItemAt(this.#lines[nextRow], column))
                throw OUTSIDE;
            row = nextRow;
        }
    }
    /** A block sequence whose dashes stand at `column`, the first one on `row`. */
    #sequence(row, column) {
        const items = [];
        const lines = [];
        for (;;) {
            const line = this.#lines[row];
            const start = skipSpaces(line, column + 1);
            let item;
            if (start >= line.length || line[start] === '#') {
                const nested = this.#contentRow(row + 1);
                const indent = nested < this.#lines.length ? indentOf(this.#lines[nested]) : -1;
                if (indent <= column)
                    throw OUTSIDE;
                lines.push(nested + 1);
                item = this.#node(nested, indent);
            }
            else {
                if (isItemAt(line, start))
                    throw OUTSIDE;
                lines.push(row + 1);
                item = readKey(line, start) === null ? this.#inlineValue(row, start, column) : this.#mapping(row, start);
            }
            items.push(item.value);
            const nextRow = this.#contentRow(item.next);
            const nextLine = this.#lines[nextRow];
            if (nextLine === undefined || indentOf(nextLine) < column || (indentOf(nextLine) === column && !isItemAt(nextLine, column))) {
                this.#itemLines.set(items, lines);
                return { value: items, next: nextRow };
            }
            if (indentOf(nextLine) !== column)
                throw OUTSIDE;
            row = nextRow;
        }
    }
    /** A block node starting at `column` of `row`, the first text on its line. */
    #node(row, column) {
        return isItemAt(this.#lines[row], column) ? this.#sequence(row, column) : this.#mapping(row, column);
    }
    /** The value of a mapping entry whose key (at `keyColumn`) ends at `position` of `row`. */
    #valueAfter(row, position, keyColumn) {
        const line = this.#lines[row];
        const start = skipSpaces(line, position);
        if (start < line.length && line[start] !== '#')
            return this.#inlineValue(row, start, keyColumn);
        const nested = this.#contentRow(row + 1);
        const nestedLine = this.#lines[nested];
        if (nestedLine !== undefined && indentOf(nestedLine) > keyColumn)
            return this.#node(nested, indentOf(nestedLine));
        if (nestedLine !== undefined && isItemAt(nestedLine, keyColumn))
            return this.#sequence(nested, keyColumn);
        return { value: null, next: row + 1 };
    }
    /** A value that starts on its key's or dash's line; nothing may continue it below, deeper than `parentIndent`. */
    #inlineValue(row, start, parentIndent) {
        const line = this.#lines[row];
        const first = line[start];
        if (first === '|' || first === '>')
            return this.#blockScalar(row, start, parentIndent);
        let value;
        if (first === '{' || first === '[' || first === '"' || first === "'") {
            const read = new FlowReader(line, row + 1, this.#itemLines).value(start, 0);
            if (!isLineEnd(line, read.end))
                throw OUTSIDE;
            value = read.value;
        }
        else {
            const comment = line.indexOf(' #', start);
            const text = trimSpaces(comment === -1 ? line.slice(start) : line.slice(start, comment));
            if (text.includes(': ') || text.endsWith(':'))
                throw OUTSIDE;
            value = plainScalar(text);
        }
        const nextRow = this.#contentRow(row + 1);
        if (nextRow < this.#lines.length && indentOf(this.#lines[nextRow]) > parentIndent)
            throw OUTSIDE;
        return { value, next: row + 1 };
    }
    /** `|` or `>` with clip or strip chomping; its lines are indented deeper than `parentIndent`. */
    #blockScalar(row, start, parentIndent) {
        BLOCK_SCALAR_HEADER.lastIndex = start;
        const header = BLOCK_SCALAR_HEADER.exec(this.#lines[row]);
        if (!header)
            throw OUTSIDE;
        const folded = header[1] === '>';
        const first = this.#lines[row + 1];
        const indent = first === undefined ? 0 : indentOf(first);
        // Leading blank lines, an empty block and a last line without its line break are left to `yaml`.
        if (first === undefined || indent <= parentIndent || indent === first.length)
            throw OUTSIDE;
        const parts = [];
        let next = row + 1;
        for (; next < this.#lines.length; next += 1) {
            const line = this.#lines[next];
            const lineIndent = indentOf(line);
            if (lineIndent === line.length) {
                if (lineIndent > indent)
                    throw OUTSIDE;
                parts.push('');
                continue;
            }
            if (lineIndent < indent)
                break;
            // A deeper line keeps its breaks in a folded block; left to `yaml`.
            if (folded && lineIndent > indent)
                throw OUTSIDE;
            parts.push(line.slice(indent));
        }
        // A block that ends the text without a final line break is left to `yaml`.
        if (next >= this.#lines.length && this.#lines.at(-1) !== '')
            throw OUTSIDE;
        while (parts.at(-1) === '')
            parts.pop();
        const body = folded ? fold(parts) : parts.join('\n');
        return { value: header[2] === '-' ? body : `${body}\n`, next };
    }
    /** The first row from `row` on that holds more than blanks or a comment. */
    #contentRow(row) {
        while (row < this.#lines.length) {
            const line = this.#lines[row];
            const start = indentOf(line);
            if (start < line.length && line[start] !== '#')
                return row;
            row += 1;
        }
        return row;
    }
}
/** A folded block's lines: a break between two lines becomes a space, each blank line a line break. */
function fold(parts) {
    let out = parts[0] ?? '';
    let blanks = 0;
    for (let index = 1; index < parts.length; index += 1) {
        const part = parts[index];
        if (part === '') {
            blanks += 1;
            continue;
        }
        out += blanks === 0 ? ` ${part}` : '\n'.repeat(blanks) + part;
        blanks = 0;
    }
    return out;
}
function indentOf(line) {
    let indent = 0;
    while (line.charCodeAt(indent) === 32)
        indent += 1;
    return indent;
}
function isItemAt(line, column) {
    return line[column] === '-' && (column + 1 === line.length || line[column + 1] === ' ');
}


/***/ }),

/***/ 2267:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R2: () => (/* binding */ ADAPTERS),
/* harmony export */   mE: () => (/* binding */ scenarioSchema)
/* harmony export */ });
/* unused harmony exports TOOL_NAME_PATTERN, toolParametersSchema, mockResponseSchema, toolSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(38816);
/* harmony import */ var _assertion_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(67596);


/**
 * The scenario file format. Field names follow the earlier salvo so that its
 * users' files keep working; every object is strict, so a typo is an error.
 */
const ADAPTERS = ['openai', 'anthropic'];
/** The providers' shared tool-name rule (OpenAI's, which Anthropic accepts too). */
const TOOL_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const toolParametersSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('object'),
    properties: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).default({}),
    required: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
});
/** What the runner feeds back when the model calls the tool: strings as they are, the rest as JSON. */
const mockResponseSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
]);
const toolSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(TOOL_NAME_PATTERN, 'tool names use only letters, digits, _ and -, at most 64 characters'),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    parameters: toolParametersSchema.default({ type: 'object', properties: {}, required: [] }),
    mock_response: mockResponseSchema.optional(),
});
const scenarioSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default(''),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default({}),
    adapter: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(ADAPTERS).default('openai'),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** OpenAI only: Chat Completions (default, and what compatible servers speak) or the Responses API. */
    api: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['chat_completions', 'responses']).optional(),
    system_prompt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default(''),
    prompt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    tools: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(toolSchema).default([]),
    assertions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_assertion_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .assertionSchema */ .uI).default([]),
    /** The weighted score a trial must reach to pass. */
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).default(0.8),
    /** The share of trials that must pass for the scenario to PASS (1 = every trial). */
    required_pass_rate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).default(1),
    max_turns: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).max(100).default(10),
    /** Total tool calls allowed over the whole run, a second safety net beside max_turns. */
    max_tool_calls: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).max(1000).default(50),
    /** Per-trial wall-clock limit. */
    timeout_seconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().max(3600).optional(),
    temperature: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(2).optional(),
    seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().optional(),
    max_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).optional(),
    extras: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).default({}),
});


/***/ }),

/***/ 56968:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ crossCheck)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98520);

function crossCheck(input) {
    return [...checkToolNames(input), ...checkToolReferences(input), ...checkApi(input.data), ...checkPatterns(input.data)];
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function field(value, name) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value[name] : undefined;
}
function checkToolNames(input) {
    const problems = [];
    const firstIndex = new Map();
    for (const [index, tool] of list(input.data.tools).entries()) {
        const name = field(tool, 'name');
        if (typeof name !== 'string')
            continue;
        const first = firstIndex.get(name);
        if (first === undefined) {
            firstIndex.set(name, index);
            continue;
        }
        const where = input.describePlace(['tools', first, 'name']);
        problems.push({ path: ['tools', index, 'name'], target: 'value', message: `duplicate tool name '${name}' (first defined at ${where}); tool names must be unique` });
    }
    return problems;
}
function checkToolReferences(input) {
    if (!input.toolsComplete)
        return [];
    const names = list(input.data.tools).map((tool) => field(tool, 'name'));
    const defined = [...new Set(names.filter((name) => typeof name === 'string'))];
    const problems = [];
    const check = (name, path, type) => {
        if (typeof name !== 'string' || defined.includes(name))
            return;
        const known = defined.length > 0 ? ` (tools: ${defined.join(', ')})` : ' (it defines no tools)';
        problems.push({ path, target: 'value', message: `'${type}' assertion names tool '${name}', which the scenario does not define${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(name, defined) || known}` });
    };
    for (const [index, assertion] of list(input.data.assertions).entries()) {
        const type = field(assertion, 'type');
        if (type === 'tool_called' || type === 'tool_not_called')
            check(field(assertion, 'tool'), ['assertions', index, 'tool'], type);
        if (type === 'tool_sequence') {
            for (const [position, name] of list(field(assertion, 'sequence')).entries()) {
                check(name, ['assertions', index, 'sequence', position], type);
            }
        }
    }
    return problems;
}
function checkApi(data) {
    if (data.api === undefined || data.adapter !== 'anthropic')
        return [];
    return [{ path: ['api'], target: 'key', message: `'api' chooses between OpenAI's APIs; it is only allowed with adapter 'openai' (this scenario uses 'anthropic')` }];
}
function checkPatterns(data) {
    const problems = [];
    const compile = (pattern, flags, path) => {
        if (typeof pattern !== 'string')
            return;
        try {
            // Bad flags are the schema's to report; compile the pattern alone then.
            new RegExp(pattern, typeof flags === 'string' && /^[imsu]*$/.test(flags) ? flags : '');
        }
        catch (error) {
            const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
            problems.push({ path, target: 'value', message: `invalid regular expression: ${reason}` });
        }
    };
    for (const [index, assertion] of list(data.assertions).entries()) {
        const type = field(assertion, 'type');
        if (type === 'output_matches')
            compile(field(assertion, 'pattern'), field(assertion, 'flags'), ['assertions', index, 'pattern']);
        if (type === 'jmespath' && field(assertion, 'operator') === 'regex')
            compile(field(assertion, 'value'), '', ['assertions', index, 'value']);
    }
    return problems;
}


/***/ }),

/***/ 98520:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   h0: () => (/* binding */ closestMatch)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" suggestions for misspelt field names, assertion types and
 * enum values: the closest candidate by edit distance, when it is close enough
 * that the suggestion helps rather than confuses.
 */
/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps ("modle"). */
function editDistance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i += 1)
        rows.push(Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => rows[i]?.[j] ?? 0;
    for (let i = 1; i <= a.length; i += 1) {
        for (let j = 1; j <= b.length; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            rows[i][j] = best;
        }
    }
    return at(a.length, b.length);
}
/** The best candidate within a distance that grows with the word's length, or undefined. */
function closestMatch(word, candidates) {
    const needle = word.toLowerCase();
    // Short words tolerate one edit; longer ones up to a third of their length.
    const budget = Math.max(1, Math.floor(needle.length / 3));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(needle, candidate.toLowerCase());
        if (distance <= budget && (best === undefined || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}
/** ", did you mean 'x'?" or the empty string. */
function didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined ? '' : `, did you mean '${match}'?`;
}


/***/ }),

/***/ 9586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ MAX_SOURCE_BYTES),
/* harmony export */   a: () => (/* binding */ IncludeRef)
/* harmony export */ });
/**
 * What the rest of salvo needs to know about YAML files without loading the
 * `yaml` package: most runs never do (plain-yaml.ts reads their files), so the
 * package and yaml-source.ts are imported only when a file takes the full path.
 */
/** Files above this are refused before parsing: scenarios are hand-written, not data dumps. */
const MAX_SOURCE_BYTES = 1024 * 1024;
/** The value of a `!include path.yaml` node, replaced by the included content when the loader resolves it. */
class IncludeRef {
    path;
    constructor(path) {
        this.path = path;
    }
}


/***/ }),

/***/ 48944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   wF: () => (/* binding */ describeIssues)
/* harmony export */ });
/* unused harmony exports describeValue, valueAt, schemaAt */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(38816);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98520);


function describeIssues(issues, input, schema, locate) {
    const problems = [];
    const misspelt = misspeltFields(issues, input, schema);
    for (const issue of issues) {
        // "unknown field 'modle', did you mean 'model'?" says it all; "missing 'model'" would only repeat it.
        if (issue.code === 'invalid_type' && misspelt.has(issue.path.join('.')))
            continue;
        for (const described of describeIssue(issue, input, schema)) {
            const problemPath = (described.problemPath ?? described.path).join('.');
            problems.push({ ...locate(described.path, described.target), message: described.message, path: problemPath });
        }
    }
    return problems;
}
/** Paths of fields that are missing because an unknown field is a typo of them. */
function misspeltFields(issues, input, schema) {
    const paths = new Set();
    for (const issue of issues) {
        if (issue.code !== 'unrecognized_keys')
            continue;
        const allowed = knownKeys(schemaAt(schema, issue.path, input));
        for (const key of issue.keys) {
            const meant = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closestMatch */ .h0)(key, allowed);
            if (meant !== undefined)
                paths.add([...issue.path, meant].join('.'));
        }
    }
    return paths;
}
function describeIssue(issue, input, schema) {
    const path = issue.path.filter((segment) => typeof segment !== 'symbol');
    const value = valueAt(input, path);
    const field = fieldName(path);
    const at = (message, target = 'value', where = path) => [{ path: where, target, message }];
    switch (issue.code) {
        case 'unrecognized_keys': {
            const allowed = knownKeys(schemaAt(schema, path, input));
            const owner = assertionContext(path, input);
            return issue.keys.map((key) => ({
                path: [...path, key],
                target: 'key',
                message: `unknown field '${key}'${owner}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(key, allowed) || listAllowed(allowed)}`,
            }));
        }
        case 'invalid_type': {
            if (value === undefined) {
                const message = `missing required field '${field}'${assertionContext(path.slice(0, -1), input)}`;
                return [{ path: path.slice(0, -1), problemPath: path, target: 'value', message }];
            }
            return at(`'${field}' must be ${describeExpected(issue.expected)}, got ${describeValue(value)}`);
        }
        case 'invalid_union': {
            if (issue.discriminator !== undefined && issue.errors.length === 0)
                return describeBadAssertionType(issue, path, value);
            const expected = issue.errors.flatMap((branch) => branch.filter((inner) => inner.code === 'invalid_type').map((inner) => describeExpected(inner.expected)));
            if (expected.length === 0)
                return at(`'${field}' is invalid: ${issue.message}`);
            return at(`'${field}' must be ${joinWords(expected, 'or')}, got ${describeValue(value)}`);
        }
        case 'invalid_value': {
            const options = issue.values.map(String);
            if (options.length === 1)
                return at(`'${field}' must be '${options[0]}', got ${describeValue(value)}`);
            const suggestion = typeof value === 'string' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(value, options) : '';
            return at(`unknown ${field} ${describeValue(value)}${suggestion} (one of: ${options.join(', ')})`);
        }
        case 'too_small':
            return at(describeBound(field, value, issue.origin, 'at least', 'greater than', issue.minimum, issue.inclusive));
        case 'too_big':
            return at(describeBound(field, value, issue.origin, 'at most', 'less than', issue.maximum, issue.inclusive));
        case 'invalid_format':
            return at(`'${field}' ${describeValue(value)} is not valid: ${issue.message}`);
        default:
            return at(`'${field}': ${issue.message}`);
    }
}
function describeBadAssertionType(issue, path, value) {
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
    const assertionPath = path.slice(0, -1);
    if (value === undefined) {
        const message = `assertion has no 'type'; use one of: ${options.join(', ')} (or the shorthand {path: <expression>, <operator>: <value>})`;
        return [{ path: assertionPath, target: 'value', message }];
    }
    const message = `unknown assertion type ${describeValue(value)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(String(value), options) || ` (one of: ${options.join(', ')})`}`;
    return [{ path, target: 'value', message }];
}
function describeBound(field, value, origin, inclusiveWord, exclusiveWord, bound, inclusive) {
    if (origin === 'array' || origin === 'set') {
        return `'${field}' needs ${inclusiveWord} ${bound} ${Number(bound) === 1 ? 'item' : 'items'}`;
    }
    if (origin === 'string') {
        if (inclusiveWord === 'at least' && Number(bound) === 1)
            return `'${field}' must not be empty`;
        return `'${field}' must be ${inclusiveWord} ${bound} characters long`;
    }
    const word = inclusive === false ? exclusiveWord : inclusiveWord;
    return `'${field}' must be ${word} ${bound}, got ${describeValue(value)}`;
}
function assertionContext(path, input) {
    if (path.length !== 2 || path[0] !== 'assertions')
        return '';
    const type = valueAt(input, [...path, 'type']);
    return typeof type === 'string' ? ` for assertion type '${type}'` : '';
}
function listAllowed(allowed) {
    return allowed.length > 0 && allowed.length <= 12 ? ` (allowed: ${allowed.join(', ')})` : '';
}
function fieldName(path) {
    const last = [...path].reverse().find((segment) => typeof segment === 'string');
    const index = path.at(-1);
    if (typeof index === 'number')
        return `${last ?? 'item'}[${index}]`;
    return last ?? 'document';
}
const EXPECTED_WORDS = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    record: 'a mapping',
    object: 'a mapping',
    array: 'a list',
    null: 'null',
};
function describeExpected(expected) {
    return EXPECTED_WORDS[expected] ?? expected;
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing (null)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
    return String(value);
}
function joinWords(words, conjunction) {
    const unique = [...new Set(words)];
    if (unique.length <= 1)
        return unique[0] ?? '';
    return `${unique.slice(0, -1).join(', ')} ${conjunction} ${unique.at(-1)}`;
}
function valueAt(input, path) {
    let current = input;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
/** The schema that validates the value at `path`, following arrays, records, wrappers and the assertion union. */
function schemaAt(schema, path, input) {
    let current = schema;
    for (let index = 0; index <= path.length && current; index += 1) {
        current = unwrap(current, valueAt(input, path.slice(0, index)));
        const segment = path[index];
        if (segment === undefined || !current)
            break;
        if (current instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodObject */ .bvH)
            current = current.shape[String(segment)];
        else if (current instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodArray */ .naA)
            current = current.element;
        else if (current instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodRecord */ .b8S)
            current = current.valueType;
        else
            current = undefined;
    }
    return current;
}
function unwrap(schema, value) {
    let current = schema;
    for (;;) {
        if (current instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodOptional */ .IiU || current instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodDefault */ .XiL || current instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodNullable */ .l1C) {
            current = current.unwrap();
        }
        else if (current instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodDiscriminatedUnion */ .jvo) {
            const type = valueAt(value, ['type']);
            const options = current.options;
            const match = options.find((option) => option instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodObject */ .bvH && literalOf(option.shape.type) === type);
            if (!match)
                return undefined;
            current = match;
        }
        else {
            return current;
        }
    }
}
function literalOf(schema) {
    return schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodLiteral */ .DN5 ? schema.value : undefined;
}
function knownKeys(schema) {
    return schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodObject */ .bvH ? Object.keys(schema.shape) : [];
}


/***/ }),

/***/ 84220:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ SalvoHeaders)
/* harmony export */ });
/**
 * The Fetch standard's `Headers`, for the SDKs (see install.ts for why salvo
 * has its own): names are case-insensitive and iterated lower-cased in sorted
 * order, repeated values are combined with ", " except `set-cookie`, values
 * are trimmed of HTTP whitespace, and a name or value that is not a valid
 * header throws a TypeError, as Node's does. Mutable always: salvo hands out
 * no immutable (guarded) headers.
 */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Leading and trailing HTTP whitespace: tab, line feed, carriage return, space.
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const FORBIDDEN_IN_VALUE = /[\0\n\r]/;
// A ByteString holds code units up to 0xFF only (WebIDL).
const NOT_A_BYTE = /[^\u0000-\u00ff]/;
class SalvoHeaders {
    #entries = new Map();
    constructor(init) {
        if (init === undefined || init === null)
            return;
        if (typeof init !== 'object' && typeof init !== 'function')
            throw new TypeError("Failed to construct 'Headers': The provided value is not of type 'HeadersInit'.");
        if (typeof init[Symbol.iterator] === 'function') {
            for (const pair of init) {
                const items = typeof pair === 'string' ? [] : [...pair];
                if (items.length !== 2)
                    throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + items.length + '.');
                this.append(items[0], items[1]);
            }
            return;
        }
        for (const name of Object.keys(init))
            this.append(name, init[name]);
    }
    append(name, value) {
        const key = headerName(name);
        const normalised = headerValue(value, name);
        const entry = this.#entries.get(key);
        if (entry === undefined)
            this.#entries.set(key, { values: [normalised] });
        else
            entry.values.push(normalised);
    }
    set(name, value) {
        this.#entries.set(headerName(name), { values: [headerValue(value, name)] });
    }
    delete(name) {
        this.#entries.delete(headerName(name));
    }
    get(name) {
        return this.#entries.get(headerName(name))?.values.join(', ') ?? null;
    }
    has(name) {
        return this.#entries.has(headerName(name));
    }
    getSetCookie() {
        return [...(this.#entries.get('set-cookie')?.values ?? [])];
    }
    forEach(callback, thisArg) {
        if (typeof callback !== 'function')
            throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
        for (const [name, value] of this.#sorted())
            callback.call(thisArg, value, name, this);
    }
    *entries() {
        yield* this.#sorted();
    }
    *keys() {
        for (const [name] of this.#sorted())
            yield name;
    }
    *values() {
        for (const [, value] of this.#sorted())
            yield value;
    }
    get [Symbol.toStringTag]() {
        return 'Headers';
    }
    /** The sort-and-combine list of the standard, taken once per iteration (later edits do not show). */
    #sorted() {
        const names = [...this.#entries.keys()].sort();
        const list = [];
        for (const name of names) {
            const { values } = this.#entries.get(name);
            if (name === 'set-cookie')
                for (const value of values)
                    list.push([name, value]);
            else
                list.push([name, values.join(', ')]);
        }
        return list;
    }
}
// As in the standard, iterating a Headers is iterating its entries.
SalvoHeaders.prototype[Symbol.iterator] = SalvoHeaders.prototype.entries;
function headerName(name) {
    const text = String(name);
    if (!TOKEN.test(text))
        throw new TypeError(`Headers: ${JSON.stringify(text)} is an invalid header name.`);
    return text.toLowerCase();
}
function headerValue(value, name) {
    const text = String(value);
    if (NOT_A_BYTE.test(text))
        throw new TypeError(`Headers: the value of ${JSON.stringify(String(name))} holds a character outside ISO-8859-1.`);
    const trimmed = text.replace(EDGE_WHITESPACE, '');
    if (FORBIDDEN_IN_VALUE.test(trimmed))
        throw new TypeError(`Headers: ${JSON.stringify(text)} is an invalid header value.`);
    return trimmed;
}


/***/ }),

/***/ 88371:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ SalvoResponse)
/* harmony export */ });
/* harmony import */ var _headers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(84220);
/**
 * The Fetch standard's `Response`, for the SDKs and salvo's transport (see
 * install.ts for why salvo has its own). Bodies are held as bytes where they
 * can be (a transport that read the whole answer, a string, a buffer) and a
 * web stream is made only when someone asks for `body`; a stream or Blob
 * given to the constructor is read when the body is. What the standard asks
 * of a constructed Response holds: status 200-599, no body on 101/103/204/
 * 205/304, the Content-Type a string or URLSearchParams body implies, a body
 * read once (`bodyUsed`), `clone()` before that.
 */

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// reason-phrase = *( HTAB / SP / VCHAR / obs-text )
const REASON_PHRASE = /^[\t\u0020-\u007e\u0080-\u00ff]*$/;
class SalvoResponse {
    status;
    statusText;
    headers;
    type = 'default';
    redirected = false;
    url = '';
    #source;
    #stream = null;
    #used = false;
    constructor(body, init = {}) {
        const status = init.status ?? 200;
        if (!Number.isInteger(status) || status < 200 || status > 599)
            throw new RangeError(`Response: status ${status} is not in the range 200 to 599.`);
        const statusText = String(init.statusText ?? '');
        if (!REASON_PHRASE.test(statusText))
            throw new TypeError(`Response: ${JSON.stringify(statusText)} is not a valid status text.`);
        this.status = status;
        this.statusText = statusText;
        this.headers = new _headers_js__WEBPACK_IMPORTED_MODULE_0__/* .SalvoHeaders */ .Y(init.headers);
        const { source, contentType } = bodySource(body);
        if (source !== null && NULL_BODY_STATUSES.has(status))
            throw new TypeError(`Response: a response with status ${status} cannot have a body.`);
        if (contentType && !this.headers.has('content-type'))
            this.headers.set('content-type', contentType);
        this.#source = source;
    }
    static json(data, init) {
        const text = JSON.stringify(data);
        if (text === undefined)
            throw new TypeError('Response.json: the data is not JSON-serialisable.');
        const response = new SalvoResponse(text, init);
        response.headers.set('content-type', 'application/json');
        return response;
    }
    static redirect(url, status = 302) {
        if (!REDIRECT_STATUSES.has(status))
            throw new RangeError(`Response.redirect: ${status} is not a redirect status.`);
        return new SalvoResponse(null, { status, headers: { location: new URL(url).href } });
    }
    get ok() {
        return this.status >= 200 && this.status <= 299;
    }
    get body() {
        if (this.#source === null)
            return null;
        this.#stream ??= this.#streamOfSource(this.#source);
        return this.#stream;
    }
    get bodyUsed() {
        return this.#used;
    }
    async text() {
        return new TextDecoder().decode(await this.#consume());
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async arrayBuffer() {
        const bytes = await this.#consume();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    async bytes() {
        return new Uint8Array(await this.arrayBuffer());
    }
    async blob() {
        return new Blob([await this.arrayBuffer()], { type: this.headers.get('content-type') ?? '' });
    }
    async formData() {
        throw new TypeError('Response.formData: salvo does not read form data from a response.');
    }
    clone() {
        if (this.#used || this.#stream?.locked)
            throw new TypeError('Response.clone: the body has already been read.');
        const copy = new SalvoResponse(null, { status: this.status, statusText: this.statusText, headers: this.headers });
        if (this.#source instanceof Uint8Array && this.#stream === null)
            copy.#source = this.#source;
        else if (this.#source !== null) {
            const [mine, theirs] = this.body.tee();
            this.#stream = this.#streamOfSource(mine);
            copy.#source = theirs;
        }
        if (this.url)
            Object.defineProperty(copy, 'url', { value: this.url });
        return copy;
    }
    get [Symbol.toStringTag]() {
        return 'Response';
    }
    /** The whole body as bytes, once. */
    async #consume() {
        if (this.#used || this.#stream?.locked)
            throw new TypeError('Body is unusable: Body has already been read');
        if (this.#source === null) {
            this.#used = true;
            return new Uint8Array(0);
        }
        if (this.#source instanceof Uint8Array && this.#stream === null) {
            this.#used = true;
            return this.#source;
        }
        const reader = this.body.getReader();
        this.#used = true;
        const chunks = [];
        for (let next = await reader.read(); !next.done; next = await reader.read())
            chunks.push(next.value);
        return chunks.length === 1 ? chunks[0] : concat(chunks);
    }
    /**
     * A stream over the body that marks it used when first read or cancelled, as a disturbed stream is
     * (only while it is this response's body: a clone tees it and reads the other branch).
     * A high-water mark of 0: nothing is pulled before a read asks for it (the Anthropic SDK takes `body`
     * of every response without reading it).
     */
    #streamOfSource(source) {
        const markUsed = () => {
            if (this.#stream === stream)
                this.#used = true;
        };
        let stream;
        if (source instanceof Uint8Array) {
            stream = new ReadableStream({
                pull: (controller) => {
                    markUsed();
                    if (source.byteLength > 0)
                        controller.enqueue(source);
                    controller.close();
                },
                cancel: markUsed,
            }, { highWaterMark: 0 });
            return stream;
        }
        const reader = (source instanceof Blob ? source.stream() : source).getReader();
        stream = new ReadableStream({
            pull: async (controller) => {
                markUsed();
                const next = await reader.read();
                if (next.done)
                    controller.close();
                else
                    controller.enqueue(next.value);
            },
            cancel: (reason) => {
                markUsed();
                return reader.cancel(reason);
            },
        }, { highWaterMark: 0 });
        return stream;
    }
}
function bodySource(body) {
    if (body === undefined || body === null)
        return { source: null };
    if (typeof body === 'string')
        return { source: new TextEncoder().encode(body), contentType: 'text/plain;charset=UTF-8' };
    if (body instanceof ArrayBuffer)
        return { source: new Uint8Array(body.slice(0)) };
    if (ArrayBuffer.isView(body))
        return { source: new Uint8Array(body.buffer, body.byteOffset, body.byteLength).slice() };
    if (body instanceof URLSearchParams)
        return { source: new TextEncoder().encode(body.toString()), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' };
    if (body instanceof Blob)
        return { source: body, ...(body.type ? { contentType: body.type } : {}) };
    if (body instanceof ReadableStream) {
        if (body.locked)
            throw new TypeError('Response: the body stream is locked or already read.');
        return { source: body };
    }
    // Not a body the standard knows: WebIDL converts it to its string.
    return { source: new TextEncoder().encode(String(body)), contentType: 'text/plain;charset=UTF-8' };
}
function concat(chunks) {
    const whole = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of chunks) {
        whole.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return whole;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 73245:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("supports-color");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 38816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  naA: () => (/* binding */ ZodArray),
  XiL: () => (/* binding */ ZodDefault),
  jvo: () => (/* binding */ ZodDiscriminatedUnion),
  DN5: () => (/* binding */ ZodLiteral),
  l1C: () => (/* binding */ ZodNullable),
  bvH: () => (/* binding */ ZodObject),
  IiU: () => (/* binding */ ZodOptional),
  b8S: () => (/* binding */ ZodRecord),
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  gMt: () => (/* binding */ discriminatedUnion),
  k5n: () => (/* binding */ schemas_enum),
  Whr: () => (/* binding */ schemas_int),
  RZV: () => (/* binding */ lazy),
  euz: () => (/* binding */ literal),
  _H3: () => (/* binding */ looseObject),
  aig: () => (/* binding */ schemas_number),
  g1P: () => (/* binding */ record),
  rej: () => (/* binding */ strictObject),
  YjP: () => (/* binding */ schemas_string),
  KCZ: () => (/* binding */ union),
  L5J: () => (/* binding */ unknown)
});

// UNUSED EXPORTS: ZodAny, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODateTime, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNumber, ZodNumberFormat, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, null, nullable, nullish, object, optional, partialRecord, pipe, prefault, preprocess, promise, readonly, refine, set, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, tuple, uint32, uint64, ulid, undefined, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ Symbol("evaluating");
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util_assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util_isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ $constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
});
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...util.normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ $constructor("ZodLazy", (inst, def) => {
    $ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
});
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(60218);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
