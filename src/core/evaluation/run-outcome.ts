import type { RunResults, ScenarioResult } from '../results.ts';

/**
 * What a whole run amounts to, for exit codes (CLI) and `fail-on` (action):
 * - failed: any scenario FAIL, HARD_FAIL or PARTIAL, or skipped as invalid;
 * - infrastructure: nothing failed, but at least one scenario is INFRA_ERROR;
 * - passed: everything else (skipped scenarios are reported, not failed).
 */
export type RunOutcome = 'passed' | 'failed' | 'infrastructure';

export function runOutcome(results: Pick<RunResults, 'scenarios'>): RunOutcome {
  // One pass: the rows may be read from disk (ScenarioRows).
  let outcome: RunOutcome = 'passed';
  for (const scenario of results.scenarios) {
    if (isFailing(scenario)) return 'failed';
    if (scenario.verdict === 'INFRA_ERROR') outcome = 'infrastructure';
  }
  return outcome;
}

function isFailing(scenario: ScenarioResult): boolean {
  if (scenario.verdict === 'SKIPPED') return scenario.skip_reason === 'invalid';
  return scenario.verdict === 'FAIL' || scenario.verdict === 'HARD_FAIL' || scenario.verdict === 'PARTIAL';
}
