import {
  addUsage,
  type ConversationMessage,
  type GenerationSettings,
  type ModelRequest,
  type ModelTurn,
  type ToolCall,
  type ToolDefinition,
  type Usage,
} from '../model-client.ts';
import { userTurnsOf, type Scenario } from '../scenario/schema.ts';
import type { ConversationEnd, StopReason, TraceMessage, TraceTurn, TraceUserTurn } from '../trace.ts';
import type { TrialOptions } from './run-scenario.ts';
import type { ScenarioUnderTest } from './scenario-under-test.ts';
import type { NextUserMessage, SimulatedUser } from './simulated-user.ts';
import { answerToolCall, mockTable, RepeatCounter, type ToolAnswer } from './tool-answers.ts';
import type { TrialWorld } from './tool-handlers.ts';
import { untilAborted } from './trial-signal.ts';

/**
 * The tool loop of one trial: each user message (scripted or simulated) starts a loop of model turns
 * and tool answers that ends when the agent answers without calling tools, or a limit stops it.
 */

/** The same call (name and arguments) this many times in a row is a loop, not progress. */
export const DEFAULT_LOOP_LIMIT = 5;

/** Mutable state of one conversation, turned into the trace at the end. */
export interface LoopState {
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
  /** Scenarios with a `user_simulator`: who writes the user's messages, and why the conversation ended. */
  simulator: SimulatedUser | null;
  conversationEnd: ConversationEnd | null;
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
export async function converse(
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
  for (let userTurnNumber = 1; ; userTurnNumber += 1) {
    const next = await nextUserMessage(scenario, state, userTurnNumber, signal);
    if ('end' in next) {
      state.conversationEnd = next.end;
      return;
    }
    state.conversation.push({ role: 'user', content: next.message });
    state.messages.push({ role: 'user', content: next.message, user_turn: userTurnNumber });
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
    if (state.stopReason !== 'final_answer') {
      state.conversationEnd = { by: 'agent_limit', stop_reason: state.stopReason };
      return;
    }
  }
}

/** The scripted message of this user turn, or the simulated user's; `end` once there is none. */
async function nextUserMessage(
  scenario: Scenario,
  state: LoopState,
  userTurn: number,
  signal: AbortSignal,
): Promise<NextUserMessage> {
  if (state.simulator) return state.simulator.next(userTurn, state.messages, signal);
  const scripted = userTurnsOf(scenario)[userTurn - 1];
  return scripted ? { message: scripted.user } : { end: null };
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
      ...(options.promptCache ? { cache: options.promptCache } : {}),
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
