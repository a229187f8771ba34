import type { ProviderLimits } from '../../core/scenario/project-config-schema.ts';

/** What a shell hands a provider: read once from flags, environment or action inputs. */
export interface ProviderSettings {
  apiKey?: string;
  /** The API root; OpenAI's includes /v1 (`http://localhost:11434/v1`), Anthropic's does not. */
  baseUrl?: string;
  /**
   * Per request, per attempt. Default 120 s: a server that accepts and never answers held a trial 3 x 600 s (the
   * SDKs' default).
   */
  timeoutMs?: number;
  /**
   * Retries of 408/409/5xx, network errors and timeouts, by the rate-limit layer (429/529 have a budget of time
   * instead: `limits.max_rate_limit_wait_seconds`). Default 2.
   */
  maxRetries?: number;
  /**
   * Where the key comes from, for messages: "environment variable OPENAI_API_KEY" or "action input 'openai-api-key'".
   */
  keySource: string;
  fetch?: typeof fetch;
  /** Longest `retry-after` the server may impose before a retry. Default 60 s. */
  maxRetryWaitMs?: number;
  /** salvo.yaml `providers.<name>`: concurrency, requests per minute, total rate-limit wait. */
  limits?: ProviderLimits;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;
