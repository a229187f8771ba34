/**
 * The conversation in OpenAI's two wire formats. Ids sent back are the
 * normalised ToolCall ids (unique and consistent between a call and its
 * result), so a compatible server's missing or duplicate ids cannot break the
 * tool_call_id / call_id pairing the API checks.
 */
import type { ConversationMessage, ToolCall, ToolDefinition } from '../../core/model-client.ts';
import { argumentsText, toolResultText } from '../shared/tool-calls.ts';

type JsonObject = Record<string, unknown>;

function toolMessageText(message: Extract<ConversationMessage, { role: 'tool' }>): string {
  // Chat Completions and Responses have no error flag for tool results: say it in the text.
  return toolResultText(message.isError ? `Error: ${message.content}` : message.content);
}

export function toChatMessages(system: string | undefined, messages: ConversationMessage[]): JsonObject[] {
  const wire: JsonObject[] = system ? [{ role: 'system', content: system }] : [];
  for (const message of messages) {
    if (message.role === 'user') wire.push({ role: 'user', content: message.content });
    else if (message.role === 'tool')
      wire.push({ role: 'tool', tool_call_id: message.toolCallId, content: toolMessageText(message) });
    else wire.push(toChatAssistantMessage(message.content, message.toolCalls));
  }
  return wire;
}

function toChatAssistantMessage(content: string | null, toolCalls: ToolCall[]): JsonObject {
  if (toolCalls.length === 0) return { role: 'assistant', content: content ?? '' };
  return {
    role: 'assistant',
    content: content === '' ? null : content,
    tool_calls: toolCalls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: argumentsText(call) },
    })),
  };
}

export function toChatTools(tools: ToolDefinition[]): JsonObject[] {
  return tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.parameters },
  }));
}

/** What a Responses turn keeps for the next request: its output items, replayed in order. */
export interface ResponsesState {
  api: 'responses';
  items: JsonObject[];
}

export function isResponsesState(value: unknown): value is ResponsesState {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as ResponsesState).api === 'responses' &&
    Array.isArray((value as ResponsesState).items)
  );
}

export function toResponsesInput(messages: ConversationMessage[]): JsonObject[] {
  const items: JsonObject[] = [];
  for (const message of messages) {
    if (message.role === 'user') items.push({ role: 'user', content: message.content });
    else if (message.role === 'tool')
      items.push({ type: 'function_call_output', call_id: message.toolCallId, output: toolMessageText(message) });
    else if (isResponsesState(message.providerState))
      items.push(...replayItems(message.providerState.items, message.toolCalls));
    else items.push(...buildAssistantItems(message.content, message.toolCalls));
  }
  return items;
}

/**
 * Reasoning items must come back with the calls they preceded (llm-apis.md
 * §5.6), so the items are replayed as received; only each function_call's
 * call_id is set to the normalised id its result will carry.
 */
function replayItems(received: JsonObject[], toolCalls: ToolCall[]): JsonObject[] {
  let callIndex = 0;
  return received.map((item) => {
    if (item.type !== 'function_call') return item;
    const call = toolCalls[callIndex++];
    if (!call) return item;
    return { ...item, call_id: call.id, arguments: argumentsText(call) };
  });
}

function buildAssistantItems(content: string | null, toolCalls: ToolCall[]): JsonObject[] {
  const items: JsonObject[] = content ? [{ role: 'assistant', content }] : [];
  for (const call of toolCalls)
    items.push({ type: 'function_call', call_id: call.id, name: call.name, arguments: argumentsText(call) });
  return items;
}

export function toResponsesTools(tools: ToolDefinition[]): JsonObject[] {
  // Responses functions are strict by default; scenario schemas are not written for strict mode.
  return tools.map((tool) => ({
    type: 'function',
    name: tool.name,
    description: tool.description,
    parameters: tool.parameters,
    strict: false,
  }));
}
