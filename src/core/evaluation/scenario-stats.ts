import type { ScenarioStats, TrialResult } from '../results.ts';
import type { CheckedScenario } from './evaluate-trial.ts';
import { rankFailingAssertions } from './failure-ranking.ts';
import { mean, passHatK, percentile, trialsNeededToShow, wilsonInterval } from './statistics.ts';
import { countedTrials, countTrials, isInfrastructureError } from './verdict.ts';
import { plural } from '../format.ts';

export interface SummaryContext {
  /** Trials asked for (`-n`); defaults to the trials given. */
  plannedTrials?: number;
  /** Set when the runner stopped the scenario early (see early-stop.ts). */
  earlyStop?: { afterTrials: number; reason: string };
}

const PASS_HAT_K_MAX = 10;

/** A scored trial ran to the end and was evaluated: the population of score and latency numbers. */
function isScored(trial: TrialResult): boolean {
  return trial.status === 'passed' || trial.status === 'failed' || trial.status === 'hard_fail';
}

export function computeStats(
  trials: readonly TrialResult[],
  loaded: CheckedScenario,
  context: SummaryContext = {},
): ScenarioStats {
  const counts = countTrials(trials);
  const counted = countedTrials(counts);
  const requiredPassRate = loaded.scenario.required_pass_rate ?? 1;
  const scored = trials.filter(isScored);
  const scores = scored.map((trial) => trial.score ?? 0);
  const latencies = scored.map((trial) => trial.latency_seconds);
  const interval = wilsonInterval(counts.passed, counted);
  const needed = trialsNeededToShow(requiredPassRate);
  const plannedTrials = context.plannedTrials ?? trials.length;

  return {
    trials_planned: plannedTrials,
    trials_run: trials.length - counts.cancelled,
    passed: counts.passed,
    failed: counts.failed,
    hard_failed: counts.hardFailed,
    errored: counts.erroredOwn + counts.erroredInfra,
    infra_errors: counts.erroredInfra,
    cancelled: counts.cancelled,
    counted,
    pass_rate: counted > 0 ? counts.passed / counted : null,
    required_pass_rate: requiredPassRate,
    pass_rate_interval: interval ? { ...interval, confidence: 0.95 } : null,
    pass_hat_k: Array.from({ length: Math.min(counted, PASS_HAT_K_MAX) }, (_, index) => ({
      k: index + 1,
      value: passHatK(counts.passed, counted, index + 1),
    })),
    trials_needed: needed,
    sample_size_note: sampleSizeNote(counted, requiredPassRate, needed),
    threshold: loaded.scenario.threshold,
    score:
      scores.length > 0
        ? { mean: mean(scores), min: Math.min(...scores), p50: percentile(scores, 50), p95: percentile(scores, 95) }
        : null,
    latency_seconds: latencies.length > 0 ? { p50: percentile(latencies, 50), p95: percentile(latencies, 95) } : null,
    cost_usd: costOf(trials),
    retries: {
      total: trials.reduce((sum, trial) => sum + trial.retries, 0),
      trials_with_retries: trials.filter((trial) => trial.retries > 0).length,
    },
    failing_assertions: rankFailingAssertions(
      trials.filter((trial) => trial.status !== 'errored' && trial.status !== 'cancelled'),
    ),
    errors: groupErrors(trials),
    early_stop: context.earlyStop
      ? { after_trials: context.earlyStop.afterTrials, planned_trials: plannedTrials, reason: context.earlyStop.reason }
      : null,
    note: noteFor(trials, loaded),
  };
}

/** The rule: all n trials passing shows at least n / (n + z²) with 95 % confidence (Wilson lower bound). */
function sampleSizeNote(counted: number, rate: number, needed: number | null): string | null {
  if (needed === null || needed === 0 || counted >= needed) return null;
  const bound = counted / (counted + 1.959963984540054 ** 2);
  return (
    `${plural(counted, 'trial')} cannot show a pass rate of ${rate} with 95 % confidence: even if all pass, ` +
    `the Wilson lower bound is ${bound.toFixed(2)}; that takes at least ${needed} trials`
  );
}

function costOf(trials: readonly TrialResult[]): ScenarioStats['cost_usd'] {
  const known = trials.filter((trial) => trial.cost_usd !== null);
  const total = known.reduce((sum, trial) => sum + (trial.cost_usd ?? 0), 0);
  // A trial that never reached the model (no turns) cost nothing, even when its cost field is null.
  const unknown = trials.filter((trial) => trial.cost_usd === null && trial.turns > 0).length;
  return { total, per_trial: known.length > 0 ? total / known.length : null, unknown_trials: unknown };
}

/** Errors grouped by code (messages carry request ids and values); the first message is kept as the example. */
function groupErrors(trials: readonly TrialResult[]): ScenarioStats['errors'] {
  const groups = new Map<string, ScenarioStats['errors'][number]>();
  for (const trial of trials) {
    if (trial.status !== 'errored') continue;
    const code = trial.error?.code ?? 'E_UNKNOWN';
    const infrastructure = isInfrastructureError(trial);
    const key = `${code}\u0000${infrastructure}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else
      groups.set(key, {
        code,
        message: trial.error?.message ?? 'the trial errored without details',
        infrastructure,
        count: 1,
      });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

function noteFor(trials: readonly TrialResult[], loaded: CheckedScenario): string | null {
  const assertions = loaded.scenario.assertions;
  if (assertions.length === 0) {
    return trials.some((trial) => trial.status === 'passed')
      ? 'no assertions: passed because the run completed'
      : 'no assertions: trials pass only when the run completes';
  }
  return null;
}
