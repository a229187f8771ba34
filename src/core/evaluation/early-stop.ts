import type { TrialResult } from '../results.ts';
import type { CheckedScenario } from './evaluate-trial.ts';
import { countedTrials, countTrials, reachesRate } from './verdict.ts';

export interface EarlyStopDecision {
  stop: boolean;
  /** Why the remaining trials cannot change the outcome; null when they still can. */
  reason: string | null;
}

const carryOn: EarlyStopDecision = { stop: false, reason: null };

/**
 * Opt-in early stop (`--early-stop`): given the trials finished so far and the
 * number planned, says whether the remaining trials can still change whether
 * the scenario passes. Trials still running count as remaining. It stops when:
 * 1. a trial hard-failed: the verdict is HARD_FAIL whatever comes next;
 * 2. PASS is out of reach: even if every remaining trial passes, the pass rate
 *    stays below required_pass_rate (infrastructure errors only remove trials,
 *    which cannot raise the best case);
 * 3. PASS is certain: the scenario has no required assertion (so no hard fail
 *    can come) and even if every remaining trial fails, the pass rate reaches
 *    required_pass_rate.
 * In cases 1 and 2 the failing verdict may still move between FAIL and
 * PARTIAL; early stop trades that detail for time and money, and says so.
 */
export function decideEarlyStop(
  finished: readonly TrialResult[],
  plannedTrials: number,
  loaded: Pick<CheckedScenario, 'scenario'>,
): EarlyStopDecision {
  const remaining = Math.max(0, plannedTrials - finished.length);
  if (remaining === 0) return carryOn;
  const counts = countTrials(finished);
  const counted = countedTrials(counts);
  const requiredPassRate = loaded.scenario.required_pass_rate ?? 1;

  const hardFail = finished.find((trial) => trial.status === 'hard_fail');
  if (hardFail) {
    const failed = hardFail.assertions.find((result) => result.required && !result.passed);
    const what = failed ? `required assertion '${failed.label}' failed` : 'a required assertion failed';
    return {
      stop: true,
      reason: `trial ${hardFail.trial} hard-failed (${what}); no later trial can change a HARD FAIL`,
    };
  }
  if (counted === 0) return carryOn;

  const bestCase = counts.passed + remaining;
  if (!reachesRate(bestCase, counted + remaining, requiredPassRate)) {
    const total = counted + remaining;
    return {
      stop: true,
      reason:
        `${counted - counts.passed} of ${counted} trials failed: even if all ${remaining} remaining pass, ` +
        `at most ${bestCase}/${total} pass (${round(bestCase / total)}), below the required ${requiredPassRate}`,
    };
  }
  const canHardFail = loaded.scenario.assertions.some((assertion) => assertion.required);
  if (!canHardFail && reachesRate(counts.passed, counted + remaining, requiredPassRate)) {
    return {
      stop: true,
      reason:
        `${counts.passed} of ${counted} trials passed: even if all ${remaining} remaining fail, ` +
        `the pass rate stays at or above the required ${requiredPassRate}`,
    };
  }
  return carryOn;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
