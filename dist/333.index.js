export const id = 333;
export const ids = [333];
export const modules = {

/***/ 37333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOpenAiModelClient: () => (/* binding */ createOpenAiModelClient)
});

// EXTERNAL MODULE: ./node_modules/openai/client.mjs + 225 modules
var client = __webpack_require__(50202);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/providers/shared/provider-errors.ts + 1 modules
var provider_errors = __webpack_require__(15768);
// EXTERNAL MODULE: ./src/providers/shared/provider-settings.ts
var provider_settings = __webpack_require__(55503);
// EXTERNAL MODULE: ./src/providers/shared/tool-calls.ts
var tool_calls = __webpack_require__(27586);
// EXTERNAL MODULE: ./src/providers/shared/bounded-fetch.ts
var bounded_fetch = __webpack_require__(63058);
// EXTERNAL MODULE: ./src/providers/shared/parse-wire.ts
var parse_wire = __webpack_require__(77735);
;// CONCATENATED MODULE: ./src/providers/openai/convert-openai-usage.ts
/** OpenAI's prompt tokens already include cached and cache-write tokens, as Usage wants. */
function convertChatUsage(usage) {
    return {
        inputTokens: usage?.prompt_tokens ?? 0,
        outputTokens: usage?.completion_tokens ?? 0,
        cacheReadTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
        cacheWriteTokens: usage?.prompt_tokens_details?.cache_write_tokens ?? 0,
        reasoningTokens: usage?.completion_tokens_details?.reasoning_tokens ?? 0,
    };
}
function convertResponsesUsage(usage) {
    return {
        inputTokens: usage?.input_tokens ?? 0,
        outputTokens: usage?.output_tokens ?? 0,
        cacheReadTokens: usage?.input_tokens_details?.cached_tokens ?? 0,
        cacheWriteTokens: usage?.input_tokens_details?.cache_write_tokens ?? 0,
        reasoningTokens: usage?.output_tokens_details?.reasoning_tokens ?? 0,
    };
}

;// CONCATENATED MODULE: ./src/providers/openai/map-openai-finish-reason.ts
/**
 * Tool calls are decided from the content, never from the finish reason: a
 * named tool_choice gives "stop" with tool calls, and some servers say
 * "tool_calls" with none (llm-apis.md §5.2). Truncation always wins.
 */
function mapChatFinishReason(raw, hasToolCalls, refused) {
    if (raw === 'length')
        return 'length';
    if (raw === 'content_filter')
        return 'content_filter';
    if (refused)
        return 'refusal';
    if (hasToolCalls)
        return 'tool_calls';
    if (raw === 'stop' || raw === 'tool_calls' || raw === 'function_call' || raw === null || raw === undefined)
        return 'stop';
    return 'other';
}
/** Responses has no finish reason: `status` plus `incomplete_details.reason`. */
function mapResponsesFinishReason(status, incompleteReason, hasToolCalls, refused) {
    if (status === 'incomplete') {
        if (incompleteReason === 'max_output_tokens')
            return 'length';
        if (incompleteReason === 'content_filter')
            return 'content_filter';
        return 'other';
    }
    if (refused)
        return 'refusal';
    if (status !== 'completed' && status !== null && status !== undefined)
        return 'other';
    return hasToolCalls ? 'tool_calls' : 'stop';
}
function rawResponsesFinishReason(status, incompleteReason) {
    if (!status)
        return null;
    return status === 'incomplete' && incompleteReason ? `incomplete:${incompleteReason}` : status;
}

;// CONCATENATED MODULE: ./src/providers/openai/from-openai-response.ts



