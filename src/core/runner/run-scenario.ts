import type { SalvoError } from '../errors.ts';
import { uuidv7 } from '../ids.ts';
import { emptyUsage, type ModelClient, type PromptCacheHint } from '../model-client.ts';
import type { Clock, ToolHandlerRunner } from '../ports.ts';
import { limitTrace, type Redactor } from '../redaction/index.ts';
import type { Price } from '../scenario/project-config-schema.ts';
import { TRACE_SCHEMA_VERSION, type RunTrace, type TraceTurn } from '../trace.ts';
import { estimateCacheSaving, estimateCost } from '../cost/index.ts';
import { validateExtras } from '../extras.ts';
import type { ScenarioUnderTest } from './scenario-under-test.ts';
import { SimulatedUser, type SimulatorChoice } from './simulated-user.ts';
import { TrialWorld } from './tool-handlers.ts';
import { converse, type LoopState } from './tool-loop.ts';
import { classifyFailure, redactError } from './trial-failure.ts';
import { secondsToMs, trialSignal } from './trial-signal.ts';

export { DEFAULT_LOOP_LIMIT } from './tool-loop.ts';

export interface TrialOptions {
  client: ModelClient;
  mode: 'live' | 'replay';
  clock: Clock;
  redactor: Redactor;
  prices?: Record<string, Price>;
  /** Cancellation of the whole run: no new turn starts once it fires. */
  signal?: AbortSignal;
  /** Aborts the turn in flight; defaults to `signal`. The suite fires it a grace period after `signal`. */
  hardStop?: AbortSignal;
  /** Wall-clock limit for this trial; the scenario's timeout_seconds when absent. */
  timeoutMs?: number | null;
  loopLimit?: number;
  /** Runs the scenario's tool handlers (project code); a scenario with handlers errors without it. */
  handlers?: ToolHandlerRunner;
  /** Where prompt caching pays (the suite's plan); absent = caching off. */
  promptCache?: PromptCacheHint;
  /** The simulated user's client and model; a scenario with `user_simulator` errors without it. */
  simulator?: SimulatorChoice;
}

/** A trial always yields its trace; `error` says why it ended early, with the partial trace kept. */
export interface TrialOutcome {
  trace: RunTrace;
  error: SalvoError | null;
}

/**
 * Runs ONE trial of a scenario: the multi-turn tool loop, fed by the scenario's mocks. The trace and error
 * come back sealed (redacted, then cut to the size limits): nothing leaves the runner unsealed.
 */
export async function runScenario(loaded: ScenarioUnderTest, options: TrialOptions): Promise<TrialOutcome> {
  const { clock } = options;
  const traceId = uuidv7(clock);
  const startedAt = clock.now();
  const started = clock.monotonic();
  const { scenario } = loaded;
  const state: LoopState = {
    conversation: [],
    messages: scenario.system_prompt ? [{ role: 'system', content: scenario.system_prompt }] : [],
    turns: [],
    userTurns: [],
    toolCallsMade: [],
    usage: emptyUsage(),
    finalContent: null,
    finishReason: null,
    stopReason: 'error',
    extrasResolved: {},
    world: new TrialWorld(scenario),
    simulator: scenario.user_simulator
      ? new SimulatedUser(scenario.user_simulator, options.simulator, options.prices ?? {})
      : null,
    conversationEnd: null,
  };
  const limit = trialSignal(
    options.hardStop ?? options.signal,
    options.timeoutMs ?? secondsToMs(scenario.timeout_seconds),
  );
  let error: SalvoError | null = null;
  try {
    state.extrasResolved = validateExtras(scenario.extras, scenario.adapter);
    await converse(loaded, state, options, limit.signal);
  } catch (caught) {
    ({ stopReason: state.stopReason, error } = classifyFailure(caught, options.signal, limit.signal, scenario));
    const interrupted = state.userTurns.at(-1);
    if (interrupted) interrupted.stop_reason = state.stopReason;
    state.conversationEnd = { by: 'error', stop_reason: state.stopReason };
  } finally {
    limit.dispose();
  }
  const trace: RunTrace = {
    schema_version: TRACE_SCHEMA_VERSION,
    trace_id: traceId,
    scenario_name: loaded.name,
    scenario_file: loaded.file,
    scenario_hash: loaded.hash,
    provider: options.client.provider,
    model: scenario.model,
    mode: options.mode,
    timestamp: new Date(startedAt).toISOString(),
    messages: state.messages,
    tool_calls_made: state.toolCallsMade,
    turns: state.turns,
    turn_count: state.turns.length,
    usage: state.usage,
    input_tokens: state.usage.inputTokens,
    output_tokens: state.usage.outputTokens,
    total_tokens: state.usage.inputTokens + state.usage.outputTokens,
    // A replayed trial reports the latency that was recorded, not the microseconds replay took.
    latency_seconds: options.mode === 'replay' ? sumLatencySeconds(state.turns) : (clock.monotonic() - started) / 1000,
    final_content: state.finalContent,
    finish_reason: state.finishReason,
    stop_reason: state.stopReason,
    max_turns_hit: state.stopReason === 'max_turns',
    cost_usd: state.turns.length === 0 ? 0 : estimateCost(scenario.model, state.usage, options.prices ?? {}),
    ...savingField(estimateCacheSaving(scenario.model, state.usage, options.prices)),
    extras_resolved: state.extrasResolved,
    user_turns: state.userTurns,
    ...(TrialWorld.isStateful(scenario) ? { final_state: state.world.state } : {}),
    ...(error ? { error: { code: error.code, message: error.message } } : {}),
    ...simulatorFacts(state),
  };
  return sealOutcome({ trace, error }, options.redactor);
}

const savingField = (saving: number | null) => (saving === null ? {} : { cache_saving_usd: saving });

/**
 * The trial as it may be stored, shown and evaluated: redacted first, then cut (a cut could leave half a key that no
 * pattern recognises).
 */
function sealOutcome(outcome: TrialOutcome, redactor: Redactor): TrialOutcome {
  return {
    trace: limitTrace(redactor.deep(outcome.trace)),
    error: outcome.error ? redactError(outcome.error, redactor) : null,
  };
}

function sumLatencySeconds(turns: TraceTurn[]): number {
  return turns.reduce((total, turn) => total + turn.latency_ms, 0) / 1000;
}

/** A simulated user's conversation says why it ended and what the simulator cost, apart from the agent. */
function simulatorFacts(state: LoopState): Pick<RunTrace, 'conversation_end' | 'simulator'> {
  if (!state.simulator) return {};
  const usage = state.simulator.usageRecord();
  return {
    ...(state.conversationEnd ? { conversation_end: state.conversationEnd } : {}),
    ...(usage ? { simulator: usage } : {}),
  };
}
