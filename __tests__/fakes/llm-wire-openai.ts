/**
 * OpenAI Chat Completions and Responses for the fake LLM server: envelopes,
 * ids, usage and error bodies as the real API sends them (openai-openapi.yaml),
 * and the conversation rules the real API enforces with a 400.
 */
import type { FakeLlmRequest } from './llm-server.ts';
import {
  argumentText,
  badRequest,
  isObject,
  randomId,
  resolveUsage,
  textOf,
  TOOL_NAME_PATTERN,
  type Dialect,
  type JsonObject,
  type ReplyError,
  type RequestSummary,
  type SuccessReply,
} from './llm-wire-shared.ts';

const defaultErrorType: Record<number, { type: string; code: string | null }> = {
  400: { type: 'invalid_request_error', code: null },
  401: { type: 'invalid_request_error', code: 'invalid_api_key' },
  403: { type: 'invalid_request_error', code: 'unsupported_country_region_territory' },
  404: { type: 'invalid_request_error', code: 'model_not_found' },
  429: { type: 'requests', code: 'rate_limit_exceeded' },
};

function renderOpenAiError(error: ReplyError): unknown {
  const fallback = defaultErrorType[error.status] ?? { type: 'server_error', code: null };
  return {
    error: {
      message: error.message,
      type: error.type ?? fallback.type,
      param: null,
      code: error.code === undefined ? fallback.code : error.code,
    },
  };
}

function authenticateOpenAi(headers: Record<string, string>): ReplyError | null {
  const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1]?.trim();
  if (token) return null;
  return {
    status: 401,
    message:
      "You didn't provide an API key. You need to provide your API key in an " +
      'Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).',
  };
}

const openAiSuccessHeaders = () => ({
  'openai-processing-ms': '12',
  'x-ratelimit-limit-requests': '10000',
  'x-ratelimit-remaining-requests': '9999',
  'x-ratelimit-reset-requests': '6ms',
});

function requireModel(body: JsonObject): ReplyError | null {
  if (typeof body.model !== 'string' || body.model === '') return badRequest('you must provide a model parameter');
  if (body.stream === true) return badRequest('fake server: streaming is not implemented');
  return null;
}

// ---------------------------------------------------------------- Chat Completions

function validateChatTools(tools: unknown): ReplyError | null {
  if (tools === undefined) return null;
  if (!Array.isArray(tools) || tools.length === 0)
    return badRequest(
      "Invalid 'tools': empty array. Expected an array with minimum length 1, but got an empty array instead.",
    );
  for (const [index, tool] of tools.entries()) {
    const name: unknown = isObject(tool) && isObject(tool.function) ? tool.function.name : undefined;
    if (typeof name !== 'string') return badRequest(`Missing required parameter: 'tools[${index}].function'.`);
    if (!TOOL_NAME_PATTERN.test(name)) {
      return badRequest(
        `Invalid 'tools[${index}].function.name': string does not match pattern. ` +
          "Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
      );
    }
  }
  return null;
}

function validateChatMessages(messages: unknown): ReplyError | null {
  if (!Array.isArray(messages) || messages.length === 0)
    return badRequest(
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
    );
  let unanswered: string[] = [];
  for (const [index, message] of messages.entries()) {
    if (!isObject(message)) return badRequest(`Invalid type for 'messages[${index}]': expected an object.`);
    if (message.role === 'tool') {
      const id = message.tool_call_id;
      if (typeof id !== 'string' || !unanswered.includes(id)) {
        return badRequest(
          "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
        );
      }
      if (typeof message.content !== 'string' && !Array.isArray(message.content))
        return badRequest(`Invalid type for 'messages[${index}].content'.`);
      unanswered = unanswered.filter((pending) => pending !== id);
      continue;
    }
    if (unanswered.length > 0) {
      return badRequest(
        "An assistant message with 'tool_calls' must be followed by tool messages responding to each " +
          `'tool_call_id'. The following tool_call_ids did not have response messages: ${unanswered.join(', ')}`,
      );
    }
    if (!['system', 'developer', 'user', 'assistant'].includes(String(message.role))) {
      return badRequest(
        `Invalid value: '${String(message.role)}'. Supported values are: ` +
          "'system', 'assistant', 'user', 'function', 'tool', and 'developer'.",
      );
    }
    if (message.role === 'assistant') {
      const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
      if (calls.length === 0 && (message.content === null || message.content === undefined)) {
        return badRequest(`Invalid value for 'messages[${index}].content': expected a string, got null.`);
      }
      for (const call of calls) {
        if (!isObject(call) || typeof call.id !== 'string' || !isObject(call.function))
          return badRequest(`Missing required parameter: 'messages[${index}].tool_calls[0].id'.`);
        if (typeof call.function.arguments !== 'string')
          return badRequest(
            `Invalid type for 'messages[${index}].tool_calls[0].function.arguments': expected a string.`,
          );
      }
      unanswered = calls.map((call: JsonObject) => String(call.id));
    } else if (message.content === null || message.content === undefined) {
      return badRequest(`Missing required parameter: 'messages[${index}].content'.`);
    }
  }
  if (unanswered.length > 0) {
    return badRequest(
      "An assistant message with 'tool_calls' must be followed by tool messages responding to each " +
        `'tool_call_id'. The following tool_call_ids did not have response messages: ${unanswered.join(', ')}`,
    );
  }
  return null;
}

