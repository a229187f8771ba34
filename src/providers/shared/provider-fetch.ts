/**
 * The fetch every SDK client is built with. Retries stay ONE layer, the SDKs'
 * own (llm-apis.md §5.9); this wrapper only steers them:
 * - caps the server's `retry-after` / `retry-after-ms` (the Anthropic SDK would
 *   otherwise sleep for days),
 * - tells the SDK not to retry what cannot succeed (`x-should-retry: false`),
 * - counts the attempts of each turn, tagged by a private header it removes.
 */

import { nodeHttpFetch } from './node-http-fetch.ts';
import { SalvoHeaders } from './web-fetch/headers.ts';
import { SalvoResponse } from './web-fetch/response.ts';

export const TURN_HEADER = 'x-salvo-turn';

const RETRYABLE_STATUSES = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

export interface ProviderFetchOptions {
  /** Default: `nodeHttpFetch` (node:http, not Node's undici fetch: see node-http-fetch.ts). */
  fetch?: typeof fetch;
  /** Longest wait before a retry that the server may ask for. */
  maxRetryWaitMs: number;
  /** True when a retryable-looking response can never succeed (OpenAI `insufficient_quota`). */
  isHopeless?: (status: number, bodyText: string) => boolean;
}

export interface ProviderFetch {
  fetch: typeof fetch;
  /** Headers to add to one turn's request so its attempts are counted. */
  startTurn(): { headers: Record<string, string>; retries(): number; finish(): void };
}

export function createProviderFetch(options: ProviderFetchOptions): ProviderFetch {
  const baseFetch = options.fetch ?? nodeHttpFetch;
  const attempts = new Map<string, number>();
  let nextTurn = 0;

  const wrapped: typeof fetch = async (input, init) => {
    // The SDKs hand over a fresh Headers per attempt: edited in place, not copied.
    const headers = init?.headers instanceof SalvoHeaders ? init.headers : new SalvoHeaders(init?.headers);
    const turn = headers.get(TURN_HEADER);
    headers.delete(TURN_HEADER);
    if (turn !== null) attempts.set(turn, (attempts.get(turn) ?? 0) + 1);
    const response = await baseFetch(input, { ...init, headers: headers as unknown as Headers });
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

async function steerRetry(response: Response, options: ProviderFetchOptions): Promise<Response> {
  const headers = new SalvoHeaders(response.headers);
  const wait = requestedWaitMs(headers);
  if (wait !== null && wait > options.maxRetryWaitMs) {
    headers.delete('retry-after');
    headers.set('retry-after-ms', String(options.maxRetryWaitMs));
  }
  let body: ConstructorParameters<typeof SalvoResponse>[0] = response.body;
  if (options.isHopeless) {
    const text = await response.text();
    body = text;
    if (options.isHopeless(response.status, text)) headers.set('x-should-retry', 'false');
  }
  return new SalvoResponse(body, { status: response.status, statusText: response.statusText, headers }) as unknown as Response;
}

/** The wait the server asked for, in ms, read as both SDKs read it. */
export function requestedWaitMs(headers: Pick<Headers, 'get'>): number | null {
  const milliseconds = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds)) return milliseconds;
  const value = headers.get('retry-after');
  if (value === null) return null;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? date - Date.now() : null;
}
