import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth: the same value always gives the
 * same text, so recordings diff line by line and digests do not depend on the
 * order in which a provider or a YAML file happened to list keys.
 */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const entry = (value as Record<string, unknown>)[key];
      if (entry !== undefined) sorted[key] = sortKeys(entry);
    }
    return sorted;
  }
  return value;
}

/** A short content digest: 16 hex characters (64 bits) tell changed from unchanged with room to spare. */
export function shortDigest(value: unknown): string {
  return fullDigest(value).slice(0, 16);
}

export function fullDigest(value: unknown): string {
  const text = typeof value === 'string' ? value : stableStringify(value, 0);
  return createHash('sha256').update(text).digest('hex');
}