function fromChatCompletion(completion, usedIds) {
    const choice = completion.choices[0];
    const message = choice.message;
    const content = typeof message.content === 'string'
        ? message.content
        : (message.content ?? []).map((part) => part.text ?? '').join('');
    const refusal = message.refusal ?? null;
    const wireCalls = (message.tool_calls ?? []).map((call) => ({
        id: call.id,
        name: call.function.name,
        arguments: call.function.arguments,
    }));
    const truncated = choice.finish_reason === 'length';
    const { toolCalls, replacedIds } = (0,tool_calls/* normaliseToolCalls */.__)(wireCalls, { usedIds, idPrefix: 'call_salvo_', truncated });
    return {
        text: content !== '' ? content : refusal,
        toolCalls,
        usage: convertChatUsage(completion.usage),
        finishReason: mapChatFinishReason(choice.finish_reason, toolCalls.length > 0, refusal !== null && content === ''),
        rawFinishReason: choice.finish_reason ?? null,
        model: completion.model ?? null,
        ...(Object.keys(replacedIds).length > 0 ? { providerState: { replacedIds } } : {}),
    };
}
function fromResponse(response, usedIds) {
    const texts = [];
    let refused = false;
    const wireCalls = [];
    for (const item of response.output) {
        if (item.type === 'function_call')
            wireCalls.push({ id: item.call_id, name: item.name ?? '', arguments: item.arguments });
        if (item.type !== 'message')
            continue;
        for (const part of item.content ?? []) {
            if (part.type === 'output_text' && part.text)
                texts.push(part.text);
            if (part.type === 'refusal' && part.refusal) {
                texts.push(part.refusal);
                refused = true;
            }
        }
    }
    const reason = response.incomplete_details?.reason;
    const truncated = response.status === 'incomplete';
    const { toolCalls, replacedIds } = (0,tool_calls/* normaliseToolCalls */.__)(wireCalls, { usedIds, idPrefix: 'call_salvo_', truncated });
    const state = { api: 'responses', items: response.output };
    if (Object.keys(replacedIds).length > 0)
        state.replacedIds = replacedIds;
    return {
        text: texts.length > 0 ? texts.join('') : null,
        toolCalls,
        usage: convertResponsesUsage(response.usage),
        finishReason: mapResponsesFinishReason(response.status, reason, toolCalls.length > 0, refused),
        rawFinishReason: rawResponsesFinishReason(response.status, reason),
        model: response.model ?? null,
        providerState: state,
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/providers/openai/openai-wire.ts
/**
 * The parts of OpenAI responses salvo reads, as minimal zod schemas. Lenient
 * where OpenAI-compatible servers deviate (missing ids, object arguments,
 * absent usage); strict where nothing sensible could follow.
 */

const count = schemas/* number */.aig()
    .nullish()
    .transform((value) => value ?? 0);
const chatUsageSchema = schemas/* looseObject */._H3({
    prompt_tokens: count,
    completion_tokens: count,
    prompt_tokens_details: schemas/* looseObject */._H3({ cached_tokens: count, cache_write_tokens: count }).nullish(),
    completion_tokens_details: schemas/* looseObject */._H3({ reasoning_tokens: count }).nullish(),
});
const chatToolCallSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP().nullish(),
    type: schemas/* string */.YjP().nullish(),
    function: schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), arguments: schemas/* unknown */.L5J().optional() }),
});
const chatCompletionSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP().nullish(),
    model: schemas/* string */.YjP().nullish(),
    choices: schemas/* array */.YOg(schemas/* looseObject */._H3({
        finish_reason: schemas/* string */.YjP().nullish(),
        message: schemas/* looseObject */._H3({
            content: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* looseObject */._H3({ type: schemas/* string */.YjP(), text: schemas/* string */.YjP().nullish() }))])
                .nullish(),
            refusal: schemas/* string */.YjP().nullish(),
            tool_calls: schemas/* array */.YOg(chatToolCallSchema).nullish(),
        }),
    }))
        .min(1),
    usage: chatUsageSchema.nullish(),
});
const responsesUsageSchema = schemas/* looseObject */._H3({
    input_tokens: count,
    output_tokens: count,
    input_tokens_details: schemas/* looseObject */._H3({ cached_tokens: count, cache_write_tokens: count }).nullish(),
    output_tokens_details: schemas/* looseObject */._H3({ reasoning_tokens: count }).nullish(),
});
const responseItemSchema = schemas/* looseObject */._H3({
    type: schemas/* string */.YjP(),
    role: schemas/* string */.YjP().nullish(),
    call_id: schemas/* string */.YjP().nullish(),
    name: schemas/* string */.YjP().nullish(),
    arguments: schemas/* unknown */.L5J().optional(),
    content: schemas/* array */.YOg(schemas/* looseObject */._H3({ type: schemas/* string */.YjP(), text: schemas/* string */.YjP().nullish(), refusal: schemas/* string */.YjP().nullish() }))
        .nullish(),
});
const responseSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP().nullish(),
    model: schemas/* string */.YjP().nullish(),
    status: schemas/* string */.YjP().nullish(),
    incomplete_details: schemas/* looseObject */._H3({ reason: schemas/* string */.YjP().nullish() }).nullish(),
    output: schemas/* array */.YOg(responseItemSchema),
    usage: responsesUsageSchema.nullish(),
});

