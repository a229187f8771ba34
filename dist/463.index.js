export const id = 463;
export const ids = [463];
export const modules = {

/***/ 20463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ANTHROPIC_MAX_TOKENS: () => (/* binding */ DEFAULT_ANTHROPIC_MAX_TOKENS),
  createAnthropicModelClient: () => (/* binding */ createAnthropicModelClient)
});

// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/client.mjs + 229 modules
var client = __webpack_require__(6152);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/providers/shared/provider-errors.ts + 1 modules
var provider_errors = __webpack_require__(15768);
// EXTERNAL MODULE: ./src/providers/shared/provider-settings.ts
var provider_settings = __webpack_require__(55503);
// EXTERNAL MODULE: ./src/providers/shared/bounded-fetch.ts
var bounded_fetch = __webpack_require__(63058);
// EXTERNAL MODULE: ./src/providers/shared/parse-wire.ts
var parse_wire = __webpack_require__(77735);
// EXTERNAL MODULE: ./src/providers/shared/tool-calls.ts
var tool_calls = __webpack_require__(27586);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/providers/anthropic/anthropic-wire.ts
/** The parts of an Anthropic Messages response salvo reads, as minimal zod schemas. */

const count = schemas/* number */.aig()
    .nullish()
    .transform((value) => value ?? 0);
const anthropicUsageSchema = schemas/* looseObject */._H3({
    input_tokens: count,
    output_tokens: count,
    cache_creation_input_tokens: count,
    cache_read_input_tokens: count,
    cache_creation: schemas/* looseObject */._H3({ ephemeral_1h_input_tokens: count }).nullish(),
    output_tokens_details: schemas/* looseObject */._H3({ thinking_tokens: count }).nullish(),
});
const anthropicBlockSchema = schemas/* looseObject */._H3({
    type: schemas/* string */.YjP(),
    text: schemas/* string */.YjP().nullish(),
    id: schemas/* string */.YjP().nullish(),
    name: schemas/* string */.YjP().nullish(),
    input: schemas/* unknown */.L5J().optional(),
});
const anthropicMessageSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP().nullish(),
    model: schemas/* string */.YjP().nullish(),
    // A Messages response says so; a server that omits the field is given the benefit of the doubt.
    type: schemas/* literal */.euz('message').optional(),
    // Required: without it the reply is no Messages response (`{"foo":1}`, an OpenAI-shaped body) and must not
    // read as an empty answer that blames the model. Empty content (`[]` with end_turn) is legal after
    // side-effect-only tools.
    content: schemas/* array */.YOg(anthropicBlockSchema),
    stop_reason: schemas/* string */.YjP().nullish(),
    usage: anthropicUsageSchema.nullish(),
});

;// CONCATENATED MODULE: ./src/providers/anthropic/convert-anthropic-usage.ts
/**
 * Anthropic's `input_tokens` excludes cache reads and writes; Usage counts
 * every prompt token, so they are added back (llm-apis.md §5.11).
 */
function convertAnthropicUsage(usage) {
    const cacheRead = usage?.cache_read_input_tokens ?? 0;
    const cacheWrite = usage?.cache_creation_input_tokens ?? 0;
    return {
        inputTokens: (usage?.input_tokens ?? 0) + cacheRead + cacheWrite,
        outputTokens: usage?.output_tokens ?? 0,
        cacheReadTokens: cacheRead,
        cacheWriteTokens: cacheWrite,
        // The 1-hour share of the writes is priced apart; salvo itself only writes the 5-minute cache.
        ...(usage?.cache_creation?.ephemeral_1h_input_tokens
            ? { cacheWriteLongTokens: usage.cache_creation.ephemeral_1h_input_tokens }
            : {}),
        reasoningTokens: usage?.output_tokens_details?.thinking_tokens ?? 0,
    };
}

// EXTERNAL MODULE: ./src/core/cost/index.ts + 3 modules
var cost = __webpack_require__(53647);
;// CONCATENATED MODULE: ./src/providers/anthropic/anthropic-cache.ts

