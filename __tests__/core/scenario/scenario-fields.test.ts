import { describe, expect, it } from 'vitest';
import { load, problemsOf, yaml } from '../../helpers/scenario-loading.ts';

const minimal = yaml('model: gpt-5.4-mini', 'prompt: What is 2 + 2?');

describe('scenario fields and defaults', () => {
  it('fills every documented default for a minimal scenario', async () => {
    const loaded = await load(minimal, { file: 'math/add.yaml' });
    expect(loaded.scenario).toEqual({
      description: '',
      tags: {},
      adapter: 'openai',
      model: 'gpt-5.4-mini',
      system_prompt: '',
      prompt: 'What is 2 + 2?',
      tools: [],
      assertions: [],
      threshold: 0.8,
      required_pass_rate: 1,
      max_turns: 10,
      max_tool_calls: 50,
      extras: {},
    });
    expect(loaded.name).toBe('add');
    expect(loaded.file).toBe('math/add.yaml');
    expect(loaded.assertionLines).toEqual([]);
  });

  it('keeps every field the user sets', async () => {
    const loaded = await load(
      yaml(
        'description: Full scenario',
        'tags: {team: support, suite: refunds}',
        'adapter: openai',
        'api: responses',
        'model: gpt-5.4-mini',
        'system_prompt: Be brief.',
        'prompt: Hello',
        'threshold: 0.5',
        'required_pass_rate: 0.66',
        'max_turns: 100',
        'max_tool_calls: 1000',
        'timeout_seconds: 3600',
        'temperature: 2',
        'seed: 7',
        'max_tokens: 512',
        'extras: {top_p: 0.9}',
      ),
    );
    expect(loaded.name).toBe('Full scenario');
    expect(loaded.scenario).toMatchObject({
      tags: { team: 'support', suite: 'refunds' },
      api: 'responses',
      system_prompt: 'Be brief.',
      threshold: 0.5,
      required_pass_rate: 0.66,
      max_turns: 100,
      max_tool_calls: 1000,
      timeout_seconds: 3600,
      temperature: 2,
      seed: 7,
      max_tokens: 512,
      extras: { top_p: 0.9 },
    });
  });

  it.each([
    ['max_turns: 0', "scenario.yaml:3:12: 'max_turns' must be at least 1, got 0"],
    ['max_turns: 101', "scenario.yaml:3:12: 'max_turns' must be at most 100, got 101"],
    ['max_turns: 2.5', "scenario.yaml:3:12: 'max_turns' must be a whole number, got 2.5"],
    ['threshold: 1.5', "scenario.yaml:3:12: 'threshold' must be at most 1, got 1.5"],
    ['threshold: -0.1', "scenario.yaml:3:12: 'threshold' must be at least 0, got -0.1"],
    ['required_pass_rate: 2', "scenario.yaml:3:21: 'required_pass_rate' must be at most 1, got 2"],
    ['max_tool_calls: 0', "scenario.yaml:3:17: 'max_tool_calls' must be at least 1, got 0"],
    ['timeout_seconds: 0', "scenario.yaml:3:18: 'timeout_seconds' must be greater than 0, got 0"],
    ['timeout_seconds: 3601', "scenario.yaml:3:18: 'timeout_seconds' must be at most 3600, got 3601"],
    ['temperature: 2.1', "scenario.yaml:3:14: 'temperature' must be at most 2, got 2.1"],
    ['temperature: -1', "scenario.yaml:3:14: 'temperature' must be at least 0, got -1"],
    ['seed: 1.5', "scenario.yaml:3:7: 'seed' must be a whole number, got 1.5"],
    ['max_tokens: 0', "scenario.yaml:3:13: 'max_tokens' must be at least 1, got 0"],
    [
      'adapter: opnai',
      "scenario.yaml:3:10: unknown adapter 'opnai', did you mean 'openai'? (one of: openai, anthropic)",
    ],
    ['api: assistants', "scenario.yaml:3:6: unknown api 'assistants' (one of: chat_completions, responses)"],
    ['tags: {team: 3}', "scenario.yaml:3:14: 'team' must be a string, got 3"],
    ['extras: [1]', "scenario.yaml:3:9: 'extras' must be a mapping, got a list"],
    ['description: [a]', "scenario.yaml:3:14: 'description' must be a string, got a list"],
  ])('rejects %s at the value', async (line, expected) => {
    expect(await problemsOf(yaml('model: gpt-5.4-mini', 'prompt: hi', line))).toEqual([expected]);
  });

  it('requires model and prompt, pointing at the top of the file', async () => {
    expect(await problemsOf(yaml('description: nothing else'))).toEqual([
      "scenario.yaml:1:1: missing required field 'model' (or set default_model in salvo.yaml)",
      "scenario.yaml:1:1: missing required field 'prompt' " +
        "(or 'turns' for a scripted conversation, 'user_simulator' for a simulated user)",
    ]);
    expect(await problemsOf(yaml('model: gpt-5.4-mini', 'prompt: ""'))).toEqual([
      "scenario.yaml:2:9: 'prompt' must not be empty",
    ]);
  });

  it('suggests the field meant by a typo at every level, at the key, instead of calling it missing', async () => {
    const problems = await problemsOf(
      yaml(
        'modle: gpt-5.4-mini',
        'prompt: hi',
        'tools:',
        '  - name: search',
        '    descripton: Search the web',
        '    parameters: {type: object, propertes: {}}',
        'assertions:',
        '  - {type: judge, criteria: [{name: tone, descriptoin: polite}]}',
      ),
      { config: { default_model: 'gpt-5.4-mini' } },
    );
    expect(problems).toEqual([
      "scenario.yaml:1:1: unknown field 'modle', did you mean 'model'?",
      "scenario.yaml:5:5: unknown field 'descripton', did you mean 'description'?",
      "scenario.yaml:6:32: unknown field 'propertes', did you mean 'properties'?",
      "scenario.yaml:8:43: unknown field 'descriptoin', did you mean 'description'?",
    ]);
  });

  it('lists the allowed fields when nothing is close', async () => {
    const [problem] = await problemsOf(yaml('model: m', 'prompt: hi', 'tools: [{name: a, description: b, zzz: 1}]'));
    expect(problem).toBe(
      "scenario.yaml:3:35: unknown field 'zzz' (allowed: name, description, parameters, mock_response, mocks, handler)",
    );
  });

  it('allows api only with the openai adapter', async () => {
    expect(
      await problemsOf(yaml('adapter: anthropic', 'api: responses', 'model: claude-haiku-5-5', 'prompt: hi')),
    ).toEqual([
      "scenario.yaml:2:1: 'api' chooses between OpenAI's APIs; " +
        "it is only allowed with adapter 'openai' (this scenario uses 'anthropic')",
    ]);
  });
});

