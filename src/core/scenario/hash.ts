import { createHash } from 'node:crypto';
import type { Scenario } from './schema.ts';

/**
 * scenario_hash: SHA-256 (hex) of the resolved scenario (includes expanded,
 * defaults applied) in a canonical JSON form with sorted keys, so the hash is
 * stable across key order, formatting, comments and how tools were included,
 * and changes whenever what the run would do changes.
 */
export function hashScenario(scenario: Scenario): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  // Hashed for every scenario file a run loads: plain loops, no intermediate arrays of entries.
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index += 1) out += (index === 0 ? '' : ',') + canonicalJson(value[index] ?? null);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort orders by UTF-16 code units, as `a < b` does.
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