/** The 5-minute cache (the API's default TTL): writes at 1.25x input, enough for the trials of a run. */
const BREAKPOINT = { type: 'ephemeral' };
/** Blocks the API searches back from a breakpoint is about 20; a margin keeps salvo clear of the edge. */
const LOOKBACK_BLOCKS = 18;
/** Blocks the API refuses a cache_control on. */
const UNMARKABLE = new Set(['thinking', 'redacted_thinking']);
/** Returns the body with breakpoints placed (a copy where marked; the conversation's own blocks are never mutated). */
function withCacheBreakpoints(body, request) {
    const hint = request.cache;
    if (!hint)
        return body;
    const model = request.settings.model;
    let budget = cost/* MAX_ANTHROPIC_BREAKPOINTS */.$N - (body.cache_control === undefined ? 0 : 1);
    const prefixTokens = (0,cost/* estimateTokens */.bP)(JSON.stringify(body.tools ?? [])) + (0,cost/* estimateTokens */.bP)(systemText(body.system));
    const marked = { ...body };
    if (hint.prefixReused && budget > 0 && (0,cost/* isLongEnoughToCache */.Sy)('anthropic', model, prefixTokens)) {
        if (markPrefix(marked))
            budget -= 1;
    }
    const promptTokens = prefixTokens + (0,cost/* estimateTokens */.bP)(JSON.stringify(body.messages));
    if (!hint.conversationReused || budget === 0 || !(0,cost/* isLongEnoughToCache */.Sy)('anthropic', model, promptTokens))
        return marked;
    const messages = [...body.messages];
    const lastIndex = messages.length - 1;
    if (markLastBlock(messages, lastIndex))
        budget -= 1;
    // The previous call ended three messages back (its last user message, then the reply and the tool results).
    const previousEnd = lastIndex - 2;
    const blocksSince = messages.slice(previousEnd + 1).reduce((sum, message) => sum + message.content.length, 0);
    if (budget > 0 && previousEnd >= 0 && blocksSince > LOOKBACK_BLOCKS)
        markLastBlock(messages, previousEnd);
    return { ...marked, messages };
}
function systemText(system) {
    if (typeof system === 'string')
        return system;
    return (system ?? []).map((block) => String(block.text ?? '')).join('');
}
/** The system prompt as one text block carrying the breakpoint; without one, the last tool carries it. */
function markPrefix(body) {
    if (typeof body.system === 'string' && body.system !== '') {
        body.system = [{ type: 'text', text: body.system, cache_control: BREAKPOINT }];
        return true;
    }
    const tools = body.tools ?? [];
    const last = tools.at(-1);
    if (!last)
        return false;
    body.tools = [...tools.slice(0, -1), { ...last, cache_control: BREAKPOINT }];
    return true;
}
function markLastBlock(messages, index) {
    const message = messages[index];
    if (!message)
        return false;
    const position = message.content.findLastIndex((block) => !UNMARKABLE.has(String(block.type)));
    if (position === -1)
        return false;
    const content = [...message.content];
    content[position] = { ...content[position], cache_control: BREAKPOINT };
    messages[index] = { ...message, content };
    return true;
}

;// CONCATENATED MODULE: ./src/providers/anthropic/map-anthropic-stop-reason.ts
/** Tool calls come from the content: `tool_use` with no tool_use block is a plain stop (llm-apis.md §5.2). */
function mapAnthropicStopReason(raw, hasToolCalls) {
    switch (raw) {
        case 'max_tokens':
        case 'model_context_window_exceeded':
            return 'length';
        case 'refusal':
            return 'refusal';
        case 'pause_turn':
            return 'other';
        default:
            return hasToolCalls
                ? 'tool_calls'
                : raw === 'end_turn' || raw === 'stop_sequence' || raw === 'tool_use' || !raw
                    ? 'stop'
                    : 'other';
    }
}
const isTruncatedStop = (raw) => raw === 'max_tokens' || raw === 'model_context_window_exceeded';

;// CONCATENATED MODULE: ./src/providers/anthropic/to-anthropic-messages.ts

