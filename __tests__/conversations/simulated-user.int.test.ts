import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderConversation } from '../../src/core/report/conversation.ts';
import type { AdapterName } from '../../src/core/scenario/schema.ts';
import { startFakeLlmServer, type FakeLlmRequest, type FakeLlmServer, type FakeReply } from '../fakes/llm-server.ts';
import { runEngine } from '../helpers/run-engine.ts';

/**
 * A simulated user through the real SDKs against the loopback fake: the
 * simulator is a model like the agent (here the fake, told apart by the
 * `finish` tool it is offered), its replies are recorded beside the agent's
 * and replayed offline, and its cost is kept apart and counted in the cap.
 */

const KEY = 'sk-test-0123456789abcdefghij';
const AGENT_USAGE = { input: 100, output: 10 };
const SIMULATOR_USAGE = { input: 1000, output: 50 };
/** USD per simulator call at sim-model's price of 100 per million tokens. */
const SIMULATOR_CALL_USD = (1000 * 100 + 50 * 100) / 1e6;

const CONFIG = `prices:
  agent-model: {input: 1, output: 1}
  sim-model: {input: 100, output: 100}
  judge-model: {input: 1, output: 1}
`;

function scenarioYaml(adapter: AdapterName, simulator: string[]): string {
  return [
    `adapter: ${adapter}`,
    'model: agent-model',
    'system_prompt: You are a shop assistant.',
    'tools:',
    '  - name: ship_replacement',
    '    description: Ship a replacement for an order',
    '    mock_response: {shipped: true}',
    'user_simulator:',
    ...simulator.map((line) => `  ${line}`),
    'assertions:',
    '  - {type: tool_called, tool: ship_replacement}',
    '  - {type: judge, judge_model: judge-model, k: 1, criteria: ' +
      '[{name: helpful, description: The agent resolved the problem}]}',
    '',
  ].join('\n');
}

const FINISHING = [
  'model: sim-model',
  'persona: A customer whose order A1234 arrived broken; impatient.',
  'goal: Get a replacement shipped.',
  'stop_when: The agent has confirmed a replacement.',
  'max_user_turns: 5',
];

/** The shop agent: offers a replacement, ships it once the user says yes. */
function agent(request: FakeLlmRequest): FakeReply {
  const said = request.userMessages.at(-1) ?? '';
  if (request.toolResults.length > 0) return { text: 'A replacement is on its way.', usage: AGENT_USAGE };
  if (/yes/i.test(said)) return { toolCalls: [{ name: 'ship_replacement', arguments: {} }], usage: AGENT_USAGE };
  return { text: 'Sorry about that! Shall I send a replacement?', usage: AGENT_USAGE };
}

/** A user who opens, accepts the offer, and calls finish once the replacement is confirmed. */
function finishingUser(request: FakeLlmRequest): FakeReply {
  const transcript = request.userMessages[0] ?? '';
  if (!transcript.includes('USER:')) return { text: 'My order A1234 arrived smashed.', usage: SIMULATOR_USAGE };
  if (transcript.includes('on its way'))
    return {
      toolCalls: [{ name: 'finish', arguments: { reason: 'goal_met', note: 'The replacement is on its way.' } }],
      usage: SIMULATOR_USAGE,
    };
  return { text: 'Yes, send a replacement please.', usage: SIMULATOR_USAGE };
}

/** A user who never lets go. */
function stubbornUser(): FakeReply {
  return { text: 'That does not help. Can you do more?', usage: SIMULATOR_USAGE };
}

function judge(): FakeReply {
  return {
    toolCalls: [{ name: 'score_criteria', arguments: { scores: [{ criterion: 'helpful', score: 1, reason: 'ok' }] } }],
  };
}

function fakeModels(user: (request: FakeLlmRequest) => FakeReply, seen: FakeLlmRequest[]) {
  return (request: FakeLlmRequest): FakeReply => {
    seen.push(request);
    if (request.toolNames.includes('finish')) return user(request);
    if (request.toolNames.includes('score_criteria')) return judge();
    return agent(request);
  };
}

