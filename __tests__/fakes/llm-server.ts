/**
 * A loopback fake LLM server speaking the real wire formats of OpenAI Chat
 * Completions (POST /v1/chat/completions), OpenAI Responses (POST /v1/responses)
 * and Anthropic Messages (POST /v1/messages), so provider code is exercised
 * through the official SDKs with no network and no key.
 *
 * It validates incoming conversations with the real APIs' rules (tool-result
 * ordering, id patterns, empty blocks, required fields) and answers violations
 * with the provider's own 400 body: a driver bug fails a test as it would in
 * production. Every request is recorded (method, path, headers, body).
 * With `promptCache`, usage the reply leaves out bills cache reads and writes
 * as each provider would (llm-cache.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { anthropicMessagesDialect } from './llm-wire-anthropic.ts';
import { chatCompletionsDialect, responsesDialect } from './llm-wire-openai.ts';
import type { Dialect, ReplyError } from './llm-wire-shared.ts';
import { FakePromptCache, type CacheAccount, type FakePromptCacheOptions } from './llm-cache.ts';

export interface FakeLlmRequest {
  api: 'chat_completions' | 'responses' | 'messages';
  model: string;
  system: string | null;
  firstUserMessage: string;
  /** The text of every user message so far, in order (tool results are not user messages): one per user turn. */
  userMessages: string[];
  /** Assistant turns already in the history (0 on the first request). */
  turn: number;
  /** Tools offered in this request. */
  toolNames: string[];
  /** Results sent in this request's last turn. */
  toolResults: { toolCallId: string; content: string; isError: boolean }[];
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeToolCall {
  name: string;
  /**
   * An object, or a raw string to send invalid or truncated JSON (OpenAI only; Anthropic sends `{}` for unparsable
   * text).
   */
  arguments: unknown;
  /**
   * Omitted: a fresh id. null: no id at all (some compatible servers). A string: exactly that id (duplicates
   * allowed).
   */
  id?: string | null;
  /** Chat Completions only: send `arguments` as a JSON object instead of a string, as some compatible servers do. */
  sendArgumentsAsObject?: boolean;
}

export interface FakeUsage {
  /** Every prompt token, cached or not (the normalised meaning); each API renders it by its own rule. */
  input?: number;
  output?: number;
  cacheRead?: number;
  cacheWrite?: number;
  reasoning?: number;
}

export type FakeReply =
  | {
      text?: string;
      toolCalls?: FakeToolCall[];
      /** The provider's raw finish value: finish_reason, stop_reason, or for Responses an incomplete reason. */
      finish?: string;
      usage?: FakeUsage;
      delayMs?: number;
      /** The model id to report (default: the requested one). */
      model?: string;
      /** Reasoning to emit first: an Anthropic thinking block or a Responses reasoning item. */
      thinking?: string;
      /** Chat Completions only: send `content: ""` instead of null when there is no text. */
      emptyStringContent?: boolean;
    }
  | { error: ReplyError };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
  /** The status the fake answered with. */
  status: number;
}

export interface FakeLlmServerOptions {
  reply?: (request: FakeLlmRequest) => FakeReply | Promise<FakeReply>;
  /** Added to every reply (benchmarks: a model's latency). */
  delayMs?: number;
  port?: number;
  /** Keep every request in `requests` (default true; benchmarks turn it off to keep memory flat). */
  record?: boolean;
  /** Emulate the providers' prompt-cache accounting (off by default: usage then shows no cache). */
  promptCache?: boolean | FakePromptCacheOptions;
}

