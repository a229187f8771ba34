import type { SalvoError } from '../errors.ts';
import type { TrialResult, ScenarioResult } from '../results.ts';
import { decideEarlyStop } from '../evaluation/early-stop.ts';
import { summariseScenario, type SummaryContext } from '../evaluation/summarise-scenario.ts';
import type { ModelClient, PromptCacheHint } from '../model-client.ts';
import type { ClientChoice } from './run-suite.ts';
import type { ScenarioUnderTest } from './scenario-under-test.ts';
import { scenarioNotRun, scenarioResult } from './suite-results.ts';

/** What the suite keeps of a scenario while its trials run. */

export const NOT_STARTED = 'not started: the run was interrupted';

/** One scenario in flight: its client, its finished trials, and how many are still to come. */
export interface ScenarioSlot {
  loaded: ScenarioUnderTest;
  index: number;
  choice: Promise<ClientChoice | { error: SalvoError }> | null;
  trials: (TrialResult | undefined)[];
  /** Set when a trial ran. */
  ran: boolean;
  pending: number;
  /** How many trials it runs: its own `trials`, else the suite's. */
  planned: number;
  /** Why its remaining trials were not started (early stop), once decided. */
  stoppedEarly?: string;
  /** Where prompt caching pays for this scenario (prompt-cache-plan.ts); absent = off. */
  cacheHint?: PromptCacheHint;
}

/** A scenario an interrupt kept from starting: stored as cancelled, so the document has every row. */
export function notStarted(loaded: ScenarioUnderTest, provider: string = loaded.scenario.adapter): ScenarioResult {
  return scenarioNotRun(loaded, provider, { skip: 'cancelled', message: NOT_STARTED });
}

export function summarise(
  slot: ScenarioSlot,
  choice: { client: ModelClient; mode: 'live' | 'replay' },
  plannedTrials: number,
): ScenarioResult {
  const trials = slot.trials.filter((trial): trial is TrialResult => trial !== undefined);
  if (trials.length === 0) return notStarted(slot.loaded, choice.client.provider);
  return scenarioResult(
    slot.loaded,
    choice.client.provider,
    choice.mode,
    trials,
    summariseScenario(trials, slot.loaded, summaryContext(slot, trials, plannedTrials)),
  );
}

function summaryContext(slot: ScenarioSlot, trials: TrialResult[], plannedTrials: number): SummaryContext {
  return slot.stoppedEarly === undefined
    ? { plannedTrials }
    : { plannedTrials, earlyStop: { afterTrials: trials.length, reason: slot.stoppedEarly } };
}

/**
 * Early stop: once the finished trials decide the outcome, the trials not started are dropped (running ones still
 * count).
 */
export function stopEarlyIfDecided(slot: ScenarioSlot, queue: { slot: ScenarioSlot }[], plannedTrials: number): void {
  if (slot.stoppedEarly !== undefined) return;
  const finished = slot.trials.filter((trial): trial is TrialResult => trial !== undefined);
  const decision = decideEarlyStop(finished, plannedTrials, slot.loaded);
  if (!decision.stop) return;
  slot.stoppedEarly = decision.reason ?? 'the remaining trials cannot change the outcome';
  slot.pending -= removeQueued(queue, slot);
}

/** Drops the slot's trials that have not started; returns how many. */
export function removeQueued(queue: { slot: ScenarioSlot }[], slot: ScenarioSlot): number {
  let removed = 0;
  for (let index = queue.length - 1; index >= 0; index -= 1) {
    if (queue[index]!.slot === slot) {
      queue.splice(index, 1);
      removed += 1;
    }
  }
  return removed;
}
