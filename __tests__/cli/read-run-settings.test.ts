import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.ts';
import { projectConfigSchema } from '../../src/core/scenario/project-config-schema.ts';
import { readRunSettings } from '../../src/cli/read-run-settings.ts';

const config = (input: object = {}) => projectConfigSchema.parse(input);

describe('readRunSettings', () => {
  it('uses flags over salvo.yaml over the defaults', () => {
    expect(readRunSettings([], {}, {}, config())).toMatchObject({
      concurrency: 4,
      maxCostUsd: null,
      timeoutMs: null,
      requestTimeoutMs: null,
      trials: null,
      filters: [],
      json: false,
      model: null,
      adapter: null,
    });
    expect(readRunSettings([], {}, {}, config({ concurrency: 8, max_cost_usd: 2 }))).toMatchObject({
      concurrency: 8,
      maxCostUsd: 2,
    });
    expect(
      readRunSettings(
        [],
        {
          concurrency: '2',
          maxCostUsd: '0.5',
          timeoutSeconds: '30',
          requestTimeoutSeconds: '45',
          trials: '3',
          adapter: 'anthropic',
          model: 'm',
        },
        {},
        config({ concurrency: 8 }),
      ),
    ).toMatchObject({
      concurrency: 2,
      maxCostUsd: 0.5,
      timeoutMs: 30_000,
      requestTimeoutMs: 45_000,
      trials: 3,
      adapter: 'anthropic',
      model: 'm',
    });
  });

  it('reads provider keys and base URLs from the environment, naming where each key comes from', () => {
    const settings = readRunSettings(
      [],
      {},
      { OPENAI_API_KEY: ' sk-1 ', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' },
      config(),
    );
    expect(settings.providers.openai).toEqual({ apiKey: 'sk-1', keySource: 'environment variable OPENAI_API_KEY' });
    expect(settings.providers.anthropic).toEqual({
      baseUrl: 'http://127.0.0.1:9',
      keySource: 'environment variable ANTHROPIC_API_KEY',
    });
  });

  it('treats each key, token, secret or password in the environment as a secret to redact, and URL credentials', () => {
    const env = {
      OPENAI_API_KEY: 'k1',
      GITHUB_TOKEN: 'ghs_x',
      MY_SERVICE_SECRET: 's3',
      db_password: 'pw',
      HOME: '/home/me',
      TOKENIZER: 'fast',
      DATABASE_URL: 'postgres://app:db-url-pass@db.internal/app',
    };
    const values = readRunSettings([], {}, env, config()).secrets.map((secret) => secret.value);
    expect(values.sort()).toEqual(['app', 'db-url-pass', 'ghs_x', 'k1', 'pw', 's3']);
  });

  it('refuses bad flag values with a usage error naming the flag', () => {
    expect(() => readRunSettings([], { concurrency: '0' }, {}, config())).toThrow(UsageError);
    expect(() => readRunSettings([], { maxCostUsd: 'lots' }, {}, config())).toThrow(
      /--max-cost-usd must be a positive number/,
    );
    expect(() => readRunSettings([], { adapter: 'gemini' }, {}, config())).toThrow(
      /--adapter must be one of openai, anthropic/,
    );
    expect(() => readRunSettings([], { trials: '2.5' }, {}, config())).toThrow(/--trials/);
  });
});
