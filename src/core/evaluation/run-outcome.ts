import type { RunResults, ScenarioResult } from '../results.ts';

/**
 * What a whole run amounts to; the CLI's exit codes and the action's step
 * outcome both map from it (docs/verdicts.md, "What a run amounts to"):
 * - failed: the agent was tested and failed: any scenario FAIL, HARD_FAIL or
 *   PARTIAL, or a scenario file is invalid;
 * - unverified: nothing tested the agent: every scenario was skipped or hit
 *   only infrastructure errors (or there were none);
 * - infrastructure: real results, none failed, but some scenarios hit only
 *   infrastructure errors and were not counted;
 * - passed: every scenario that ran passed (skipped ones are reported beside).
 */
export type RunOutcome = 'passed' | 'failed' | 'unverified' | 'infrastructure';

export function runOutcome(results: Pick<RunResults, 'scenarios'>): RunOutcome {
  // One pass: the rows may be read from disk (ScenarioRows).
  let verified = 0;
  let infrastructure = 0;
  for (const scenario of results.scenarios) {
    if (isFailing(scenario)) return 'failed';
    if (scenario.verdict === 'INFRA_ERROR') infrastructure += 1;
    else if (scenario.verdict !== 'SKIPPED') verified += 1;
  }
  if (verified === 0) return 'unverified';
  return infrastructure > 0 ? 'infrastructure' : 'passed';
}

function isFailing(scenario: ScenarioResult): boolean {
  if (scenario.verdict === 'SKIPPED') return scenario.skip_reason === 'invalid';
  return scenario.verdict === 'FAIL' || scenario.verdict === 'HARD_FAIL' || scenario.verdict === 'PARTIAL';
}
