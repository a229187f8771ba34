/**
 * Anthropic Messages for the fake LLM server: the envelope, ids, usage (whose
 * `input_tokens` excludes cached tokens), the error body with `request_id`,
 * both auth styles, and the conversation rules the real API enforces with a 400.
 */
import type { FakeLlmRequest } from './llm-server.ts';
import { breakpointProblem } from './llm-cache.ts';
import {
  badRequest,
  isObject,
  randomId,
  resolveUsage,
  textOf,
  TOOL_ID_PATTERN,
  TOOL_NAME_PATTERN,
  type Dialect,
  type JsonObject,
  type ReplyError,
  type RequestSummary,
  type SuccessReply,
} from './llm-wire-shared.ts';

const errorTypeByStatus: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  409: 'conflict_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};

/** Sampling parameters removed in API version 2026-10-21 (a 400 even at their defaults). */
const REMOVED_IN_2026_10_21 = ['temperature', 'top_p', 'top_k'];

function authenticate(headers: Record<string, string>): ReplyError | null {
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1]?.trim();
  if (bearer || headers['x-api-key']) return null;
  return { status: 401, message: 'x-api-key header is required' };
}

function validateTopLevel(body: JsonObject, headers: Record<string, string>): ReplyError | null {
  const version = headers['anthropic-version'];
  if (!version) return badRequest('anthropic-version: header is required');
  if (typeof body.model !== 'string' || body.model === '') return badRequest('model: Field required');
  if (typeof body.max_tokens !== 'number') return badRequest('max_tokens: Field required');
  if (body.stream === true) return badRequest('fake server: streaming is not implemented');
  if (version >= '2026-10-21') {
    const removed = REMOVED_IN_2026_10_21.find((name) => name in body);
    if (removed) return badRequest(`${removed}: Extra inputs are not permitted (removed in API version ${version})`);
  }
  if (body.system !== undefined && typeof body.system !== 'string' && !Array.isArray(body.system))
    return badRequest('system: Input should be a valid string or list');
  if (Array.isArray(body.system) && body.system.some((block) => isObject(block) && block.text === ''))
    return badRequest('system: text content blocks must be non-empty');
  const breakpoints = breakpointProblem(body);
  if (breakpoints) return badRequest(breakpoints);
  return validateTools(body.tools);
}

function validateTools(tools: unknown): ReplyError | null {
  if (tools === undefined) return null;
  if (!Array.isArray(tools)) return badRequest('tools: Input should be a valid list');
  for (const [index, tool] of tools.entries()) {
    if (!isObject(tool) || typeof tool.name !== 'string' || !TOOL_NAME_PATTERN.test(tool.name)) {
      return badRequest(`tools.${index}.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'`);
    }
    if (!isObject(tool.input_schema) || tool.input_schema.type !== 'object')
      return badRequest(`tools.${index}.custom.input_schema.type: Input should be 'object'`);
  }
  return null;
}

function blocksOf(content: unknown): JsonObject[] {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return Array.isArray(content) ? content.filter(isObject) : [];
}

function validateBlocks(index: number, message: JsonObject, seenIds: Set<string>, isFinal: boolean): ReplyError | null {
  const blocks = blocksOf(message.content);
  if (blocks.length === 0 && !(isFinal && message.role === 'assistant')) {
    return badRequest(
      `messages.${index}: all messages must have non-empty content except for the optional final assistant message`,
    );
  }
  for (const [blockIndex, block] of blocks.entries()) {
    const where = `messages.${index}.content.${blockIndex}`;
    if (block.type === 'text' && (typeof block.text !== 'string' || block.text === ''))
      return badRequest(`${where}.text: text content blocks must be non-empty`);
    if (block.type === 'thinking' && (typeof block.signature !== 'string' || block.signature === ''))
      return badRequest(`${where}.thinking.signature: Field required`);
    if (block.type === 'tool_use') {
      if (message.role !== 'assistant')
        return badRequest(`${where}: tool_use blocks can only appear in assistant messages`);
      if (typeof block.id !== 'string' || !TOOL_ID_PATTERN.test(block.id))
        return badRequest(`${where}.tool_use.id: String should match pattern '^[a-zA-Z0-9_-]+$'`);
      if (seenIds.has(block.id)) return badRequest(`${where}: \`tool_use\` ids must be unique`);
      if (!isObject(block.input)) return badRequest(`${where}.tool_use.input: Input should be a valid dictionary`);
      seenIds.add(block.id);
    }
  }
  return null;
}

/** Every tool_use answered by a tool_result at the very start of the next user message, and nothing else answered. */
function validateToolResults(index: number, previous: JsonObject | undefined, message: JsonObject): ReplyError | null {
  const pending =
    previous?.role === 'assistant'
      ? blocksOf(previous.content)
          .filter((b) => b.type === 'tool_use')
          .map((b) => String(b.id))
      : [];
  const blocks = message.role === 'user' ? blocksOf(message.content) : [];
  const firstOther = blocks.findIndex((b) => b.type !== 'tool_result');
  const leadingResults = firstOther === -1 ? blocks : blocks.slice(0, firstOther);
  const allResults = blocks.filter((b) => b.type === 'tool_result');
  const unexpected = allResults.find((b) => !pending.includes(String(b.tool_use_id)));
  if (unexpected) {
    return badRequest(
      `messages.${index}.content.${blocks.indexOf(unexpected)}: ` +
        `unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${String(unexpected.tool_use_id)}. ` +
        `Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`,
    );
  }
  if (pending.length === 0) return null;
  const missing = pending.filter((id) => !allResults.some((b) => b.tool_use_id === id));
  if (message.role !== 'user' || missing.length > 0) {
    return badRequest(
      `messages.${index - 1}: \`tool_use\` ids were found without ` +
        `\`tool_result\` blocks immediately after: ${missing.join(', ')}. ` +
        `Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`,
    );
  }
  if (leadingResults.length < pending.length) {
    return badRequest(
      `messages.${index}: ` +
        `Did not find ${pending.length} \`tool_result\` block(s) at the beginning of this message. ` +
        `Messages following \`tool_use\` blocks must begin with a matching number of \`tool_result\` blocks.`,
    );
  }
  return null;
}

