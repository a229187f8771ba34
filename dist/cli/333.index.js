export const id = 333;
export const ids = [333];
export const modules = {

/***/ 7333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOpenAiModelClient: () => (/* binding */ createOpenAiModelClient)
});

// EXTERNAL MODULE: ./node_modules/openai/client.mjs + 225 modules
var client = __webpack_require__(202);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/providers/shared/provider-fetch.ts + 1 modules
var provider_fetch = __webpack_require__(4284);
// EXTERNAL MODULE: ./src/providers/shared/provider-errors.ts
var provider_errors = __webpack_require__(7329);
// EXTERNAL MODULE: ./src/providers/shared/provider-settings.ts
var provider_settings = __webpack_require__(5503);
// EXTERNAL MODULE: ./src/providers/shared/tool-calls.ts
var tool_calls = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/providers/shared/parse-wire.ts
var parse_wire = __webpack_require__(7735);
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
    const content = typeof message.content === 'string' ? message.content : (message.content ?? []).map((part) => part.text ?? '').join('');
    const refusal = message.refusal ?? null;
    const wireCalls = (message.tool_calls ?? []).map((call) => ({ id: call.id, name: call.function.name, arguments: call.function.arguments }));
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
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/core/on-first-use.ts
var on_first_use = __webpack_require__(3099);
;// CONCATENATED MODULE: ./src/providers/openai/openai-wire.ts
/**
 * The parts of OpenAI responses salvo reads, as minimal zod schemas. Lenient
 * where OpenAI-compatible servers deviate (missing ids, object arguments,
 * absent usage); strict where nothing sensible could follow.
 */


// Built on first use (the first response), not at import: the client module is
// loaded on the way to the first request (bench case 4, cold start).
function buildOpenAiWireSchemas() {
    const count = schemas/* number */.aig().nullish().transform((value) => value ?? 0);
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
                content: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* looseObject */._H3({ type: schemas/* string */.YjP(), text: schemas/* string */.YjP().nullish() }))]).nullish(),
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
        content: schemas/* array */.YOg(schemas/* looseObject */._H3({ type: schemas/* string */.YjP(), text: schemas/* string */.YjP().nullish(), refusal: schemas/* string */.YjP().nullish() })).nullish(),
    });
    const responseSchema = schemas/* looseObject */._H3({
        id: schemas/* string */.YjP().nullish(),
        model: schemas/* string */.YjP().nullish(),
        status: schemas/* string */.YjP().nullish(),
        incomplete_details: schemas/* looseObject */._H3({ reason: schemas/* string */.YjP().nullish() }).nullish(),
        output: schemas/* array */.YOg(responseItemSchema),
        usage: responsesUsageSchema.nullish(),
    });
    return { chatUsageSchema, chatToolCallSchema, chatCompletionSchema, responsesUsageSchema, responseItemSchema, responseSchema };
}
const openai_wire_schemas = (0,on_first_use/* onFirstUse */.V)(buildOpenAiWireSchemas);
const chatUsageSchema = schemas/* lazy */.RZV(() => openai_wire_schemas().chatUsageSchema);
const chatToolCallSchema = schemas/* lazy */.RZV(() => openai_wire_schemas().chatToolCallSchema);
const chatCompletionSchema = schemas/* lazy */.RZV(() => openai_wire_schemas().chatCompletionSchema);
const responsesUsageSchema = schemas/* lazy */.RZV(() => openai_wire_schemas().responsesUsageSchema);
const responseItemSchema = schemas/* lazy */.RZV(() => openai_wire_schemas().responseItemSchema);
const responseSchema = schemas/* lazy */.RZV(() => openai_wire_schemas().responseSchema);

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
        tool_calls: toolCalls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: (0,tool_calls/* argumentsText */.MZ)(call) } })),
    };
}
function toChatTools(tools) {
    return tools.map((tool) => ({ type: 'function', function: { name: tool.name, description: tool.description, parameters: tool.parameters } }));
}
function isResponsesState(value) {
    return typeof value === 'object' && value !== null && value.api === 'responses' && Array.isArray(value.items);
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
    return tools.map((tool) => ({ type: 'function', name: tool.name, description: tool.description, parameters: tool.parameters, strict: false }));
}

;// CONCATENATED MODULE: ./src/providers/openai/openai-model-client.ts
/**
 * ModelClient on the official `openai` SDK: Chat Completions by default (what
 * every OpenAI-compatible server speaks) and the Responses API when
 * `settings.api === 'responses'` (current OpenAI models need it for tools
 * with reasoning). Retries are the SDK's own, steered by the provider fetch.
 */










