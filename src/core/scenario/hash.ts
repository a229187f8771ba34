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
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
