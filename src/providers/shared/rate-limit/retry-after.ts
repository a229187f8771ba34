/**
 * The wait a provider asks for before the next request, read as both SDKs
 * read it: `retry-after-ms` (OpenAI, Anthropic) first, then `retry-after` in
 * seconds or as an HTTP date. Negative or unreadable values mean "no advice".
 */
export interface HeaderSource {
  get(name: string): string | null;
}

/**
 * Milliseconds to wait, or undefined when the response says nothing usable. `nowMs` is the wall clock (Date.now()) for
 * HTTP dates.
 */
export function retryAfterMs(headers: HeaderSource | null | undefined, nowMs: number): number | undefined {
  if (!headers || typeof headers.get !== 'function') return undefined;
  const milliseconds = readNumber(headers.get('retry-after-ms'));
  if (milliseconds !== undefined) return milliseconds;
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = readNumber(value);
  if (seconds !== undefined) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - nowMs) : undefined;
}

function readNumber(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : undefined;
}
