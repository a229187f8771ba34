import { describe, expect, it } from 'vitest';
import { load, problemsOf, yaml } from '../../helpers/scenario-loading.ts';

const simulator = [
  'user_simulator:',
  '  persona: A customer whose order arrived broken.',
  '  goal: Get a replacement.',
];

describe('user_simulator in a scenario', () => {
  it('fills its defaults: ten user turns at most, tool calls hidden', async () => {
    const loaded = await load(yaml('model: gpt-5.4-mini', ...simulator));
    expect(loaded.scenario.user_simulator).toEqual({
      persona: 'A customer whose order arrived broken.',
      goal: 'Get a replacement.',
      max_user_turns: 10,
      show_tool_calls: false,
    });
  });

  it('is not allowed beside turns or prompt, naming the file and line of user_simulator', async () => {
    expect(await problemsOf(yaml('model: gpt-5.4-mini', 'turns: [{user: hi}]', ...simulator))).toEqual([
      "scenario.yaml:3:1: a scenario has 'turns' (a scripted conversation) " +
        "or 'user_simulator' (a simulated user), not both",
    ]);
    expect(await problemsOf(yaml('model: gpt-5.4-mini', 'prompt: hi', ...simulator))).toEqual([
      "scenario.yaml:3:1: a scenario has 'prompt' (one user message) or 'user_simulator' (a simulated user), " +
        'not both; give the first message as user_simulator.opening',
    ]);
  });

  it('rejects unknown keys and a missing goal at their place', async () => {
    expect(
      await problemsOf(yaml('model: gpt-5.4-mini', 'user_simulator:', '  persona: Impatient.', '  max_user_turn: 3')),
    ).toEqual([
      "scenario.yaml:3:3: missing required field 'goal'",
      "scenario.yaml:4:3: unknown field 'max_user_turn', did you mean 'max_user_turns'?",
    ]);
  });
});
