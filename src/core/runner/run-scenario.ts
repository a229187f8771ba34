import { SalvoError } from '../errors.ts';
import { uuidv7 } from '../ids.ts';
import {
  addUsage,
  emptyUsage,
  type ConversationMessage,
  type GenerationSettings,
  type ModelClient,
  type ModelRequest,
  type ModelTurn,
  type ToolCall,
  type ToolDefinition,
  type Usage,
} from '../model-client.ts';
import type { Clock, ToolHandlerRunner } from '../ports.ts';
import { limitTrace, type Redactor } from '../redaction/index.ts';
import type { Price } from '../scenario/project-config-schema.ts';
import { userTurnsOf, type Scenario } from '../scenario/schema.ts';
import {
  TRACE_SCHEMA_VERSION,
  type RunTrace,
  type StopReason,
  type TraceMessage,
  type TraceTurn,
  type TraceUserTurn,
} from '../trace.ts';
import { estimateCost } from '../cost/index.ts';
import { validateExtras } from '../extras.ts';
import type { ScenarioUnderTest } from './scenario-under-test.ts';
import { answerToolCall, mockTable, RepeatCounter, type ToolAnswer } from './tool-answers.ts';
import { TrialWorld } from './tool-handlers.ts';
import { classifyFailure, redactError } from './trial-failure.ts';
import { secondsToMs, trialSignal, untilAborted } from './trial-signal.ts';

/** The same call (name and arguments) this many times in a row is a loop, not progress. */
export const DEFAULT_LOOP_LIMIT = 5;

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
}

/** A trial always yields its trace; `error` says why it ended early, with the partial trace kept. */
export interface TrialOutcome {
  trace: RunTrace;
  error: SalvoError | null;
}

/** Mutable state of one conversation, turned into the trace at the end. */
interface LoopState {
  conversation: ConversationMessage[];
  messages: TraceMessage[];
  turns: TraceTurn[];
  userTurns: TraceUserTurn[];
  toolCallsMade: ToolCall[];
  usage: Usage;
  finalContent: string | null;
  finishReason: ModelTurn['finishReason'] | null;
  stopReason: StopReason;
  extrasResolved: Record<string, unknown>;
  world: TrialWorld;
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
    extras_resolved: state.extrasResolved,
    user_turns: state.userTurns,
    ...(TrialWorld.isStateful(scenario) ? { final_state: state.world.state } : {}),
    ...(error ? { error: { code: error.code, message: error.message } } : {}),
  };
  return sealOutcome({ trace, error }, options.redactor);
}

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

/** What stays the same over every user turn of a trial. */
interface LoopSetup {
  tools: ToolDefinition[];
  mocks: ReturnType<typeof mockTable>;
  settings: GenerationSettings;
  loopLimit: number;
  scenarioFile: string;
}

/**
 * The conversation: each user message starts a tool loop that runs until the agent answers without
 * calling tools. A limit that stops one user turn ends the conversation: the next user message
 * would answer a question the agent never finished asking.
 */
async function converse(
  loaded: ScenarioUnderTest,
  state: LoopState,
  options: TrialOptions,
  signal: AbortSignal,
): Promise<void> {
  const { scenario } = loaded;
  const setup: LoopSetup = {
    scenarioFile: loaded.file,
    tools: scenario.tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      parameters: tool.parameters,
    })),
    mocks: mockTable(scenario.tools),
    settings: generationSettings(scenario, state.extrasResolved),
    loopLimit: options.loopLimit ?? DEFAULT_LOOP_LIMIT,
  };
  for (const [index, userTurn] of userTurnsOf(scenario).entries()) {
    const userTurnNumber = index + 1;
    state.conversation.push({ role: 'user', content: userTurn.user });
    state.messages.push({ role: 'user', content: userTurn.user, user_turn: userTurnNumber });
    const record: TraceUserTurn = {
      user_turn: userTurnNumber,
      tool_call_count: 0,
      model_turn_count: 0,
      final_content: null,
      stop_reason: 'error',
    };
    state.userTurns.push(record);
    const toolCallsBefore = state.toolCallsMade.length;
    const modelTurnsBefore = state.turns.length;
    try {
      state.stopReason = await runUserTurn(scenario, state, setup, userTurnNumber, { options, signal });
      record.stop_reason = state.stopReason;
    } finally {
      record.tool_call_count = state.toolCallsMade.length - toolCallsBefore;
      record.model_turn_count = state.turns.length - modelTurnsBefore;
      record.final_content = state.turns.length > modelTurnsBefore ? state.finalContent : null;
    }
    if (state.stopReason !== 'final_answer') return;
  }
}

