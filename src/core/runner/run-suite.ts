import { SalvoError, isSalvoError } from '../errors.ts';
import type { ModelClient } from '../model-client.ts';
import type { Clock, RunStore } from '../ports.ts';
import type { Redactor } from '../redaction/index.ts';
import { RESULTS_SCHEMA_VERSION, type AssertionResult, type FinishedRun, type RunHeader, type ScenarioResult, type ScenarioStats, type ScenarioStatus, type SkipReason, type TrialResult, type Verdict } from '../results.ts';
import type { Price } from '../scenario/project-config-schema.ts';
import type { RunTrace } from '../trace.ts';
import { decideEarlyStop } from '../checks/early-stop.ts';
import type { SummaryContext } from '../checks/summarise-scenario.ts';
import { runScenarioUnsealed, sealOutcome } from './run-scenario.ts';
import type { ScenarioUnderTest } from './scenario-under-test.ts';
import { SpendCap } from './spend-cap.ts';
import { WriteBehind } from './write-behind.ts';
import { RunTotalsCounter, scenarioNotRun, scenarioResult, trialResult, type TrialEvaluation } from './suite-results.ts';

export type ClientChoice = { client: ModelClient; mode: 'live' | 'replay' } | { skip: SkipReason; message: string };

export interface SuiteHooks<S extends ScenarioUnderTest = ScenarioUnderTest> {
  clientFor(loaded: S): Promise<ClientChoice>;
  evaluateTrial(trace: RunTrace, loaded: S): { status: 'passed' | 'failed' | 'hard_fail'; score: number; assertions: AssertionResult[] };
  summariseScenario(trials: TrialResult[], loaded: S, context?: SummaryContext): { status: ScenarioStatus; verdict: Verdict; summary: string; stats?: ScenarioStats };
  onEvent?(event: SuiteEvent): void;
}

export type SuiteEvent =
  | { type: 'scenario_started'; name: string; file: string; trials: number }
  | { type: 'trial_finished'; name: string; trial: number; result: TrialResult }
  | { type: 'scenario_finished'; result: ScenarioResult; done: number; total: number }
  | { type: 'budget_reached'; spentUsd: number; maxCostUsd: number }
  | { type: 'cost_uncounted'; model: string }
  | { type: 'interrupted' };

export interface SuiteOptions<S extends ScenarioUnderTest = ScenarioUnderTest> {
  runId: string;
  salvoVersion?: string;
  trials: number;
  concurrency: number;
  maxCostUsd: number | null;
  /** Per-trial limit; overrides the scenario's timeout_seconds when set. */
  timeoutMs: number | null;
  signal: AbortSignal;
  clock: Clock;
  store: RunStore;
  redactor: Redactor;
  hooks: SuiteHooks<S>;
  prices: Record<string, Price>;
  /** How long in-flight turns may finish after an interrupt before they are aborted. */
  graceMs?: number;
  /** Opt-in: stop a scenario's trials once the rest cannot change whether it passes (checks/early-stop.ts). */
  earlyStop?: boolean;
}

export const DEFAULT_GRACE_MS = 3000;

/** One scenario in flight: its client, its finished trials, and how many are still to come. */
interface ScenarioSlot<S> {
  loaded: S;
  index: number;
  choice: Promise<ClientChoice | { error: SalvoError }> | null;
  trials: (TrialResult | undefined)[];
  /** Set when a trial ran (its result may still be on its way to `trials`). */
  ran: boolean;
  pending: number;
  /** Why its remaining trials were not started (early stop), once decided. */
  stoppedEarly?: string;
}

/**
 * Runs every scenario x trial through ONE pool of `concurrency` workers.
 * Results and traces are stored as each finishes and dropped from memory
 * (only the run's totals are counted as they go), so a long run loses
 * nothing when interrupted and its memory stays flat however many scenarios
 * it has. The rows of the run returned are the store's (RunStore.finishRun).
 */
export function runSuite<S extends ScenarioUnderTest>(scenarios: S[], options: SuiteOptions<S>): Promise<FinishedRun> {
  // Not async itself: the run below holds the loaded scenarios only through their slots, so a caller that
  // hands over its array (CLI, action) lets each be collected once its scenario finished.
  const startedAt = new Date(options.clock.now()).toISOString();
  return runSlots(
    scenarios.map((loaded, index) => ({ loaded, index, choice: null, trials: [], ran: false, pending: options.trials })),
    options,
    startedAt,
  );
}

