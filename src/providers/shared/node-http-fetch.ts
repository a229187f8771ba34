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
import { globalAgent as httpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { SalvoHeaders } from './web-fetch/headers.ts';
import { SalvoResponse } from './web-fetch/response.ts';

// Loaded on first use: TLS for an https URL, zlib for a compressed body. A run against a local server
// (Ollama, vLLM, the bench's fake) needs neither, and their loading was on the way to the first request.
let https: Promise<typeof import('node:https')> | undefined;
let zlib: Promise<typeof import('node:zlib')> | undefined;

const MAX_REDIRECTS = 20;
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
/** Dropped when a redirect leads to another origin (fetch's list, and undici's). */
const CROSS_ORIGIN_DROPPED = ['authorization', 'proxy-authorization', 'cookie', 'host'];

type OutgoingHeaders = Record<string, string>;

export const nodeHttpFetch: typeof fetch = async (input, init) => {
  if (typeof input !== 'string' && !(input instanceof URL)) return globalThis.fetch(input, init);
  const url = typeof input === 'string' ? new URL(input) : input;
  const body = requestBody(init?.body);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || body === undefined) return globalThis.fetch(input, init);
  const signal = init?.signal ?? undefined;
  if (signal?.aborted) throw abortReason(signal);
  const headers = outgoingHeaders(init?.headers);
  headers['accept-encoding'] ??= 'gzip, deflate, br';
  return send(url, (init?.method ?? 'GET').toUpperCase(), headers, body, signal, init?.redirect ?? 'follow', 0);
};

async function send(
  url: URL,
  method: string,
  headers: OutgoingHeaders,
  body: Buffer | string | null,
  signal: AbortSignal | undefined,
  redirect: RequestInit['redirect'],
  redirects: number,
): Promise<Response> {
  const transport = url.protocol === 'https:' ? await (https ??= import('node:https')) : { request: httpRequest, globalAgent: httpAgent };
  const { message, bytes } = await exchange(transport, url, method, headers, body, signal);
  const status = message.statusCode ?? 0;
  const location = message.headers.location;
  if (redirect !== 'manual' && location !== undefined && [301, 302, 303, 307, 308].includes(status)) {
    if (redirect === 'error' || redirects >= MAX_REDIRECTS) throw new TypeError('fetch failed', { cause: new Error(redirect === 'error' ? 'unexpected redirect' : 'redirect count exceeded') });
    const next = new URL(location, url);
    const nextHeaders = { ...headers };
    let nextMethod = method;
    let nextBody = body;
    if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
      nextMethod = status === 303 && method === 'HEAD' ? 'HEAD' : 'GET';
      nextBody = null;
      for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) delete nextHeaders[name];
    }
    if (next.origin !== url.origin) for (const name of CROSS_ORIGIN_DROPPED) delete nextHeaders[name];
    return send(next, nextMethod, nextHeaders, nextBody, signal, redirect, redirects + 1);
  }
  const decoded = await decode(bytes, message.headers['content-encoding'], signal);
  const response = new SalvoResponse(NULL_BODY_STATUSES.has(status) || method === 'HEAD' ? null : decoded, {
    status,
    statusText: message.statusMessage ?? '',
    headers: responseHeaders(message.rawHeaders),
  });
  // Response.url cannot be set through the constructor; the SDKs put it in their logs and errors.
  Object.defineProperty(response, 'url', { value: url.href });
  return response as unknown as Response;
}

/** One request and its whole response body, or the fetch-shaped error. */
function exchange(
  transport: Pick<typeof import('node:http'), 'request' | 'globalAgent'>,
  url: URL,
  method: string,
  headers: OutgoingHeaders,
  body: Buffer | string | null,
  signal: AbortSignal | undefined,
): Promise<{ message: IncomingMessage; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = body === null ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    if (body === null) delete outgoing['content-length'];
    const request = transport.request(url, { method, headers: outgoing, agent: transport.globalAgent });
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      request.destroy();
      reject(abortReason(signal!));
    };
    const fail = (cause: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      reject(new TypeError('fetch failed', { cause }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', fail);
    request.on('response', (message) => {
      const chunks: Buffer[] = [];
      message.on('data', (chunk: Buffer) => chunks.push(chunk));
      message.on('error', fail);
      message.on('close', () => {
        if (!message.complete) fail(new Error('the server closed the connection before the response ended'));
      });
      message.on('end', () => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        resolve({ message, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
      });
    });
    request.end(body ?? undefined);
  });
}

/** The body as bytes or text to send; undefined when only Node's fetch knows how to send it. */
function requestBody(body: RequestInit['body']): Buffer | string | null | undefined {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return undefined;
}

function outgoingHeaders(init: RequestInit['headers']): OutgoingHeaders {
  const headers: OutgoingHeaders = {};
  if (init === undefined) return headers;
  // Any Headers (salvo's or Node's) or list of pairs: both are iterables of [name, value].
  if (typeof (init as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const [name, value] of init as Iterable<[string, string]>) headers[name.toLowerCase()] = value;
  } else {
    for (const [name, value] of Object.entries(init as Record<string, string>)) headers[name.toLowerCase()] = value;
  }
  return headers;
}

function responseHeaders(raw: string[]): SalvoHeaders {
  const headers = new SalvoHeaders();
  for (let index = 0; index < raw.length; index += 2) headers.append(raw[index]!, raw[index + 1]!);
  return headers;
}

function decode(bytes: Buffer, encoding: string | undefined, signal: AbortSignal | undefined): Promise<Buffer> | Buffer {
  if (!encoding || bytes.length === 0) return bytes;
  // Several codings apply in the order listed, so they are undone in reverse.
  const codings = encoding.toLowerCase().split(',').map((coding) => coding.trim()).filter((coding) => coding && coding !== 'identity').reverse();
  return codings.reduce<Promise<Buffer>>(async (pending, coding) => {
    const input = await pending;
    if (signal?.aborted) throw abortReason(signal);
    const { brotliDecompress, gunzip, inflate, inflateRaw } = await (zlib ??= import('node:zlib'));
    return new Promise<Buffer>((resolve, reject) => {
      const done = (error: Error | null, output: Buffer) => (error ? reject(new TypeError('terminated', { cause: error })) : resolve(output));
      if (coding === 'gzip' || coding === 'x-gzip') gunzip(input, { finishFlush: 2 }, done);
      // "deflate" is meant to be zlib-wrapped, but some servers send it raw.
      else if (coding === 'deflate') (((input[0] ?? 0) & 0x0f) === 0x08 ? inflate : inflateRaw)(input, done);
      else if (coding === 'br') brotliDecompress(input, done);
      else resolve(input);
    });
  }, Promise.resolve(bytes));
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}