function isAnthropicState(value) {
    return (typeof value === 'object' &&
        value !== null &&
        value.api === 'messages' &&
        Array.isArray(value.content));
}
const hasText = (text) => typeof text === 'string' && text.trim() !== '';
function toAnthropicMessages(messages) {
    const wire = [];
    // Consecutive blocks of one role go into one message: tool results first, then any user text.
    const append = (role, blocks) => {
        if (blocks.length === 0)
            return;
        const last = wire.at(-1);
        if (last?.role === role)
            last.content.push(...blocks);
        else
            wire.push({ role, content: blocks });
    };
    for (const message of messages) {
        if (message.role === 'user')
            append('user', hasText(message.content) ? [{ type: 'text', text: message.content }] : []);
        else if (message.role === 'tool') {
            append('user', [
                {
                    type: 'tool_result',
                    tool_use_id: message.toolCallId,
                    content: (0,tool_calls/* toolResultText */.Fu)(message.content),
                    ...(message.isError ? { is_error: true } : {}),
                },
            ]);
        }
        else
            append('assistant', assistantBlocks(message.content, message.toolCalls, message.providerState));
    }
    return wire;
}
function assistantBlocks(content, toolCalls, state) {
    if (isAnthropicState(state))
        return replayBlocks(state.content, toolCalls);
    const blocks = hasText(content) ? [{ type: 'text', text: content }] : [];
    for (const call of toolCalls)
        blocks.push(toolUseBlock(call));
    return blocks;
}
/**
 * Replays the blocks as received (thinking included); tool_use ids become the normalised ones, empty text is dropped.
 */
function replayBlocks(received, toolCalls) {
    let callIndex = 0;
    const blocks = [];
    for (const block of received) {
        if (block.type === 'text' && !hasText(block.text))
            continue;
        if (block.type === 'tool_use') {
            const call = toolCalls[callIndex++];
            blocks.push(call ? { ...block, id: call.id, input: call.arguments ?? {} } : block);
        }
        else
            blocks.push(block);
    }
    return blocks;
}
function toolUseBlock(call) {
    return { type: 'tool_use', id: call.id, name: call.name, input: call.arguments ?? {} };
}
function toAnthropicTools(tools) {
    return tools.map((tool) => ({ name: tool.name, description: tool.description, input_schema: tool.parameters }));
}

// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(83712);
;// CONCATENATED MODULE: ./src/providers/anthropic/anthropic-model-client.ts
/**
 * ModelClient on the official `@anthropic-ai/sdk` (Messages API, version
 * 2026-10-21), on the SDK's own fetch (Node's). The SDK's retries are off:
 * the rate-limit layer retries (src/providers/shared/rate-limit/).
 */













const ANTHROPIC_BASE_URL = 'https://api.anthropic.com';
/**
 * max_tokens is required; this is the default when the scenario sets none (well under the SDK's non-streaming limit).
 */
