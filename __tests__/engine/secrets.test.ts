import { describe, expect, it } from 'vitest';
import { buildRedactor, collectSecrets, urlCredentials } from '../../src/engine/secrets.ts';

// The one place both shells build their redactor (src/cli/read-run-settings.ts, src/action/read-action-settings.ts).
describe('collectSecrets', () => {
  it('finds *_API_KEY, *_TOKEN, *_SECRET and *_PASSWORD variables in any case, and nothing else', () => {
    const env = {
      OPENAI_API_KEY: 'k-1',
      gh_token: 't-1',
      APP_SECRET: 's-1',
      DB_PASSWORD: 'p-1',
      TOKENIZER: 'fast',
      PATH: '/bin',
      EMPTY_TOKEN: ' ',
      UNSET_TOKEN: undefined,
    };
    expect(collectSecrets(env).map((secret) => secret.source)).toEqual([
      'environment variable OPENAI_API_KEY',
      'environment variable gh_token',
      'environment variable APP_SECRET',
      'environment variable DB_PASSWORD',
    ]);
  });

  it('adds the given secrets first, and the user and password of any URL, decoded too, each value once', () => {
    const secrets = collectSecrets(
      { OPENAI_BASE_URL: 'http://gw-user:p%40ss-word-1@gateway:8080/v1', COPY_TOKEN: 'input-key-123456' },
      [{ source: "action input 'openai-api-key'", value: ' input-key-123456 ' }],
    );
    expect(secrets).toEqual([
      { source: "action input 'openai-api-key'", value: 'input-key-123456' },
      { source: 'the credentials in environment variable OPENAI_BASE_URL', value: 'p%40ss-word-1' },
      { source: 'the credentials in environment variable OPENAI_BASE_URL', value: 'gw-user' },
      { source: 'the credentials in environment variable OPENAI_BASE_URL', value: 'p@ss-word-1' },
    ]);
    expect(urlCredentials('not a url @ all')).toEqual([]);
    expect(urlCredentials('https://example.com/a@b')).toEqual([]);
  });
});

describe('buildRedactor', () => {
  it("redacts the secrets and salvo.yaml's patterns, and names the secrets too short to redact, once", () => {
    const { redactor, notice } = buildRedactor(
      [
        { source: 'environment variable OPENAI_API_KEY', value: 'local' },
        { source: 'environment variable DB_PASSWORD', value: 'long-enough-password' },
      ],
      ['ACME-[0-9]{6}'],
    );
    expect(redactor.text('a local key, long-enough-password, ACME-123456')).toBe('a local key, [REDACTED], [REDACTED]');
    expect(notice).toBe(
      'salvo: a secret is shorter than 8 characters and not redacted (environment variable OPENAI_API_KEY): ' +
        'a value that short would match ordinary text everywhere. Use a longer value if it must stay secret.',
    );
    expect(notice).not.toContain('local');
    expect(buildRedactor([{ source: 'x', value: 'long-enough-password' }], []).notice).toBeNull();
  });
});
