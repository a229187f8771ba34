/**
 * Validates a scenario's `extras`: provider parameters passed through to the
 * SDK request body as they are. Keys salvo itself sets (the conversation, the
 * model, the tools, streaming, connection and credentials, and the settings
 * the scenario has its own fields for) are refused, so extras can never
 * override what salvo controls or smuggle a secret into a trace. Parameters
 * the provider does not know are left to the provider: its own 400 message
 * reaches the user.
 */
import { SalvoError } from './errors.ts';
import type { AdapterName } from './scenario/schema.ts';

export const MAX_EXTRAS_KEYS = 10;
export const MAX_EXTRAS_BYTES = 4096;

/** The earlier salvo's blocked keys, kept so its users' files behave the same. */
const SECRET_KEYS = [
  'api_key',
  'api_secret',
  'secret',
  'token',
  'password',
  'authorization',
  'secret_key',
  'access_token',
  'refresh_token',
];
/** Anything else that looks like a credential, at any depth. */
const SECRET_LOOKING =
  /(^|_)(api_?key|secret|password|passwd|token|authorization|auth|bearer|credentials?|private_key|access_key)$/;

const OWNED_BY_SALVO: Record<string, string> = {
  model: 'set `model` in the scenario',
  messages: 'salvo builds the conversation from `system_prompt`, `prompt` and the tool loop',
  input: 'salvo builds the conversation from `system_prompt`, `prompt` and the tool loop',
  instructions: 'set `system_prompt` in the scenario',
  system: 'set `system_prompt` in the scenario',
  tools: 'declare tools under `tools` in the scenario',
  functions: 'declare tools under `tools` in the scenario',
  stream: 'salvo reads whole responses; streaming is not configurable',
  stream_options: 'salvo reads whole responses; streaming is not configurable',
  n: 'salvo drives one completion per turn; use `trials` for repeated runs',
  previous_response_id: 'salvo sends the whole conversation on every turn',
  temperature: 'set `temperature` in the scenario',
  seed: 'set `seed` in the scenario',
  base_url: 'set the base URL with OPENAI_BASE_URL / ANTHROPIC_BASE_URL or the matching flag or action input',
  baseurl: 'set the base URL with OPENAI_BASE_URL / ANTHROPIC_BASE_URL or the matching flag or action input',
  api_base: 'set the base URL with OPENAI_BASE_URL / ANTHROPIC_BASE_URL or the matching flag or action input',
  organization: 'salvo sends no organization header; use a project-scoped key',
  headers: 'extra HTTP headers are not configurable from a scenario',
};

/** The key each adapter fills from the scenario's `max_tokens`. */
const MAX_TOKENS_KEYS: Record<AdapterName, string[]> = {
  openai: ['max_completion_tokens', 'max_output_tokens'],
  anthropic: ['max_tokens'],
};

export function validateExtras(extras: Record<string, unknown>, adapter: AdapterName): Record<string, unknown> {
  const keys = Object.keys(extras);
  if (keys.length > MAX_EXTRAS_KEYS) {
    throw extrasError(
      `extras has ${keys.length} keys; at most ${MAX_EXTRAS_KEYS} are allowed`,
      'keep only the provider parameters the scenario needs',
    );
  }
  const bytes = new TextEncoder().encode(JSON.stringify(extras)).length;
  if (bytes > MAX_EXTRAS_BYTES) {
    throw extrasError(
      `extras is ${bytes} bytes as JSON; at most ${MAX_EXTRAS_BYTES} are allowed`,
      'extras is for small provider parameters, not data',
    );
  }
  for (const key of keys) {
    const normalised = normaliseKey(key);
    if (SECRET_KEYS.includes(normalised) || SECRET_LOOKING.test(normalised)) {
      throw extrasError(
        `extras.${key} looks like a credential; secrets never go in scenario files`,
        'pass keys through the environment or action inputs',
      );
    }
    const owned = OWNED_BY_SALVO[normalised];
    if (owned) throw extrasError(`extras.${key} is set by salvo itself`, owned);
    if (MAX_TOKENS_KEYS[adapter].includes(normalised))
      throw extrasError(`extras.${key} is set by salvo itself`, 'set `max_tokens` in the scenario');
    const nested = findSecretKey(extras[key], `extras.${key}`);
    if (nested)
      throw extrasError(
        `${nested} looks like a credential; secrets never go in scenario files`,
        'pass keys through the environment or action inputs',
      );
  }
  return { ...extras };
}

function normaliseKey(key: string): string {
  return key.trim().toLowerCase().replace(/-/g, '_');
}

function findSecretKey(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findSecretKey(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const normalised = normaliseKey(key);
    if (SECRET_KEYS.includes(normalised) || SECRET_LOOKING.test(normalised)) return `${path}.${key}`;
    const found = findSecretKey(inner, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

function extrasError(message: string, hint: string): SalvoError {
  return new SalvoError('E_EXTRAS', message, { hint });
}
