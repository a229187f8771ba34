import type { ModelClient } from '../model-client.ts';
import type { Clock, RunStore, ToolHandlerRunner } from '../ports.ts';
import type { Redactor } from '../redaction/index.ts';
import {
  RESULTS_SCHEMA_VERSION,
  type RunResults,
  type ScenarioResult,
  type SkipReason,
  type TrialResult,
} from '../results.ts';
import type { Price } from '../scenario/project-config-schema.ts';
import type { JudgePort } from '../evaluation/judge-trial.ts';
import { cancelledTrial, asSalvoError, runTrial } from './run-trial.ts';
import { NOT_STARTED, notStarted, removeQueued, summarise, type ScenarioSlot } from './scenario-slot.ts';
import type { ScenarioUnderTest } from './scenario-under-test.ts';
import { RequestPermits } from './request-permits.ts';
import { SpendCap } from './spend-cap.ts';
import { runTotals, scenarioNotRun } from './suite-results.ts';

export type ClientChoice = { client: ModelClient; mode: 'live' | 'replay' } | { skip: SkipReason; message: string };

/**
 * What the suite reports as it goes. `index` is the scenario's place in the suite, the same in its
 * started and finished events (names repeat, and the finished row's name has been redacted).
 * `name` and `file` are the scenario's own, not redacted: a shell redacts what it shows.
 */
export type SuiteEvent =
  | { type: 'suite_started'; total: number }
  | { type: 'scenario_started'; index: number; name: string; file: string; trials: number }
  | { type: 'trial_finished'; name: string; trial: number; result: TrialResult }
  | { type: 'scenario_finished'; index: number; result: ScenarioResult; done: number; total: number }
  | { type: 'budget_reached'; spentUsd: number; maxCostUsd: number }
  | { type: 'cost_uncounted'; model: string }
  | { type: 'interrupted' };

export interface SuiteOptions {
  runId: string;
  salvoVersion?: string;
  /** Trials of a scenario that sets none itself (its `trials`, or salvo.yaml's, win). */
  trials: number;
  concurrency: number;
  maxCostUsd: number | null;
  /** Per-trial limit; overrides the scenario's timeout_seconds when set. */
  timeoutMs: number | null;
  signal: AbortSignal;
  clock: Clock;
  store: RunStore;
  redactor: Redactor;
  prices: Record<string, Price>;
  /** Live client, replay or skip for a scenario (the engine's mode policy). */
  clientFor(loaded: ScenarioUnderTest): Promise<ClientChoice>;
  /**
   * Where a scenario's judge assertions send their votes (live, recorded or replayed like the agent); without it they
   * fail saying so.
   */
  judgeFor?(loaded: ScenarioUnderTest, mode: 'live' | 'replay'): JudgePort;
  onEvent?(event: SuiteEvent): void;
  /** How long in-flight turns may finish after an interrupt before they are aborted. */
  graceMs?: number;
  /** Runs the scenarios' tool handlers (project code). */
  handlers?: ToolHandlerRunner;
  /** Opt-in: stop a scenario's trials once the rest cannot change whether it passes (checks/early-stop.ts). */
  earlyStop?: boolean;
}

export const DEFAULT_GRACE_MS = 3000;

/**
 * Runs every scenario x trial through ONE pool of `concurrency` workers.
 * Traces and scenario results are stored as each finishes, so a long run
 * loses nothing when interrupted; the caller writes the run document.
 */
