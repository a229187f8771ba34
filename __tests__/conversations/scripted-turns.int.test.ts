import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../src/core/results.ts';
import { renderConversation } from '../../src/core/report/conversation.ts';
import { renderVerdictLines } from '../../src/core/report/verdict-lines.ts';
import type { AdapterName } from '../../src/core/scenario/schema.ts';
import { startFakeLlmServer, type FakeLlmRequest, type FakeReply } from '../fakes/llm-server.ts';
import { runEngine } from '../helpers/run-engine.ts';

/**
 * A three-turn scripted conversation through the real SDKs against the
 * loopback fake. The agent looks the booking up in turn 1, only asks for
 * confirmation in turn 2, and changes the flight in turn 3: the turn-2
 * assertion fails although the scenario-level one (anywhere in the
 * conversation) passes. Then it replays offline from its recording.
 */

const KEY = 'sk-test-0123456789abcdefghij';

function scenarioYaml(adapter: AdapterName, secondMessage = 'The booking code is ZX81Q.'): string {
  return `description: move a flight
adapter: ${adapter}
model: ${adapter === 'openai' ? 'gpt-4o-mini' : 'claude-haiku-5-5'}
system_prompt: You are an airline agent.
threshold: 1
tools:
  - name: find_booking
    description: Find the customer's booking
    mock_response: {code: ZX81Q, day: wednesday}
  - name: change_flight
    description: Move a booking to another day
    parameters: {type: object, properties: {code: {type: string}, day: {type: string}}, required: [code, day]}
    mock_response: {ok: true}
  - name: cancel_booking
    description: Cancel a booking
    mock_response: {ok: true}
turns:
  - user: I need to move my flight to Friday.
    assertions:
      - {type: tool_called, tool: find_booking}
  - user: ${secondMessage}
    assertions:
      - {type: tool_called, tool: change_flight}
  - user: Yes, go ahead.
    assertions:
      - {type: tool_calls, calls: [{tool: change_flight, arguments: {code: ZX81Q, day: friday}}]}
      - {type: output_contains, value: Friday}
assertions:
  - {type: tool_not_called, tool: cancel_booking}
  - {type: tool_called, tool: change_flight}
`;
}

/** The agent: what it does depends on the user turn it is in and whether a tool just answered. */
function airlineAgent(request: FakeLlmRequest): FakeReply {
  const userTurn = request.userMessages.length;
  const afterTool = request.toolResults.length > 0;
  if (userTurn === 1)
    return afterTool
      ? { text: 'I found booking ZX81Q on Wednesday. Is that the one?' }
      : { toolCalls: [{ name: 'find_booking', arguments: {} }] };
  if (userTurn === 2) return { text: 'Shall I move ZX81Q to Friday?' };
  if (!afterTool) return { toolCalls: [{ name: 'change_flight', arguments: { code: 'ZX81Q', day: 'friday' } }] };
  return { text: 'Done: ZX81Q now flies on Friday.' };
}

function assertionSummary(result: ScenarioResult | undefined) {
  return result?.trials[0]?.assertions.map((assertion) => [assertion.label, assertion.passed, assertion.turn ?? null]);
}

describe.each(['openai', 'anthropic'] as const)('a scripted conversation (%s)', (adapter) => {
  let dir: string;
  let recorded: ScenarioResult | undefined;
  let requests: FakeLlmRequest[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salvo-turns-'));
    writeFileSync(join(dir, 'move.yaml'), scenarioYaml(adapter));
    requests = [];
    const server = await startFakeLlmServer({
      reply: (request) => {
        requests.push(request);
        return airlineAgent(request);
      },
    });
    const run = await runEngine({
      cwd: dir,
      paths: ['move.yaml'],
      record: { scriptedLabel: null },
      keys: { [adapter]: KEY },
      baseUrls: { [adapter]: adapter === 'openai' ? server.openaiBaseUrl : server.anthropicBaseUrl },
    });
    await server.close();
    recorded = run.results.scenarios[0];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on turn 2 only, while the same check over the whole conversation passes', () => {
    expect(recorded?.status).toBe('failed');
    expect(assertionSummary(recorded)).toEqual([
      ['tool_not_called cancel_booking', true, null],
      ['tool_called change_flight', true, null],
      ['turn 1: tool_called find_booking', true, 1],
      ['turn 2: tool_called change_flight', false, 2],
      ['turn 3: tool_calls [change_flight]', true, 3],
      ['turn 3: output_contains "Friday"', true, 3],
    ]);
    const failed = recorded?.trials[0]?.assertions.find((assertion) => !assertion.passed);
    expect(failed?.reason).toContain('change_flight was never called');
    expect(failed?.line).toBe(23);
    expect(renderVerdictLines(recorded ? [recorded] : [])).toContain(
      '  - turn 2: tool_called change_flight failed 1/1 (move.yaml:23): change_flight was never called',
    );
    // Scores combine both levels: 5 of 6 equally weighted assertions.
    expect(recorded?.trials[0]?.score).toBeCloseTo(5 / 6);
  });

  it('sends each user message after the previous turn ended, with the whole history', () => {
    expect(requests.map((request) => request.userMessages.length)).toEqual([1, 1, 2, 3, 3]);
    expect(requests.at(-1)?.userMessages).toEqual([
      'I need to move my flight to Friday.',
      'The booking code is ZX81Q.',
      'Yes, go ahead.',
    ]);
  });

  it('replays the whole conversation offline with the same results; names the user turn that went stale', async () => {
    const replay = await runEngine({ cwd: dir, paths: ['move.yaml'] });
    const result = replay.results.scenarios[0];
    expect(result?.mode).toBe('replay');
    expect(assertionSummary(result)).toEqual(assertionSummary(recorded));
    const trace = replay.store.traces[0]!;
    expect(
      trace.user_turns?.map((turn) => [turn.user_turn, turn.model_turn_count, turn.tool_call_count, turn.stop_reason]),
    ).toEqual([
      [1, 2, 1, 'final_answer'],
      [2, 1, 0, 'final_answer'],
      [3, 2, 1, 'final_answer'],
    ]);
    expect(renderConversation(trace)).toContain('[user, turn 2]\n  The booking code is ZX81Q.');

    writeFileSync(join(dir, 'move.yaml'), scenarioYaml(adapter, 'My code is ZX81Q.'));
    const stale = (await runEngine({ cwd: dir, paths: ['move.yaml'] })).results.scenarios[0];
    expect(stale?.status).toBe('errored');
    expect(stale?.trials[0]?.error?.message).toContain(
      'stale at model turn 3 (user turn 2, trial 1): the message of user turn 2 changed',
    );
  });
});
