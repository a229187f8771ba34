import { describe, expect, it } from 'vitest';
import { evaluateTrial } from '../../../src/core/evaluation/evaluate-trial.ts';
import { createRedactor } from '../../../src/core/redaction/index.ts';
import { runScenario } from '../../../src/core/runner/run-scenario.ts';
import { ScriptedModel, steppingClock } from '../../fakes/scripted-model.ts';
import { scenarioFixture } from '../../helpers/scenario-fixture.ts';

const redactor = createRedactor({ secrets: [] });
const lookup = { name: 'lookup', description: 'Look something up', mock_response: 'found' };

describe('user turns in the runner', () => {
  it('counts max_turns per user turn, so a long conversation is not cut by the total', async () => {
    const loaded = scenarioFixture({
      tools: [lookup],
      max_turns: 2,
      turns: [{ user: 'one' }, { user: 'two' }, { user: 'three' }],
    });
    // Every user turn: one tool call, then an answer (two model turns; six in all).
    const model = new ScriptedModel((request) =>
      request.messages.at(-1)?.role === 'user' ? { toolCalls: [{ name: 'lookup' }] } : { text: 'ok' },
    );
    const { trace, error } = await runScenario(loaded, {
      client: model,
      mode: 'live',
      clock: steppingClock(),
      redactor,
    });
    expect(error).toBeNull();
    expect(trace.turn_count).toBe(6);
    expect(trace.stop_reason).toBe('final_answer');
    expect(trace.turns.map((turn) => turn.user_turn)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('ends the conversation when a limit stops a turn, and fails the assertions of turns never reached', async () => {
    const loaded = scenarioFixture({
      tools: [lookup],
      max_turns: 2,
      turns: [{ user: 'one' }, { user: 'two', assertions: [{ type: 'output_contains', value: 'ok' }] }],
    });
    const model = new ScriptedModel([
      { toolCalls: [{ name: 'lookup', arguments: { n: 1 } }] },
      { toolCalls: [{ name: 'lookup', arguments: { n: 2 } }] },
    ]);
    const { trace } = await runScenario(loaded, { client: model, mode: 'live', clock: steppingClock(), redactor });
    expect(trace.stop_reason).toBe('max_turns');
    expect(trace.user_turns?.map((turn) => turn.stop_reason)).toEqual(['max_turns']);
    expect(
      model.requests.every((request) => request.messages.filter((message) => message.role === 'user').length === 1),
    ).toBe(true);
    const evaluation = evaluateTrial(trace, loaded);
    expect(evaluation.status).toBe('failed');
    expect(evaluation.assertions[0]).toMatchObject({
      label: 'turn 2: output_contains "ok"',
      passed: false,
      turn: 2,
      reason: 'turn 2 was never reached: the conversation stopped in turn 1 (max_turns)',
    });
  });
});
