/**
 * The conversation in Anthropic's Messages format, obeying its rules (llm-apis.md
 * §2.5): system is top-level (not here), every tool result goes at the start of
 * the one user message right after the assistant turn, ids are the normalised
 * ones, and no empty text block is ever sent.
 */
import type { ConversationMessage, ToolCall, ToolDefinition } from '../../core/model-client.ts';
import { toolResultText } from '../shared/tool-calls.ts';

type JsonObject = Record<string, unknown>;
type AnthropicMessage = { role: 'user' | 'assistant'; content: JsonObject[] };

/** What an Anthropic turn keeps for the next request: its content blocks (thinking blocks must come back unchanged). */
export interface AnthropicState {
  api: 'messages';
  content: JsonObject[];
}

export function isAnthropicState(value: unknown): value is AnthropicState {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as AnthropicState).api === 'messages' &&
    Array.isArray((value as AnthropicState).content)
  );
}

const hasText = (text: string | null | undefined): text is string => typeof text === 'string' && text.trim() !== '';

export function toAnthropicMessages(messages: ConversationMessage[]): AnthropicMessage[] {
  const wire: AnthropicMessage[] = [];
  // Consecutive blocks of one role go into one message: tool results first, then any user text.
  const append = (role: AnthropicMessage['role'], blocks: JsonObject[]) => {
    if (blocks.length === 0) return;
    const last = wire.at(-1);
    if (last?.role === role) last.content.push(...blocks);
    else wire.push({ role, content: blocks });
  };
  for (const message of messages) {
    if (message.role === 'user')
      append('user', hasText(message.content) ? [{ type: 'text', text: message.content }] : []);
    else if (message.role === 'tool') {
      append('user', [
        {
          type: 'tool_result',
          tool_use_id: message.toolCallId,
          content: toolResultText(message.content),
          ...(message.isError ? { is_error: true } : {}),
        },
      ]);
    } else append('assistant', assistantBlocks(message.content, message.toolCalls, message.providerState));
  }
  return wire;
}

function assistantBlocks(content: string | null, toolCalls: ToolCall[], state: unknown): JsonObject[] {
  if (isAnthropicState(state)) return replayBlocks(state.content, toolCalls);
  const blocks: JsonObject[] = hasText(content) ? [{ type: 'text', text: content }] : [];
  for (const call of toolCalls) blocks.push(toolUseBlock(call));
  return blocks;
}

/**
 * Replays the blocks as received (thinking included); tool_use ids become the normalised ones, empty text is dropped.
 */
function replayBlocks(received: JsonObject[], toolCalls: ToolCall[]): JsonObject[] {
  let callIndex = 0;
  const blocks: JsonObject[] = [];
  for (const block of received) {
    if (block.type === 'text' && !hasText(block.text as string | undefined)) continue;
    if (block.type === 'tool_use') {
      const call = toolCalls[callIndex++];
      blocks.push(call ? { ...block, id: call.id, input: call.arguments ?? {} } : block);
    } else blocks.push(block);
  }
  return blocks;
}

function toolUseBlock(call: ToolCall): JsonObject {
  return { type: 'tool_use', id: call.id, name: call.name, input: call.arguments ?? {} };
}

export function toAnthropicTools(tools: ToolDefinition[]): JsonObject[] {
  return tools.map((tool) => ({ name: tool.name, description: tool.description, input_schema: tool.parameters }));
}