describe.each(['openai', 'anthropic'] as const)('a simulated user (%s)', (adapter) => {
  let dir: string;
  let server: FakeLlmServer;
  let seen: FakeLlmRequest[];
  let user: (request: FakeLlmRequest) => FakeReply;
  const baseUrl = () => (adapter === 'openai' ? server.openaiBaseUrl : server.anthropicBaseUrl);
  const live = (paths: string[], extra: { maxCostUsd?: number; simulatorModel?: string } = {}) =>
    runEngine({
      cwd: dir,
      paths,
      record: { scriptedLabel: 'scripted by the test' },
      keys: { [adapter]: KEY },
      baseUrls: { [adapter]: baseUrl() },
      concurrency: 1,
      ...extra,
    });
  const replay = (paths: string[]) => runEngine({ cwd: dir, paths, mode: 'replay' });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salvo-simulator-'));
    writeFileSync(join(dir, 'salvo.yaml'), CONFIG);
    seen = [];
    user = finishingUser;
    server = await startFakeLlmServer({ reply: (request) => fakeModels(user, seen)(request) });
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes after two exchanges, says why, keeps its cost apart, and replays offline with no request', async () => {
    writeFileSync(join(dir, 'shop.yaml'), scenarioYaml(adapter, FINISHING));
    const recorded = await live(['shop.yaml']);
    const result = recorded.results.scenarios[0]!;
    expect(result.status).toBe('passed');
    const trace = recorded.store.traces[0]!;
    expect(trace.conversation_end).toEqual({
      by: 'simulator',
      reason: 'goal_met',
      note: 'The replacement is on its way.',
    });
    expect(trace.messages.filter((message) => message.role === 'user').map((message) => message.content)).toEqual([
      'My order A1234 arrived smashed.',
      'Yes, send a replacement please.',
    ]);
    expect(trace.simulator).toEqual({
      model: 'sim-model',
      calls: 3,
      input_tokens: 3000,
      output_tokens: 150,
      cost_usd: expect.closeTo(3 * SIMULATOR_CALL_USD, 9),
    });
    // The agent's cost is its own three turns; the simulator's is apart, in the trial, the row and the totals.
    expect(result.cost_usd).toBeCloseTo((3 * 110) / 1e6, 9);
    expect(result.simulator_cost_usd).toBeCloseTo(3 * SIMULATOR_CALL_USD, 9);
    expect(recorded.results.totals.simulator_cost_usd).toBeCloseTo(3 * SIMULATOR_CALL_USD, 9);
    // The simulator never sees the agent's tool calls unless the scenario asks; the judge sees the whole conversation.
    const simulatorRequests = seen.filter((request) => request.toolNames.includes('finish'));
    expect(simulatorRequests.map((request) => request.userMessages[0]).join('\n')).not.toContain('ship_replacement');
    const judgeRequest = seen.find((request) => request.toolNames.includes('score_criteria'))!;
    expect(judgeRequest.userMessages[0]).toContain('USER (turn 2): Yes, send a replacement please.');
    expect(renderConversation(trace)).toContain(
      'Conversation ended: the simulated user finished (goal met): The replacement is on its way.',
    );

    const recording = JSON.parse(readFileSync(join(dir, '__recordings__', 'shop.json'), 'utf8')) as {
      format_version: number;
      simulator: unknown[];
    };
    expect(recording.format_version).toBe(2);
    expect(recording.simulator).toHaveLength(3);

    const requestsBefore = server.requests.length;
    const replayed = await replay(['shop.yaml']);
    expect(server.requests.length).toBe(requestsBefore);
    const again = replayed.results.scenarios[0]!;
    expect(again.mode).toBe('replay');
    expect(again.status).toBe('passed');
    expect(replayed.store.traces[0]!.conversation_end).toEqual(trace.conversation_end);
    expect(replayed.store.traces[0]!.messages).toEqual(trace.messages);
    expect(again.simulator_cost_usd).toBeCloseTo(result.simulator_cost_usd!, 9);
  });

  it('stops at max_user_turns, and replays that offline too', async () => {
    user = stubbornUser;
    const simulator = [...FINISHING.filter((line) => !line.startsWith('max_user_turns')), 'max_user_turns: 3'];
    writeFileSync(join(dir, 'shop.yaml'), scenarioYaml(adapter, [...simulator, 'opening: My order arrived smashed.']));
    const recorded = await live(['shop.yaml']);
    const trace = recorded.store.traces[0]!;
    expect(trace.conversation_end).toEqual({ by: 'max_user_turns', max_user_turns: 3 });
    expect(trace.user_turns).toHaveLength(3);
    expect(trace.messages.find((message) => message.role === 'user')?.content).toBe('My order arrived smashed.');
    // The opening is written, not asked for; the third answer is the last, so nobody asks for a fourth message.
    expect(trace.simulator?.calls).toBe(2);

    const requestsBefore = server.requests.length;
    const replayed = await replay(['shop.yaml']);
    expect(server.requests.length).toBe(requestsBefore);
    expect(replayed.store.traces[0]!.conversation_end).toEqual({ by: 'max_user_turns', max_user_turns: 3 });
    expect(replayed.results.scenarios[0]!.status).toBe(recorded.results.scenarios[0]!.status);
  });

  it('names the simulated user as what went stale when its persona changes', async () => {
    writeFileSync(join(dir, 'shop.yaml'), scenarioYaml(adapter, FINISHING));
    await live(['shop.yaml']);
    const changed = FINISHING.map((line) => (line.startsWith('persona') ? 'persona: A calm customer.' : line));
    writeFileSync(join(dir, 'shop.yaml'), scenarioYaml(adapter, changed));
    const stale = (await replay(['shop.yaml'])).results.scenarios[0]!;
    expect(stale.status).toBe('errored');
    expect(stale.trials[0]?.error?.message).toBe(
      'simulated user, user turn 1: __recordings__/shop.json has no simulated-user reply for this request: ' +
        'the persona, goal or stop_when of user_simulator changed',
    );
  });

  it('counts the simulator in the spend cap, and takes its model from --simulator-model', async () => {
    const withoutModel = FINISHING.filter((line) => !line.startsWith('model:'));
    writeFileSync(join(dir, 'a.yaml'), scenarioYaml(adapter, withoutModel));
    writeFileSync(join(dir, 'b.yaml'), scenarioYaml(adapter, withoutModel));
    // The agent's cost of a.yaml is far below the cap; with the simulator's it is above, so b.yaml never starts.
    const run = await live(['a.yaml', 'b.yaml'], { maxCostUsd: 0.2, simulatorModel: 'sim-model' });
    const [first, second] = run.results.scenarios;
    expect(first?.cost_usd).toBeLessThan(0.2);
    expect(first?.simulator_cost_usd).toBeGreaterThan(0.2);
    expect(second?.status).toBe('skipped');
    expect(second?.skip_reason).toBe('budget');
  });
});
