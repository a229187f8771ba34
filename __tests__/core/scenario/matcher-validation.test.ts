import { describe, expect, it } from 'vitest';
import { meantMatcher } from '../../../src/core/scenario/matcher-checks.ts';
import { load, problemsOf, yaml } from '../../helpers/scenario-loading.ts';

const tools = [
  'model: gpt-5.4-mini',
  'prompt: Weather?',
  'tools:',
  '  - name: get_weather',
  '    description: Current weather for a city',
  '    parameters: {type: object, properties: {city: {type: string}, units: {type: string}}, required: [city]}',
  '    mock_response: {temp_c: 20}',
];
// Line 8 is the first line after these.
const withAssertion = (...lines: string[]) => yaml(...tools, 'assertions:', ...lines);
const withMocks = (...lines: string[]) => yaml(...tools, '    mocks:', ...lines);

async function oneProblem(text: string): Promise<string> {
  const problems = await problemsOf(text);
  expect(problems, problems.join('\n')).toHaveLength(1);
  return problems[0] as string;
}

describe('argument matchers are checked when the file loads, at their place', () => {
  it.each([
    ["{city: {one-of: [Paris, 'Paris FR']}}", 'one-of', "unknown matcher 'one-of', did you mean 'one_of'?"],
    ['{city: {oneOf: [Paris]}}', 'oneOf', "unknown matcher 'oneOf', did you mean 'one_of'?"],
    ['{city: {regex: "^P"}}', 'regex', "unknown matcher 'regex', did you mean 'matches'?"],
    ['{city: {approx: 1, tolerence: 0.1}}', 'tolerence', "unknown matcher 'tolerence', did you mean 'tolerance'?"],
    ['{city: {type: strnig}}', 'strnig', "unknown type 'strnig', did you mean 'string'?"],
    [
      '{city: {type: premium}}',
      'premium',
      "unknown type 'premium' (one of: string, number, integer, boolean, array, object, null); " +
        "to match an object that has a key 'type', write {equals: {...}}",
    ],
    ['{city: {matches: "[a-"}}', '"[a-"', 'invalid regular expression: /[a-/: Unterminated character class'],
    ['{city: {matches: 5}}', '5}', "'matches' must be a regular expression, as a string"],
    ['{city: {one_of: []}}', '[]', "'one_of' must be a list of at least one alternative"],
    ['{city: {one_of: [{matches: "("}]}}', '"("', 'invalid regular expression: /(/: Unterminated group'],
    ['{n: {gte: five}}', 'five', "'gte' must be a number"],
    ['{n: {gte: 5, lt: 1}}', '5,', 'no number is at least 5 and less than 1'],
    ['{n: {gt: 1, lt: 1}}', '1,', 'no number is greater than 1 and less than 1'],
    ['{n: {tolerance: 0.1}}', 'tolerance', "'tolerance' only applies to 'approx' (write approx: N, tolerance: T)"],
    ['{n: {approx: 1, tolerance: -1}}', '-1', "'tolerance' must be at least 0"],
    ['{n: {optional: yes}}', 'yes', "'optional' must be true or false"],
    [
      '{n: {absent: true, type: string}}',
      'absent',
      "'absent: true' cannot be combined with other matchers: it matches only an argument that is not there",
    ],
    [
      '{order: {items: {contains: {sku: {matchs: "^M"}}}}}',
      'matchs',
      "unknown matcher 'matchs', did you mean 'matches'?",
    ],
  ])('arguments %s: reported at %s', async (args, pointedAt, message) => {
    const line = `  - {type: tool_called, tool: get_weather, arguments: ${args}}`;
    const problem = await oneProblem(withAssertion(line));
    expect(problem).toBe(`scenario.yaml:9:${line.indexOf(pointedAt) + 1}: ${message}`);
  });

  it('checks tool_not_called and every call of tool_calls too, and the tools tool_calls names', async () => {
    const problems = await problemsOf(
      withAssertion(
        '  - {type: tool_not_called, tool: get_weather, arguments: {city: {one_off: [a]}}}',
        '  - type: tool_calls',
        '    calls:',
        '      - {tool: get_weather, arguments: {city: {matches: "("}}}',
        '      - {tool: get_wether}',
      ),
    );
    expect(problems).toEqual([
      "scenario.yaml:9:67: unknown matcher 'one_off', did you mean 'one_of'?",
      'scenario.yaml:12:57: invalid regular expression: /(/: Unterminated group',
      "scenario.yaml:13:16: 'tool_calls' assertion names tool 'get_wether', " +
        "which the scenario does not define, did you mean 'get_weather'?",
    ]);
  });

  it('checks times against min_times and max_times', async () => {
    expect(await oneProblem(withAssertion('  - {type: tool_called, tool: get_weather, times: 2, max_times: 3}'))).toBe(
      "scenario.yaml:9:54: 'max_times' cannot be combined with 'times' (times: N means exactly N)",
    );
    expect(
      await oneProblem(withAssertion('  - {type: tool_called, tool: get_weather, min_times: 3, max_times: 1}')),
    ).toBe("scenario.yaml:9:55: 'min_times' (3) is greater than 'max_times' (1), so no count could pass");
    expect(await oneProblem(withAssertion('  - {type: tool_called, tool: get_weather, times: 0}'))).toBe(
      "scenario.yaml:9:51: 'times' must be at least 1, got 0",
    );
  });

  it('reads literal objects as literals: keys that are not near a matcher are never second-guessed', async () => {
    const loaded = await load(
      withAssertion(
        '  - {type: tool_called, tool: get_weather, arguments: {filter: ' +
          '{type: premium, region: eu}, range: {min: 1, max: 5}, at: {le: 1}}}',
        '  - {type: tool_called, tool: get_weather, arguments: {type: premium, equals: 3}}',
        '  - {type: tool_called, tool: get_weather, arguments: {filter: {equals: {type: premium}}}}',
      ),
    );
    expect(loaded.scenario.assertions).toHaveLength(3);
  });

  it('guesses a meant matcher only from close spellings', () => {
    expect(meantMatcher('one-of')).toBe('one_of');
    expect(meantMatcher('ONE_OF')).toBe('one_of');
    expect(meantMatcher('contain')).toBe('contains');
    expect(meantMatcher('absnet')).toBe('absent');
    expect(meantMatcher('at')).toBeUndefined();
    expect(meantMatcher('name')).toBeUndefined();
    expect(meantMatcher('city')).toBeUndefined();
    expect(meantMatcher('type')).toBeUndefined();
  });
});