/** One user turn's tool loop; `max_turns` and `max_tool_calls` count within it. */
async function runUserTurn(
  scenario: Scenario,
  state: LoopState,
  setup: LoopSetup,
  userTurn: number,
  run: { options: TrialOptions; signal: AbortSignal },
): Promise<StopReason> {
  const { options, signal } = run;
  const repeats = new RepeatCounter();
  let toolCalls = 0;
  for (let index = 0; index < scenario.max_turns; index += 1) {
    signal.throwIfAborted();
    options.signal?.throwIfAborted();
    const request: ModelRequest = {
      tools: setup.tools,
      settings: setup.settings,
      signal,
      messages: [...state.conversation],
    };
    if (scenario.system_prompt) request.system = scenario.system_prompt;
    const turn = await untilAborted(options.client.complete(request), signal);
    recordTurn(state, turn, userTurn);
    if (turn.toolCalls.length === 0) return 'final_answer';
    for (const call of turn.toolCalls) {
      state.toolCallsMade.push(call);
      toolCalls += 1;
      if (toolCalls > scenario.max_tool_calls) return 'max_tool_calls';
      if (repeats.record(call) >= setup.loopLimit) return 'loop_detected';
      const answer = await answerCall(call, state, setup, run);
      state.conversation.push({
        role: 'tool',
        toolCallId: call.id,
        toolName: call.name,
        content: answer.content,
        ...(answer.isError ? { isError: true } : {}),
      });
      state.messages.push({
        role: 'tool',
        content: answer.content,
        tool_call_id: call.id,
        tool_name: call.name,
        ...(answer.isError ? { is_error: true } : {}),
        ...(answer.mockCase === undefined ? {} : { mock_case: answer.mockCase }),
        user_turn: userTurn,
      });
    }
  }
  return 'max_turns';
}

/** A handler's answer (project code, run by the injected runner) or a mock's. */
function answerCall(
  call: ToolCall,
  state: LoopState,
  setup: LoopSetup,
  run: { options: TrialOptions; signal: AbortSignal },
): Promise<ToolAnswer> {
  if (!state.world.handles(call)) return Promise.resolve(answerToolCall(call, setup.mocks));
  return untilAborted(state.world.answer(call, run.options.handlers, setup.scenarioFile), run.signal);
}

function sumLatencySeconds(turns: TraceTurn[]): number {
  return turns.reduce((total, turn) => total + turn.latency_ms, 0) / 1000;
}

function recordTurn(state: LoopState, turn: ModelTurn, userTurn: number): void {
  state.usage = addUsage(state.usage, turn.usage);
  state.finalContent = turn.text;
  state.finishReason = turn.finishReason;
  state.conversation.push({
    role: 'assistant',
    content: turn.text,
    toolCalls: turn.toolCalls,
    ...(turn.providerState === undefined ? {} : { providerState: turn.providerState }),
  });
  state.messages.push({ role: 'assistant', content: turn.text, tool_calls: turn.toolCalls, user_turn: userTurn });
  state.turns.push({
    index: state.turns.length,
    user_turn: userTurn,
    model: turn.model,
    request_id: turn.requestId,
    latency_ms: turn.latencyMs,
    usage: turn.usage,
    finish_reason: turn.finishReason,
    raw_finish_reason: turn.rawFinishReason,
    retries: turn.retries,
    ...(turn.raw === undefined ? {} : { raw: turn.raw }),
  });
}

function generationSettings(scenario: Scenario, extras: Record<string, unknown>): GenerationSettings {
  const settings: GenerationSettings = { model: scenario.model, extras };
  if (scenario.temperature !== undefined) settings.temperature = scenario.temperature;
  if (scenario.seed !== undefined) settings.seed = scenario.seed;
  if (scenario.max_tokens !== undefined) settings.maxTokens = scenario.max_tokens;
  if (scenario.api !== undefined) settings.api = scenario.api;
  return settings;
}
