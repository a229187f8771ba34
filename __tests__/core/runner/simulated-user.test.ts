import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/core/redaction/index.ts';
import { runScenario } from '../../../src/core/runner/run-scenario.ts';
import type { SimulatorChoice } from '../../../src/core/runner/simulated-user.ts';
import { ScriptedModel, steppingClock, type ScriptedTurn } from '../../fakes/scripted-model.ts';
import { scenarioFixture } from '../../helpers/scenario-fixture.ts';

const redactor = createRedactor({ secrets: [] });
const lookup = { name: 'lookup', description: 'Look something up', mock_response: 'found it' };
const simulator = { persona: 'A curious user.', goal: 'Learn something.' };

function run(
  agent: ScriptedModel,
  user: SimulatorChoice | undefined,
  extra: Parameters<typeof scenarioFixture>[0] = {},
) {
  const loaded = scenarioFixture({ tools: [lookup], user_simulator: simulator, ...extra });
  return runScenario(loaded, {
    client: agent,
    mode: 'live',
    clock: steppingClock(),
    redactor,
    ...(user ? { simulator: user } : {}),
  });
}

const simulatorSaying = (...turns: ScriptedTurn[]) => new ScriptedModel(turns);

describe('a simulated user in the runner', () => {
  it('ends the conversation when a limit stops the agent, and says so', async () => {
    const agent = new ScriptedModel([{ toolCalls: [{ name: 'lookup', arguments: { n: 1 } }] }]);
    const user = simulatorSaying({ text: 'Tell me something.' });
    const { trace, error } = await run(agent, { client: user, model: 'sim' }, { max_turns: 2 });
    expect(error).toBeNull();
    expect(trace.conversation_end).toEqual({ by: 'agent_limit', stop_reason: 'max_turns' });
    expect(user.requests).toHaveLength(1);
    expect(trace.simulator).toMatchObject({ model: 'sim', calls: 1, input_tokens: 10, output_tokens: 5 });
  });

  it('errors the trial (E_SIMULATOR) when no simulator model was given anywhere', async () => {
    const agent = new ScriptedModel([{ text: 'hello' }]);
    const { trace, error } = await run(agent, { missing: 'no simulator model: set user_simulator.model' });
    expect(error?.code).toBe('E_SIMULATOR');
    expect(error?.message).toBe('no simulator model: set user_simulator.model');
    expect(trace.conversation_end).toEqual({ by: 'error', stop_reason: 'error' });
    expect(agent.requests).toHaveLength(0);
  });

  it('errors the trial when the simulator calls finish with a reason that is not one of the three', async () => {
    const user = simulatorSaying({ toolCalls: [{ name: 'finish', arguments: { reason: 'bored' } }] });
    const { error } = await run(new ScriptedModel([{ text: 'hi' }]), { client: user, model: 'sim' });
    expect(error?.message).toBe(
      'the simulated user called finish with reason "bored"; expected one of goal_met, gave_up, off_track',
    );
  });

  it("shows the agent's tool calls to the simulator only when show_tool_calls is set", async () => {
    const agentCallingLookup = () =>
      new ScriptedModel((request) =>
        request.messages.at(-1)?.role === 'user' ? { toolCalls: [{ name: 'lookup' }] } : { text: 'Here you are.' },
      );
    const transcripts = async (showToolCalls: boolean) => {
      const user = simulatorSaying({ toolCalls: [{ name: 'finish', arguments: { reason: 'goal_met' } }] });
      await run(
        agentCallingLookup(),
        { client: user, model: 'sim' },
        {
          user_simulator: { ...simulator, opening: 'Hi there.', show_tool_calls: showToolCalls },
        },
      );
      return user.requests.map((request) => request.messages[0]?.content).join('\n');
    };
    const hidden = await transcripts(false);
    expect(hidden).toContain('USER: Hi there.\nAGENT: Here you are.');
    expect(hidden).not.toContain('lookup');
    const shown = await transcripts(true);
    expect(shown).toContain('AGENT CALLED lookup({})\nTOOL lookup ANSWERED: found it\nAGENT: Here you are.');
  });
});
