import { describe, expect, it } from 'vitest';
import { PROJECT_CONFIG_TEMPLATE } from '../../../src/cli/commands/init-templates.ts';
import { ConfigError, formatProblem } from '../../../src/core/errors.ts';
import { defaultProjectConfig, parseProjectConfig } from '../../../src/core/scenario/project-config.ts';
import { hashScenario } from '../../../src/core/scenario/hash.ts';
import { load, yaml } from '../../helpers/scenario-loading.ts';

async function problemsOfConfig(text: string): Promise<string[]> {
  try {
    await parseProjectConfig(text, 'salvo.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected salvo.yaml to be invalid');
}

describe('salvo.yaml', () => {
  it('has every default when absent or empty', async () => {
    const expected = {
      scenarios_dir: 'salvo',
      storage_dir: '.salvo',
      judge: {},
      simulator: {},
      prices: {},
      redaction_patterns: [],
      providers: {},
    };
    expect(defaultProjectConfig()).toEqual(expected);
    expect(await parseProjectConfig('', 'salvo.yaml')).toEqual(expected);
    expect(await parseProjectConfig('# nothing yet\n', 'salvo.yaml')).toEqual(expected);
  });

  it('keeps every field it is given', async () => {
    const config = await parseProjectConfig(
      yaml(
        'default_adapter: anthropic',
        'default_model: claude-haiku-5-5',
        'scenarios_dir: evals',
        'storage_dir: .cache/salvo',
        'judge: {adapter: openai, model: gpt-5.4-mini, k: 3, temperature: 0, max_tokens: 800, default_threshold: 0.7}',
        'simulator: {adapter: anthropic, model: claude-haiku-5-5}',
        'prices:',
        '  my-local-model: {input: 0.1, output: 0.2, cache_read: 0.01, cache_write: 0.1}',
        'max_cost_usd: 2.5',
        'concurrency: 8',
        "redaction_patterns: ['acct-[0-9]+']",
        'providers:',
        '  openai: {max_concurrency: 4, requests_per_minute: 60, max_rate_limit_wait_seconds: 300}',
        '  anthropic: {requests_per_minute: 50}',
      ),
      'salvo.yaml',
    );
    expect(config).toEqual({
      default_adapter: 'anthropic',
      default_model: 'claude-haiku-5-5',
      scenarios_dir: 'evals',
      storage_dir: '.cache/salvo',
      judge: {
        adapter: 'openai',
        model: 'gpt-5.4-mini',
        k: 3,
        temperature: 0,
        max_tokens: 800,
        default_threshold: 0.7,
      },
      simulator: { adapter: 'anthropic', model: 'claude-haiku-5-5' },
      prices: { 'my-local-model': { input: 0.1, output: 0.2, cache_read: 0.01, cache_write: 0.1 } },
      max_cost_usd: 2.5,
      concurrency: 8,
      redaction_patterns: ['acct-[0-9]+'],
      providers: {
        openai: { max_concurrency: 4, requests_per_minute: 60, max_rate_limit_wait_seconds: 300 },
        anthropic: { requests_per_minute: 50 },
      },
    });
  });

  it('names an unknown provider or limit, and a limit out of range, with file:line:column', async () => {
    expect(
      await problemsOfConfig(
        yaml(
          'providers:',
          '  opnai: {max_concurrency: 4}',
          '  anthropic: {max_concurency: 4, requests_per_minute: 0, max_rate_limit_wait_seconds: -1}',
        ),
      ),
    ).toEqual([
      "salvo.yaml:2:3: unknown field 'opnai'",
      "salvo.yaml:3:15: unknown field 'max_concurency', did you mean 'max_concurrency'?",
      "salvo.yaml:3:55: 'requests_per_minute' must be greater than 0, got 0",
      "salvo.yaml:3:87: 'max_rate_limit_wait_seconds' must be at least 0, got -1",
    ]);
  });

  it('reads the salvo.yaml that salvo init writes, with either line ending', async () => {
    const config = await parseProjectConfig(PROJECT_CONFIG_TEMPLATE, 'salvo.yaml');
    expect(config).toMatchObject({ default_adapter: 'openai', scenarios_dir: 'salvo', storage_dir: '.salvo' });
    expect(await parseProjectConfig(PROJECT_CONFIG_TEMPLATE.replaceAll('\n', '\r\n'), 'salvo.yaml')).toEqual(config);
  });

  it('reports every problem with its position and suggestions', async () => {
    expect(
      await problemsOfConfig(
        yaml(
          'default_adaptr: openai',
          'concurrency: 65',
          'judge: {k: 0, modle: x}',
          'prices: {m: {input: 1}}',
          'default_adapter: azure',
        ),
      ),
    ).toEqual([
      "salvo.yaml:1:1: unknown field 'default_adaptr', did you mean 'default_adapter'?",
      "salvo.yaml:2:14: 'concurrency' must be at most 64, got 65",
      "salvo.yaml:3:12: 'k' must be at least 1, got 0",
      "salvo.yaml:3:15: unknown field 'modle', did you mean 'model'?",
      "salvo.yaml:4:13: missing required field 'output'",
      "salvo.yaml:5:18: unknown default_adapter 'azure' (one of: openai, anthropic)",
    ]);
  });

  it('rejects a list or several documents', async () => {
    expect(await problemsOfConfig('- a\n')).toEqual([
      'salvo.yaml:1:1: salvo.yaml must be a mapping of fields (key: value), found a list',
    ]);
    expect(await problemsOfConfig('a: 1\n---\nb: 2\n')).toEqual([
      'salvo.yaml:2:1: a file holds one YAML document; a second one starts here',
    ]);
  });
});

describe('scenario_hash', () => {
  it('ignores key order, formatting and comments but changes with the content', async () => {
    const first = await load(yaml('model: m', 'prompt: hi', 'tags: {a: "1", b: "2"}'));
    const reordered = await load(yaml('# same scenario', 'tags:', '  b: "2"', '  a: "1"', 'prompt: "hi"', 'model: m'));
    const changed = await load(yaml('model: m', 'prompt: hello', 'tags: {a: "1", b: "2"}'));
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(reordered.hash).toBe(first.hash);
    expect(changed.hash).not.toBe(first.hash);
    expect(hashScenario(first.scenario)).toBe(first.hash);
  });

  it('changes when a salvo.yaml default changes what the scenario does', async () => {
    const text = yaml('prompt: hi');
    const a = await load(text, { config: { default_model: 'gpt-5.4-mini' } });
    const b = await load(text, { config: { default_model: 'gpt-6-luna' } });
    expect(a.hash).not.toBe(b.hash);
  });
});
