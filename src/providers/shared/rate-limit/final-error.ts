/**
 * The error a request ends with once the rate-limit layer stops retrying it:
 * its message says how often it was retried (and, when rate limits outlasted
 * the wait allowed, for how long), and `retries` counts them for the trace.
 */
import { ProviderError } from '../../../core/errors.ts';

export function afterRetries(error: ProviderError, retries: number, throttledForMs?: number): ProviderError {
  if (retries === 0 && throttledForMs === undefined) return error;
  const total = error.retries + retries;
  const message = error.message;
  const parts = [
    ...(total > 0 ? [`after ${total} ${total === 1 ? 'retry' : 'retries'}`] : []),
    ...(throttledForMs === undefined ? [] : [`rate-limited for ${Math.round(throttledForMs / 1000)} s`]),
  ];
  const hint =
    throttledForMs === undefined
      ? error.hint
      : 'the provider kept rate-limiting for the whole wait allowed: ' +
        `raise providers.${error.provider}.max_rate_limit_wait_seconds in salvo.yaml, ` +
        'lower max_concurrency or requests_per_minute there, or run later';
  return new ProviderError(error.provider, parts.length > 0 ? `${message} (${parts.join(', ')})` : message, {
    status: error.status,
    retryable: error.retryable,
    requestId: error.requestId,
    code: error.code,
    hint,
    cause: error.cause,
    retries: total,
    throttled: error.throttled,
    retryAfterMs: error.retryAfterMs,
  });
}