async function runSlots<S extends ScenarioUnderTest>(slots: (ScenarioSlot<S> | null)[], options: SuiteOptions<S>, startedAt: string): Promise<FinishedRun> {
  const { clock, hooks, signal } = options;
  const total = slots.length;
  const totals = new RunTotalsCounter();
  const cap = new SpendCap(options.maxCostUsd);
  const hardStop = delayedAbort(signal, options.graceMs ?? DEFAULT_GRACE_MS);
  // A finished scenario's slot (and its loaded scenario) is dropped (slots[index] = null) once its result is stored.
  const queue = slots.flatMap((slot) => Array.from({ length: options.trials }, (_, trial) => ({ slot: slot!, trial: trial + 1 })));
  let done = 0;

  // A trial's sealing, evaluation and storage, and a scenario's summary and storage, run after the requests
  // that the same turn of the event loop starts (write-behind.ts); they keep their order.
  const afterTurn = new WriteBehind();
  const finish = (slot: ScenarioSlot<S>, settle: () => ScenarioResult) => {
    afterTurn.defer(async () => {
      // Messages of errors raised outside a trial (building a client) have not been through the redactor yet.
      const result = options.redactor.deep(settle());
      slots[slot.index] = null;
      slot.trials = [];
      totals.add(result);
      await options.store.saveScenarioResult(options.runId, slot.index, result);
      hooks.onEvent?.({ type: 'scenario_finished', result, done: (done += 1), total });
    });
  };

  const startScenario = async (slot: ScenarioSlot<S>): Promise<boolean> => {
    const skip = skipBeforeStart(signal, cap, hooks);
    if (skip) {
      slot.choice = Promise.resolve(skip);
      finish(slot, () => scenarioNotRun(slot.loaded, slot.loaded.scenario.adapter, skip));
      return false;
    }
    slot.choice ??= hooks.clientFor(slot.loaded).catch((error: unknown) => ({ error: asSalvoError(error) }));
    const choice = await slot.choice;
    if ('client' in choice) {
      hooks.onEvent?.({ type: 'scenario_started', name: slot.loaded.name, file: slot.loaded.file, trials: options.trials });
      return true;
    }
    finish(slot, () => scenarioNotRun(slot.loaded, slot.loaded.scenario.adapter, choice));
    return false;
  };

  const runTrial = async (slot: ScenarioSlot<S>, trial: number, choice: { client: ModelClient; mode: 'live' | 'replay' }) => {
    const unsealed = await runScenarioUnsealed(slot.loaded, {
      client: choice.client,
      mode: choice.mode,
      clock,
      redactor: options.redactor,
      prices: options.prices,
      signal,
      hardStop,
      timeoutMs: options.timeoutMs,
    });
    slot.ran = true;
    // The spend cap decides whether the next scenario may start: counted now.
    if (cap.add(unsealed.trace.cost_usd, unsealed.trace.model)) hooks.onEvent?.({ type: 'cost_uncounted', model: unsealed.trace.model });
    const complete = async () => {
      const outcome = sealOutcome(unsealed, options.redactor);
      await options.store.saveTrace(options.runId, outcome.trace);
      const evaluation = evaluate(outcome.trace, outcome.error, slot.loaded, hooks);
      const result = trialResult(trial, outcome.trace, evaluation.evaluation, evaluation.error);
      slot.trials[trial - 1] = result;
      hooks.onEvent?.({ type: 'trial_finished', name: slot.loaded.name, trial, result });
    };
    // Early stop decides on the finished trials before the next one starts; otherwise nothing waits for them.
    if (!options.earlyStop) return afterTurn.defer(complete);
    await complete();
    stopEarlyIfDecided(slot, queue, options.trials);
  };

  const worker = async () => {
    for (let job = queue.shift(); job && !afterTurn.failed; job = queue.shift()) {
      const { slot, trial } = job;
      if (trial === 1 && !(await startScenario(slot))) {
        removeQueued(queue, slot);
        continue;
      }
      // A later trial may be taken while the first is still choosing its client, or after it was skipped.
      const choice = await slot.choice;
      if (!choice || !('client' in choice)) continue;
      if (signal.aborted && !slot.ran) {
        // Interrupted before any of its trials ran: cancelled as a whole below.
      } else if (signal.aborted) {
        slot.trials[trial - 1] = cancelledTrial(trial, choice.mode);
      } else {
        await runTrial(slot, trial, choice);
      }
      slot.pending -= 1;
      if (slot.pending === 0) finish(slot, () => summarise(slot, choice, hooks, options.trials));
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, worker));
  // Every result reaches the store before the run document; a failed write fails the run.
  await afterTurn.drain();
  if (signal.aborted) hooks.onEvent?.({ type: 'interrupted' });
  await storeNotStarted(slots, options, totals);
  const header = runHeader(options, startedAt, totals, cap);
  return { ...header, scenarios: await options.store.finishRun(header) };
}

/** The scenarios an interrupt kept from starting still have their slot: stored as cancelled, so the document has every row. */
async function storeNotStarted<S extends ScenarioUnderTest>(slots: (ScenarioSlot<S> | null)[], options: SuiteOptions<S>, totals: RunTotalsCounter): Promise<void> {
  for (const [index, slot] of slots.entries()) {
    if (!slot) continue;
    const row = notStarted(slot.loaded);
    totals.add(row);
    await options.store.saveScenarioResult(options.runId, index, row);
  }
}

function notStarted(loaded: ScenarioUnderTest): ScenarioResult {
  return scenarioNotRun(loaded, loaded.scenario.adapter, { skip: 'cancelled', message: 'not started: the run was interrupted' });
}