export interface FakeLlmServer {
  /** Ends in /v1, as the openai SDK's baseURL does. */
  openaiBaseUrl: string;
  /** No /v1: the Anthropic SDK appends /v1/messages. */
  anthropicBaseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const dialects: Record<string, Dialect> = {
  '/v1/chat/completions': chatCompletionsDialect,
  '/v1/responses': responsesDialect,
  '/v1/messages': anthropicMessagesDialect,
};

export async function startFakeLlmServer(options: FakeLlmServerOptions = {}): Promise<FakeLlmServer> {
  const requests: RecordedRequest[] = [];
  const reply = options.reply ?? simpleAgentReply;
  const cache = options.promptCache
    ? new FakePromptCache(options.promptCache === true ? {} : options.promptCache)
    : null;
  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing, reply, options.delayMs ?? 0, cache)
      .then((recorded) => {
        if (options.record !== false) requests.push(recorded);
      })
      .catch((error: unknown) => {
        outgoing.statusCode = 500;
        outgoing.end(JSON.stringify({ fake_server_error: String(error) }));
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    openaiBaseUrl: `http://127.0.0.1:${port}/v1`,
    anthropicBaseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handle(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  reply: NonNullable<FakeLlmServerOptions['reply']>,
  serverDelayMs: number,
  cache: FakePromptCache | null,
): Promise<RecordedRequest> {
  const rawBody = await readBody(incoming);
  const headers = flattenHeaders(incoming);
  const path = (incoming.url ?? '/').split('?')[0] ?? '/';
  const method = incoming.method ?? 'GET';
  const body = parseJson(rawBody);
  const send = (status: number, payload: unknown, extraHeaders: Record<string, string> = {}) => {
    outgoing.writeHead(status, { 'content-type': 'application/json', ...extraHeaders });
    outgoing.end(JSON.stringify(payload));
    return { method, path, headers, body: body ?? rawBody, status };
  };

  const dialect = dialects[path];
  if (!dialect || method !== 'POST') {
    return send(404, {
      error: { message: `Invalid URL (${method} ${path})`, type: 'invalid_request_error', param: null, code: null },
    });
  }
  const requestId = dialect.newRequestId();
  const fail = (error: ReplyError) => {
    if (error.rawBody !== undefined) {
      outgoing.writeHead(error.status, {
        'content-type': 'text/html',
        [dialect.requestIdHeader]: requestId,
        ...error.headers,
      });
      outgoing.end(error.rawBody);
      return { method, path, headers, body: body ?? rawBody, status: error.status };
    }
    const rendered = dialect.renderError(error, requestId);
    return send(error.status, rendered, { [dialect.requestIdHeader]: requestId, ...error.headers });
  };

  const refused =
    dialect.authenticate(headers) ?? (body === undefined ? invalidJson(rawBody) : dialect.validate(body, headers));
  if (refused) return fail(refused);

  const fakeRequest: FakeLlmRequest = {
    api: dialect.api,
    ...dialect.describe(body as Record<string, unknown>),
    headers,
    body,
  };
  const account = cache?.account(dialect.api, body as Record<string, unknown>) ?? null;
  const answer = await reply(fakeRequest);
  const delayMs = serverDelayMs + ('error' in answer ? 0 : (answer.delayMs ?? 0));
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  if ('error' in answer) return fail(answer.error);
  const rendered = dialect.renderReply(withCacheUsage(answer, account), fakeRequest, rawBody.length);
  account?.commit();
  return send(200, rendered, { [dialect.requestIdHeader]: requestId, ...dialect.successHeaders() });
}

/** The emulated cache figures, where the scripted reply does not set its own. */
function withCacheUsage(answer: Exclude<FakeReply, { error: ReplyError }>, account: CacheAccount | null) {
  if (!account) return answer;
  return { ...answer, usage: { cacheRead: account.read, cacheWrite: account.write, ...answer.usage } };
}

function invalidJson(rawBody: string): ReplyError {
  return { status: 400, message: `We could not parse the JSON body of your request. (body: ${rawBody.slice(0, 40)})` };
}

function readBody(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    incoming.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function flattenHeaders(incoming: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/**
 * The default reply: on turn 0 calls every offered tool once, in parallel,
 * with `{}`; on later turns answers with text quoting the tool results; with
 * no tools answers at once. Decided from the request alone, so concurrent
 * scenarios can share one server.
 */
export function simpleAgentReply(request: FakeLlmRequest): FakeReply {
  if (request.turn === 0 && request.toolNames.length > 0) {
    return { toolCalls: request.toolNames.map((name) => ({ name, arguments: {} })) };
  }
  if (request.toolResults.length > 0) {
    const quoted = request.toolResults.map((result) => `${result.isError ? 'error' : 'result'}: ${result.content}`);
    return { text: `Done. ${quoted.join('; ')}` };
  }
  return { text: `You said: ${request.firstUserMessage}` };
}
