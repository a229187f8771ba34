import { describe, expect, it } from 'vitest';
import { SalvoError } from '../../src/core/errors.ts';
import { validateExtras } from '../../src/core/extras.ts';

function rejection(extras: Record<string, unknown>, adapter: 'openai' | 'anthropic' = 'openai'): SalvoError {
  try {
    validateExtras(extras, adapter);
  } catch (error) {
    expect(error).toBeInstanceOf(SalvoError);
    return error as SalvoError;
  }
  throw new Error('expected validateExtras to throw');
}

describe('validateExtras', () => {
  it('passes provider parameters through unchanged', () => {
    const extras = {
      top_p: 0.9,
      parallel_tool_calls: false,
      reasoning_effort: 'low',
      prompt_cache_key: 'suite-1',
      max_tokens: 200,
    };
    expect(validateExtras(extras, 'openai')).toEqual(extras);
    expect(validateExtras({ metadata: { user_id: 'ci' }, top_k: 5 }, 'anthropic')).toEqual({
      metadata: { user_id: 'ci' },
      top_k: 5,
    });
  });

  it.each(['model', 'Messages', 'input', 'system', 'tools', 'STREAM', 'base_url', 'base-url', 'temperature', 'seed'])(
    'refuses %s, which salvo sets itself',
    (key) => {
      const error = rejection({ [key]: 'x' });
      expect(error.code).toBe('E_EXTRAS');
      expect(error.message).toBe(`extras.${key} is set by salvo itself`);
      expect(error.hint).toBeTruthy();
    },
  );

  it('refuses the max-tokens key each adapter fills from the scenario', () => {
    expect(rejection({ max_completion_tokens: 10 }).hint).toContain('max_tokens');
    expect(rejection({ max_tokens: 10 }, 'anthropic').hint).toContain('max_tokens');
  });

  it.each([
    'api_key',
    'API_SECRET',
    'token',
    'password',
    'Authorization',
    'secret_key',
    'access_token',
    'refresh_token',
    'apiKey',
    'x-api-key',
  ])('refuses the credential-looking key %s', (key) => {
    expect(rejection({ [key]: 'sk-live-123' }).message).toContain('looks like a credential');
  });

  it('finds credentials nested inside a value', () => {
    expect(rejection({ metadata: { nested: [{ password: 'x' }] } }).message).toBe(
      'extras.metadata.nested.0.password looks like a credential; secrets never go in scenario files',
    );
  });

  it('allows at most 10 keys and 4096 bytes', () => {
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`p${index}`, index]));
    expect(rejection(eleven).message).toBe('extras has 11 keys; at most 10 are allowed');
    expect(rejection({ logit_bias: 'x'.repeat(4100) }).message).toMatch(
      /^extras is \d+ bytes as JSON; at most 4096 are allowed$/,
    );
  });
});
