import { addUsage, emptyUsage } from '../model-client.ts';
import type { RunTrace, TraceUserTurn } from '../trace.ts';

/**
 * The trace of one user turn alone, so that a turn's assertions are checked
 * by the same code as the scenario's: its messages, tool calls and model
 * turns, and the text the agent ended that turn with. Null when the
 * conversation never reached the turn.
 *
 * Cost is not split per turn (prices differ for input and output tokens and
 * are applied to the whole trial), so a turn's `cost_usd` is unknown; the
 * loader refuses `cost_limit` among a turn's assertions.
 */
export function userTurnTrace(trace: RunTrace, userTurn: number): RunTrace | null {
  const records = trace.user_turns ?? legacyUserTurns(trace);
  const position = records.findIndex((record) => record.user_turn === userTurn);
  const record = records[position];
  if (!record) return null;
  const firstToolCall = records.slice(0, position).reduce((sum, earlier) => sum + earlier.tool_call_count, 0);
  const turns = trace.turns.filter((turn) => (turn.user_turn ?? 1) === userTurn);
  const usage = turns.reduce((sum, turn) => addUsage(sum, turn.usage), emptyUsage());
  return {
    ...trace,
    messages: trace.messages.filter((message) => message.role === 'system' || (message.user_turn ?? 1) === userTurn),
    tool_calls_made: trace.tool_calls_made.slice(firstToolCall, firstToolCall + record.tool_call_count),
    turns,
    turn_count: turns.length,
    usage,
    input_tokens: usage.inputTokens,
    output_tokens: usage.outputTokens,
    total_tokens: usage.inputTokens + usage.outputTokens,
    latency_seconds: turns.reduce((sum, turn) => sum + turn.latency_ms, 0) / 1000,
    final_content: record.final_content,
    finish_reason: turns.at(-1)?.finish_reason ?? null,
    stop_reason: record.stop_reason,
    max_turns_hit: record.stop_reason === 'max_turns',
    cost_usd: null,
    user_turns: [record],
  };
}

/** A trace written before conversations had one user turn: all of it. */
function legacyUserTurns(trace: RunTrace): TraceUserTurn[] {
  return [
    {
      user_turn: 1,
      tool_call_count: trace.tool_calls_made.length,
      model_turn_count: trace.turns.length,
      final_content: trace.final_content,
      stop_reason: trace.stop_reason,
    },
  ];
}
