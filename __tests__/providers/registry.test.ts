import { describe, expect, it } from 'vitest';
import { createModelClient } from '../../src/providers/registry.ts';

describe('createModelClient', () => {
  it('refuses a base URL with credentials before any request, never quoting them', async () => {
    // Node's fetch refuses such a URL with a message that quotes it whole; salvo stops first.
    const attempt = createModelClient('openai', {
      apiKey: 'k',
      keySource: 'environment variable OPENAI_API_KEY',
      baseUrl: 'http://bob:base-url-pass-42@127.0.0.1:9/v1',
    });
    await expect(attempt).rejects.toMatchObject({ code: 'E_BASE_URL' });
    const error = (await attempt.catch((caught: unknown) => caught)) as Error & { hint?: string };
    expect(`${error.message} ${error.hint}`).not.toMatch(/base-url-pass-42|bob/);
    expect(error.message).toContain('http://[REDACTED]@127.0.0.1:9/v1');
  });
});
