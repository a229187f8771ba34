import { describe, expect, it } from 'vitest';
import { load, problemsOf, yaml } from '../../helpers/scenario-loading.ts';

const tools = ['tools:', '  - {name: find_booking, description: Find a booking}'];

describe('scripted turns in a scenario file', () => {
  it('loads each turn with its assertions and their lines', async () => {
    const loaded = await load(
      yaml(
        'model: gpt-5.4-mini',
        ...tools,
        'turns:',
        '  - user: Move my flight.',
        '    assertions:',
        '      - {type: tool_called, tool: find_booking}',
        '  - user: ZX81Q',
      ),
    );
    expect(loaded.scenario.prompt).toBeUndefined();
    expect(loaded.scenario.turns?.map((turn) => [turn.user, turn.assertions.length])).toEqual([
      ['Move my flight.', 1],
      ['ZX81Q', 0],
    ]);
    expect(loaded.turnAssertionLines).toEqual([[7], []]);
  });

  it('refuses prompt and turns together, and an empty conversation', async () => {
    expect(await problemsOf(yaml('model: gpt-5.4-mini', 'prompt: hi', 'turns:', '  - user: hi'))).toEqual([
      "scenario.yaml:3:1: a scenario has 'prompt' (one user message) or 'turns' (a scripted conversation), not both",
    ]);
    expect(await problemsOf(yaml('model: gpt-5.4-mini', 'turns: []'))).toEqual([
      "scenario.yaml:2:8: 'turns' needs at least 1 item",
    ]);
  });

  it('points at unknown keys, unknown tools and a turn cost_limit inside a turn', async () => {
    const problems = await problemsOf(
      yaml(
        'model: gpt-5.4-mini',
        ...tools,
        'turns:',
        '  - user: hi',
        '    asserts: []',
        '  - user: again',
        '    assertions:',
        '      - {type: tool_called, tool: find_bookin}',
        '      - {type: cost_limit, max_usd: 0.1}',
      ),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^scenario\.yaml:6:5: .*'asserts'.*assertions/);
    expect(problems[1]).toBe(
      "scenario.yaml:9:35: 'tool_called' assertion names tool 'find_bookin', " +
        "which the scenario does not define, did you mean 'find_booking'?",
    );
    expect(problems[2]).toBe(
      "scenario.yaml:10:16: 'cost_limit' is not allowed in a turn's assertions (cost is priced per trial); " +
        "put it in the scenario's 'assertions'",
    );
  });
});
