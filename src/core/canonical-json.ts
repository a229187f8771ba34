import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted (by UTF-16 code units) at every depth, so that
 * two values that differ only in key order give the same text: the
 * scenario_hash (scenario/hash.ts), the identity of a tool call
 * (runner/tool-answers.ts), recordings that diff line by line, and digests
 * that do not depend on the order a provider or a YAML file listed keys in.
 * Keys whose value is undefined are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

/** canonicalJson, indented for files people read (recordings). */
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
  const text = typeof value === 'string' ? value : canonicalJson(value);
  return createHash('sha256').update(text).digest('hex');
}
