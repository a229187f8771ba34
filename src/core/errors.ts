import { plural } from './format.ts';
/**
 * The one error hierarchy of salvo. Every error a user can see is a SalvoError
 * with a stable `code`; the shells format them in one place each
 * (src/cli/format-error.ts, src/action/main.ts). A failed expectation is never
 * an error: it is a result.
 */
export type ErrorCode =
  /** The user's input: a scenario file or salvo.yaml, flags and inputs, the environment. */
  | 'E_CONFIG'
  | 'E_USAGE'
  | 'E_EXTRAS'
  | 'E_BASE_URL'
  | 'E_NO_API_KEY'
  /** A model provider refused or failed a request (ProviderError). */
  | 'E_PROVIDER'
  | 'E_PROVIDER_AUTH'
  | 'E_PROVIDER_FORBIDDEN'
  | 'E_PROVIDER_BAD_REQUEST'
  | 'E_PROVIDER_MODEL_NOT_FOUND'
  | 'E_PROVIDER_QUOTA'
  | 'E_PROVIDER_RATE_LIMIT'
  | 'E_PROVIDER_UNAVAILABLE'
  | 'E_PROVIDER_TIMEOUT'
  | 'E_PROVIDER_CONNECTION'
  | 'E_PROVIDER_RESPONSE'
  /** A trial that could not finish: its time limit, an interrupt, a tool with no mock. */
  | 'E_TIMEOUT'
  | 'E_CANCELLED'
  | 'E_MOCK_NOT_FOUND'
  | 'E_HANDLER'
  | 'E_HANDLER_TIMEOUT'
  | 'E_JUDGE'
  /** The simulated user could not speak: no simulator model, or a reply that was neither a message nor `finish`. */
  | 'E_SIMULATOR'
  /** Recordings for replay. */
  | 'E_NO_RECORDING'
  | 'E_RECORDING_STALE'
  | 'E_RECORDING_INVALID'
  | 'E_RECORDING_FORMAT'
  /** salvo's own files and salvo itself. */
  | 'E_STORE_CORRUPT'
  | 'E_INTERNAL';

export class SalvoError extends Error {
  override name = 'SalvoError';
  readonly code: ErrorCode;
  /** What the user can do about it, printed under the message. */
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
}

/** One problem in a user's file, pointing at the offending key or value. */
export interface SourceProblem {
  file: string;
  /** 1-based; 0 when the problem has no position (the file as a whole). */
  line: number;
  column: number;
  message: string;
  /** A dotted path into the document, e.g. `tools.0.name`. */
  path?: string;
}

/** Bad input in a scenario file or salvo.yaml: the user must fix the file. */
export class ConfigError extends SalvoError {
  override name = 'ConfigError';
  readonly problems: SourceProblem[];

  constructor(problems: SourceProblem[], options: { hint?: string } = {}) {
    super('E_CONFIG', problems.map(formatProblem).join('\n'), options);
    this.problems = problems;
  }
}

/** Bad flags, inputs or arguments: the caller must fix the invocation. */
export class UsageError extends SalvoError {
  override name = 'UsageError';
  constructor(message: string, options: { hint?: string } = {}) {
    super('E_USAGE', message, options);
  }
}

/** A model provider or its API refused or failed a request. */
export class ProviderError extends SalvoError {
  override name = 'ProviderError';
  readonly provider: string;
  /** HTTP status, or undefined for connection errors and timeouts. */
  readonly status: number | undefined;
  /** True when trying again later could succeed (rate limits, overload, 5xx, network). */
  readonly retryable: boolean;
  readonly requestId: string | undefined;
  /** Retries the provider layer made before giving up on this request (counted in the trial's retries). */
  readonly retries: number;
  /**
   * A rate limit or an overload (429, Anthropic 529 / overloaded_error): retried by the rate-limit layer for a budget
   * of time, not counted against the retries of 5xx errors.
   */
  readonly throttled: boolean;
  /** The wait the provider asked for (`retry-after-ms` / `retry-after`), in ms. */
  readonly retryAfterMs: number | undefined;

  constructor(
    provider: string,
    message: string,
    details: {
      status?: number;
      retryable: boolean;
      requestId?: string;
      code?: ErrorCode;
      hint?: string;
      cause?: unknown;
      retries?: number;
      throttled?: boolean;
      retryAfterMs?: number;
    },
  ) {
    super(details.code ?? 'E_PROVIDER', message, { hint: details.hint, cause: details.cause });
    this.provider = provider;
    this.status = details.status;
    this.retryable = details.retryable;
    this.requestId = details.requestId;
    this.retries = details.retries ?? 0;
    this.throttled = details.throttled ?? false;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** The model called a tool that the scenario gives no mock for, or with arguments none of its mock cases matches. */
export class MockNotFoundError extends SalvoError {
  override name = 'MockNotFoundError';
  readonly toolName: string;
  readonly availableMocks: string[];

  /** `misses`: for each conditional mock case of the tool, why it did not match these `arguments`. */
  constructor(toolName: string, availableMocks: string[], call: { arguments?: unknown; misses?: string[] } = {}) {
    const available = availableMocks.length > 0 ? availableMocks.join(', ') : 'none';
    const args = call.arguments === undefined ? '' : (JSON.stringify(call.arguments) ?? '');
    const misses = call.misses ?? [];
    const message =
      misses.length === 0
        ? `the model called tool '${toolName}', ` +
          `which has no mock_response (mocks: ${available})${args ? `; its arguments were ${args}` : ''}`
        : `the model called tool '${toolName}', which has no mock_response, and none of its ` +
          `${plural(misses.length, 'mock case')} matched the arguments ${args}: ${misses.join('; ')}`;
    super('E_MOCK_NOT_FOUND', message, {
      hint:
        misses.length === 0
          ? `add a mock_response to tool '${toolName}' in the scenario`
          : `add a mock_response to tool '${toolName}' as the answer when no case matches, ` +
            "or a case under 'mocks' whose 'when' matches these arguments",
    });
    this.toolName = toolName;
    this.availableMocks = availableMocks;
  }
}

export function formatProblem(problem: SourceProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return `${where}: ${problem.message}`;
}

export function isSalvoError(value: unknown): value is SalvoError {
  return value instanceof SalvoError;
}

/**
 * How an error reads in reports: the message first, the code after it in
 * brackets. (`CODE: message` would read as a `key: value` pair to the secret
 * redactor, which would then blank the message of E_NO_API_KEY.)
 */
export function describeError(error: { code: string; message: string }): string {
  return `${error.message} [${error.code}]`;
}
