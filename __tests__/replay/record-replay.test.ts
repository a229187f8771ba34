import { describe, expect, it } from 'vitest';
import {
  parseRecording,
  recordingPathFor,
  serialiseRecording,
  type Recording,
} from '../../src/core/recording/format.ts';
import { RecordingStaleError } from '../../src/core/recording/recording-errors.ts';
import { RecordingModelClient } from '../../src/providers/replay/recording-client.ts';
import { ReplayModelClient } from '../../src/providers/replay/replay-client.ts';
import { converse, ScriptedModel, testRedactor, type ConversationSpec } from './conversation.ts';

const spec: ConversationSpec = {
  model: 'gpt-4o-mini',
  system: 'You are a support agent.',
  prompt: 'Where is order 42?',
  tools: [
    { name: 'lookup_order', mock: '{"status":"shipped"}' },
    { name: 'get_customer', mock: '{"name":"Ada"}' },
  ],
};

const source = {
  kind: 'live',
  provider: 'openai',
  model: 'gpt-4o-mini',
  recorded_at: '2026-01-01T00:00:00.000Z',
  salvo_version: '0.1.0',
} as const;

async function record(trials: number, options: { say?: () => string; secrets?: string[] } = {}) {
  const model = new ScriptedModel(options.say);
  const recorder = new RecordingModelClient(model, testRedactor(options.secrets ?? []));
  // Trials run concurrently through one client, as the runner's pool runs them.
  const live = await Promise.all(Array.from({ length: trials }, () => converse(recorder, spec)));
  const recording = recorder.recording({
    scenarioName: 'order status',
    scenarioFile: 'examples/order.yaml',
    scenarioHash: 'abc',
    source,
  });
  // Through the file format, as a committed recording would be read back.
  return { live, recording: parseRecording(serialiseRecording(recording), 'order.json'), model };
}

function replayer(recording: Recording) {
  return new ReplayModelClient({
    recording,
    recordingFile: 'examples/__recordings__/order.json',
    scenarioName: 'order status',
    scenarioFile: 'examples/order.yaml',
    redactor: testRedactor([]),
  });
}

const withoutState = (turns: { providerState?: unknown; raw?: unknown }[]) =>
  turns.map(({ providerState: _state, raw: _raw, ...turn }) => turn);

describe('record then replay', () => {
  it('replays every trial with the recorded replies, usage and latency, without calling the model', async () => {
    const { live, recording, model } = await record(3);
    const callsWhenRecorded = model.calls;
    expect(recording.trials).toHaveLength(3);
    const client = replayer(recording);
    const replayed = await Promise.all(live.map(() => converse(client, spec)));
    expect(model.calls).toBe(callsWhenRecorded);
    for (const [index, turns] of replayed.entries())
      expect(withoutState(turns)).toEqual(withoutState(live[index] ?? []));
    expect(replayed[0]?.[0]?.latencyMs).toBe(250);
    expect(replayed[0]?.[1]?.usage.inputTokens).toBe(101);
  });

  it('keeps concurrent trials apart by the conversation they continue', async () => {
    const recording = (await record(2)).recording;
    const client = replayer(recording);
    const [first, second] = await Promise.all([converse(client, spec), converse(client, spec)]);
    // Each trial's tool call ids come from its own recorded trial.
    expect(first?.[0]?.toolCalls[0]?.id).not.toBe(second?.[0]?.toolCalls[0]?.id);
    expect(first?.[1]?.requestId).toBeTruthy();
  });

  it('cycles through the recorded trials when more trials are asked for', async () => {
    const recording = (await record(1)).recording;
    const client = replayer(recording);
    const runs = await Promise.all([converse(client, spec), converse(client, spec)]);
    expect(withoutState(runs[0] ?? [])).toEqual(withoutState(runs[1] ?? []));
  });
});

