export const id = 613;
export const ids = [613];
export const modules = {

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
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ(provider, `${label} sent a response salvo cannot read (${where})`, { retryable: false, code: 'E_PROVIDER_RESPONSE' });
}


/***/ }),

/***/ 87329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ toProviderError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * One place that turns a failed provider call into a ProviderError a user can
 * act on: HTTP status, retryable or not, the provider's request id, and a
 * message that names what to fix. Each provider extracts a ProviderFailure
 * from its SDK's error classes; the wording lives here.
 */

function toProviderError(failure, context, cause) {
    const { message, code, retryable, hint } = describe(failure, context);
    const afterRetries = retryable && context.retries > 0 ? ` (after ${context.retries} ${context.retries === 1 ? 'retry' : 'retries'})` : '';
    const requestId = failure.requestId ?? undefined;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ(context.provider, scrubKey(`${message}${afterRetries}`, context.apiKey), {
        status: failure.status,
        retryable,
        requestId,
        retries: context.retries,
        code,
        hint: hint === undefined ? undefined : scrubKey(hint, context.apiKey),
        cause,
    });
}
function describe(failure, context) {
    const who = context.providerLabel;
    const quoted = `${failure.message}${failure.param ? ` (param: ${failure.param})` : ''}`;
    if (failure.kind === 'timeout') {
        return { code: 'E_PROVIDER_TIMEOUT', retryable: true, message: `${who} did not answer within ${context.timeoutMs} ms`, hint: 'raise the request timeout, or lower max_tokens' };
    }
    if (failure.kind === 'connection') {
        return { code: 'E_PROVIDER_CONNECTION', retryable: true, message: `could not reach ${who}: ${failure.message}`, hint: 'check the base URL and the network' };
    }
    const status = failure.status;
    if (status === undefined)
        return { code: 'E_PROVIDER', retryable: false, message: `${who} request failed: ${failure.message}` };
    if (status === 401) {
        // The provider's text may echo part of the key, so it is not quoted.
        return { code: 'E_PROVIDER_AUTH', retryable: false, message: `${who} rejected the API key (HTTP 401)`, hint: `check the key in ${context.keySource}` };
    }
    if (status === 403) {
        return { code: 'E_PROVIDER_FORBIDDEN', retryable: false, message: `${who} refused the request (HTTP 403): ${quoted}`, hint: `check the permissions of the key in ${context.keySource}` };
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
        return { code: 'E_PROVIDER_QUOTA', retryable: false, message: `${who} says the account has no quota left (HTTP 429 insufficient_quota): ${quoted}`, hint: 'add credit or raise the spending limit of the account' };
    }
    if (status === 429)
        return { code: 'E_PROVIDER_RATE_LIMIT', retryable: true, message: `${who} rate-limited the request (HTTP 429): ${quoted}`, hint: 'lower the concurrency or try again later' };
    if (status >= 500 || status === 408 || status === 409) {
        return { code: 'E_PROVIDER_UNAVAILABLE', retryable: true, message: `${who} failed (HTTP ${status}): ${quoted}`, hint: 'the provider is overloaded or down; try again later' };
    }
    // Current OpenAI reasoning models refuse tools on Chat Completions and say so (llm-apis.md §1.2).
    const needsResponsesApi = /\/v1\/responses/.test(failure.message);
    return {
        code: 'E_PROVIDER_BAD_REQUEST',
        retryable: false,
        message: `${who} rejected the request (HTTP ${status}): ${quoted}`,
        hint: needsResponsesApi
            ? 'this model needs the Responses API for tools: set `api: responses` in the scenario'
            : 'a parameter the model does not accept (check `extras`, `temperature`, `max_tokens`) or a conversation the API refuses',
    };
}
/** Belt and braces: whatever the provider echoes, the key never reaches a message. */
function scrubKey(text, apiKey) {
    if (!apiKey || apiKey.length < 4)
        return text;
    return text.split(apiKey).join('[redacted]');
}


/***/ }),

/***/ 94284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ki: () => (/* binding */ createProviderFetch)
});

// UNUSED EXPORTS: TURN_HEADER, requestedWaitMs

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./src/providers/shared/web-fetch/headers.ts
var web_fetch_headers = __webpack_require__(84220);
// EXTERNAL MODULE: ./src/providers/shared/web-fetch/response.ts
var web_fetch_response = __webpack_require__(88371);
;// CONCATENATED MODULE: ./src/providers/shared/node-http-fetch.ts
/**
 * A `fetch` on node:http/node:https for the SDKs, instead of Node's built-in
 * (undici) fetch. salvo never streams a model's answer, so the body is read
 * whole and handed back as a SalvoResponse over those bytes (web-fetch/: no
 * undici at all, see install.ts there): no Request, web stream or
 * abort-signal bookkeeping objects per request, one socket write per request,
 * and connections kept alive by Node's global agents. undici's fetch was about
 * 0.4 ms of salvo's CPU per model turn (bench/README.md, profile findings 1).
 *
 * It keeps what the SDKs rely on from fetch:
 * - the request's headers and body are sent unchanged (a `content-length` is
 *   added for a string or byte body, as fetch does);
 * - `accept-encoding: gzip, deflate, br` unless the caller set one, and a
 *   compressed body is decoded (fetch does both);
 * - the AbortSignal destroys the request and the promise rejects with the
 *   signal's reason, a DOMException `AbortError` when there is none (what
 *   undici rejects with, which the SDKs map to their timeout and abort errors);
 * - a network failure rejects with `TypeError('fetch failed', { cause })`;
 * - redirects are followed as fetch follows them (303, and 301/302 after a
 *   POST, become a GET without body; credentials are not sent to another origin).
 * The global agents honour `NODE_USE_ENV_PROXY`/`HTTP(S)_PROXY`/`NO_PROXY` on
 * Node 24 exactly when Node's fetch does. Anything this transport does not
 * handle (another URL scheme, a streamed or form body) goes to Node's fetch.
 * Unlike undici it sets no 300 s headers/body timeout of its own: the SDK's
 * timeout (salvo's `timeout`) is the only one, and it covers the body too.
 */



