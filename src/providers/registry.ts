/**
 * The one place that knows which providers exist. Each is loaded with a
 * dynamic import, so a run loads only the SDK it uses. A new provider is one
 * folder under src/providers/ and one line in `providers` below; the runner
 * only ever sees ModelClient.
 */
import { SalvoError } from '../core/errors.ts';
import type { ModelClient } from '../core/model-client.ts';
import { withoutCredentials } from '../core/safe-text.ts';
import type { AdapterName } from '../core/scenario/schema.ts';
import type { ProviderSettings } from './shared/provider-settings.ts';
import { RateLimitRegistry } from './shared/rate-limit/rate-limit-registry.ts';
import { withRateLimit } from './shared/rate-limit/with-rate-limit.ts';

export type { ProviderSettings } from './shared/provider-settings.ts';
export { RateLimitRegistry } from './shared/rate-limit/rate-limit-registry.ts';

type ClientFactory = (settings: ProviderSettings) => ModelClient;

const providers: Record<AdapterName, () => Promise<ClientFactory>> = {
  openai: async () => (await import('./openai/openai-model-client.ts')).createOpenAiModelClient,
  anthropic: async () => (await import('./anthropic/anthropic-model-client.ts')).createAnthropicModelClient,
};

/**
 * Builds the client for one adapter; a missing key fails here, before any request is made. Its requests go through
 * the rate limiter of its provider and base URL in `rateLimits`: pass the run's, so that every client of the run
 * shares the limits and the run can report how often it was throttled.
 */
export async function createModelClient(
  adapter: AdapterName,
  settings: ProviderSettings,
  rateLimits = new RateLimitRegistry(),
): Promise<ModelClient> {
  if (!settings.apiKey) {
    throw new SalvoError('E_NO_API_KEY', `no API key for the ${adapter} adapter: ${settings.keySource} is not set`, {
      hint:
        adapter === 'openai'
          ? `set ${settings.keySource}; a local OpenAI-compatible server that ` +
            'ignores keys (Ollama, vLLM, LM Studio) accepts any value, e.g. "local"'
          : `set ${settings.keySource}`,
    });
  }
  if (settings.baseUrl !== undefined && !URL.canParse(settings.baseUrl)) {
    throw new SalvoError(
      'E_BASE_URL',
      `the ${adapter} base URL is not a URL: ${withoutCredentials(settings.baseUrl)}`,
      { hint: 'use a full URL such as http://localhost:11434/v1' },
    );
  }
  if (settings.baseUrl !== undefined && (new URL(settings.baseUrl).username || new URL(settings.baseUrl).password)) {
    // Node's fetch refuses such a URL, with a message that quotes it whole: stop here, without quoting the credentials.
    throw new SalvoError(
      'E_BASE_URL',
      `the ${adapter} base URL carries credentials (${withoutCredentials(settings.baseUrl)}), ` +
        "which Node's fetch refuses to send",
      {
        hint: `give the key in ${settings.keySource}, or put the gateway's credentials in its own configuration`,
      },
    );
  }
  const createClient = await providers[adapter]();
  return withRateLimit(createClient(settings), rateLimits.limiterFor(adapter, settings));
}