export async function runSuite(scenarios: ScenarioUnderTest[], options: SuiteOptions): Promise<RunResults> {
  const { signal } = options;
  const startedAt = new Date(options.clock.now()).toISOString();
  const rows: (ScenarioResult | undefined)[] = new Array(scenarios.length);
  const slots = scenarios.map((loaded, index): ScenarioSlot => {
    const planned = loaded.scenario.trials ?? options.trials;
    return { loaded, index, choice: null, trials: [], ran: false, pending: planned, planned };
  });
  const cap = new SpendCap(options.maxCostUsd);
  // Providers that rejected the key (401/403) live: every later request would be rejected too (25 trials sent 26).
  const rejectedKeys = new Map<string, string>();
  const permits = new RequestPermits(options.concurrency);
  const hardStop = delayedAbort(signal, options.graceMs ?? DEFAULT_GRACE_MS);
  const queue = slots.flatMap((slot) =>
    Array.from({ length: slot.planned }, (_, trial) => ({ slot, trial: trial + 1 })),
  );
  let done = 0;
  options.onEvent?.({ type: 'suite_started', total: slots.length });

  const finish = async (slot: ScenarioSlot, result: ScenarioResult) => {
    // Messages of errors raised outside a trial (building a client) have not been through the redactor yet.
    const row = options.redactor.deep(result);
    rows[slot.index] = row;
    await options.store.saveScenarioResult(options.runId, row);
    done += 1;
    options.onEvent?.({ type: 'scenario_finished', index: slot.index, result: row, done, total: slots.length });
  };

  const startScenario = async (slot: ScenarioSlot): Promise<boolean> => {
    const skip = skipBeforeStart(signal, cap, options);
    if (skip) {
      await finish(slot, scenarioNotRun(slot.loaded, slot.loaded.scenario.adapter, skip));
      return false;
    }
    slot.choice ??= options.clientFor(slot.loaded).catch((error: unknown) => ({ error: asSalvoError(error) }));
    const choice = await slot.choice;
    const rejection =
      'client' in choice && choice.mode === 'live' ? rejectedKeys.get(choice.client.provider) : undefined;
    if (rejection !== undefined) {
      const message = `not sent: ${rejection}, earlier in this run`;
      await finish(
        slot,
        scenarioNotRun(slot.loaded, slot.loaded.scenario.adapter, { skip: 'provider_rejected_key', message }),
      );
      return false;
    }
    if ('client' in choice) {
      options.onEvent?.({
        type: 'scenario_started',
        index: slot.index,
        name: slot.loaded.name,
        file: slot.loaded.file,
        trials: slot.planned,
      });
      return true;
    }
    await finish(slot, scenarioNotRun(slot.loaded, slot.loaded.scenario.adapter, choice));
    return false;
  };

  // A failed write (a full disk) stops the run: no worker starts anything after it, and runSuite rejects with it.
  let storeFailure: { error: unknown } | null = null;
  const worker = async () => {
    try {
      await work();
    } catch (error) {
      storeFailure ??= { error };
    }
  };
  const work = async () => {
    for (let job = queue.shift(); job && !storeFailure; job = queue.shift()) {
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
        await runTrial(slot, trial, choice, { options, cap, hardStop, queue, rejectedKeys, permits });
      }
      slot.pending -= 1;
      if (slot.pending === 0) await finish(slot, summarise(slot, choice, slot.planned));
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, worker));
  if (storeFailure) throw (storeFailure as { error: unknown }).error;
  if (signal.aborted) options.onEvent?.({ type: 'interrupted' });
  // The scenarios an interrupt kept from starting are stored as cancelled, so the document has every row.
  for (const slot of slots) if (!rows[slot.index]) await finish(slot, notStarted(slot.loaded));
  // The caller writes the document (store.finishRun) once it holds every row it reports.
  return runDocument(options, startedAt, rows as ScenarioResult[], cap);
}

/** Why a scenario must not start (interrupted, or the spend cap reached), announcing the cap once. */
function skipBeforeStart(
  signal: AbortSignal,
  cap: SpendCap,
  options: SuiteOptions,
): { skip: SkipReason; message: string } | null {
  if (signal.aborted) return { skip: 'cancelled', message: NOT_STARTED };
  if (!cap.exhausted()) return null;
  if (!cap.announced) {
    cap.announced = true;
    options.onEvent?.({ type: 'budget_reached', spentUsd: cap.spentUsd, maxCostUsd: cap.maxCostUsd! });
  }
  return { skip: 'budget', message: cap.skipMessage() };
}

function runDocument(options: SuiteOptions, startedAt: string, scenarios: ScenarioResult[], cap: SpendCap): RunResults {
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run_id: options.runId,
    salvo_version: options.salvoVersion ?? 'unknown',
    started_at: startedAt,
    finished_at: new Date(options.clock.now()).toISOString(),
    interrupted: options.signal.aborted,
    max_cost_usd: options.maxCostUsd,
    totals: runTotals(scenarios),
    scenarios,
    budget_exhausted: cap.skippedAny,
    uncounted_cost_models: cap.uncountedModels(),
  };
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
