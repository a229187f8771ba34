import { countTrials, countedTrials } from '../evaluation/verdict.ts';
import { percentile } from '../evaluation/statistics.ts';
import type { ScenarioResult, Verdict } from '../results.ts';

/** One side of a scenario's comparison, in figures. */
export interface SideFigures {
  verdict: Verdict;
  /** Trials that passed, among the counted ones (infrastructure errors and cancellations left out). */
  passed: number;
  counted: number;
  pass_rate: number | null;
  cost_usd: number | null;
  /** Mean cost of a trial that ran; null when unknown or none ran. */
  cost_per_trial: number | null;
  latency_p50_seconds: number | null;
  turns_per_trial: number | null;
  tool_calls_per_trial: number | null;
  /** Required assertions that failed, with the trials they failed in: invariants, never noise. */
  broken_invariants: { label: string; failed: number; evaluated: number }[];
}

export function sideFigures(result: ScenarioResult): SideFigures {
  const ran = result.trials.filter((trial) => trial.status !== 'cancelled');
  const counts = countTrials(result.trials);
  const counted = countedTrials(counts);
  const costs = ran.map((trial) => trial.cost_usd);
  const perTrial = (pick: (trial: (typeof ran)[number]) => number) =>
    ran.length === 0 ? null : ran.reduce((sum, trial) => sum + pick(trial), 0) / ran.length;
  return {
    verdict: result.verdict,
    passed: counts.passed,
    counted,
    pass_rate: counted === 0 ? null : counts.passed / counted,
    cost_usd: result.cost_usd,
    cost_per_trial:
      ran.length === 0 || costs.some((cost) => cost === null) ? null : perTrial((trial) => trial.cost_usd ?? 0),
    latency_p50_seconds:
      ran.length === 0
        ? null
        : percentile(
            ran.map((trial) => trial.latency_seconds),
            50,
          ),
    turns_per_trial: perTrial((trial) => trial.turns),
    tool_calls_per_trial: perTrial((trial) => trial.tool_calls),
    broken_invariants: requiredAssertionTally(result).filter((entry) => entry.failed > 0),
  };
}

/** Each required assertion that was evaluated, with the trials it failed in. */
export function requiredAssertionTally(result: ScenarioResult): SideFigures['broken_invariants'] {
  const tally = new Map<string, { label: string; failed: number; evaluated: number }>();
  for (const trial of result.trials) {
    for (const assertion of trial.assertions) {
      if (!assertion.required) continue;
      const entry = tally.get(assertion.label) ?? { label: assertion.label, failed: 0, evaluated: 0 };
      entry.evaluated += 1;
      if (!assertion.passed) entry.failed += 1;
      tally.set(assertion.label, entry);
    }
  }
  return [...tally.values()];
}

/** (head − base) / base; null when either is unknown or the base is zero (no ratio to speak of). */
export function relativeChange(base: number | null, head: number | null): number | null {
  if (base === null || head === null || base === 0) return null;
  return (head - base) / base;
}
