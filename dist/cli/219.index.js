export const id = 219;
export const ids = [219];
export const modules = {

/***/ 3219:
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
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/providers/shared/provider-fetch.ts + 1 modules
var provider_fetch = __webpack_require__(4284);
// EXTERNAL MODULE: ./src/providers/shared/provider-errors.ts
var provider_errors = __webpack_require__(7329);
// EXTERNAL MODULE: ./src/providers/shared/provider-settings.ts
var provider_settings = __webpack_require__(5503);
// EXTERNAL MODULE: ./src/providers/shared/parse-wire.ts
var parse_wire = __webpack_require__(7735);
// EXTERNAL MODULE: ./src/providers/shared/tool-calls.ts
var tool_calls = __webpack_require__(7586);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/core/on-first-use.ts
var on_first_use = __webpack_require__(3099);
;// CONCATENATED MODULE: ./src/providers/anthropic/anthropic-wire.ts
/** The parts of an Anthropic Messages response salvo reads, as minimal zod schemas. */


// Built on first use (the first response), not at import: the client module is
// loaded on the way to the first request (bench case 4, cold start).
function buildAnthropicWireSchemas() {
    const count = schemas/* number */.aig().nullish().transform((value) => value ?? 0);
    const anthropicUsageSchema = schemas/* looseObject */._H3({
        input_tokens: count,
        output_tokens: count,
        cache_creation_input_tokens: count,
        cache_read_input_tokens: count,
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
        // Empty content (`[]` with end_turn) is legal after side-effect-only tools.
        content: schemas/* array */.YOg(anthropicBlockSchema).nullish().transform((blocks) => blocks ?? []),
        stop_reason: schemas/* string */.YjP().nullish(),
        usage: anthropicUsageSchema.nullish(),
    });
    return { anthropicUsageSchema, anthropicBlockSchema, anthropicMessageSchema };
}
const anthropic_wire_schemas = (0,on_first_use/* onFirstUse */.V)(buildAnthropicWireSchemas);
const anthropicUsageSchema = schemas/* lazy */.RZV(() => anthropic_wire_schemas().anthropicUsageSchema);
const anthropicBlockSchema = schemas/* lazy */.RZV(() => anthropic_wire_schemas().anthropicBlockSchema);
const anthropicMessageSchema = schemas/* lazy */.RZV(() => anthropic_wire_schemas().anthropicMessageSchema);

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
        reasoningTokens: usage?.output_tokens_details?.thinking_tokens ?? 0,
    };
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
            return hasToolCalls ? 'tool_calls' : raw === 'end_turn' || raw === 'stop_sequence' || raw === 'tool_use' || !raw ? 'stop' : 'other';
    }
}
const isTruncatedStop = (raw) => raw === 'max_tokens' || raw === 'model_context_window_exceeded';

;// CONCATENATED MODULE: ./src/providers/anthropic/to-anthropic-messages.ts

function isAnthropicState(value) {
    return typeof value === 'object' && value !== null && value.api === 'messages' && Array.isArray(value.content);
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
                { type: 'tool_result', tool_use_id: message.toolCallId, content: (0,tool_calls/* toolResultText */.Fu)(message.content), ...(message.isError ? { is_error: true } : {}) },
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
/** Replays the blocks as received (thinking included); tool_use ids become the normalised ones, empty text is dropped. */
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

;// CONCATENATED MODULE: ./src/providers/anthropic/anthropic-model-client.ts
/**
 * ModelClient on the official `@anthropic-ai/sdk` (Messages API, version
 * 2026-10-21). Retries are the SDK's own (408/409/429/5xx/529), steered by the
 * provider fetch, which also caps the SDK's unbounded `retry-after` waits.
 */











const ANTHROPIC_BASE_URL = 'https://api.anthropic.com';
/** max_tokens is required; this is the default when the scenario sets none (well under the SDK's non-streaming limit). */
const DEFAULT_ANTHROPIC_MAX_TOKENS = 4096;
function createAnthropicModelClient(settings) {
    return new AnthropicModelClient(settings);
}
class AnthropicModelClient {
    provider = 'anthropic';
    #sdk;
    #fetch;
    #settings;
    #label;
    constructor(settings) {
        this.#settings = settings;
        this.#fetch = (0,provider_fetch/* createProviderFetch */.Ki)({ fetch: settings.fetch, maxRetryWaitMs: settings.maxRetryWaitMs ?? provider_settings/* DEFAULT_MAX_RETRY_WAIT_MS */.xn });
        const baseURL = settings.baseUrl ?? ANTHROPIC_BASE_URL;
        this.#label = new URL(baseURL).hostname === 'api.anthropic.com' ? 'Anthropic' : `the Anthropic-compatible server at ${baseURL}`;
        // An explicit key keeps the SDK from reading ANTHROPIC_* variables or running its credential chain.
        this.#sdk = new client/* Anthropic */.N({
            apiKey: settings.apiKey,
            baseURL,
            webhookKey: null,
            timeout: settings.timeoutMs ?? provider_settings/* DEFAULT_TIMEOUT_MS */.t1,
            maxRetries: settings.maxRetries ?? provider_settings/* DEFAULT_MAX_RETRIES */.it,
            fetch: this.#fetch.fetch,
        });
    }
    async complete(request) {
        const turn = this.#fetch.startTurn();
        const started = performance.now();
        const { body, warnings } = buildBody(request);
        try {
            const params = body;
            const { data, request_id } = await this.#sdk.messages.create(params, { signal: request.signal, headers: turn.headers }).withResponse();
            const message = (0,parse_wire/* parseWire */.n)(anthropicMessageSchema, data, this.provider, this.#label);
            return {
                ...fromMessage(message, (0,tool_calls/* toolCallIdsIn */.KE)(request.messages)),
                model: message.model ?? request.settings.model,
                requestId: request_id ?? null,
                latencyMs: Math.round(performance.now() - started),
                retries: turn.retries(),
                raw: data,
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
    };
    return { body, warnings };
}
function fromMessage(message, usedIds) {
    const texts = message.content.filter((block) => block.type === 'text' && block.text).map((block) => block.text);
    const wireCalls = message.content.filter((block) => block.type === 'tool_use').map((block) => ({ id: block.id, name: block.name ?? '', arguments: block.input }));
    const { toolCalls } = (0,tool_calls/* normaliseToolCalls */.__)(wireCalls, { usedIds, idPrefix: 'toolu_salvo_', truncated: isTruncatedStop(message.stop_reason) });
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
    if (error instanceof client/* Anthropic */.N.APIConnectionError) {
        return { kind: 'connection', message: error.cause instanceof Error ? error.cause.message : error.message };
    }
    if (error instanceof client/* Anthropic */.N.APIError) {
        return {
            kind: 'http',
            status: error.status,
            message: error.apiMessage ?? error.message,
            type: error.type ?? null,
            code: error.errorCode ?? null,
            requestId: error.requestID ?? null,
        };
    }
    return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}


/***/ })

};
