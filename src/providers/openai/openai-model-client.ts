/**
 * ModelClient on the official `openai` SDK: Chat Completions by default (what
 * every OpenAI-compatible server speaks) and the Responses API when
 * `settings.api === 'responses'` (current OpenAI models need it for tools
 * with reasoning). Requests go through Node's fetch; the SDK's retries are
 * off: the rate-limit layer retries (src/providers/shared/rate-limit/).
 */
import { OpenAI } from 'openai/client';
import { ProviderError } from '../../core/errors.ts';
import type { ModelClient, ModelRequest, ModelTurn } from '../../core/model-client.ts';
import { connectionFailure, toProviderError, type ProviderFailure } from '../shared/provider-errors.ts';
import { DEFAULT_TIMEOUT_MS, type ProviderSettings } from '../shared/provider-settings.ts';
import { toolCallIdsIn } from '../shared/tool-calls.ts';
import { boundedFetch } from '../shared/bounded-fetch.ts';
import { parseWire } from '../shared/parse-wire.ts';
import { fromChatCompletion, fromResponse } from './from-openai-response.ts';
import { chatCompletionSchema, responseSchema } from './openai-wire.ts';
import { toChatMessages, toChatTools, toResponsesInput, toResponsesTools } from './to-openai-messages.ts';
import { withoutCredentials } from '../../core/safe-text.ts';

const OPENAI_BASE_URL = 'https://api.openai.com/v1';

type JsonObject = Record<string, unknown>;

export function createOpenAiModelClient(settings: ProviderSettings): ModelClient {
  return new OpenAiModelClient(settings);
}

class OpenAiModelClient implements ModelClient {
  readonly provider = 'openai';
  readonly #sdk: OpenAI;
  readonly #settings: ProviderSettings;
  readonly #label: string;
  /** Only OpenAI itself is sent `prompt_cache_key`: a compatible server may refuse a field it does not know. */
  readonly #sendsCacheKey: boolean;

  constructor(settings: ProviderSettings) {
    this.#settings = settings;
    const baseURL = settings.baseUrl ?? OPENAI_BASE_URL;
    this.#sendsCacheKey = new URL(baseURL).hostname === 'api.openai.com';
    this.#label = this.#sendsCacheKey ? 'OpenAI' : `the OpenAI-compatible server at ${withoutCredentials(baseURL)}`;
    // Every option is explicit so the SDK reads nothing from the environment.
    this.#sdk = new OpenAI({
      apiKey: settings.apiKey,
      baseURL,
      organization: null,
      project: null,
      timeout: settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: 0, // the rate-limit layer retries (src/providers/shared/rate-limit/)
      fetch: boundedFetch(settings.fetch),
    });
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    const started = performance.now();
    const options = { signal: request.signal };
    const usedIds = toolCallIdsIn(request.messages);
    try {
      const { parsed, raw, requestId, warnings } =
        request.settings.api === 'responses'
          ? await this.#respond(request, options, usedIds)
          : await this.#chat(request, options, usedIds);
      return {
        ...parsed,
        model: parsed.model ?? request.settings.model,
        requestId,
        latencyMs: Math.round(performance.now() - started),
        retries: 0,
        raw,
        ...(warnings.length > 0 ? { warnings } : {}),
      };
    } catch (error) {
      throw this.#toError(error, request);
    }
  }

  async #chat(request: ModelRequest, options: { signal?: AbortSignal }, usedIds: Set<string>) {
    const { settings } = request;
    const body: JsonObject = {
      ...settings.extras,
      model: settings.model,
      messages: toChatMessages(request.system, request.messages),
      ...(request.tools.length > 0 ? { tools: toChatTools(request.tools) } : {}),
      ...(request.forceTool ? { tool_choice: { type: 'function', function: { name: request.forceTool } } } : {}),
      ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
      ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
      ...(settings.maxTokens !== undefined ? { max_completion_tokens: settings.maxTokens } : {}),
      ...(this.#sendsCacheKey ? promptCacheKey(request) : {}),
    };
    const params = body as unknown as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
    const { data, request_id } = await this.#sdk.chat.completions.create(params, options).withResponse();
    const completion = parseWire(chatCompletionSchema, data, this.provider, this.#label);
    return {
      parsed: fromChatCompletion(completion, usedIds),
      raw: data as unknown,
      requestId: request_id,
      warnings: [] as string[],
    };
  }

  async #respond(request: ModelRequest, options: { signal?: AbortSignal }, usedIds: Set<string>) {
    const { settings } = request;
    const warnings = settings.seed !== undefined ? ['seed is not sent: the Responses API has no seed parameter'] : [];
    const body: JsonObject = {
      ...settings.extras,
      model: settings.model,
      input: toResponsesInput(request.messages),
      ...(request.system ? { instructions: request.system } : {}),
      ...(request.tools.length > 0 ? { tools: toResponsesTools(request.tools) } : {}),
      ...(request.forceTool ? { tool_choice: { type: 'function', name: request.forceTool } } : {}),
      ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
      ...(settings.maxTokens !== undefined ? { max_output_tokens: settings.maxTokens } : {}),
      ...(this.#sendsCacheKey ? promptCacheKey(request) : {}),
    };
    const params = body as unknown as OpenAI.Responses.ResponseCreateParamsNonStreaming;
    const { data, request_id } = await this.#sdk.responses.create(params, options).withResponse();
    const response = parseWire(responseSchema, data, this.provider, this.#label);
    return { parsed: fromResponse(response, usedIds), raw: data as unknown, requestId: request_id, warnings };
  }

  #toError(error: unknown, request: ModelRequest): unknown {
    if (error instanceof ProviderError) return error;
    if (request.signal?.aborted) return request.signal.reason ?? error;
    const context = {
      providerLabel: this.#label,
      provider: this.provider,
      model: request.settings.model,
      keySource: this.#settings.keySource,
      apiKey: this.#settings.apiKey,
      timeoutMs: this.#settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    };
    return toProviderError(toFailure(error), context, error);
  }
}

/**
 * OpenAI caches long prefixes by itself; the key routes a scenario's requests to the same cache. The prefix is already
 * stable: system first, then the tools in the scenario's order, then the conversation, never reordered between calls.
 */
function promptCacheKey(request: ModelRequest): { prompt_cache_key?: string } {
  return request.cache ? { prompt_cache_key: request.cache.key } : {};
}

function toFailure(error: unknown): ProviderFailure {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { kind: 'timeout', message: error.message };
  if (error instanceof OpenAI.APIConnectionError) return connectionFailure(error);
  if (error instanceof OpenAI.APIError) {
    const body = error.error as { message?: unknown } | undefined;
    return {
      kind: 'http',
      status: error.status,
      message: typeof body?.message === 'string' ? body.message : error.message,
      type: error.type ?? null,
      code: error.code ?? null,
      param: error.param ?? null,
      requestId: error.requestID ?? null,
      headers: error.headers ?? null,
    };
  }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}
