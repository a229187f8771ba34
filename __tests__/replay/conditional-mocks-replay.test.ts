import { describe, expect, it } from 'vitest';
import { parseRecording, serialiseRecording, type Recording } from '../../src/core/recording/format.ts';
import { createRedactor } from '../../src/core/redaction/index.ts';
import { runScenario, type TrialOptions } from '../../src/core/runner/run-scenario.ts';
import type { ScenarioInput } from '../../src/core/scenario/schema.ts';
import { RecordingModelClient } from '../../src/providers/replay/recording-client.ts';
import { ReplayModelClient } from '../../src/providers/replay/replay-client.ts';
import { ScriptedModel, steppingClock } from '../fakes/scripted-model.ts';
import { scenarioFixture } from '../helpers/scenario-fixture.ts';

/**
 * Answers from conditional mocks reach a recording like any mock result: as
 * the tool messages of the conversation (content and error flag), which the
 * request fingerprints digest. A replay is stale exactly when a case that
 * answered changed what it said, never for a case the conversation did not use.
 */

const redactor = createRedactor({ secrets: [] });
const source = {
  kind: 'live',
  provider: 'openai',
  model: 'gpt-4o-mini',
  recorded_at: '2026-01-01T00:00:00.000Z',
  salvo_version: '0.1.0',
} as const;

const weather = (cases: Record<string, unknown>[]) => ({
  name: 'get_weather',
  description: 'Current weather for a city',
  parameters: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] },
  mocks: cases,
});
const cases = [
  { when: { city: 'Boston' }, response: { temp_c: 3 } },
  { when: { city: 'Atlantis' }, error: 'city not found' },
];
const scenarioWith = (tools: ScenarioInput['tools']) => scenarioFixture({ tools }, 'weather');

const script = [
  {
    toolCalls: [
      { name: 'get_weather', arguments: { city: 'Boston' } },
      { name: 'get_weather', arguments: { city: 'Atlantis' } },
    ],
  },
  { text: 'Boston is at 3 C; there is no Atlantis.' },
];

const options = (client: TrialOptions['client'], mode: TrialOptions['mode']): TrialOptions => ({
  client,
  mode,
  clock: steppingClock(),
  redactor,
});

async function recordOnce(): Promise<Recording> {
  const recorder = new RecordingModelClient(new ScriptedModel(script, 'openai'), redactor);
  const { error } = await runScenario(scenarioWith([weather(cases)]), options(recorder, 'live'));
  expect(error).toBeNull();
  const recording = recorder.recording({
    scenarioName: 'weather',
    scenarioFile: 'scenarios/weather.yaml',
    scenarioHash: 'h',
    source,
  });
  return parseRecording(serialiseRecording(recording), 'weather.json');
}

function replay(recording: Recording, tools: ScenarioInput['tools']) {
  const client = new ReplayModelClient({
    recording,
    recordingFile: 'weather.json',
    scenarioName: 'weather',
    scenarioFile: 'scenarios/weather.yaml',
    redactor,
  });
  return runScenario(scenarioWith(tools), options(client, 'replay'));
}

describe('conditional mocks and recordings', () => {
  it('replays the conversation with the same cases answering, the error case included', async () => {
    const { trace, error } = await replay(await recordOnce(), [weather(cases)]);
    expect(error).toBeNull();
    expect(trace.final_content).toBe('Boston is at 3 C; there is no Atlantis.');
    expect(
      trace.messages
        .filter((message) => message.role === 'tool')
        .map((message) => [message.mock_case, message.is_error ?? false]),
    ).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('is stale when the answer of a case that answered changes, or a response becomes an error', async () => {
    const recording = await recordOnce();
    const newText = await replay(recording, [
      weather([cases[0]!, { when: { city: 'Atlantis' }, error: 'no such city' }]),
    ]);
    expect(newText.error?.code).toBe('E_RECORDING_STALE');
    expect(newText.error?.message).toContain("the mock result of tool 'get_weather' changed");
    const nowAnError = await replay(recording, [
      weather([{ when: { city: 'Boston' }, error: { temp_c: 3 } }, cases[1]!]),
    ]);
    expect(nowAnError.error?.code).toBe('E_RECORDING_STALE');
  });

  it('is not stale for a case no call used', async () => {
    const { error } = await replay(await recordOnce(), [
      weather([...cases, { when: { city: 'Rome' }, responses: [{ temp_c: 18 }] }]),
    ]);
    expect(error).toBeNull();
  });
});
