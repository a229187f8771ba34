import type { ScenarioStatus, TrialResult, Verdict } from '../results.ts';

/** Trials sorted into the buckets the verdict rules speak of. */
export interface TrialCounts {
  total: number;
  passed: number;
  failed: number;
  hardFailed: number;
  /** Errored for a reason of the scenario or the agent (a missing mock): counted as failures. */
  erroredOwn: number;
  /** Errored because of infrastructure (provider errors after retries, timeouts): left out. */
  erroredInfra: number;
  cancelled: number;
}

export function countTrials(trials: readonly TrialResult[]): TrialCounts {
  const counts: TrialCounts = {
    total: trials.length,
    passed: 0,
    failed: 0,
    hardFailed: 0,
    erroredOwn: 0,
    erroredInfra: 0,
    cancelled: 0,
  };
  for (const trial of trials) {
    if (trial.status === 'passed') counts.passed += 1;
    else if (trial.status === 'failed') counts.failed += 1;
    else if (trial.status === 'hard_fail') counts.hardFailed += 1;
    else if (trial.status === 'cancelled') counts.cancelled += 1;
    else if (isInfrastructureError(trial)) counts.erroredInfra += 1;
    else counts.erroredOwn += 1;
  }
  return counts;
}

/** An errored trial without error details is treated as infrastructure: never blame the model without evidence. */
export function isInfrastructureError(trial: TrialResult): boolean {
  return trial.status === 'errored' && (trial.error?.infrastructure ?? true);
}

/** The trials a pass rate is computed over. */
export function countedTrials(counts: TrialCounts): number {
  return counts.passed + counts.failed + counts.hardFailed + counts.erroredOwn;
}

/** Pass rates are compared with this tolerance so 9/10 reaches 0.9. */
const RATE_TOLERANCE = 1e-9;

export function reachesRate(passed: number, counted: number, requiredPassRate: number): boolean {
  return counted > 0 && passed / counted >= requiredPassRate - RATE_TOLERANCE;
}

/**
 * The verdict rules, applied in this order (docs/verdicts.md):
 * 1. SKIPPED      no trial ran, or every trial was cancelled;
 * 2. INFRA_ERROR  no trial could be counted: all of them hit infrastructure errors (or were cancelled);
 * 3. HARD_FAIL    any counted trial hard-failed (a required assertion failed);
 * 4. PASS         pass rate (passed / counted) ≥ required_pass_rate;
 * 5. FAIL         no counted trial passed;
 * 6. PARTIAL      some trials passed, but fewer than required_pass_rate: the flaky case.
 * Infrastructure errors never count against the agent; they are reported beside the verdict.
 */
export function decideVerdict(counts: TrialCounts, requiredPassRate: number): Verdict {
  const counted = countedTrials(counts);
  if (counts.total === counts.cancelled) return 'SKIPPED';
  if (counted === 0) return 'INFRA_ERROR';
  if (counts.hardFailed > 0) return 'HARD_FAIL';
  if (reachesRate(counts.passed, counted, requiredPassRate)) return 'PASS';
  if (counts.passed === 0) return 'FAIL';
  return 'PARTIAL';
}

/**
 * The one visible status of a scenario. A scenario none of whose trials ran to
 * completion (a missing key in live mode, a missing mock, a stale recording)
 * is `errored` even when its verdict is FAIL: it never produced an answer to
 * judge, and the action's `fail-on: error` must see it.
 */
export function statusOfVerdict(verdict: Verdict, counts?: TrialCounts): ScenarioStatus {
  if (
    verdict === 'FAIL' &&
    counts &&
    counts.erroredOwn > 0 &&
    counts.passed + counts.failed + counts.hardFailed === 0
  ) {
    return 'errored';
  }
  switch (verdict) {
    case 'PASS':
      return 'passed';
    case 'INFRA_ERROR':
      return 'errored';
    case 'SKIPPED':
      return 'skipped';
    default:
      return 'failed';
  }
}
