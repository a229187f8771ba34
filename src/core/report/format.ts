/** Small formatters shared by the text reports. */

export function formatCost(cost: number | null): string {
  return cost === null ? 'unknown' : `$${cost.toFixed(6)}`;
}

export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(2)}s`;
}

/**
 * 12345 -> "12,345", as toLocaleString('en-US') writes it. Integers are grouped
 * here: the first toLocaleString of a process loads ICU's locale data, about
 * 10 ms at the end of every run for one number.
 */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en-US');
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${digits}` : digits;
}

/** One line, at most `max` characters, for previews of long text. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
