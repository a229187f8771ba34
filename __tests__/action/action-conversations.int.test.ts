import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/core/results.ts';
import { fakeRuntimeToken, startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.ts';
import { startFakeGithub, type FakeGithub } from '../fakes/github-rest-server.ts';
import { startFakeLlmServer, type FakeLlmRequest, type FakeReply } from '../fakes/llm-server.ts';
import { runAction, type ActionRun } from '../helpers/run-action.ts';

// The bundled action (dist/index.js) running conversations: a scripted one and
// a simulated user whose model comes from the `simulator-model` input.

const API_KEY = 'sk-e2e-conversations-0123456789abcdef';

const files: Record<string, string> = {
  'salvo.yaml': `prices:
  agent-model: {input: 1, output: 1}
  sim-model: {input: 100, output: 100}
`,
  'salvo/move.yaml': `description: moves a flight over two scripted turns
model: agent-model
tools:
  - {name: change_flight, description: Move a booking, mock_response: {ok: true}}
turns:
  - user: Move my flight to Friday.
    assertions:
      - {type: tool_not_called, tool: change_flight}
  - user: Yes, go ahead.
    assertions:
      - {type: tool_called, tool: change_flight}
`,
  'salvo/customer.yaml': `description: replaces a broken order for a simulated customer
model: agent-model
tools:
  - {name: ship_replacement, description: Ship a replacement, mock_response: {shipped: true}}
user_simulator:
  persona: A customer whose order arrived broken.
  goal: Get a replacement.
  max_user_turns: 4
assertions:
  - {type: tool_called, tool: ship_replacement}
`,
};

/** Agent and simulated user in one fake: the simulator is the request offered `finish`. */
function reply(request: FakeLlmRequest): FakeReply {
  const usage = { input: 1000, output: 100 };
  if (request.toolNames.includes('finish')) {
    const transcript = request.userMessages[0] ?? '';
    if (!transcript.includes('USER:')) return { text: 'My order arrived broken.', usage };
    if (transcript.includes('on its way'))
      return { toolCalls: [{ name: 'finish', arguments: { reason: 'goal_met' } }], usage };
    return { text: 'Yes, please replace it.', usage };
  }
  const said = request.userMessages.at(-1) ?? '';
  if (request.toolResults.length > 0) return { text: 'Done, it is on its way.', usage };
  if (/yes/i.test(said)) {
    const tool = request.toolNames.includes('ship_replacement') ? 'ship_replacement' : 'change_flight';
    return { toolCalls: [{ name: tool, arguments: {} }], usage };
  }
  return { text: 'Shall I go ahead?', usage };
}

describe('the action running conversations (node dist/index.js)', () => {
  let root: string;
  let github: FakeGithub;
  let artifacts: FakeArtifactService;
  let llm: Awaited<ReturnType<typeof startFakeLlmServer>>;
  const seen: FakeLlmRequest[] = [];
  let run: ActionRun;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'salvo-action-conversations-'));
    [github, artifacts, llm] = await Promise.all([
      startFakeGithub(),
      startFakeArtifactService(),
      startFakeLlmServer({
        reply: (request) => {
          seen.push(request);
          return reply(request);
        },
      }),
    ]);
    const workspace = join(root, 'workspace');
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(workspace, file, '..'), { recursive: true });
      writeFileSync(join(workspace, file), text);
    }
    const event = join(root, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main' }));
    run = await runAction({
      directory: root,
      inputs: {
        'openai-api-key': API_KEY,
        'openai-base-url': llm.openaiBaseUrl,
        'simulator-model': 'sim-model',
        'comment-on-pr': 'false',
      },
      env: {
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/agents',
        GITHUB_WORKFLOW: 'Agent tests',
        GITHUB_JOB: 'agents',
        GITHUB_RUN_ID: '801',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: github.apiUrl,
        ACTIONS_RESULTS_URL: artifacts.resultsUrl,
        ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken('run-801', 'job-801'),
      },
    });
  });
  afterAll(async () => {
    await Promise.all([github.close(), artifacts.close(), llm.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  it('passes both conversations and reports them in the outputs and the job summary', () => {
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ total: '2', passed: '2', failed: '0', errored: '0' });
    expect(run.summary).toContain('moves a flight over two scripted turns');
    expect(run.summary).toContain('replaces a broken order for a simulated customer');
  });

  it('drives the simulated user with the simulator-model input and keeps its cost apart in the results file', () => {
    const simulatorModels = seen.filter((request) => request.toolNames.includes('finish')).map((r) => r.model);
    expect(simulatorModels).toEqual(['sim-model', 'sim-model', 'sim-model']);
    const results = JSON.parse(readFileSync(run.outputs['results-file'] ?? '', 'utf8')) as RunResults;
    const customer = results.scenarios.find((scenario) => scenario.file.endsWith('customer.yaml'))!;
    expect(customer.trials[0]?.conversation_end).toEqual({ by: 'simulator', reason: 'goal_met', note: null });
    // Three simulator calls of 1,000 in and 100 out at $100 per million tokens, apart from the agent's cost.
    expect(customer.simulator_cost_usd).toBeCloseTo(0.33, 9);
    expect(results.totals.simulator_cost_usd).toBeCloseTo(0.33, 9);
    const move = results.scenarios.find((scenario) => scenario.file.endsWith('move.yaml'))!;
    expect(move.trials[0]?.assertions.map((assertion) => [assertion.turn ?? null, assertion.passed])).toEqual([
      [1, true],
      [2, true],
    ]);
  });
});
