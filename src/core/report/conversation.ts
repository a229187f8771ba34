import type { ToolCall } from '../model-client.ts';
import type { ConversationEnd, RunTrace, TraceMessage } from '../trace.ts';
import { formatCost, formatCosts, formatCount, formatSeconds, plural } from '../format.ts';

/**
 * A stored trace as a readable conversation: the prompt, each turn's text and
 * tool calls with their arguments, the mock results fed back, and the final
 * answer. Reads the trace only; no model is called.
 */
export function renderConversation(trace: RunTrace): string {
  const lines = [
    `Trace ${trace.trace_id}`,
    `Scenario: ${trace.scenario_name} (${trace.scenario_file})`,
    `Model:    ${trace.model} (${trace.provider}${trace.mode === 'replay' ? ', replayed' : ''})  at ${trace.timestamp}`,
    `Result:   ${stopWords(trace)}; ${plural(trace.turn_count, 'turn')}, ` +
      `${plural(trace.tool_calls_made.length, 'tool call')}, ` +
      `${formatCount(trace.input_tokens)} in / ${formatCount(trace.output_tokens)} out, ` +
      `${formatCosts(trace.cost_usd, trace.judge?.cost_usd, trace.simulator?.cost_usd)}, ` +
      `${formatSeconds(trace.latency_seconds)}`,
  ];
  const userTurns = trace.user_turns?.length ?? 1;
  if (userTurns > 1) lines.push(`Conversation: ${userTurns} user turns`);
  if (trace.conversation_end) lines.push(`Conversation ended: ${endWords(trace.conversation_end)}`);
  if (trace.simulator) {
    const { model, calls, input_tokens, output_tokens, cost_usd } = trace.simulator;
    lines.push(
      `Simulated user: ${model}, ${plural(calls, 'call')}, ${formatCount(input_tokens)} in ` +
        `/ ${formatCount(output_tokens)} out, ${formatCost(cost_usd)} (apart from the agent's)`,
    );
  }
  if (trace.truncated) lines.push('Note:     this trace was cut to the size limits; cut places are marked.');
  let turn = 0;
  for (const message of trace.messages) {
    if (message.role === 'assistant') turn += 1;
    lines.push('', ...renderMessage(message, turn, userTurns > 1));
  }
  lines.push('', `Final answer: ${trace.final_content ?? '(none)'}`);
  if (trace.final_state !== undefined)
    lines.push('', 'Final state:', indent(JSON.stringify(trace.final_state, null, 2)));
  if (trace.error) lines.push(`Error: [${trace.error.code}] ${trace.error.message}`);
  return lines.join('\n');
}

function renderMessage(message: TraceMessage, turn: number, conversation: boolean): string[] {
  switch (message.role) {
    case 'system':
      return ['[system]', indent(message.content ?? '')];
    case 'user':
      return [
        conversation && message.user_turn !== undefined ? `[user, turn ${message.user_turn}]` : '[user]',
        indent(message.content ?? ''),
      ];
    case 'assistant': {
      const lines = [conversation ? `[assistant, model turn ${turn}]` : `[assistant, turn ${turn}]`];
      if (message.content) lines.push(indent(message.content));
      for (const call of message.tool_calls ?? [])
        lines.push(`  -> ${call.name}(${argumentsText(call)})  [${call.id}]`);
      return lines;
    }
    case 'tool':
      return [
        `[tool ${message.tool_name ?? '?'}${message.is_error ? ', error' : ''}` +
          `${message.mock_case === undefined ? '' : `, mock case ${message.mock_case}`}]  ` +
          `[${message.tool_call_id ?? '?'}]`,
        indent(message.content ?? ''),
      ];
  }
}

function argumentsText(call: ToolCall): string {
  if (call.arguments !== null) return JSON.stringify(call.arguments);
  return call.rawArguments ?? '';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** Why a simulated user's conversation ended, in words. */
export function endWords(end: ConversationEnd): string {
  switch (end.by) {
    case 'simulator':
      return `the simulated user finished (${end.reason.replace('_', ' ')})${end.note ? `: ${end.note}` : ''}`;
    case 'max_user_turns':
      return `max_user_turns (${end.max_user_turns}) reached`;
    case 'agent_limit':
      return `a limit stopped the agent (${end.stop_reason}) before the user could answer`;
    case 'error':
      return `the trial ended early (${end.stop_reason})`;
  }
}

function stopWords(trace: RunTrace): string {
  switch (trace.stop_reason) {
    case 'final_answer':
      return 'final answer';
    case 'max_turns':
      return 'stopped at max turns';
    case 'max_tool_calls':
      return 'stopped at the tool-call cap';
    case 'loop_detected':
      return 'stopped: the same call repeated (loop)';
    case 'timeout':
      return 'timed out';
    case 'cancelled':
      return 'cancelled';
    case 'error':
      return 'error';
  }
}
