/**
 * Retries stay ONE layer, the SDKs' own (llm-apis.md §5.9). salvo only edits
 * the headers an SDK decides by, on an answer it would retry:
 * - caps the server's `retry-after` / `retry-after-ms` (the Anthropic SDK
 *   would otherwise sleep for as long as it is told, up to 24 days),
 * - tells the SDK not to retry what cannot succeed (`x-should-retry: false`).
 * How many retries a turn took is read from the SDKs' own attempt header.
 * Node's own Headers and Response throughout.
 */

export interface RetrySteering {
  /** Longest wait before a retry that the server may ask for. */
  maxRetryWaitMs: number;
  /** True when a retryable-looking answer can never succeed (OpenAI `insufficient_quota`). */
  isHopeless?: (status: number, bodyText: string) => boolean;
}

/** The statuses both SDKs retry. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** The answer with its retry headers steered; the body is read only when `isHopeless` needs it. */
export async function steerRetry(response: Response, steering: RetrySteering): Promise<Response> {
  const headers = new Headers(response.headers);
  const wait = requestedWaitMs(headers);
  if (wait !== null && wait > steering.maxRetryWaitMs) {
    headers.delete('retry-after');
    headers.set('retry-after-ms', String(steering.maxRetryWaitMs));
  }
  let body: ConstructorParameters<typeof Response>[0] = response.body;
  if (steering.isHopeless) {
    const text = await response.text();
    body = text;
    if (steering.isHopeless(response.status, text)) headers.set('x-should-retry', 'false');
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
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

/** Both SDKs number the attempts of one request in this header: 0 for the first, 1 for the first retry. */
export function retryCountOf(requestHeaders: Pick<Headers, 'get'>): number {
  const count = Number.parseInt(requestHeaders.get('x-stainless-retry-count') ?? '', 10);
  return Number.isFinite(count) && count > 0 ? count : 0;
}
