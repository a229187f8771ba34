/** What the three API dialects of the fake LLM server have in common. */
import { randomBytes } from 'node:crypto';
import type { FakeLlmRequest, FakeReply, FakeUsage } from './llm-server.ts';

export interface ReplyError {
  status: number;
  type?: string;
  code?: string | null;
  message: string;
  headers?: Record<string, string>;
  /** Sent as the body instead of the provider's JSON error (a proxy's HTML page, say), as text/html. */
  rawBody?: string;
}

export type SuccessReply = Exclude<FakeReply, { error: ReplyError }>;
export type RequestSummary = Omit<FakeLlmRequest, 'api' | 'headers' | 'body'>;
export type JsonObject = Record<string, unknown>;

export interface Dialect {
  api: FakeLlmRequest['api'];
  requestIdHeader: string;
  newRequestId(): string;
  /** null when the credentials are acceptable. */
  authenticate(headers: Record<string, string>): ReplyError | null;
  /** null when the API would accept the body; otherwise its own 400. */
  validate(body: unknown, headers: Record<string, string>): ReplyError | null;
  describe(body: JsonObject): RequestSummary;
  renderReply(reply: SuccessReply, request: FakeLlmRequest, requestBytes: number): unknown;
  renderError(error: ReplyError, requestId: string): unknown;
  successHeaders(): Record<string, string>;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random id body in the providers' style (base62). */
export function randomId(length = 24): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

export const badRequest = (message: string, extra: Partial<ReplyError> = {}): ReplyError => ({
  status: 400,
  message,
  ...extra,
});

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of a string or of an array of text parts, as the APIs accept both. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part: unknown) => (isObject(part) && typeof part.text === 'string' ? part.text : '')).join('');
}

export interface ResolvedUsage {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  reasoning: number;
}

/** Fills the usage a reply leaves out with deterministic estimates (about 4 bytes a token). */
export function resolveUsage(reply: SuccessReply, requestBytes: number): ResolvedUsage {
  const given: FakeUsage = reply.usage ?? {};
  const toolBytes = (reply.toolCalls ?? []).reduce(
    (sum, call) => sum + JSON.stringify(call.arguments ?? {}).length + 8,
    0,
  );
  return {
    input: given.input ?? Math.max(1, Math.ceil(requestBytes / 4)),
    output: given.output ?? Math.max(1, Math.ceil(((reply.text ?? '').length + toolBytes) / 4)),
    cacheRead: given.cacheRead ?? 0,
    cacheWrite: given.cacheWrite ?? 0,
    reasoning: given.reasoning ?? 0,
  };
}

/** Arguments as the JSON text OpenAI sends: raw strings are sent as they are (invalid JSON on purpose). */
export function argumentText(argumentsValue: unknown): string {
  return typeof argumentsValue === 'string' ? argumentsValue : JSON.stringify(argumentsValue ?? {});
}

export const TOOL_ID_PATTERN = /^[a-zA-Z0-9_-]+$/;
export const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
