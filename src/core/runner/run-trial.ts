import { SalvoError, isSalvoError } from '../errors.ts';
import type { ModelClient } from '../model-client.ts';
import type { TrialResult } from '../results.ts';
import type { RunTrace } from '../trace.ts';
import { evaluateTrial } from '../evaluation/evaluate-trial.ts';
import { judgeTrial, type JudgedTrial, type JudgePort } from '../evaluation/judge-trial.ts';
import type { RequestPermits } from './request-permits.ts';
import { runScenario } from './run-scenario.ts';
import type { SuiteOptions } from './run-suite.ts';
import { NOT_STARTED, stopEarlyIfDecided, type ScenarioSlot } from './scenario-slot.ts';
import type { ScenarioUnderTest } from './scenario-under-test.ts';
import type { SpendCap } from './spend-cap.ts';
import { trialResult, type TrialEvaluation } from './suite-results.ts';

/** One trial of a scenario in the suite: run it, judge it, count its cost, store its trace, evaluate it. */

export interface TrialContext {
  options: SuiteOptions;
  cap: SpendCap;
  /** Fires a grace period after the run's signal: aborts the turn in flight. */
  hardStop: AbortSignal;
  queue: { slot: ScenarioSlot }[];
  /** Provider -> the rejection's message, filled when a live request is answered 401/403. */
  rejectedKeys: Map<string, string>;
  /** The run's cap on model requests in flight, shared by agent turns and judge votes. */
  permits: RequestPermits;
}

/** Runs one trial, stores its trace, and records its evaluated result on the slot. */
export async function runTrial(
  slot: ScenarioSlot,
  trial: number,
  choice: { client: ModelClient; mode: 'live' | 'replay' },
  context: TrialContext,
): Promise<void> {
  const { options, cap } = context;
  const outcome = await runScenario(slot.loaded, {
    client: context.permits.limit(choice.client),
    mode: choice.mode,
    clock: options.clock,
    redactor: options.redactor,
    prices: options.prices,
    signal: options.signal,
    hardStop: context.hardStop,
    timeoutMs: options.timeoutMs,
    ...(options.handlers ? { handlers: options.handlers } : {}),
  });
  slot.ran = true;
  const judged = await judgeIfNeeded(slot.loaded, outcome, choice.mode, context);
  const trace = judged.usage ? { ...outcome.trace, judge: judged.usage } : outcome.trace;
  // The spend cap decides whether the next scenario may start: counted now, the judge's votes included.
  if (cap.add(trace.cost_usd, trace.model)) options.onEvent?.({ type: 'cost_uncounted', model: trace.model });
  if (judged.usage && cap.add(judged.usage.cost_usd, judged.usage.models.join(', '))) {
    options.onEvent?.({ type: 'cost_uncounted', model: judged.usage.models.join(', ') });
  }
  await options.store.saveTrace(options.runId, trace);
  rememberRejectedKey(outcome.error, choice, context.rejectedKeys);
  const evaluation = evaluate(trace, outcome.error, slot.loaded, judged);
  const result = trialResult(trial, trace, evaluation.evaluation, evaluation.error);
  slot.trials[trial - 1] = result;
  options.onEvent?.({ type: 'trial_finished', name: slot.loaded.name, trial, result });
  if (options.earlyStop) stopEarlyIfDecided(slot, context.queue, slot.planned);
}

/** A live provider that rejected the key (401/403) gets no more requests this run: later scenarios are skipped. */
function rememberRejectedKey(
  error: SalvoError | null,
  choice: { client: ModelClient; mode: 'live' | 'replay' },
  rejected: Map<string, string>,
): void {
  const code = error?.code;
  if (choice.mode !== 'live' || (code !== 'E_PROVIDER_AUTH' && code !== 'E_PROVIDER_FORBIDDEN')) return;
  if (!rejected.has(choice.client.provider)) rejected.set(choice.client.provider, error!.message);
}

/** The judge's verdicts on a trial that ran to its end; nothing to judge when it errored or has no judge assertion. */
async function judgeIfNeeded(
  loaded: ScenarioUnderTest,
  outcome: { trace: RunTrace; error: SalvoError | null },
  mode: 'live' | 'replay',
  { options, permits }: TrialContext,
): Promise<JudgedTrial> {
  const nothing: JudgedTrial = { outcomes: new Map(), usage: null };
  if (outcome.error || !options.judgeFor || !loaded.scenario.assertions.some((assertion) => assertion.type === 'judge'))
    return nothing;
  const port = options.judgeFor(loaded, mode);
  const limited: JudgePort = {
    settingsFor: (assertion) => port.settingsFor(assertion),
    clientFor: async (settings) => permits.limit(await port.clientFor(settings)),
    prices: port.prices,
  };
  const judged = await judgeTrial(loaded.scenario.assertions, outcome.trace, limited, options.signal);
  // The judge's reasons quote the agent, and the agent may have echoed a secret: the same redaction as the trace.
  for (const [index, verdict] of judged.outcomes) judged.outcomes.set(index, options.redactor.deep(verdict));
  return judged;
}

function evaluate(
  trace: RunTrace,
  error: SalvoError | null,
  loaded: ScenarioUnderTest,
  judged: JudgedTrial,
): { evaluation: TrialEvaluation; error: SalvoError | null } {
  if (error)
    return {
      evaluation: { status: error.code === 'E_CANCELLED' ? 'cancelled' : 'errored', score: null, assertions: [] },
      error,
    };
  try {
    const evaluation = evaluateTrial(trace, loaded, judged.outcomes);
    if (evaluation.judgeError === undefined) return { evaluation, error: null };
    // Too few usable votes: neither a pass nor the agent's failure. The assertions stay visible.
    return {
      evaluation: { status: 'errored', score: null, assertions: evaluation.assertions },
      error: new SalvoError('E_JUDGE', evaluation.judgeError, {
        hint: 'check the judge model and its key, or raise k',
      }),
    };
  } catch (caught) {
    return { evaluation: { status: 'errored', score: null, assertions: [] }, error: asSalvoError(caught) };
  }
}

export function cancelledTrial(trial: number, mode: 'live' | 'replay'): TrialResult {
  return {
    trial,
    status: 'cancelled',
    score: null,
    assertions: [],
    trace_id: null,
    mode,
    turns: 0,
    max_turns_hit: false,
    tool_calls: 0,
    input_tokens: 0,
    output_tokens: 0,
    cost_usd: 0,
    latency_seconds: 0,
    retries: 0,
    final_content_preview: null,
    error: { code: 'E_CANCELLED', message: NOT_STARTED, infrastructure: false },
  };
}

export function asSalvoError(error: unknown): SalvoError {
  if (isSalvoError(error)) return error;
  return new SalvoError('E_INTERNAL', error instanceof Error ? error.message : String(error), { cause: error });
}