;// CONCATENATED MODULE: ./src/providers/openai/to-openai-messages.ts

function toolMessageText(message) {
    // Chat Completions and Responses have no error flag for tool results: say it in the text.
    return (0,tool_calls/* toolResultText */.Fu)(message.isError ? `Error: ${message.content}` : message.content);
}
function toChatMessages(system, messages) {
    const wire = system ? [{ role: 'system', content: system }] : [];
    for (const message of messages) {
        if (message.role === 'user')
            wire.push({ role: 'user', content: message.content });
        else if (message.role === 'tool')
            wire.push({ role: 'tool', tool_call_id: message.toolCallId, content: toolMessageText(message) });
        else
            wire.push(toChatAssistantMessage(message.content, message.toolCalls));
    }
    return wire;
}
function toChatAssistantMessage(content, toolCalls) {
    if (toolCalls.length === 0)
        return { role: 'assistant', content: content ?? '' };
    return {
        role: 'assistant',
        content: content === '' ? null : content,
        tool_calls: toolCalls.map((call) => ({
            id: call.id,
            type: 'function',
            function: { name: call.name, arguments: (0,tool_calls/* argumentsText */.MZ)(call) },
        })),
    };
}
function toChatTools(tools) {
    return tools.map((tool) => ({
        type: 'function',
        function: { name: tool.name, description: tool.description, parameters: tool.parameters },
    }));
}
function isResponsesState(value) {
    return (typeof value === 'object' &&
        value !== null &&
        value.api === 'responses' &&
        Array.isArray(value.items));
}
function toResponsesInput(messages) {
    const items = [];
    for (const message of messages) {
        if (message.role === 'user')
            items.push({ role: 'user', content: message.content });
        else if (message.role === 'tool')
            items.push({ type: 'function_call_output', call_id: message.toolCallId, output: toolMessageText(message) });
        else if (isResponsesState(message.providerState))
            items.push(...replayItems(message.providerState.items, message.toolCalls));
        else
            items.push(...buildAssistantItems(message.content, message.toolCalls));
    }
    return items;
}
/**
 * Reasoning items must come back with the calls they preceded (llm-apis.md
 * §5.6), so the items are replayed as received; only each function_call's
 * call_id is set to the normalised id its result will carry.
 */
function replayItems(received, toolCalls) {
    let callIndex = 0;
    return received.map((item) => {
        if (item.type !== 'function_call')
            return item;
        const call = toolCalls[callIndex++];
        if (!call)
            return item;
        return { ...item, call_id: call.id, arguments: (0,tool_calls/* argumentsText */.MZ)(call) };
    });
}
function buildAssistantItems(content, toolCalls) {
    const items = content ? [{ role: 'assistant', content }] : [];
    for (const call of toolCalls)
        items.push({ type: 'function_call', call_id: call.id, name: call.name, arguments: (0,tool_calls/* argumentsText */.MZ)(call) });
    return items;
}
function toResponsesTools(tools) {
    // Responses functions are strict by default; scenario schemas are not written for strict mode.
    return tools.map((tool) => ({
        type: 'function',
        name: tool.name,
        description: tool.description,
        parameters: tool.parameters,
        strict: false,
    }));
}

// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(83712);
;// CONCATENATED MODULE: ./src/providers/openai/openai-model-client.ts
/**
 * ModelClient on the official `openai` SDK: Chat Completions by default (what
 * every OpenAI-compatible server speaks) and the Responses API when
 * `settings.api === 'responses'` (current OpenAI models need it for tools
 * with reasoning). Requests go through Node's fetch; the SDK's retries are
 * off: the rate-limit layer retries (src/providers/shared/rate-limit/).
 */