function describeChat(body: JsonObject): RequestSummary {
  const messages = (body.messages as JsonObject[]).filter(isObject);
  const lastAssistant = messages.map((message) => message.role).lastIndexOf('assistant');
  return {
    model: String(body.model),
    system:
      messages
        .filter((m) => m.role === 'system' || m.role === 'developer')
        .map((m) => textOf(m.content))
        .join('\n') || null,
    firstUserMessage: textOf(messages.find((m) => m.role === 'user')?.content),
    userMessages: messages.filter((m) => m.role === 'user').map((m) => textOf(m.content)),
    turn: messages.filter((m) => m.role === 'assistant').length,
    toolNames: (Array.isArray(body.tools) ? body.tools : []).map((tool: JsonObject) =>
      String((tool.function as JsonObject).name),
    ),
    toolResults: messages
      .slice(lastAssistant + 1)
      .filter((m) => m.role === 'tool')
      .map((m) => ({ toolCallId: String(m.tool_call_id), content: textOf(m.content), isError: false })),
  };
}

function renderChatCompletion(reply: SuccessReply, request: FakeLlmRequest, requestBytes: number): unknown {
  const usage = resolveUsage(reply, requestBytes);
  const calls = (reply.toolCalls ?? []).map((call) => ({
    ...(call.id === null ? {} : { id: call.id ?? `call_${randomId(24)}` }),
    type: 'function',
    function: {
      name: call.name,
      arguments: call.sendArgumentsAsObject ? call.arguments : argumentText(call.arguments),
    },
  }));
  const message: JsonObject = {
    role: 'assistant',
    content: reply.text ?? (reply.emptyStringContent ? '' : null),
    refusal: null,
    annotations: [],
  };
  if (calls.length > 0) message.tool_calls = calls;
  return {
    id: `chatcmpl-${randomId(29)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: reply.model ?? request.model,
    choices: [
      { index: 0, message, logprobs: null, finish_reason: reply.finish ?? (calls.length > 0 ? 'tool_calls' : 'stop') },
    ],
    usage: {
      prompt_tokens: usage.input,
      completion_tokens: usage.output,
      total_tokens: usage.input + usage.output,
      prompt_tokens_details: {
        cached_tokens: usage.cacheRead,
        audio_tokens: 0,
        ...(usage.cacheWrite > 0 ? { cache_write_tokens: usage.cacheWrite } : {}),
      },
      completion_tokens_details: {
        reasoning_tokens: usage.reasoning,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_fake0001',
  };
}

export const chatCompletionsDialect: Dialect = {
  api: 'chat_completions',
  requestIdHeader: 'x-request-id',
  newRequestId: () => `req_${randomId(32)}`,
  authenticate: authenticateOpenAi,
  validate: (body) => {
    if (!isObject(body)) return badRequest('The request body must be a JSON object.');
    return requireModel(body) ?? validateChatTools(body.tools) ?? validateChatMessages(body.messages);
  },
  describe: describeChat,
  renderReply: renderChatCompletion,
  renderError: renderOpenAiError,
  successHeaders: openAiSuccessHeaders,
};

// ---------------------------------------------------------------- Responses

const isAssistantItem = (item: JsonObject) =>
  item.type === 'function_call' ||
  item.type === 'reasoning' ||
  (item.type === 'message' && item.role === 'assistant') ||
  (item.type === undefined && item.role === 'assistant');

function validateResponsesTools(tools: unknown): ReplyError | null {
  if (tools === undefined) return null;
  if (!Array.isArray(tools)) return badRequest("Invalid type for 'tools': expected an array.");
  for (const [index, tool] of tools.entries()) {
    if (!isObject(tool) || typeof tool.name !== 'string')
      return badRequest(`Missing required parameter: 'tools[${index}].name'.`);
    if (!TOOL_NAME_PATTERN.test(tool.name))
      return badRequest(
        `Invalid 'tools[${index}].name': string does not match pattern. ` +
          "Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
      );
  }
  return null;
}

function validateResponsesInput(input: unknown): ReplyError | null {
  if (typeof input === 'string') return input === '' ? badRequest("Invalid 'input': empty string.") : null;
  if (!Array.isArray(input) || input.length === 0) return badRequest("Missing required parameter: 'input'.");
  const calls = new Set<string>();
  const answered = new Set<string>();
  for (const [index, item] of input.entries()) {
    if (!isObject(item)) return badRequest(`Invalid type for 'input[${index}]': expected an object.`);
    if (item.type === 'reasoning') {
      const next: unknown = input[index + 1];
      if (!isObject(next) || !isAssistantItem(next) || next.type === 'reasoning') {
        return badRequest(
          `Item '${String(item.id)}' of type 'reasoning' was provided without its required following item.`,
        );
      }
    }
    if (item.type === 'function_call') {
      if (typeof item.call_id !== 'string' || item.call_id === '')
        return badRequest(`Missing required parameter: 'input[${index}].call_id'.`);
      if (typeof item.arguments !== 'string')
        return badRequest(`Invalid type for 'input[${index}].arguments': expected a string.`);
      calls.add(item.call_id);
    }
    if (item.type === 'function_call_output') {
      if (!calls.has(String(item.call_id)))
        return badRequest(`No tool call found for function call output with call_id ${String(item.call_id)}.`);
      answered.add(String(item.call_id));
    }
  }
  const unanswered = [...calls].find((id) => !answered.has(id));
  return unanswered ? badRequest(`No tool output found for function call ${unanswered}.`) : null;
}

function describeResponses(body: JsonObject): RequestSummary {
  const items: JsonObject[] =
    typeof body.input === 'string'
      ? [{ role: 'user', content: body.input }]
      : (body.input as unknown[]).filter(isObject);
  const systemItems = items
    .filter((item) => item.role === 'system' || item.role === 'developer')
    .map((item) => textOf(item.content));
  const system = [typeof body.instructions === 'string' ? body.instructions : '', ...systemItems]
    .filter(Boolean)
    .join('\n');
  let turn = 0;
  items.forEach((item, index) => {
    const previous = items[index - 1];
    if (isAssistantItem(item) && !(previous && isAssistantItem(previous))) turn += 1;
  });
  const lastAssistant = items.map(isAssistantItem).lastIndexOf(true);
  return {
    model: String(body.model),
    system: system || null,
    firstUserMessage: textOf(items.find((item) => item.role === 'user')?.content),
    userMessages: items.filter((item) => item.role === 'user').map((item) => textOf(item.content)),
    turn,
    toolNames: (Array.isArray(body.tools) ? body.tools : []).map((tool: JsonObject) => String(tool.name)),
    toolResults: items
      .slice(lastAssistant + 1)
      .filter((item) => item.type === 'function_call_output')
      .map((item) => ({ toolCallId: String(item.call_id), content: textOf(item.output), isError: false })),
  };
}

function renderResponse(reply: SuccessReply, request: FakeLlmRequest, requestBytes: number): unknown {
  const usage = resolveUsage(reply, requestBytes);
  const body = request.body as JsonObject;
  const output: JsonObject[] = [];
  if (reply.thinking !== undefined) {
    output.push({
      type: 'reasoning',
      id: `rs_${randomId(40)}`,
      summary: [{ type: 'summary_text', text: reply.thinking }],
      encrypted_content: `enc_${randomId(48)}`,
    });
  }
  if (reply.text !== undefined) {
    output.push({
      type: 'message',
      id: `msg_${randomId(40)}`,
      status: 'completed',
      role: 'assistant',
      content: [{ type: 'output_text', text: reply.text, annotations: [], logprobs: [] }],
    });
  }
  for (const call of reply.toolCalls ?? []) {
    const callId = call.id === null ? '' : (call.id ?? `call_${randomId(24)}`);
    output.push({
      type: 'function_call',
      id: `fc_${randomId(40)}`,
      call_id: callId,
      name: call.name,
      arguments: argumentText(call.arguments),
      status: 'completed',
    });
  }
  const incomplete = reply.finish !== undefined && reply.finish !== 'completed';
  return {
    id: `resp_${randomId(40)}`,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: incomplete ? 'incomplete' : 'completed',
    background: false,
    error: null,
    incomplete_details: incomplete ? { reason: reply.finish } : null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    model: reply.model ?? request.model,
    output,
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: body.store ?? true,
    temperature: 1,
    text: { format: { type: 'text' } },
    tool_choice: body.tool_choice ?? 'auto',
    tools: body.tools ?? [],
    top_p: 1,
    truncation: 'disabled',
    usage: {
      input_tokens: usage.input,
      input_tokens_details: {
        cached_tokens: usage.cacheRead,
        ...(usage.cacheWrite > 0 ? { cache_write_tokens: usage.cacheWrite } : {}),
      },
      output_tokens: usage.output,
      output_tokens_details: { reasoning_tokens: usage.reasoning },
      total_tokens: usage.input + usage.output,
    },
    user: null,
    metadata: {},
  };
}

export const responsesDialect: Dialect = {
  api: 'responses',
  requestIdHeader: 'x-request-id',
  newRequestId: () => `req_${randomId(32)}`,
  authenticate: authenticateOpenAi,
  validate: (body) => {
    if (!isObject(body)) return badRequest('The request body must be a JSON object.');
    return requireModel(body) ?? validateResponsesTools(body.tools) ?? validateResponsesInput(body.input);
  },
  describe: describeResponses,
  renderReply: renderResponse,
  renderError: renderOpenAiError,
  successHeaders: openAiSuccessHeaders,
};