/** Why a scenario must not start (interrupted, or the spend cap reached), announcing the cap once. */
function skipBeforeStart<S extends ScenarioUnderTest>(signal: AbortSignal, cap: SpendCap, hooks: SuiteHooks<S>): { skip: SkipReason; message: string } | null {
  if (signal.aborted) return { skip: 'cancelled', message: 'not started: the run was interrupted' };
  if (!cap.exhausted()) return null;
  if (!cap.announced) {
    cap.announced = true;
    hooks.onEvent?.({ type: 'budget_reached', spentUsd: cap.spentUsd, maxCostUsd: cap.maxCostUsd! });
  }
  return { skip: 'budget', message: cap.skipMessage() };
}

function runHeader(options: Pick<SuiteOptions, 'runId' | 'salvoVersion' | 'clock' | 'signal' | 'maxCostUsd'>, startedAt: string, totals: RunTotalsCounter, cap: SpendCap): RunHeader {
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run_id: options.runId,
    salvo_version: options.salvoVersion ?? 'unknown',
    started_at: startedAt,
    finished_at: new Date(options.clock.now()).toISOString(),
    interrupted: options.signal.aborted,
    max_cost_usd: options.maxCostUsd,
    totals: totals.totals(),
    budget_exhausted: cap.skippedAny,
    uncounted_cost_models: cap.uncountedModels(),
  };
}

function evaluate<S extends ScenarioUnderTest>(trace: RunTrace, error: SalvoError | null, loaded: S, hooks: SuiteHooks<S>): { evaluation: TrialEvaluation; error: SalvoError | null } {
  if (error) return { evaluation: { status: error.code === 'E_CANCELLED' ? 'cancelled' : 'errored', score: null, assertions: [] }, error };
  try {
    return { evaluation: hooks.evaluateTrial(trace, loaded), error: null };
  } catch (caught) {
    return { evaluation: { status: 'errored', score: null, assertions: [] }, error: asSalvoError(caught) };
  }
}

function summarise<S extends ScenarioUnderTest>(slot: ScenarioSlot<S>, choice: { client: ModelClient; mode: 'live' | 'replay' }, hooks: SuiteHooks<S>, plannedTrials: number): ScenarioResult {
  const trials = slot.trials.filter((trial): trial is TrialResult => trial !== undefined);
  if (trials.length === 0) return scenarioNotRun(slot.loaded, choice.client.provider, { skip: 'cancelled', message: 'not started: the run was interrupted' });
  return scenarioResult(slot.loaded, choice.client.provider, choice.mode, trials, hooks.summariseScenario(trials, slot.loaded, summaryContext(slot, trials, plannedTrials)));
}

function summaryContext<S>(slot: ScenarioSlot<S>, trials: TrialResult[], plannedTrials: number): SummaryContext {
  return slot.stoppedEarly === undefined ? { plannedTrials } : { plannedTrials, earlyStop: { afterTrials: trials.length, reason: slot.stoppedEarly } };
}

function cancelledTrial(trial: number, mode: 'live' | 'replay'): TrialResult {
  return {
    trial, status: 'cancelled', score: null, assertions: [], trace_id: null, mode, turns: 0, max_turns_hit: false, tool_calls: 0,
    input_tokens: 0, output_tokens: 0, cost_usd: 0, latency_seconds: 0, retries: 0, final_content_preview: null,
    error: { code: 'E_CANCELLED', message: 'not started: the run was interrupted', infrastructure: false },
  };
}

/** Early stop: once the finished trials decide the outcome, the trials not started are dropped (running ones still count). */
function stopEarlyIfDecided<S extends ScenarioUnderTest>(slot: ScenarioSlot<S>, queue: { slot: ScenarioSlot<S> }[], plannedTrials: number): void {
  if (slot.stoppedEarly !== undefined) return;
  const finished = slot.trials.filter((trial): trial is TrialResult => trial !== undefined);
  const decision = decideEarlyStop(finished, plannedTrials, slot.loaded);
  if (!decision.stop) return;
  slot.stoppedEarly = decision.reason ?? 'the remaining trials cannot change the outcome';
  slot.pending -= removeQueued(queue, slot);
}

/** Drops the slot's trials that have not started; returns how many. */
function removeQueued<S>(queue: { slot: ScenarioSlot<S> }[], slot: ScenarioSlot<S>): number {
  let removed = 0;
  for (let index = queue.length - 1; index >= 0; index -= 1) {
    if (queue[index]!.slot === slot) {
      queue.splice(index, 1);
      removed += 1;
    }
  }
  return removed;
}

function asSalvoError(error: unknown): SalvoError {
  if (isSalvoError(error)) return error;
  return new SalvoError('E_INTERNAL', error instanceof Error ? error.message : String(error), { cause: error });
}

/** A signal that fires `delayMs` after `source` does: the grace given to turns in flight. */
function delayedAbort(source: AbortSignal, delayMs: number): AbortSignal {
  const controller = new AbortController();
  const fire = () => {
    const timer = setTimeout(() => controller.abort(source.reason), delayMs);
    timer.unref?.();
  };
  if (source.aborted) fire();
  else source.addEventListener('abort', fire, { once: true });
  return controller.signal;
}
