import { ProviderError, type ErrorCode, type SalvoError } from '../errors.ts';
import { figuresOfScenarioNotRun } from '../results.ts';
import type {
  AssertionResult,
  ErrorInfo,
  RunTotals,
  ScenarioResult,
  ScenarioStats,
  ScenarioStatus,
  SkipReason,
  TrialResult,
  TrialStatus,
  Verdict,
} from '../results.ts';
import type { RunTrace } from '../trace.ts';
import type { ScenarioUnderTest } from './scenario-under-test.ts';
import { checksOf, inputsOf } from '../compare/scenario-facts.ts';

const PREVIEW_CHARS = 200;
/** A judge that gave too few usable votes, or a simulated user that could not speak, is not the agent's failure. */
const INFRASTRUCTURE_CODES = new Set<ErrorCode>(['E_TIMEOUT', 'E_JUDGE', 'E_SIMULATOR']);

export function errorInfo(error: SalvoError): ErrorInfo {
  return {
    code: error.code,
    message: error.message,
    ...(error.hint ? { hint: error.hint } : {}),
    infrastructure: error instanceof ProviderError || INFRASTRUCTURE_CODES.has(error.code),
  };
}

export interface TrialEvaluation {
  status: TrialStatus;
  score: number | null;
  assertions: AssertionResult[];
}

export function trialResult(
  trial: number,
  trace: RunTrace,
  evaluation: TrialEvaluation,
  error: SalvoError | null,
): TrialResult {
  const preview = trace.final_content === null ? null : trace.final_content.slice(0, PREVIEW_CHARS);
  return {
    trial,
    status: evaluation.status,
    score: evaluation.score,
    assertions: evaluation.assertions,
    trace_id: trace.trace_id,
    mode: trace.mode,
    turns: trace.turn_count,
    max_turns_hit: trace.max_turns_hit,
    tool_calls: trace.tool_calls_made.length,
    input_tokens: trace.input_tokens,
    output_tokens: trace.output_tokens,
    cost_usd: trace.cost_usd,
    ...(trace.cache_saving_usd === undefined ? {} : { cache_saving_usd: trace.cache_saving_usd }),
    ...(trace.judge ? { judge: trace.judge } : {}),
    ...(trace.simulator ? { simulator: trace.simulator } : {}),
    ...(trace.conversation_end ? { conversation_end: trace.conversation_end } : {}),
    latency_seconds: trace.latency_seconds,
    // The turn that failed after its retries is not in the trace; its retries travel on the error.
    retries:
      trace.turns.reduce((sum, turn) => sum + turn.retries, 0) + (error instanceof ProviderError ? error.retries : 0),
    final_content_preview: preview,
    ...(error ? { error: errorInfo(error) } : {}),
  };
}

/** Sums over the scenario's trials; the cost is unknown as soon as one trial's is. */
export function scenarioResult(
  loaded: ScenarioUnderTest,
  provider: string,
  mode: 'live' | 'replay',
  trials: TrialResult[],
  summary: { status: ScenarioStatus; verdict: Verdict; summary: string; stats?: ScenarioStats },
): ScenarioResult {
  const sum = (pick: (trial: TrialResult) => number) => trials.reduce((total, trial) => total + pick(trial), 0);
  const costs = trials.map((trial) => trial.cost_usd);
  const firstError = trials.find((trial) => trial.error)?.error;
  return {
    name: loaded.name,
    file: loaded.file,
    provider,
    model: loaded.scenario.model,
    mode,
    status: summary.status,
    verdict: summary.verdict,
    ...(summary.status === 'skipped' && trials.every((trial) => trial.status === 'cancelled')
      ? { skip_reason: 'cancelled' as const }
      : {}),
    summary: summary.summary,
    trials,
    turns: sum((trial) => trial.turns),
    max_turns_hit: trials.some((trial) => trial.max_turns_hit),
    tool_calls: sum((trial) => trial.tool_calls),
    input_tokens: sum((trial) => trial.input_tokens),
    output_tokens: sum((trial) => trial.output_tokens),
    cost_usd: costs.some((cost) => cost === null) ? null : sum((trial) => trial.cost_usd ?? 0),
    ...cacheSavingOf(trials),
    ...judgeCostOf(trials),
    ...simulatorCostOf(trials),
    latency_seconds: sum((trial) => trial.latency_seconds),
    scenario_hash: loaded.hash,
    ...(summary.status === 'errored' && firstError ? { error: firstError } : {}),
    ...(summary.stats ? { stats: summary.stats } : {}),
    inputs: inputsOf(loaded.scenario),
    checks: checksOf(loaded.scenario),
  };
}

