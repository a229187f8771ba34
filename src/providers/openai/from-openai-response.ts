/**
 * OpenAI responses (Chat Completions and Responses) into the parts of a
 * ModelTurn that come from the body. Tool calls are read from the content;
 * arguments are parsed defensively.
 */
import type { FinishReason, ToolCall, Usage } from '../../core/model-client.ts';
import { normaliseToolCalls, type WireToolCall } from '../shared/tool-calls.ts';
import { convertChatUsage, convertResponsesUsage } from './convert-openai-usage.ts';
import { mapChatFinishReason, mapResponsesFinishReason, rawResponsesFinishReason } from './map-openai-finish-reason.ts';
import type { ChatCompletionWire, ResponseWire } from './openai-wire.ts';
import type { ResponsesState } from './to-openai-messages.ts';

export interface ParsedTurn {
  text: string | null;
  toolCalls: ToolCall[];
  usage: Usage;
  finishReason: FinishReason;
  rawFinishReason: string | null;
  model: string | null;
  providerState?: unknown;
}

export function fromChatCompletion(completion: ChatCompletionWire, usedIds: Set<string>): ParsedTurn {
  const choice = completion.choices[0]!;
  const message = choice.message;
  const content =
    typeof message.content === 'string'
      ? message.content
      : (message.content ?? []).map((part) => part.text ?? '').join('');
  const refusal = message.refusal ?? null;
  const wireCalls: WireToolCall[] = (message.tool_calls ?? []).map((call) => ({
    id: call.id,
    name: call.function.name,
    arguments: call.function.arguments,
  }));
  const truncated = choice.finish_reason === 'length';
  const { toolCalls, replacedIds } = normaliseToolCalls(wireCalls, { usedIds, idPrefix: 'call_salvo_', truncated });
  return {
    text: content !== '' ? content : refusal,
    toolCalls,
    usage: convertChatUsage(completion.usage),
    finishReason: mapChatFinishReason(choice.finish_reason, toolCalls.length > 0, refusal !== null && content === ''),
    rawFinishReason: choice.finish_reason ?? null,
    model: completion.model ?? null,
    ...(Object.keys(replacedIds).length > 0 ? { providerState: { replacedIds } } : {}),
  };
}

export function fromResponse(response: ResponseWire, usedIds: Set<string>): ParsedTurn {
  const texts: string[] = [];
  let refused = false;
  const wireCalls: WireToolCall[] = [];
  for (const item of response.output) {
    if (item.type === 'function_call')
      wireCalls.push({ id: item.call_id, name: item.name ?? '', arguments: item.arguments });
    if (item.type !== 'message') continue;
    for (const part of item.content ?? []) {
      if (part.type === 'output_text' && part.text) texts.push(part.text);
      if (part.type === 'refusal' && part.refusal) {
        texts.push(part.refusal);
        refused = true;
      }
    }
  }
  const reason = response.incomplete_details?.reason;
  const truncated = response.status === 'incomplete';
  const { toolCalls, replacedIds } = normaliseToolCalls(wireCalls, { usedIds, idPrefix: 'call_salvo_', truncated });
  const state: ResponsesState & { replacedIds?: Record<string, string> } = { api: 'responses', items: response.output };
  if (Object.keys(replacedIds).length > 0) state.replacedIds = replacedIds;
  return {
    text: texts.length > 0 ? texts.join('') : null,
    toolCalls,
    usage: convertResponsesUsage(response.usage),
    finishReason: mapResponsesFinishReason(response.status, reason, toolCalls.length > 0, refused),
    rawFinishReason: rawResponsesFinishReason(response.status, reason),
    model: response.model ?? null,
    providerState: state,
  };
}