describe('conditional mock cases are checked when the file loads', () => {
  it('accepts the forms of the issue, the (?i) pattern included, on the fast path too', async () => {
    const loaded = await load(
      withMocks(
        '      - when: {city: Boston}',
        '        response: {temp_c: 3}',
        "      - when: {city: {matches: '(?i)^paris'}}",
        '        responses: [{temp_c: 9}, {temp_c: 10}]',
        '      - when: {city: Atlantis}',
        '        error: city not found',
        '      - responses: [{temp_c: 1}, {temp_c: 2}]',
      ),
    );
    expect(loaded.scenario.tools[0]?.mocks).toHaveLength(4);
  });

  it('wants when keys to be parameters of the tool, with a suggestion', async () => {
    expect(await oneProblem(withMocks('      - {when: {citty: Boston}, response: x}'))).toBe(
      "scenario.yaml:9:17: 'citty' is not a parameter of tool 'get_weather', did you mean 'city'?",
    );
    expect(await oneProblem(withMocks('      - {when: {zip: "02101"}, response: x}'))).toBe(
      "scenario.yaml:9:17: 'zip' is not a parameter of tool 'get_weather' (parameters: city, units)",
    );
  });

  it('wants exactly one of response, responses and error', async () => {
    expect(await oneProblem(withMocks('      - {when: {city: Boston}}'))).toBe(
      "scenario.yaml:9:9: a mock case needs one of 'response', 'responses' or 'error' (the answer when it matches)",
    );
    expect(await oneProblem(withMocks('      - {response: a, error: b}'))).toBe(
      "scenario.yaml:9:23: a mock case takes exactly one of 'response', " +
        "'responses' and 'error'; this one also has 'response'",
    );
  });

  it('checks the matchers of when, and the shape of a case', async () => {
    expect(await oneProblem(withMocks('      - {when: {city: {matches: "[z-a]"}}, response: x}'))).toBe(
      'scenario.yaml:9:33: invalid regular expression: /[z-a]/: Range out of order in character class',
    );
    expect(await oneProblem(withMocks('      - {when: {city: Boston}, respnse: x, response: y}'))).toBe(
      "scenario.yaml:9:32: unknown field 'respnse', did you mean 'response'?",
    );
    expect(await oneProblem(withMocks('      - {responses: []}'))).toBe(
      "scenario.yaml:9:21: 'responses' needs at least 1 item",
    );
    // A misspelt answer is one problem, the typo, not also a case without an answer.
    expect(await oneProblem(withMocks('      - {when: {city: Boston}, respone: x}'))).toBe(
      "scenario.yaml:9:32: unknown field 'respone', did you mean 'response'?",
    );
  });
});