const DEFAULT_ANTHROPIC_MAX_TOKENS = 4096;
function createAnthropicModelClient(settings) {
    return new AnthropicModelClient(settings);
}
class AnthropicModelClient {
    provider = 'anthropic';
    #sdk;
    #settings;
    #label;
    constructor(settings) {
        this.#settings = settings;
        const baseURL = settings.baseUrl ?? ANTHROPIC_BASE_URL;
        this.#label =
            new URL(baseURL).hostname === 'api.anthropic.com'
                ? 'Anthropic'
                : `the Anthropic-compatible server at ${(0,safe_text/* withoutCredentials */.ri)(baseURL)}`;
        // An explicit key keeps the SDK from reading ANTHROPIC_* variables or running its credential chain.
        this.#sdk = new client/* Anthropic */.N({
            apiKey: settings.apiKey,
            baseURL,
            webhookKey: null,
            timeout: settings.timeoutMs ?? provider_settings/* DEFAULT_TIMEOUT_MS */.t1,
            maxRetries: 0, // the rate-limit layer retries (src/providers/shared/rate-limit/)
            fetch: (0,bounded_fetch/* boundedFetch */.A)(settings.fetch),
        });
    }
    async complete(request) {
        const started = performance.now();
        const { body, warnings } = buildBody(request);
        try {
            const params = body;
            const { data, request_id } = await this.#sdk.messages.create(params, { signal: request.signal }).withResponse();
            const message = (0,parse_wire/* parseWire */.n)(anthropicMessageSchema, data, this.provider, this.#label);
            return {
                ...fromMessage(message, (0,tool_calls/* toolCallIdsIn */.KE)(request.messages)),
                model: message.model ?? request.settings.model,
                requestId: request_id ?? null,
                latencyMs: Math.round(performance.now() - started),
                retries: 0,
                raw: data,
                ...(warnings.length > 0 ? { warnings } : {}),
            };
        }
        catch (error) {
            throw this.#toError(error, request);
        }
    }
    #toError(error, request) {
        if (error instanceof errors/* ProviderError */.mZ)
            return error;
        if (request.signal?.aborted)
            return request.signal.reason ?? error;
        const context = {
            providerLabel: this.#label,
            provider: this.provider,
            model: request.settings.model,
            keySource: this.#settings.keySource,
            apiKey: this.#settings.apiKey,
            timeoutMs: this.#settings.timeoutMs ?? provider_settings/* DEFAULT_TIMEOUT_MS */.t1,
        };
        return (0,provider_errors/* toProviderError */.l)(toFailure(error), context, error);
    }
}
function buildBody(request) {
    const { settings } = request;
    const warnings = [];
    // API version 2026-10-21 answers any sampling parameter with a 400, even at its default.
    if (settings.temperature !== undefined)
        warnings.push('temperature is not sent: Anthropic API version 2026-10-21 removed sampling parameters');
    if (settings.seed !== undefined)
        warnings.push('seed is not sent: the Anthropic Messages API has no seed parameter');
    const body = {
        ...settings.extras,
        model: settings.model,
        max_tokens: settings.maxTokens ?? DEFAULT_ANTHROPIC_MAX_TOKENS,
        ...(request.system?.trim() ? { system: request.system } : {}),
        messages: toAnthropicMessages(request.messages),
        ...(request.tools.length > 0 ? { tools: toAnthropicTools(request.tools) } : {}),
        ...(request.forceTool ? { tool_choice: { type: 'tool', name: request.forceTool } } : {}),
    };
    return { body: withCacheBreakpoints(body, request), warnings };
}
function fromMessage(message, usedIds) {
    const texts = message.content
        .filter((block) => block.type === 'text' && block.text)
        .map((block) => block.text);
    const wireCalls = message.content
        .filter((block) => block.type === 'tool_use')
        .map((block) => ({ id: block.id, name: block.name ?? '', arguments: block.input }));
    const { toolCalls } = (0,tool_calls/* normaliseToolCalls */.__)(wireCalls, {
        usedIds,
        idPrefix: 'toolu_salvo_',
        truncated: isTruncatedStop(message.stop_reason),
    });
    const keepsThinking = message.content.some((block) => block.type === 'thinking' || block.type === 'redacted_thinking');
    const state = keepsThinking ? { api: 'messages', content: message.content } : undefined;
    return {
        text: texts.length > 0 ? texts.join('') : null,
        toolCalls,
        usage: convertAnthropicUsage(message.usage),
        finishReason: mapAnthropicStopReason(message.stop_reason, toolCalls.length > 0),
        rawFinishReason: message.stop_reason ?? null,
        ...(state ? { providerState: state } : {}),
    };
}
function toFailure(error) {
    if (error instanceof client/* Anthropic */.N.APIConnectionTimeoutError)
        return { kind: 'timeout', message: error.message };
    if (error instanceof client/* Anthropic */.N.APIConnectionError)
        return (0,provider_errors/* connectionFailure */.D)(error);
    if (error instanceof client/* Anthropic */.N.APIError) {
        return {
            kind: 'http',
            status: error.status,
            message: error.apiMessage ?? error.message,
            type: error.type ?? null,
            code: error.errorCode ?? null,
            requestId: error.requestID ?? null,
            headers: error.headers ?? null,
        };
    }
    return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}


/***/ }),

/***/ 63058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ boundedFetch),
/* harmony export */   AJ: () => (/* binding */ ReplyTooLargeError)
/* harmony export */ });
/* unused harmony export MAX_REPLY_BYTES */
/**
 * Node's fetch with a cap on how many bytes of a reply body may be read.
 * fetch decompresses as it reads, so the count is of decompressed bytes: a
 * 1.2 MB gzip reply that inflates without end took the process to 5 GB
 * before; now reading stops at the cap with an error the provider adapter
 * reports. Given to each SDK as its `fetch` option; nothing global changes.
 */