// Loaded on first use: TLS for an https URL, zlib for a compressed body. A run against a local server
// (Ollama, vLLM, the bench's fake) needs neither, and their loading was on the way to the first request.
let https;
let zlib;
const MAX_REDIRECTS = 20;
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
/** Dropped when a redirect leads to another origin (fetch's list, and undici's). */
const CROSS_ORIGIN_DROPPED = ['authorization', 'proxy-authorization', 'cookie', 'host'];
const nodeHttpFetch = async (input, init) => {
    if (typeof input !== 'string' && !(input instanceof URL))
        return globalThis.fetch(input, init);
    const url = typeof input === 'string' ? new URL(input) : input;
    const body = requestBody(init?.body);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || body === undefined)
        return globalThis.fetch(input, init);
    const signal = init?.signal ?? undefined;
    if (signal?.aborted)
        throw abortReason(signal);
    const headers = outgoingHeaders(init?.headers);
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    return send(url, (init?.method ?? 'GET').toUpperCase(), headers, body, signal, init?.redirect ?? 'follow', 0);
};
async function send(url, method, headers, body, signal, redirect, redirects) {
    const transport = url.protocol === 'https:' ? await (https ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23))) : { request: external_node_http_.request, globalAgent: external_node_http_.globalAgent };
    const { message, bytes } = await exchange(transport, url, method, headers, body, signal);
    const status = message.statusCode ?? 0;
    const location = message.headers.location;
    if (redirect !== 'manual' && location !== undefined && [301, 302, 303, 307, 308].includes(status)) {
        if (redirect === 'error' || redirects >= MAX_REDIRECTS)
            throw new TypeError('fetch failed', { cause: new Error(redirect === 'error' ? 'unexpected redirect' : 'redirect count exceeded') });
        const next = new URL(location, url);
        const nextHeaders = { ...headers };
        let nextMethod = method;
        let nextBody = body;
        if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
            nextMethod = status === 303 && method === 'HEAD' ? 'HEAD' : 'GET';
            nextBody = null;
            for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'])
                delete nextHeaders[name];
        }
        if (next.origin !== url.origin)
            for (const name of CROSS_ORIGIN_DROPPED)
                delete nextHeaders[name];
        return send(next, nextMethod, nextHeaders, nextBody, signal, redirect, redirects + 1);
    }
    const decoded = await decode(bytes, message.headers['content-encoding'], signal);
    const response = new web_fetch_response/* SalvoResponse */.N(NULL_BODY_STATUSES.has(status) || method === 'HEAD' ? null : decoded, {
        status,
        statusText: message.statusMessage ?? '',
        headers: responseHeaders(message.rawHeaders),
    });
    // Response.url cannot be set through the constructor; the SDKs put it in their logs and errors.
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
}
/** One request and its whole response body, or the fetch-shaped error. */
function exchange(transport, url, method, headers, body, signal) {
    return new Promise((resolve, reject) => {
        const outgoing = body === null ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
        if (body === null)
            delete outgoing['content-length'];
        const request = transport.request(url, { method, headers: outgoing, agent: transport.globalAgent });
        let settled = false;
        const onAbort = () => {
            if (settled)
                return;
            settled = true;
            request.destroy();
            reject(abortReason(signal));
        };
        const fail = (cause) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            reject(new TypeError('fetch failed', { cause }));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        request.on('error', fail);
        request.on('response', (message) => {
            const chunks = [];
            message.on('data', (chunk) => chunks.push(chunk));
            message.on('error', fail);
            message.on('close', () => {
                if (!message.complete)
                    fail(new Error('the server closed the connection before the response ended'));
            });
            message.on('end', () => {
                if (settled)
                    return;
                settled = true;
                signal?.removeEventListener('abort', onAbort);
                resolve({ message, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) });
            });
        });
        request.end(body ?? undefined);
    });
}
/** The body as bytes or text to send; undefined when only Node's fetch knows how to send it. */
function requestBody(body) {
    if (body === undefined || body === null)
        return null;
    if (typeof body === 'string')
        return body;
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    if (ArrayBuffer.isView(body))
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    return undefined;
}
function outgoingHeaders(init) {
    const headers = {};
    if (init === undefined)
        return headers;
    // Any Headers (salvo's or Node's) or list of pairs: both are iterables of [name, value].
    if (typeof init[Symbol.iterator] === 'function') {
        for (const [name, value] of init)
            headers[name.toLowerCase()] = value;
    }
    else {
        for (const [name, value] of Object.entries(init))
            headers[name.toLowerCase()] = value;
    }
    return headers;
}
function responseHeaders(raw) {
    const headers = new web_fetch_headers/* SalvoHeaders */.Y();
    for (let index = 0; index < raw.length; index += 2)
        headers.append(raw[index], raw[index + 1]);
    return headers;
}
function decode(bytes, encoding, signal) {
    if (!encoding || bytes.length === 0)
        return bytes;
    // Several codings apply in the order listed, so they are undone in reverse.
    const codings = encoding.toLowerCase().split(',').map((coding) => coding.trim()).filter((coding) => coding && coding !== 'identity').reverse();
    return codings.reduce(async (pending, coding) => {
        const input = await pending;
        if (signal?.aborted)
            throw abortReason(signal);
        const { brotliDecompress, gunzip, inflate, inflateRaw } = await (zlib ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 23)));
        return new Promise((resolve, reject) => {
            const done = (error, output) => (error ? reject(new TypeError('terminated', { cause: error })) : resolve(output));
            if (coding === 'gzip' || coding === 'x-gzip')
                gunzip(input, { finishFlush: 2 }, done);
            // "deflate" is meant to be zlib-wrapped, but some servers send it raw.
            else if (coding === 'deflate')
                (((input[0] ?? 0) & 0x0f) === 0x08 ? inflate : inflateRaw)(input, done);
            else if (coding === 'br')
                brotliDecompress(input, done);
            else
                resolve(input);
        });
    }, Promise.resolve(bytes));
}
function abortReason(signal) {
    return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

;// CONCATENATED MODULE: ./src/providers/shared/provider-fetch.ts
/**
 * The fetch every SDK client is built with. Retries stay ONE layer, the SDKs'
 * own (llm-apis.md §5.9); this wrapper only steers them:
 * - caps the server's `retry-after` / `retry-after-ms` (the Anthropic SDK would
 *   otherwise sleep for days),
 * - tells the SDK not to retry what cannot succeed (`x-should-retry: false`),
 * - counts the attempts of each turn, tagged by a private header it removes.
 */



const TURN_HEADER = 'x-salvo-turn';
const RETRYABLE_STATUSES = (status) => status === 408 || status === 409 || status === 429 || status >= 500;
function createProviderFetch(options) {
    const baseFetch = options.fetch ?? nodeHttpFetch;
    const attempts = new Map();
    let nextTurn = 0;
    const wrapped = async (input, init) => {
        // The SDKs hand over a fresh Headers per attempt: edited in place, not copied.
        const headers = init?.headers instanceof web_fetch_headers/* SalvoHeaders */.Y ? init.headers : new web_fetch_headers/* SalvoHeaders */.Y(init?.headers);
        const turn = headers.get(TURN_HEADER);
        headers.delete(TURN_HEADER);
        if (turn !== null)
            attempts.set(turn, (attempts.get(turn) ?? 0) + 1);
        const response = await baseFetch(input, { ...init, headers: headers });
        return RETRYABLE_STATUSES(response.status) ? steerRetry(response, options) : response;
    };
    return {
        fetch: wrapped,
        startTurn() {
            const turn = String(nextTurn++);
            return {
                headers: { [TURN_HEADER]: turn },
                retries: () => Math.max(0, (attempts.get(turn) ?? 1) - 1),
                finish: () => void attempts.delete(turn),
            };
        },
    };
}
async function steerRetry(response, options) {
    const headers = new web_fetch_headers/* SalvoHeaders */.Y(response.headers);
    const wait = requestedWaitMs(headers);
    if (wait !== null && wait > options.maxRetryWaitMs) {
        headers.delete('retry-after');
        headers.set('retry-after-ms', String(options.maxRetryWaitMs));
    }
    let body = response.body;
    if (options.isHopeless) {
        const text = await response.text();
        body = text;
        if (options.isHopeless(response.status, text))
            headers.set('x-should-retry', 'false');
    }
    return new web_fetch_response/* SalvoResponse */.N(body, { status: response.status, statusText: response.statusText, headers });
}
/** The wait the server asked for, in ms, read as both SDKs read it. */
function requestedWaitMs(headers) {
    const milliseconds = Number.parseFloat(headers.get('retry-after-ms') ?? '');
    if (Number.isFinite(milliseconds))
        return milliseconds;
    const value = headers.get('retry-after');
    if (value === null)
        return null;
    const seconds = Number.parseFloat(value);
    if (Number.isFinite(seconds))
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isFinite(date) ? date - Date.now() : null;
}


/***/ }),

/***/ 55503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   it: () => (/* binding */ DEFAULT_MAX_RETRIES),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   xn: () => (/* binding */ DEFAULT_MAX_RETRY_WAIT_MS)
/* harmony export */ });
const DEFAULT_TIMEOUT_MS = 600_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;


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