const OPENAI_BASE_URL = 'https://api.openai.com/v1';
function createOpenAiModelClient(settings) {
    return new OpenAiModelClient(settings);
}
class OpenAiModelClient {
    provider = 'openai';
    #sdk;
    #settings;
    #label;
    /** Only OpenAI itself is sent `prompt_cache_key`: a compatible server may refuse a field it does not know. */
    #sendsCacheKey;
    constructor(settings) {
        this.#settings = settings;
        const baseURL = settings.baseUrl ?? OPENAI_BASE_URL;
        this.#sendsCacheKey = new URL(baseURL).hostname === 'api.openai.com';
        this.#label = this.#sendsCacheKey ? 'OpenAI' : `the OpenAI-compatible server at ${(0,safe_text/* withoutCredentials */.ri)(baseURL)}`;
        // Every option is explicit so the SDK reads nothing from the environment.
        this.#sdk = new client/* OpenAI */.z({
            apiKey: settings.apiKey,
            baseURL,
            organization: null,
            project: null,
            timeout: settings.timeoutMs ?? provider_settings/* DEFAULT_TIMEOUT_MS */.t1,
            maxRetries: 0, // the rate-limit layer retries (src/providers/shared/rate-limit/)
            fetch: (0,bounded_fetch/* boundedFetch */.A)(settings.fetch),
        });
    }
    async complete(request) {
        const started = performance.now();
        const options = { signal: request.signal };
        const usedIds = (0,tool_calls/* toolCallIdsIn */.KE)(request.messages);
        try {
            const { parsed, raw, requestId, warnings } = request.settings.api === 'responses'
                ? await this.#respond(request, options, usedIds)
                : await this.#chat(request, options, usedIds);
            return {
                ...parsed,
                model: parsed.model ?? request.settings.model,
                requestId,
                latencyMs: Math.round(performance.now() - started),
                retries: 0,
                raw,
                ...(warnings.length > 0 ? { warnings } : {}),
            };
        }
        catch (error) {
            throw this.#toError(error, request);
        }
    }
    async #chat(request, options, usedIds) {
        const { settings } = request;
        const body = {
            ...settings.extras,
            model: settings.model,
            messages: toChatMessages(request.system, request.messages),
            ...(request.tools.length > 0 ? { tools: toChatTools(request.tools) } : {}),
            ...(request.forceTool ? { tool_choice: { type: 'function', function: { name: request.forceTool } } } : {}),
            ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
            ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
            ...(settings.maxTokens !== undefined ? { max_completion_tokens: settings.maxTokens } : {}),
            ...(this.#sendsCacheKey ? promptCacheKey(request) : {}),
        };
        const params = body;
        const { data, request_id } = await this.#sdk.chat.completions.create(params, options).withResponse();
        const completion = (0,parse_wire/* parseWire */.n)(chatCompletionSchema, data, this.provider, this.#label);
        return {
            parsed: fromChatCompletion(completion, usedIds),
            raw: data,
            requestId: request_id,
            warnings: [],
        };
    }
    async #respond(request, options, usedIds) {
        const { settings } = request;
        const warnings = settings.seed !== undefined ? ['seed is not sent: the Responses API has no seed parameter'] : [];
        const body = {
            ...settings.extras,
            model: settings.model,
            input: toResponsesInput(request.messages),
            ...(request.system ? { instructions: request.system } : {}),
            ...(request.tools.length > 0 ? { tools: toResponsesTools(request.tools) } : {}),
            ...(request.forceTool ? { tool_choice: { type: 'function', name: request.forceTool } } : {}),
            ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
            ...(settings.maxTokens !== undefined ? { max_output_tokens: settings.maxTokens } : {}),
            ...(this.#sendsCacheKey ? promptCacheKey(request) : {}),
        };
        const params = body;
        const { data, request_id } = await this.#sdk.responses.create(params, options).withResponse();
        const response = (0,parse_wire/* parseWire */.n)(responseSchema, data, this.provider, this.#label);
        return { parsed: fromResponse(response, usedIds), raw: data, requestId: request_id, warnings };
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
/**
 * OpenAI caches long prefixes by itself; the key routes a scenario's requests to the same cache. The prefix is already
 * stable: system first, then the tools in the scenario's order, then the conversation, never reordered between calls.
 */
function promptCacheKey(request) {
    return request.cache ? { prompt_cache_key: request.cache.key } : {};
}
function toFailure(error) {
    if (error instanceof client/* OpenAI */.z.APIConnectionTimeoutError)
        return { kind: 'timeout', message: error.message };
    if (error instanceof client/* OpenAI */.z.APIConnectionError)
        return (0,provider_errors/* connectionFailure */.D)(error);
    if (error instanceof client/* OpenAI */.z.APIError) {
        const body = error.error;
        return {
            kind: 'http',
            status: error.status,
            message: typeof body?.message === 'string' ? body.message : error.message,
            type: error.type ?? null,
            code: error.code ?? null,
            param: error.param ?? null,
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