/** Far above any chat reply (a full 128k-token answer is well under 2 MB), far below harm. */
const MAX_REPLY_BYTES = 32 * 1024 * 1024;
class ReplyTooLargeError extends Error {
    name = 'ReplyTooLargeError';
}
function boundedFetch(send = fetch, maxBytes = MAX_REPLY_BYTES) {
    return async (input, init) => {
        const response = await send(input, init);
        if (response.body === null || boundedByFraming(response, maxBytes))
            return response;
        const body = await readAtMost(response.body, maxBytes);
        // The body is already decompressed: drop the headers that describe the compressed one.
        const headers = new Headers(response.headers);
        headers.delete('content-encoding');
        headers.delete('content-length');
        return new Response(body, { status: response.status, statusText: response.statusText, headers });
    };
}
/**
 * An uncompressed reply that declares its length cannot be longer: HTTP/1.1 framing ends the body there (undici fails a
 * body that differs). Such a reply needs no counting, which saves a copy of every reply on the common path.
 */
function boundedByFraming(response, maxBytes) {
    const encoding = response.headers.get('content-encoding');
    if (encoding !== null && encoding.trim().toLowerCase() !== 'identity')
        return false;
    const declared = response.headers.get('content-length');
    if (declared === null || !/^\d+$/.test(declared.trim()))
        return false;
    return Number(declared) <= maxBytes;
}
/**
 * Reads the whole body (salvo never streams replies), stopping at the cap. A plain reader loop: the SDKs parse the
 * reply only once it is complete, so a TransformStream in between only added a stream and a promise per chunk.
 */
async function readAtMost(body, maxBytes) {
    const reader = body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        received += value.byteLength;
        if (received > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new ReplyTooLargeError(`the reply is larger than ${maxBytes / 1024 / 1024} MB (after decompression); salvo stopped reading it`);
        }
        chunks.push(value);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}


/***/ }),

/***/ 77735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ parseWire)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** Validates the fields salvo reads; a server answering something else is named, not crashed on. */
function parseWire(schema, data, provider, label) {
    const result = schema.safeParse(data);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const where = issue ? `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}` : 'unknown shape';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ(provider, `${label} sent a response salvo cannot read (${where})`, {
        retryable: false,
        code: 'E_PROVIDER_RESPONSE',
    });
}


/***/ }),

/***/ 15768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ connectionFailure),
  l: () => (/* binding */ toProviderError)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/redaction/limits.ts
var limits = __webpack_require__(62849);
// EXTERNAL MODULE: ./src/providers/shared/bounded-fetch.ts
var bounded_fetch = __webpack_require__(63058);
;// CONCATENATED MODULE: ./src/providers/shared/rate-limit/retry-after.ts
/**
 * Milliseconds to wait, or undefined when the response says nothing usable. `nowMs` is the wall clock (Date.now()) for
 * HTTP dates.
 */
function retryAfterMs(headers, nowMs) {
    if (!headers || typeof headers.get !== 'function')
        return undefined;
    const milliseconds = readNumber(headers.get('retry-after-ms'));
    if (milliseconds !== undefined)
        return milliseconds;
    const value = headers.get('retry-after')?.trim();
    if (!value)
        return undefined;
    const seconds = readNumber(value);
    if (seconds !== undefined)
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isFinite(date) ? Math.max(0, date - nowMs) : undefined;
}
function readNumber(value) {
    if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value))
        return undefined;
    const number = Number.parseFloat(value);
    return Number.isFinite(number) ? number : undefined;
}

;// CONCATENATED MODULE: ./src/providers/shared/provider-errors.ts
/**
 * One place that turns a failed provider call into a ProviderError a user can
 * act on: HTTP status, retryable or not, the provider's request id, and a
 * message that names what to fix. Each provider extracts a ProviderFailure
 * from its SDK's error classes; the wording lives here.
 */




