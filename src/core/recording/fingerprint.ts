import type { ConversationMessage, ModelRequest, ModelTurn, ToolCall } from '../model-client.ts';
import { TRACE_LIMITS, type Redactor } from '../redaction/index.ts';
import type { MessageFingerprint, RecordedReply, RecordedSettings, RequestFingerprint } from './format.ts';
import { fullDigest, shortDigest } from '../canonical-json.ts';

/** Recordings are redacted by the very redactor traces use (built-in patterns, project patterns, literal keys). */
export type RecordingRedactor = Redactor;

/** The trace limits, applied to recordings too so they stay small. */
export const CONTENT_LIMIT = TRACE_LIMITS.messageContent;
export const TOOL_ARGUMENTS_LIMIT = TRACE_LIMITS.messageContent;
const TRUNCATION_MARKER = '... [truncated]';

/**
 * Cuts text to the limit. Unlike the trace's truncateText it is idempotent (a
 * cut text is exactly at the limit), so a replayed reply digests like the
 * live one it was cut from.
 */
export function capText(text: string, limit = CONTENT_LIMIT): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit - TRUNCATION_MARKER.length)}${TRUNCATION_MARKER}`;
}

function capToolCall(call: ToolCall): ToolCall {
  const size = call.arguments ? JSON.stringify(call.arguments).length : (call.rawArguments?.length ?? 0);
  if (size <= TOOL_ARGUMENTS_LIMIT) return call;
  const raw = call.rawArguments ?? JSON.stringify(call.arguments);
  return {
    id: call.id,
    name: call.name,
    arguments: null,
    rawArguments: capText(raw, TOOL_ARGUMENTS_LIMIT),
    argumentsError: 'the arguments were cut to the recording size limit',
  };
}

/** A model reply as the recording keeps it: redacted, capped, without the raw body or provider state. */
export function toRecordedReply(turn: ModelTurn, redactor: RecordingRedactor): RecordedReply {
  const redactedText = turn.text === null ? null : redactor.text(turn.text);
  const text = redactedText === null ? null : capText(redactedText);
  const redactedCalls = turn.toolCalls.map((call) => redactor.deep(call));
  const toolCalls = redactedCalls.map(capToolCall);
  const truncated = text !== redactedText || toolCalls.some((call, i) => call !== redactedCalls[i]);
  return {
    text,
    tool_calls: toolCalls.map((call) => ({
      id: call.id,
      name: call.name,
      arguments: call.arguments,
      raw_arguments: call.rawArguments,
      arguments_error: call.argumentsError,
    })),
    usage: {
      input_tokens: turn.usage.inputTokens,
      output_tokens: turn.usage.outputTokens,
      cache_read_tokens: turn.usage.cacheReadTokens,
      cache_write_tokens: turn.usage.cacheWriteTokens,
      reasoning_tokens: turn.usage.reasoningTokens,
    },
    finish_reason: turn.finishReason,
    raw_finish_reason: turn.rawFinishReason === null ? null : redactor.text(turn.rawFinishReason),
    model: turn.model,
    request_id: turn.requestId,
    latency_ms: turn.latencyMs,
    retries: turn.retries,
    ...(truncated ? { truncated: true } : {}),
  };
}

export function toModelTurn(reply: RecordedReply): ModelTurn {
  return {
    text: reply.text,
    toolCalls: reply.tool_calls.map((call) => ({
      id: call.id,
      name: call.name,
      arguments: call.arguments,
      ...(call.raw_arguments !== undefined ? { rawArguments: call.raw_arguments } : {}),
      ...(call.arguments_error !== undefined ? { argumentsError: call.arguments_error } : {}),
    })),
    usage: {
      inputTokens: reply.usage.input_tokens,
      outputTokens: reply.usage.output_tokens,
      cacheReadTokens: reply.usage.cache_read_tokens,
      cacheWriteTokens: reply.usage.cache_write_tokens,
      reasoningTokens: reply.usage.reasoning_tokens,
    },
    finishReason: reply.finish_reason,
    rawFinishReason: reply.raw_finish_reason,
    model: reply.model,
    requestId: reply.request_id,
    latencyMs: reply.latency_ms,
    retries: reply.retries,
  };
}

/**
 * Digest of one message. Assistant messages are redacted and capped first,
 * exactly as their recorded replies were, so a turn served from a recording
 * digests like the live turn it was recorded from (even when the model echoed
 * a key). Scenario text (prompt, mocks) is the same on both sides and is only
 * ever stored as a digest, never in clear.
 */
export function fingerprintMessage(message: ConversationMessage, redactor: RecordingRedactor): MessageFingerprint {
  switch (message.role) {
    case 'user':
      return { role: 'user', digest: shortDigest({ content: message.content }) };
    case 'tool':
      return {
        role: 'tool',
        tool_name: message.toolName,
        digest: shortDigest({
          tool_call_id: message.toolCallId,
          tool_name: message.toolName,
          content: message.content,
          is_error: message.isError === true,
        }),
      };
    case 'assistant': {
      const content = message.content === null ? null : capText(redactor.text(message.content));
      const calls = message.toolCalls.map((call) => capToolCall(redactor.deep(call)));
      return {
        role: 'assistant',
        digest: shortDigest({
          content,
          tool_calls: calls.map((call) => ({
            id: call.id,
            name: call.name,
            arguments: call.arguments,
            raw: call.rawArguments ?? null,
          })),
        }),
      };
    }
  }
}

export function recordedSettings(request: ModelRequest, redactor: RecordingRedactor): RecordedSettings {
  const { temperature, seed, maxTokens, api, extras } = request.settings;
  return {
    ...(temperature !== undefined ? { temperature } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(maxTokens !== undefined ? { max_tokens: maxTokens } : {}),
    ...(api !== undefined ? { api } : {}),
    extras: redactor.deep(extras),
  };
}

/**
 * Everything about a request that shapes the conversation: model, system
 * prompt, tools, generation settings and the messages so far. Assertions,
 * threshold, description and tags never reach a request, so changing them
 * leaves the fingerprint alone.
 */
export function fingerprintRequest(
  request: ModelRequest,
  previousMessageCount: number,
  redactor: RecordingRedactor,
): { fingerprint: RequestFingerprint; history: MessageFingerprint[] } {
  const history = request.messages.map((message) => fingerprintMessage(message, redactor));
  const tools: Record<string, string> = {};
  for (const tool of request.tools) {
    tools[tool.name] = shortDigest({ description: tool.description, parameters: tool.parameters });
  }
  const system = request.system ? shortDigest(request.system) : null;
  const settings = recordedSettings(request, redactor);
  const model = request.settings.model;
  const digest = fullDigest({ model, system, tools, settings, messages: history.map((m) => m.digest) });
  return {
    fingerprint: { digest, model, system, tools, settings, messages_added: history.slice(previousMessageCount) },
    history,
  };
}
