import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.ts';
import type { Scenario } from './schema.ts';

/**
 * scenario_hash: SHA-256 (hex) of the resolved scenario (includes expanded,
 * defaults applied) in a canonical JSON form with sorted keys, so the hash is
 * stable across key order, formatting, comments and how tools were included,
 * and changes whenever what the run would do changes. `prompt_caching` is left
 * out: caching changes the bill, never what the model sees.
 */
export function hashScenario(scenario: Scenario): string {
  const { prompt_caching: _caching, ...seen } = scenario;
  return createHash('sha256').update(canonicalJson(seen)).digest('hex');
}