/** A scenario that never ran: skipped (budget, cancelled, no key) or errored before its first trial. */
export function scenarioNotRun(
  loaded: ScenarioUnderTest,
  provider: string,
  outcome: { skip: SkipReason; message: string } | { error: SalvoError },
): ScenarioResult {
  const skipped = 'skip' in outcome;
  return {
    name: loaded.name,
    file: loaded.file,
    provider,
    model: loaded.scenario.model,
    mode: null,
    status: skipped ? 'skipped' : 'errored',
    verdict: skipped ? 'SKIPPED' : errorInfo(outcome.error).infrastructure ? 'INFRA_ERROR' : 'FAIL',
    ...(skipped ? { skip_reason: outcome.skip } : {}),
    summary: skipped ? outcome.message : outcome.error.message,
    ...figuresOfScenarioNotRun(),
    cost_usd: 0,
    scenario_hash: loaded.hash,
    ...(skipped ? {} : { error: errorInfo(outcome.error) }),
    inputs: inputsOf(loaded.scenario),
    checks: checksOf(loaded.scenario),
  };
}

/** The caching saving over the trials that touched a cache; absent when none did. */
function cacheSavingOf(rows: readonly { cache_saving_usd?: number }[]): { cache_saving_usd?: number } {
  const saved = rows.filter((row) => row.cache_saving_usd !== undefined);
  if (saved.length === 0) return {};
  return { cache_saving_usd: saved.reduce((total, row) => total + row.cache_saving_usd!, 0) };
}

/** The judge's cost over the trials that were judged: absent when none was, null when a judge model has no price. */
function judgeCostOf(trials: readonly TrialResult[]): { judge_cost_usd?: number | null } {
  const judged = trials.filter((trial) => trial.judge !== undefined);
  if (judged.length === 0) return {};
  if (judged.some((trial) => trial.judge!.cost_usd === null)) return { judge_cost_usd: null };
  return { judge_cost_usd: judged.reduce((total, trial) => total + trial.judge!.cost_usd!, 0) };
}

/** The simulated user's cost over the trials: absent when none had one, null when its model has no price. */
function simulatorCostOf(trials: readonly TrialResult[]): { simulator_cost_usd?: number | null } {
  const simulated = trials.filter((trial) => trial.simulator !== undefined);
  if (simulated.length === 0) return {};
  if (simulated.some((trial) => trial.simulator!.cost_usd === null)) return { simulator_cost_usd: null };
  return { simulator_cost_usd: simulated.reduce((total, trial) => total + trial.simulator!.cost_usd!, 0) };
}

export function runTotals(scenarios: readonly ScenarioResult[]): RunTotals {
  const totals: RunTotals = {
    total: 0,
    passed: 0,
    failed: 0,
    errored: 0,
    skipped: 0,
    cost_usd: 0,
    cost_incomplete: false,
    input_tokens: 0,
    output_tokens: 0,
    latency_seconds: 0,
  };
  for (const scenario of scenarios) {
    totals.total += 1;
    totals[scenario.status] += 1;
    totals.cost_usd += scenario.cost_usd ?? 0;
    if (scenario.judge_cost_usd !== undefined)
      totals.judge_cost_usd = (totals.judge_cost_usd ?? 0) + (scenario.judge_cost_usd ?? 0);
    totals.cost_incomplete ||= scenario.judge_cost_usd === null;
    if (scenario.simulator_cost_usd !== undefined)
      totals.simulator_cost_usd = (totals.simulator_cost_usd ?? 0) + (scenario.simulator_cost_usd ?? 0);
    totals.cost_incomplete ||= scenario.simulator_cost_usd === null;
    totals.cost_incomplete ||= scenario.cost_usd === null && scenario.status !== 'skipped';
    totals.input_tokens += scenario.input_tokens;
    totals.output_tokens += scenario.output_tokens;
    totals.latency_seconds += scenario.latency_seconds;
  }
  return { ...totals, ...cacheSavingOf(scenarios) };
}