/**
 * What an SDK's connection error (no HTTP answer to read) was, from its cause. A reply too long to read
 * (bounded-fetch.ts) is the server's fault, not the network's: not retried, not "could not reach".
 */
function connectionFailure(error) {
    if (error.cause instanceof bounded_fetch/* ReplyTooLargeError */.AJ)
        return { kind: 'other', message: error.cause.message };
    return { kind: 'connection', message: error.cause instanceof Error ? error.cause.message : error.message };
}
function toProviderError(failure, context, cause) {
    const { message, code, retryable, hint } = describe(failure, context);
    const requestId = failure.requestId ?? undefined;
    // Cut after the key is scrubbed (a cut key could no longer be found), before the message travels anywhere.
    return new errors/* ProviderError */.mZ(context.provider, (0,limits/* truncateText */.EJ)(scrubKey(message, context.apiKey), limits/* ERROR_MESSAGE_LIMIT */.l), {
        status: failure.status,
        retryable,
        requestId,
        code,
        hint: hint === undefined ? undefined : scrubKey(hint, context.apiKey),
        cause,
        throttled: retryable && isThrottle(failure),
        retryAfterMs: retryAfterMs(failure.headers, Date.now()),
    });
}
/**
 * A rate limit or an overload that waiting cures (429, Anthropic 529 / overloaded_error). OpenAI's 429 "Request too
 * large ... tokens per min" is a request bigger than the per-minute budget: waiting never makes it fit.
 */
function isThrottle(failure) {
    const limited = failure.status === 429 || failure.status === 529 || failure.type === 'overloaded_error';
    return limited && !/request too large/i.test(failure.message);
}
const TIMEOUT_HINT = 'raise request_timeout_seconds in salvo.yaml ' +
    '(--request-timeout-seconds, action input request-timeout-seconds), or lower max_tokens';
function describe(failure, context) {
    const who = context.providerLabel;
    const quoted = `${failure.message}${failure.param ? ` (param: ${failure.param})` : ''}`;
    if (failure.kind === 'timeout') {
        return {
            code: 'E_PROVIDER_TIMEOUT',
            retryable: true,
            message: `${who} did not answer within ${context.timeoutMs} ms`,
            hint: TIMEOUT_HINT,
        };
    }
    if (failure.kind === 'connection') {
        return {
            code: 'E_PROVIDER_CONNECTION',
            retryable: true,
            message: `could not reach ${who}: ${failure.message}`,
            hint: 'check the base URL and the network',
        };
    }
    const status = failure.status;
    if (status === undefined)
        return { code: 'E_PROVIDER', retryable: false, message: `${who} request failed: ${failure.message}` };
    if (status === 401) {
        // The provider's text may echo part of the key, so it is not quoted.
        return {
            code: 'E_PROVIDER_AUTH',
            retryable: false,
            message: `${who} rejected the API key (HTTP 401)`,
            hint: `check the key in ${context.keySource}`,
        };
    }
    if (status === 403) {
        return {
            code: 'E_PROVIDER_FORBIDDEN',
            retryable: false,
            message: `${who} refused the request (HTTP 403): ${quoted}`,
            hint: `check the permissions of the key in ${context.keySource}`,
        };
    }
    if (status === 404) {
        return {
            code: 'E_PROVIDER_MODEL_NOT_FOUND',
            retryable: false,
            message: `${who} does not know model '${context.model}' (HTTP 404): ${quoted}`,
            hint: 'check `model` in the scenario: the id may be misspelt, retired, or not available to this key',
        };
    }
    if (status === 429 && (failure.code === 'insufficient_quota' || failure.type === 'insufficient_quota')) {
        return {
            code: 'E_PROVIDER_QUOTA',
            retryable: false,
            message: `${who} says the account has no quota left (HTTP 429 insufficient_quota): ${quoted}`,
            hint: 'add credit or raise the spending limit of the account',
        };
    }
    if (status === 429)
        return {
            code: 'E_PROVIDER_RATE_LIMIT',
            retryable: true,
            message: `${who} rate-limited the request (HTTP 429): ${quoted}`,
            hint: 'lower the concurrency or try again later',
        };
    if (status >= 500 || status === 408 || status === 409) {
        return {
            code: 'E_PROVIDER_UNAVAILABLE',
            retryable: true,
            message: `${who} failed (HTTP ${status}): ${quoted}`,
            hint: 'the provider is overloaded or down; try again later',
        };
    }
    // Current OpenAI reasoning models refuse tools on Chat Completions and say so (llm-apis.md §1.2).
    const needsResponsesApi = /\/v1\/responses/.test(failure.message);
    return {
        code: 'E_PROVIDER_BAD_REQUEST',
        retryable: false,
        message: `${who} rejected the request (HTTP ${status}): ${quoted}`,
        hint: needsResponsesApi
            ? 'this model needs the Responses API for tools: set `api: responses` in the scenario'
            : 'a parameter the model does not accept ' +
                '(check `extras`, `temperature`, `max_tokens`) or a conversation the API refuses',
    };
}
/** Belt and braces: whatever the provider echoes, the key never reaches a message. */
function scrubKey(text, apiKey) {
    if (!apiKey || apiKey.length < 4)
        return text;
    return text.split(apiKey).join('[redacted]');
}


