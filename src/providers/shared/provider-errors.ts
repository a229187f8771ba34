/**
 * One place that turns a failed provider call into a ProviderError a user can
 * act on: HTTP status, retryable or not, the provider's request id, and a
 * message that names what to fix. Each provider extracts a ProviderFailure
 * from its SDK's error classes; the wording lives here.
 */
import { ProviderError, type ErrorCode } from '../../core/errors.ts';
import { ERROR_MESSAGE_LIMIT, truncateText } from '../../core/redaction/limits.ts';
import { ReplyTooLargeError } from './bounded-fetch.ts';
import { retryAfterMs, type HeaderSource } from './rate-limit/retry-after.ts';

export interface ProviderFailure {
  kind: 'http' | 'connection' | 'timeout' | 'other';
  status?: number;
  /** The provider's own message (from the error body), or the SDK's. */
  message: string;
  /** `error.type` / `error.code` of the body, whichever names the cause best. */
  type?: string | null;
  code?: string | null;
  param?: string | null;
  requestId?: string | null;
  /** The response's headers (the SDK error's `headers`), for `retry-after`. */
  headers?: HeaderSource | null;
}

/**
 * What an SDK's connection error (no HTTP answer to read) was, from its cause. A reply too long to read
 * (bounded-fetch.ts) is the server's fault, not the network's: not retried, not "could not reach".
 */
export function connectionFailure(error: { cause?: unknown; message: string }): ProviderFailure {
  if (error.cause instanceof ReplyTooLargeError) return { kind: 'other', message: error.cause.message };
  return { kind: 'connection', message: error.cause instanceof Error ? error.cause.message : error.message };
}

export interface FailureContext {
  /** Display name: "OpenAI", "Anthropic", "the OpenAI-compatible server at http://...". */
  providerLabel: string;
  provider: string;
  model: string;
  keySource: string;
  apiKey?: string;
  timeoutMs: number;
}

export function toProviderError(failure: ProviderFailure, context: FailureContext, cause: unknown): ProviderError {
  const { message, code, retryable, hint } = describe(failure, context);
  const requestId = failure.requestId ?? undefined;
  // Cut after the key is scrubbed (a cut key could no longer be found), before the message travels anywhere.
  return new ProviderError(context.provider, truncateText(scrubKey(message, context.apiKey), ERROR_MESSAGE_LIMIT), {
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
function isThrottle(failure: ProviderFailure): boolean {
  const limited = failure.status === 429 || failure.status === 529 || failure.type === 'overloaded_error';
  return limited && !/request too large/i.test(failure.message);
}

interface Description {
  message: string;
  code: ErrorCode;
  retryable: boolean;
  hint?: string;
}

const TIMEOUT_HINT =
  'raise request_timeout_seconds in salvo.yaml ' +
  '(--request-timeout-seconds, action input request-timeout-seconds), or lower max_tokens';

function describe(failure: ProviderFailure, context: FailureContext): Description {
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
function scrubKey(text: string, apiKey: string | undefined): string {
  if (!apiKey || apiKey.length < 4) return text;
  return text.split(apiKey).join('[redacted]');
}