describe('staleness', () => {
  async function staleError(changed: ConversationSpec): Promise<RecordingStaleError> {
    const { recording } = await record(1);
    const error = await converse(replayer(recording), changed).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(RecordingStaleError);
    return error as RecordingStaleError;
  }

  it('names the changed prompt at turn 1 and says how to re-record', async () => {
    const error = await staleError({ ...spec, prompt: 'Where is order 43?' });
    expect(error.code).toBe('E_RECORDING_STALE');
    expect(error.turn).toBe(1);
    expect(error.message).toContain("scenario 'order status'");
    expect(error.message).toContain('the prompt changed');
    expect(error.hint).toBe('re-record it: salvo run --record examples/order.yaml');
  });

  it('names a changed mock result at the turn that first sees it', async () => {
    const tools = [{ name: 'lookup_order', mock: '{"status":"lost"}' }, spec.tools[1]!];
    const error = await staleError({ ...spec, tools });
    expect(error.turn).toBe(2);
    expect(error.difference).toBe("the mock result of tool 'lookup_order' changed");
  });

  it('names a changed, added or removed tool', async () => {
    const changed = await staleError({
      ...spec,
      tools: [{ ...spec.tools[0]!, description: 'new words' }, spec.tools[1]!],
    });
    expect(changed.difference).toBe("tool 'lookup_order' changed (description or parameters)");
    const removed = await staleError({ ...spec, tools: [spec.tools[0]!] });
    expect(removed.difference).toBe("tool 'get_customer' was removed");
  });

  it('names the system prompt, the model and generation settings', async () => {
    expect((await staleError({ ...spec, system: 'Be terse.' })).difference).toBe('the system prompt changed');
    expect((await staleError({ ...spec, model: 'gpt-4o' })).difference).toBe(
      "the model changed (recorded 'gpt-4o-mini', now 'gpt-4o')",
    );
    expect((await staleError({ ...spec, temperature: 0.5 })).difference).toBe(
      'the generation setting temperature changed (recorded unset, now 0.5)',
    );
  });

  it('treats a conversation running past the recorded turns as stale', async () => {
    const { recording } = await record(1);
    const cut: Recording = { ...recording, trials: [{ turns: recording.trials[0]!.turns.slice(0, 1) }] };
    const error = await converse(replayer(cut), spec).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RecordingStaleError);
    expect((error as RecordingStaleError).turn).toBe(2);
    expect((error as RecordingStaleError).difference).toBe('the conversation went on past the 1 recorded turn');
  });
});

describe('secrets', () => {
  const key = 'test-key-0123456789abcdef';

  it('never writes a configured key, even when the model echoes it, and still replays', async () => {
    const { recording, live } = await record(1, { say: () => `my key is ${key}`, secrets: [key] });
    const text = serialiseRecording(recording);
    expect(live[0]?.[1]?.text).toContain(key);
    expect(text).not.toContain(key);
    expect(text).toContain('[REDACTED]');
    // Replayed where the key is not configured at all: the redacted history still matches.
    const replayed = await converse(replayer(recording), spec);
    expect(replayed[1]?.text).toBe('Done: {"status":"shipped"}; {"name":"Ada"} my key is [REDACTED]');
  });

  it('keeps no raw provider body and no provider state', async () => {
    const text = serialiseRecording((await record(1)).recording);
    expect(text).not.toContain('"raw"');
    expect(text).not.toContain('secret');
  });
});

describe('recording file', () => {
  it('lives in __recordings__ next to the scenario, outside the scenario globs', () => {
    expect(recordingPathFor('examples/refund.yaml')).toBe('examples/__recordings__/refund.json');
    expect(recordingPathFor('a/b/c.yml')).toBe('a/b/__recordings__/c.json');
  });

  it('is sorted-key JSON with 2-space indent and a trailing newline', async () => {
    const text = serialiseRecording((await record(1)).recording);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format_version": 2,');
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys).toEqual([...keys].sort());
  });

  it('rejects a newer format version and a corrupt file, naming the file', () => {
    expect(() => parseRecording('{"format_version": 3}', 'x.json')).toThrow(/x.json has format_version 3/);
    expect(() => parseRecording('{not json', 'y.json')).toThrow(/recording y.json cannot be read/);
    expect(() => parseRecording('{"format_version": 2}', 'z.json')).toThrow(/z.json cannot be read/);
  });

  it('still reads version 1 files, judge votes included, and keeps simulated-user replies to version 2', async () => {
    const current = JSON.parse(serialiseRecording((await record(1)).recording)) as Record<string, unknown>;
    const judge = [
      { request: (current.trials as { turns: { request: unknown }[] }[])[0]!.turns[0]!.request, replies: [] },
    ];
    const versionOne = { ...current, format_version: 1, judge };
    expect(parseRecording(JSON.stringify(versionOne), 'old.json')).toMatchObject({ format_version: 1, judge });
    expect(() => parseRecording(JSON.stringify({ ...versionOne, simulator: judge }), 'old.json')).toThrow(
      /old.json cannot be read: simulated-user replies need format_version 2/,
    );
    const versionTwo = { ...current, simulator: judge };
    expect(parseRecording(JSON.stringify(versionTwo), 'new.json')).toMatchObject({
      format_version: 2,
      simulator: judge,
    });
  });

  it('leaves out trials whose model call failed', async () => {
    let calls = 0;
    const flaky = {
      provider: 'openai',
      complete: async () => {
        calls += 1;
        if (calls === 1) throw new Error('overloaded');
        return new ScriptedModel().complete({
          messages: [{ role: 'user', content: 'x' }],
          tools: [],
          settings: { model: 'm', extras: {} },
        });
      },
    };
    const recorder = new RecordingModelClient(flaky, testRedactor([]));
    await expect(converse(recorder, { ...spec, tools: [] })).rejects.toThrow('overloaded');
    await converse(recorder, { ...spec, tools: [] });
    expect(recorder.recordedTrialCount()).toBe(1);
  });
});