const OPENAI_BASE_URL = 'https://api.openai.com/v1';
function createOpenAiModelClient(settings) {
    return new OpenAiModelClient(settings);
}
/** `insufficient_quota` is a 429 that never succeeds: the SDK must not retry it. */
function isQuotaExhausted(status, bodyText) {
    return status === 429 && /"(code|type)"\s*:\s*"insufficient_quota"/.test(bodyText);
}
class OpenAiModelClient {
    provider = 'openai';
    #sdk;
    #fetch;
    #settings;
    #label;
    constructor(settings) {
        this.#settings = settings;
        this.#fetch = (0,provider_fetch/* createProviderFetch */.Ki)({ fetch: settings.fetch, maxRetryWaitMs: settings.maxRetryWaitMs ?? provider_settings/* DEFAULT_MAX_RETRY_WAIT_MS */.xn, isHopeless: isQuotaExhausted });
        const baseURL = settings.baseUrl ?? OPENAI_BASE_URL;
        this.#label = new URL(baseURL).hostname === 'api.openai.com' ? 'OpenAI' : `the OpenAI-compatible server at ${baseURL}`;
        // Every option is explicit so the SDK reads nothing from the environment.
        this.#sdk = new client/* OpenAI */.z({
            apiKey: settings.apiKey,
            baseURL,
            organization: null,
            project: null,
            timeout: settings.timeoutMs ?? provider_settings/* DEFAULT_TIMEOUT_MS */.t1,
            maxRetries: settings.maxRetries ?? provider_settings/* DEFAULT_MAX_RETRIES */.it,
            fetch: this.#fetch.fetch,
        });
    }
    async complete(request) {
        const turn = this.#fetch.startTurn();
        const started = performance.now();
        const options = { signal: request.signal, headers: turn.headers };
        const usedIds = (0,tool_calls/* toolCallIdsIn */.KE)(request.messages);
        try {
            const { parsed, raw, requestId, warnings } = request.settings.api === 'responses' ? await this.#respond(request, options, usedIds) : await this.#chat(request, options, usedIds);
            return {
                ...parsed,
                model: parsed.model ?? request.settings.model,
                requestId,
                latencyMs: Math.round(performance.now() - started),
                retries: turn.retries(),
                raw,
                ...(warnings.length > 0 ? { warnings } : {}),
            };
        }
        catch (error) {
            throw this.#toError(error, request, turn.retries());
        }
        finally {
            turn.finish();
        }
    }
    async #chat(request, options, usedIds) {
        const { settings } = request;
        const body = {
            ...settings.extras,
            model: settings.model,
            messages: toChatMessages(request.system, request.messages),
            ...(request.tools.length > 0 ? { tools: toChatTools(request.tools) } : {}),
            ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
            ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
            ...(settings.maxTokens !== undefined ? { max_completion_tokens: settings.maxTokens } : {}),
        };
        const params = body;
        const { data, request_id } = await this.#sdk.chat.completions.create(params, options).withResponse();
        const completion = (0,parse_wire/* parseWire */.n)(chatCompletionSchema, data, this.provider, this.#label);
        return { parsed: fromChatCompletion(completion, usedIds), raw: data, requestId: request_id, warnings: [] };
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
            ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
            ...(settings.maxTokens !== undefined ? { max_output_tokens: settings.maxTokens } : {}),
        };
        const params = body;
        const { data, request_id } = await this.#sdk.responses.create(params, options).withResponse();
        const response = (0,parse_wire/* parseWire */.n)(responseSchema, data, this.provider, this.#label);
        return { parsed: fromResponse(response, usedIds), raw: data, requestId: request_id, warnings };
    }
    #toError(error, request, retries) {
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
            retries,
            timeoutMs: this.#settings.timeoutMs ?? provider_settings/* DEFAULT_TIMEOUT_MS */.t1,
        };
        return (0,provider_errors/* toProviderError */.l)(toFailure(error), context, error);
    }
}
function toFailure(error) {
    if (error instanceof client/* OpenAI */.z.APIConnectionTimeoutError)
        return { kind: 'timeout', message: error.message };
    if (error instanceof client/* OpenAI */.z.APIConnectionError) {
        const cause = error.cause instanceof Error ? error.cause.message : error.message;
        return { kind: 'connection', message: cause };
    }
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
        };
    }
    return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}


/***/ })

};
