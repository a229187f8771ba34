import { describe, expect, it } from 'vitest';
import { MockNotFoundError } from '../../../src/core/errors.ts';
import { createRedactor } from '../../../src/core/redaction/index.ts';
import { TrialMocks } from '../../../src/core/runner/conditional-mocks.ts';
import { runScenario, type TrialOptions } from '../../../src/core/runner/run-scenario.ts';
import { toolSchema, type Tool } from '../../../src/core/scenario/schema.ts';
import { ScriptedModel, steppingClock } from '../../fakes/scripted-model.ts';
import { scenarioFixture } from '../../helpers/scenario-fixture.ts';

const weather = {
  name: 'get_weather',
  description: 'Current weather for a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  mocks: [
    { when: { city: 'Boston' }, response: { temp_c: 3 } },
    { when: { city: { matches: '(?i)^paris' } }, responses: [{ temp_c: 9 }, { temp_c: 10 }] },
    { when: { city: 'Atlantis' }, error: 'city not found' },
  ],
};

function tool(input: Record<string, unknown>): Tool {
  return toolSchema.parse(input);
}

const call = (city: unknown, id = 'c') => ({ id, name: 'get_weather', arguments: { city } });

function options(model: ScriptedModel): TrialOptions {
  return { client: model, mode: 'live', clock: steppingClock(), redactor: createRedactor({ secrets: [] }) };
}

describe('conditional mocks', () => {
  it('the first case whose when matches answers, numbered in the answer', () => {
    const mocks = new TrialMocks([tool({ ...weather, mocks: [...weather.mocks, { response: 'anything' }] })]);
    expect(mocks.answer(call('Boston'))).toEqual({ content: '{"temp_c":3}', isError: false, mockCase: 1 });
    expect(mocks.answer(call('PARIS'))).toEqual({ content: '{"temp_c":9}', isError: false, mockCase: 2 });
    expect(mocks.answer(call('Atlantis'))).toEqual({ content: 'city not found', isError: true, mockCase: 3 });
    expect(mocks.answer(call('Rome'))).toEqual({ content: 'anything', isError: false, mockCase: 4 });
  });

  it('responses: one per call this case answers, the last repeating; other cases do not advance it', () => {
    const mocks = new TrialMocks([tool(weather)]);
    const answers = ['Paris', 'Boston', 'paris, fr', 'Paris', 'Paris'].map((city) => mocks.answer(call(city)).content);
    expect(answers).toEqual(['{"temp_c":9}', '{"temp_c":3}', '{"temp_c":10}', '{"temp_c":10}', '{"temp_c":10}']);
  });

  it('falls back to mock_response when no case matches', () => {
    const mocks = new TrialMocks([tool({ ...weather, mock_response: { temp_c: 20 } })]);
    expect(mocks.answer(call('Rome'))).toEqual({ content: '{"temp_c":20}', isError: false });
  });

  it('with no case matching and no mock_response, the error names the arguments and why each case missed', () => {
    const mocks = new TrialMocks([tool(weather)]);
    let error: unknown;
    try {
      mocks.answer(call('Rome'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MockNotFoundError);
    expect((error as MockNotFoundError).code).toBe('E_MOCK_NOT_FOUND');
    expect((error as MockNotFoundError).message).toBe(
      "the model called tool 'get_weather', which has no mock_response, " +
        'and none of its 3 mock cases matched the arguments {"city":"Rome"}: ' +
        'case 1 (when {"city":"Boston"}): city \'Rome\' (expected \'Boston\'); ' +
        'case 2 (when {"city":{"matches":"(?i)^paris"}}): city \'Rome\' (expected a string matching /(?i)^paris/); ' +
        'case 3 (when {"city":"Atlantis"}): city \'Rome\' (expected \'Atlantis\')',
    );
    expect((error as MockNotFoundError).hint).toContain("a case under 'mocks' whose 'when' matches these arguments");
  });

  it('a tool with no mock at all still names itself, the mocks there are and the arguments', () => {
    const mocks = new TrialMocks([tool(weather), tool({ name: 'get_time', description: 't' })]);
    expect(() => mocks.answer({ id: 'x', name: 'get_time', arguments: { tz: 'UTC' } })).toThrow(
      "the model called tool 'get_time', " +
        'which has no mock_response (mocks: get_weather); its arguments were {"tz":"UTC"}',
    );
  });

  it('a case matches on the arguments it lists and ignores the others', () => {
    const mocks = new TrialMocks([
      tool({ ...weather, parameters: { type: 'object', properties: { city: {}, units: {} } } }),
    ]);
    expect(mocks.answer({ id: 'x', name: 'get_weather', arguments: { city: 'Boston', units: 'F' } }).mockCase).toBe(1);
  });
});

describe('conditional mocks in the trial loop', () => {
  const scenario = scenarioFixture({
    tools: [{ ...weather, mock_response: { temp_c: 20 } }] as never,
  });

  it('answers parallel calls from several cases, gives an error case as a failed result, notes the case', async () => {
    const model = new ScriptedModel([
      {
        toolCalls: [
          { name: 'get_weather', id: 'a', arguments: { city: 'Boston' } },
          { name: 'get_weather', id: 'b', arguments: { city: 'Paris' } },
          { name: 'get_weather', id: 'c', arguments: { city: 'Atlantis' } },
          { name: 'get_weather', id: 'd', arguments: { city: 'Rome' } },
        ],
      },
      { text: 'Boston 3, Paris 9, Rome 20; Atlantis does not exist.' },
    ]);
    const { trace, error } = await runScenario(scenario, options(model));
    expect(error).toBeNull();
    const sent = model.requests[1]!.messages.filter((message) => message.role === 'tool');
    expect(sent).toEqual([
      { role: 'tool', toolCallId: 'a', toolName: 'get_weather', content: '{"temp_c":3}' },
      { role: 'tool', toolCallId: 'b', toolName: 'get_weather', content: '{"temp_c":9}' },
      { role: 'tool', toolCallId: 'c', toolName: 'get_weather', content: 'city not found', isError: true },
      { role: 'tool', toolCallId: 'd', toolName: 'get_weather', content: '{"temp_c":20}' },
    ]);
    const answers = trace.messages.filter((message) => message.role === 'tool');
    expect(answers.map((message) => [message.mock_case, message.is_error])).toEqual([
      [1, undefined],
      [2, undefined],
      [3, true],
      [undefined, undefined],
    ]);
  });

  it('counts sequences per trial: every trial starts at the first response', async () => {
    const script = [
      { toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] },
      { toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] },
      { toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] },
      { text: 'done' },
    ];
    for (let trial = 0; trial < 3; trial += 1) {
      const model = new ScriptedModel(script);
      const { trace } = await runScenario(scenario, options(model));
      const contents = trace.messages.filter((message) => message.role === 'tool').map((message) => message.content);
      expect(contents, `trial ${trial + 1}`).toEqual(['{"temp_c":9}', '{"temp_c":10}', '{"temp_c":10}']);
    }
  });

  it('stops the trial with the missing-mock error when nothing answers', async () => {
    const bare = scenarioFixture({ tools: [weather] as never });
    const model = new ScriptedModel([
      { toolCalls: [{ name: 'get_weather', arguments: { city: 'Rome' } }] },
      { text: 'never' },
    ]);
    const { trace, error } = await runScenario(bare, options(model));
    expect(error).toBeInstanceOf(MockNotFoundError);
    expect(trace.error?.message).toContain(
      'matched the arguments {"city":"Rome"}: case 1 (when {"city":"Boston"}): city \'Rome\' (expected \'Boston\')',
    );
    expect(trace.stop_reason).toBe('error');
  });
});
