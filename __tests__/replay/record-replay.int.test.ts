import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../src/core/results.ts';
import { simpleAgentReply, startFakeLlmServer, type FakeLlmRequest } from '../fakes/llm-server.ts';
import { runEngine } from '../helpers/run-engine.ts';

const KEY = 'sk-live-KEY-0123456789abcdefghij';

function scenarioYaml(
  overrides: { prompt?: string; mock?: string; toolDescription?: string; assertion?: string } = {},
): string {
  return `description: order status
model: gpt-4o-mini
system_prompt: You are a support agent.
prompt: ${overrides.prompt ?? 'Where is order A1?'}
tools:
  - name: lookup_order
    description: ${overrides.toolDescription ?? 'Fetch an order'}
    mock_response: '${overrides.mock ?? `{"status": "shipped", "note": "${KEY}"}`}'
assertions:
  - {type: tool_called, tool: lookup_order}
  - {type: output_contains, value: ${overrides.assertion ?? 'shipped'}}
`;
}

/** The parts of a result a user compares between a live run and its replay. */
function outcome(result: ScenarioResult | undefined) {
  return {
    status: result?.status,
    verdict: result?.verdict,
    trials: result?.trials.map((trial) => ({
      status: trial.status,
      score: trial.score,
      assertions: trial.assertions,
      turns: trial.turns,
      tool_calls: trial.tool_calls,
      input_tokens: trial.input_tokens,
      output_tokens: trial.output_tokens,
      cost_usd: trial.cost_usd,
      final_content_preview: trial.final_content_preview,
    })),
  };
}

describe('record against the fake server, replay without it', () => {
  let dir: string;
  let requests: number;
  let recorded: ScenarioResult | undefined;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salvo-record-'));
    writeFileSync(join(dir, 'order.yaml'), scenarioYaml());
    // The model echoes the key it was "sent" in a mock back to the user.
    const server = await startFakeLlmServer({ reply: (request: FakeLlmRequest) => simpleAgentReply(request) });
    const run = await runEngine({
      cwd: dir,
      paths: ['order.yaml'],
      record: { scriptedLabel: null },
      keys: { openai: KEY },
      baseUrls: { openai: server.openaiBaseUrl },
      trials: 2,
    });
    requests = server.requests.length;
    await server.close();
    recorded = run.results.scenarios[0];
    expect(run.recordings).toEqual([{ file: '__recordings__/order.json', trials: 2 }]);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replays with identical results, marked replay, with no server and no key', async () => {
    expect(requests).toBe(4);
    expect(recorded?.mode).toBe('live');
    const replay = await runEngine({ cwd: dir, paths: ['order.yaml'], trials: 2 });
    const result = replay.results.scenarios[0];
    expect(result?.mode).toBe('replay');
    expect(replay.store.traces.every((trace) => trace.mode === 'replay')).toBe(true);
    expect(outcome(result)).toEqual(outcome(recorded));
    expect(result?.status).toBe('passed');
    // Latency is the recorded one, not the microseconds a replay takes.
    expect(result?.latency_seconds).toBeCloseTo(
      recorded?.trials.reduce((sum, trial) => sum + trial.latency_seconds, 0) ?? -1,
      0,
    );
    expect(replay.modes.find((line) => line.file === 'order.yaml')?.decision.reason).toBe(
      'environment variable OPENAI_API_KEY is not set; replaying __recordings__/order.json',
    );
  });

  it('never writes the key, though the mock holds it and the model echoed it', () => {
    const text = readFileSync(join(dir, '__recordings__/order.json'), 'utf8');
    expect(recorded?.trials[0]?.final_content_preview).toContain('[REDACTED]');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain('KEY-0123456789');
    expect(JSON.parse(text).source).toMatchObject({ kind: 'live', provider: 'openai', model: 'gpt-4o-mini' });
  });

  it('stops at turn 2 with the staleness error when a mock result changed', async () => {
    writeFileSync(join(dir, 'order.yaml'), scenarioYaml({ mock: '{"status": "lost"}' }));
    const result = (await runEngine({ cwd: dir, paths: ['order.yaml'] })).results.scenarios[0];
    expect(result?.status).toBe('errored');
    expect(result?.trials[0]?.status).toBe('errored');
    const error = result?.trials[0]?.error;
    expect(error?.code).toBe('E_RECORDING_STALE');
    expect(error?.message).toContain(
      "the recording of scenario 'order status' is stale at turn 2 (trial 1): " +
        "the mock result of tool 'lookup_order' changed",
    );
    expect(error?.hint).toBe('re-record it: salvo run --record order.yaml');
  });

  it('stops at turn 1 when the prompt or a tool changed', async () => {
    writeFileSync(join(dir, 'order.yaml'), scenarioYaml({ prompt: 'Where is order B2?' }));
    const prompt = (await runEngine({ cwd: dir, paths: ['order.yaml'] })).results.scenarios[0]?.trials[0]?.error
      ?.message;
    expect(prompt).toContain('stale at turn 1 (trial 1): the prompt changed');
    writeFileSync(join(dir, 'order.yaml'), scenarioYaml({ toolDescription: 'Fetch an order by id' }));
    const tool = (await runEngine({ cwd: dir, paths: ['order.yaml'] })).results.scenarios[0]?.trials[0]?.error?.message;
    expect(tool).toContain("stale at turn 1 (trial 1): tool 'lookup_order' changed (description or parameters)");
  });

  it('replays a changed assertion and scores it afresh', async () => {
    writeFileSync(join(dir, 'order.yaml'), scenarioYaml({ assertion: 'delivered' }));
    const result = (await runEngine({ cwd: dir, paths: ['order.yaml'] })).results.scenarios[0];
    expect(result?.mode).toBe('replay');
    expect(result?.status).toBe('failed');
    expect(result?.trials[0]?.assertions[1]).toMatchObject({ passed: false, type: 'output_contains' });
  });

  it('auto with a key goes live; replay mode with a key still replays', async () => {
    const live = await runEngine({
      cwd: dir,
      paths: ['order.yaml'],
      keys: { openai: KEY },
      baseUrls: { openai: 'http://127.0.0.1:9/v1' },
    });
    expect(live.results.scenarios[0]?.mode).toBe('live');
    expect(live.results.scenarios[0]?.status).toBe('errored');
    const replay = await runEngine({ cwd: dir, paths: ['order.yaml'], mode: 'replay', keys: { openai: KEY } });
    expect(replay.results.scenarios[0]?.status).toBe('passed');
  });
});
