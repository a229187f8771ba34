/**
 * ModelClient on the official `@anthropic-ai/sdk` (Messages API, version
 * 2026-10-21), on the SDK's own fetch (Node's). The SDK's retries are off:
 * the rate-limit layer retries (src/providers/shared/rate-limit/).
 */
import Anthropic from '@anthropic-ai/sdk';
import { ProviderError } from '../../core/errors.ts';
import type { ModelClient, ModelRequest, ModelTurn } from '../../core/model-client.ts';
import { connectionFailure, toProviderError, type ProviderFailure } from '../shared/provider-errors.ts';
import { DEFAULT_TIMEOUT_MS, type ProviderSettings } from '../shared/provider-settings.ts';
import { boundedFetch } from '../shared/bounded-fetch.ts';
import { parseWire } from '../shared/parse-wire.ts';
import { normaliseToolCalls, toolCallIdsIn } from '../shared/tool-calls.ts';
import { anthropicMessageSchema, type AnthropicMessageWire } from './anthropic-wire.ts';
import { convertAnthropicUsage } from './convert-anthropic-usage.ts';
import { withCacheBreakpoints } from './anthropic-cache.ts';
import { isTruncatedStop, mapAnthropicStopReason } from './map-anthropic-stop-reason.ts';
import { toAnthropicMessages, toAnthropicTools, type AnthropicState } from './to-anthropic-messages.ts';
import { withoutCredentials } from '../../core/safe-text.ts';

const ANTHROPIC_BASE_URL = 'https://api.anthropic.com';
/**
 * max_tokens is required; this is the default when the scenario sets none (well under the SDK's non-streaming limit).
 */
export const DEFAULT_ANTHROPIC_MAX_TOKENS = 4096;

export function createAnthropicModelClient(settings: ProviderSettings): ModelClient {
  return new AnthropicModelClient(settings);
}

class AnthropicModelClient implements ModelClient {
  readonly provider = 'anthropic';
  readonly #sdk: Anthropic;
  readonly #settings: ProviderSettings;
  readonly #label: string;

  constructor(settings: ProviderSettings) {
    this.#settings = settings;
    const baseURL = settings.baseUrl ?? ANTHROPIC_BASE_URL;
    this.#label =
      new URL(baseURL).hostname === 'api.anthropic.com'
        ? 'Anthropic'
        : `the Anthropic-compatible server at ${withoutCredentials(baseURL)}`;
    // An explicit key keeps the SDK from reading ANTHROPIC_* variables or running its credential chain.
    this.#sdk = new Anthropic({
      apiKey: settings.apiKey,
      baseURL,
      webhookKey: null,
      timeout: settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: 0, // the rate-limit layer retries (src/providers/shared/rate-limit/)
      fetch: boundedFetch(settings.fetch),
    });
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    const started = performance.now();
    const { body, warnings } = buildBody(request);
    try {
      const params = body as unknown as Anthropic.MessageCreateParamsNonStreaming;
      const { data, request_id } = await this.#sdk.messages.create(params, { signal: request.signal }).withResponse();
      const message = parseWire(anthropicMessageSchema, data, this.provider, this.#label);
      return {
        ...fromMessage(message, toolCallIdsIn(request.messages)),
        model: message.model ?? request.settings.model,
        requestId: request_id ?? null,
        latencyMs: Math.round(performance.now() - started),
        retries: 0,
        raw: data,
        ...(warnings.length > 0 ? { warnings } : {}),
      };
    } catch (error) {
      throw this.#toError(error, request);
    }
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

function buildBody(request: ModelRequest): { body: Record<string, unknown>; warnings: string[] } {
  const { settings } = request;
  const warnings: string[] = [];
  // API version 2026-10-21 answers any sampling parameter with a 400, even at its default.
  if (settings.temperature !== undefined)
    warnings.push('temperature is not sent: Anthropic API version 2026-10-21 removed sampling parameters');
  if (settings.seed !== undefined) warnings.push('seed is not sent: the Anthropic Messages API has no seed parameter');
  const body = {
    ...settings.extras,
    model: settings.model,
    max_tokens: settings.maxTokens ?? DEFAULT_ANTHROPIC_MAX_TOKENS,
    ...(request.system?.trim() ? { system: request.system } : {}),
    messages: toAnthropicMessages(request.messages),
    ...(request.tools.length > 0 ? { tools: toAnthropicTools(request.tools) } : {}),
    ...(request.forceTool ? { tool_choice: { type: 'tool', name: request.forceTool } } : {}),
  };
  return { body: withCacheBreakpoints(body, request), warnings };
}

function fromMessage(message: AnthropicMessageWire, usedIds: Set<string>) {
  const texts = message.content
    .filter((block) => block.type === 'text' && block.text)
    .map((block) => block.text as string);
  const wireCalls = message.content
    .filter((block) => block.type === 'tool_use')
    .map((block) => ({ id: block.id, name: block.name ?? '', arguments: block.input }));
  const { toolCalls } = normaliseToolCalls(wireCalls, {
    usedIds,
    idPrefix: 'toolu_salvo_',
    truncated: isTruncatedStop(message.stop_reason),
  });
  const keepsThinking = message.content.some(
    (block) => block.type === 'thinking' || block.type === 'redacted_thinking',
  );
  const state: AnthropicState | undefined = keepsThinking ? { api: 'messages', content: message.content } : undefined;
  return {
    text: texts.length > 0 ? texts.join('') : null,
    toolCalls,
    usage: convertAnthropicUsage(message.usage),
    finishReason: mapAnthropicStopReason(message.stop_reason, toolCalls.length > 0),
    rawFinishReason: message.stop_reason ?? null,
    ...(state ? { providerState: state } : {}),
  };
}

function toFailure(error: unknown): ProviderFailure {
  if (error instanceof Anthropic.APIConnectionTimeoutError) return { kind: 'timeout', message: error.message };
  if (error instanceof Anthropic.APIConnectionError) return connectionFailure(error);
  if (error instanceof Anthropic.APIError) {
    return {
      kind: 'http',
      status: error.status,
      message: error.apiMessage ?? error.message,
      type: error.type ?? null,
      code: error.errorCode ?? null,
      requestId: error.requestID ?? null,
      headers: error.headers ?? null,
    };
  }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}