/***/ }),

/***/ 27586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ toolResultText),
/* harmony export */   KE: () => (/* binding */ toolCallIdsIn),
/* harmony export */   MZ: () => (/* binding */ argumentsText),
/* harmony export */   __: () => (/* binding */ normaliseToolCalls)
/* harmony export */ });
/* unused harmony export parseArguments */
const SAFE_ID = /^[a-zA-Z0-9_-]{1,64}$/;
/** Every tool-call id already used in the conversation, so a new turn never repeats one. */
function toolCallIdsIn(messages) {
    const ids = new Set();
    for (const message of messages) {
        if (message.role === 'assistant')
            for (const call of message.toolCalls)
                ids.add(call.id);
    }
    return ids;
}
/**
 * Turns the provider's calls into ToolCalls. A truncated turn (the output hit
 * its token limit) marks every call unusable, so no tool runs from it.
 */
function normaliseToolCalls(calls, options) {
    const used = new Set(options.usedIds);
    const replacedIds = {};
    const toolCalls = calls.map((call, index) => {
        const id = uniqueId(call.id, used, `${options.idPrefix}${used.size + 1}_${index + 1}`);
        if (call.id && id !== call.id)
            replacedIds[id] = call.id;
        return { id, name: call.name, ...parseArguments(call.arguments, options.truncated) };
    });
    return { toolCalls, replacedIds };
}
function uniqueId(original, used, fallback) {
    let candidate = original && SAFE_ID.test(original) ? original : fallback;
    if (original && !SAFE_ID.test(original))
        candidate = original.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 56) || fallback;
    let suffix = 2;
    const base = candidate;
    while (used.has(candidate))
        candidate = `${base}_${suffix++}`;
    used.add(candidate);
    return candidate;
}
const TRUNCATED = 'the turn was cut off at the output token limit, so these arguments may be incomplete; the tool was not run';
function parseArguments(value, truncated) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const parsed = value;
        return truncated ? { arguments: parsed, argumentsError: TRUNCATED } : { arguments: parsed };
    }
    // Some servers send "" (or nothing) for a tool without parameters.
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        return truncated ? { arguments: {}, argumentsError: TRUNCATED } : { arguments: {} };
    }
    const raw = typeof value === 'string' ? value : JSON.stringify(value);
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch (error) {
        const why = truncated ? TRUNCATED : `the arguments are not valid JSON (${error.message})`;
        return { arguments: null, rawArguments: raw, argumentsError: why };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return { arguments: null, rawArguments: raw, argumentsError: 'the arguments are valid JSON but not an object' };
    }
    const object = parsed;
    return truncated ? { arguments: object, rawArguments: raw, argumentsError: TRUNCATED } : { arguments: object };
}
/** The argument text to send back in history: exactly what the model produced when we kept it. */
function argumentsText(call) {
    return call.rawArguments ?? JSON.stringify(call.arguments ?? {});
}
/** Some models stall on an empty tool result (llm-apis.md §5.5). */
function toolResultText(content) {
    return content.trim() === '' ? '(no output)' : content;
}


/***/ })

};