describe('salvo.yaml defaults', () => {
  it('fill a missing adapter and model', async () => {
    const loaded = await load(yaml('prompt: hi'), {
      config: { default_adapter: 'anthropic', default_model: 'claude-haiku-5-5' },
    });
    expect(loaded.scenario.adapter).toBe('anthropic');
    expect(loaded.scenario.model).toBe('claude-haiku-5-5');
  });

  it('lose to the scenario own values', async () => {
    const loaded = await load(yaml('adapter: openai', 'model: gpt-5.4-mini', 'prompt: hi'), {
      config: { default_adapter: 'anthropic', default_model: 'claude-haiku-5-5' },
    });
    expect(loaded.scenario.adapter).toBe('openai');
    expect(loaded.scenario.model).toBe('gpt-5.4-mini');
  });

  it('count as the adapter for the api rule', async () => {
    const problems = await problemsOf(yaml('api: responses', 'model: m', 'prompt: hi'), {
      config: { default_adapter: 'anthropic' },
    });
    expect(problems[0]).toMatch(/^scenario\.yaml:1:1: 'api' .* only allowed with adapter 'openai'/);
  });

  it('give judge assertions their model, k and threshold unless set', async () => {
    const loaded = await load(
      yaml(
        'model: m',
        'prompt: hi',
        'assertions:',
        '  - {type: judge, criteria: [{name: a, description: b}]}',
        '  - {type: judge, judge_model: own, k: 5, threshold: 0.9, criteria: [{name: a, description: b}]}',
      ),
      { config: { judge: { model: 'gpt-5.4-mini', k: 3, default_threshold: 0.7 } } },
    );
    expect(loaded.scenario.assertions[0]).toMatchObject({ judge_model: 'gpt-5.4-mini', k: 3, threshold: 0.7 });
    expect(loaded.scenario.assertions[1]).toMatchObject({ judge_model: 'own', k: 5, threshold: 0.9 });
  });
});

describe('tools', () => {
  it('default parameters and keep any mock_response shape', async () => {
    const loaded = await load(
      yaml(
        'model: m',
        'prompt: hi',
        'tools:',
        '  - {name: a, description: text, mock_response: plain text}',
        '  - {name: b-2, description: mapping, mock_response: {ok: true}}',
        '  - {name: c_3, description: list, mock_response: [1, 2]}',
        '  - {name: d, description: number, mock_response: 42}',
        '  - {name: e, description: none}',
      ),
    );
    expect(loaded.scenario.tools.map((tool) => tool.mock_response)).toEqual([
      'plain text',
      { ok: true },
      [1, 2],
      42,
      undefined,
    ]);
    expect(loaded.scenario.tools[0]?.parameters).toEqual({ type: 'object', properties: {}, required: [] });
  });

  it('enforce the provider tool-name rule and a JSON Schema object for parameters', async () => {
    const long = 'x'.repeat(65);
    const problems = await problemsOf(
      yaml(
        'model: m',
        'prompt: hi',
        'tools:',
        '  - {name: has space, description: d}',
        `  - {name: ${long}, description: d}`,
        '  - {name: ok, description: d, parameters: {type: array}}',
        '  - {name: ok2, description: d, mock_response: null}',
      ),
    );
    expect(problems).toEqual([
      "scenario.yaml:4:12: 'name' 'has space' is not valid: " +
        'tool names use only letters, digits, _ and -, at most 64 characters',
      `scenario.yaml:5:12: 'name' '${long.slice(0, 57)}...' is not valid: ` +
        'tool names use only letters, digits, _ and -, at most 64 characters',
      "scenario.yaml:6:51: 'type' must be 'object', got 'array'",
      "scenario.yaml:7:48: 'mock_response' must be a string, " +
        'a mapping, a list, a number or true or false, got nothing (null)',
    ]);
  });

  it('must have unique names', async () => {
    const problems = await problemsOf(
      yaml(
        'model: m',
        'prompt: hi',
        'tools:',
        '  - {name: search, description: a}',
        '  - {name: search, description: b}',
      ),
    );
    expect(problems).toEqual([
      "scenario.yaml:5:12: duplicate tool name 'search' (first defined at line 4); tool names must be unique",
    ]);
  });
});