function validateMessages(messages: unknown): ReplyError | null {
  if (!Array.isArray(messages) || messages.length === 0) return badRequest('messages: Field required');
  const seenIds = new Set<string>();
  for (const [index, message] of messages.entries()) {
    if (!isObject(message)) return badRequest(`messages.${index}: Input should be a valid dictionary`);
    if (message.role !== 'user' && message.role !== 'assistant')
      return badRequest(`messages.${index}.role: Input should be 'user' or 'assistant'`);
    if (index === 0 && message.role !== 'user') return badRequest('messages: first message must use the "user" role');
    const problem =
      validateBlocks(index, message, seenIds, index === messages.length - 1) ??
      validateToolResults(index, messages[index - 1] as JsonObject | undefined, message);
    if (problem) return problem;
  }
  const last = messages.at(-1) as JsonObject;
  if (last.role === 'assistant' && blocksOf(last.content).some((b) => b.type === 'tool_use')) {
    return validateToolResults(messages.length, last, { role: 'none', content: [] });
  }
  return null;
}

function describeMessages(body: JsonObject): RequestSummary {
  const messages = (body.messages as unknown[]).filter(isObject);
  const last = messages.at(-1);
  return {
    model: String(body.model),
    system: typeof body.system === 'string' ? body.system : Array.isArray(body.system) ? textOf(body.system) : null,
    firstUserMessage: blocksOf(messages.find((m) => m.role === 'user')?.content)
      .map((b) => (b.type === 'text' ? String(b.text) : ''))
      .join(''),
    userMessages: messages
      .filter((m) => m.role === 'user')
      .map((m) =>
        blocksOf(m.content)
          .map((b) => (b.type === 'text' ? String(b.text) : ''))
          .join(''),
      )
      .filter((text) => text !== ''),
    turn: messages.filter((m) => m.role === 'assistant').length,
    toolNames: (Array.isArray(body.tools) ? body.tools : []).map((tool: JsonObject) => String(tool.name)),
    toolResults:
      last?.role === 'user'
        ? blocksOf(last.content)
            .filter((b) => b.type === 'tool_result')
            .map((b) => ({
              toolCallId: String(b.tool_use_id),
              content: textOf(b.content),
              isError: b.is_error === true,
            }))
        : [],
  };
}

function toolInput(argumentsValue: unknown): unknown {
  if (typeof argumentsValue !== 'string') return argumentsValue ?? {};
  try {
    const parsed: unknown = JSON.parse(argumentsValue);
    return isObject(parsed) ? parsed : {};
  } catch {
    return {}; // what a truncated streamed tool_use becomes
  }
}

function renderMessage(reply: SuccessReply, request: FakeLlmRequest, requestBytes: number): unknown {
  const usage = resolveUsage(reply, requestBytes);
  const content: JsonObject[] = [];
  if (reply.thinking !== undefined)
    content.push({ type: 'thinking', thinking: reply.thinking, signature: `sig_${randomId(48)}` });
  if (reply.text !== undefined) content.push({ type: 'text', text: reply.text, citations: null });
  for (const call of reply.toolCalls ?? []) {
    const id = call.id === null ? '' : (call.id ?? `toolu_01${randomId(22)}`);
    content.push({
      type: 'tool_use',
      id,
      name: call.name,
      input: toolInput(call.arguments),
      caller: { type: 'direct' },
    });
  }
  const calls = reply.toolCalls?.length ?? 0;
  return {
    id: `msg_01${randomId(22)}`,
    type: 'message',
    role: 'assistant',
    model: reply.model ?? request.model,
    content,
    stop_reason: reply.finish ?? (calls > 0 ? 'tool_use' : 'end_turn'),
    stop_sequence: null,
    stop_details: null,
    usage: {
      // Anthropic's input_tokens excludes cached tokens; the fake's usage.input counts them all.
      input_tokens: Math.max(0, usage.input - usage.cacheRead - usage.cacheWrite),
      cache_creation_input_tokens: usage.cacheWrite,
      cache_read_input_tokens: usage.cacheRead,
      cache_creation: { ephemeral_5m_input_tokens: usage.cacheWrite, ephemeral_1h_input_tokens: 0 },
      output_tokens: usage.output,
      service_tier: 'standard',
      server_tool_use: null,
      inference_geo: null,
    },
  };
}

export const anthropicMessagesDialect: Dialect = {
  api: 'messages',
  requestIdHeader: 'request-id',
  newRequestId: () => `req_011${randomId(21)}`,
  authenticate,
  validate: (body, headers) => {
    if (!isObject(body)) return badRequest('The request body must be a JSON object.');
    return validateTopLevel(body, headers) ?? validateMessages(body.messages);
  },
  describe: describeMessages,
  renderReply: renderMessage,
  renderError: (error, requestId) => ({
    type: 'error',
    error: { type: error.type ?? errorTypeByStatus[error.status] ?? 'api_error', message: error.message },
    request_id: requestId,
  }),
  successHeaders: () => ({
    'anthropic-ratelimit-requests-limit': '4000',
    'anthropic-ratelimit-requests-remaining': '3999',
    'anthropic-ratelimit-requests-reset': new Date(Date.now() + 60_000).toISOString(),
  }),
};
