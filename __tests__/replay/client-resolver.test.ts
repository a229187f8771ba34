import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunMode } from '../../src/core/recording/resolve-mode.ts';
import { ClientResolver, type ScenarioForMode } from '../../src/engine/client-resolver.ts';
import { converse, ScriptedModel, testRedactor, type ConversationSpec } from './conversation.ts';

const cwd = mkdtempSync(join(tmpdir(), 'salvo-resolver-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const scenario: ScenarioForMode = {
  file: 'examples/hello.yaml',
  name: 'hello',
  hash: 'h',
  scenario: { adapter: 'openai', model: 'gpt-4o-mini' },
};
const spec: ConversationSpec = { model: 'gpt-4o-mini', prompt: 'Say hello', tools: [{ name: 'greet', mock: 'hi' }] };
const key = 'sk-test-abcdefghijklmnopqrstuvwxyz';

function resolver(options: {
  mode?: RunMode;
  key?: string;
  record?: string | null;
  model?: ScriptedModel;
  interrupted?: AbortSignal;
}) {
  const model = options.model ?? new ScriptedModel();
  return new ClientResolver({
    mode: options.mode ?? 'auto',
    record:
      options.record === undefined
        ? null
        : { scriptedLabel: options.record, salvoVersion: '0.1.0', now: () => new Date('2026-01-02T03:04:05Z') },
    cwd,
    redactor: testRedactor(options.key ? [options.key] : []),
    ...(options.interrupted ? { interrupted: options.interrupted } : {}),
    settingsFor: () => ({ apiKey: options.key, keySource: 'OPENAI_API_KEY' }),
    createLiveClient: async () => model,
  });
}

const interruptedRun = () => AbortSignal.abort(new Error('SIGTERM'));

describe('ClientResolver', () => {
  it('after SIGTERM during --record writes only finished trials and never shrinks a committed recording', async () => {
    const other: ScenarioForMode = { ...scenario, file: 'interrupted/hello.yaml' };
    const recordingFile = join(cwd, 'interrupted/__recordings__/hello.json');
    // Interrupted with no recording yet: the trial cut after its tool call is left out, the finished one is kept.
    const first = resolver({ key, record: null, interrupted: interruptedRun() });
    const firstClient = await first.clientFor(other);
    if (!('client' in firstClient)) throw new Error('expected a client');
    await converse(firstClient.client, spec);
    await converse(firstClient.client, spec, 1);
    expect(await first.saveRecordings()).toEqual([{ file: 'interrupted/__recordings__/hello.json', trials: 1 }]);
    expect(JSON.parse(readFileSync(recordingFile, 'utf8')).trials[0].turns).toHaveLength(2);

    // A full run of three trials, then an interrupted one that finished only one: the three stay.
    const full = resolver({ key, record: null });
    const fullClient = await full.clientFor(other);
    if (!('client' in fullClient)) throw new Error('expected a client');
    for (let trial = 0; trial < 3; trial += 1) await converse(fullClient.client, spec);
    await full.saveRecordings();
    const committed = readFileSync(recordingFile, 'utf8');
    const cut = resolver({ key, record: null, interrupted: interruptedRun() });
    const cutClient = await cut.clientFor(other);
    if (!('client' in cutClient)) throw new Error('expected a client');
    await converse(cutClient.client, spec);
    await converse(cutClient.client, spec, 1);
    expect(await cut.saveRecordings()).toEqual([{ file: 'interrupted/__recordings__/hello.json', trials: 0 }]);
    expect(readFileSync(recordingFile, 'utf8')).toBe(committed);
  });

  it('auto without a key and without a recording skips the scenario and says why', async () => {
    const choice = await resolver({}).clientFor(scenario);
    expect(choice).toEqual({
      skip: 'no_key_no_recording',
      message: 'OPENAI_API_KEY is not set and there is no recording at examples/__recordings__/hello.json',
    });
  });

  it('--record writes a labelled recording; auto without a key then replays it without calling the model', async () => {
    const model = new ScriptedModel(() => `key ${key}`);
    const recordRun = resolver({ key, record: null, model });
    const recorded = await recordRun.clientFor(scenario);
    if (!('client' in recorded)) throw new Error('expected a client');
    const live = await converse(recorded.client, spec);
    expect(await recordRun.saveRecordings()).toEqual([{ file: 'examples/__recordings__/hello.json', trials: 1 }]);
    const text = readFileSync(join(cwd, 'examples/__recordings__/hello.json'), 'utf8');
    expect(JSON.parse(text).source).toEqual({
      kind: 'live',
      provider: 'openai',
      model: 'gpt-4o-mini',
      recorded_at: '2026-01-02T03:04:05.000Z',
      salvo_version: '0.1.0',
    });
    expect(text).not.toContain(key);

    const calls = model.calls;
    const replayRun = resolver({ model });
    const replayed = await replayRun.clientFor(scenario);
    expect(replayed).toMatchObject({ mode: 'replay' });
    expect(replayRun.decisionFor(scenario.file)?.reason).toBe(
      'OPENAI_API_KEY is not set; replaying examples/__recordings__/hello.json',
    );
    if (!('client' in replayed)) throw new Error('expected a client');
    const turns = await converse(replayed.client, spec);
    expect(model.calls).toBe(calls);
    expect(turns.map((turn) => turn.toolCalls.map((call) => call.id))).toEqual(
      live.map((turn) => turn.toolCalls.map((call) => call.id)),
    );
  });

  it('auto with a key goes live even though a recording exists', async () => {
    const choice = await resolver({ key }).clientFor(scenario);
    expect(choice).toMatchObject({ mode: 'live' });
  });

  it('labels scripted recordings as scripted, never as a model', async () => {
    const run = resolver({ key, record: "scripted replies from salvo's fake LLM server" });
    const choice = await run.clientFor({ ...scenario, file: 'examples/scripted.yaml' });
    if (!('client' in choice)) throw new Error('expected a client');
    await converse(choice.client, spec);
    await run.saveRecordings();
    const source = JSON.parse(readFileSync(join(cwd, 'examples/__recordings__/scripted.json'), 'utf8')).source;
    expect(source).toEqual({
      kind: 'scripted',
      label: "scripted replies from salvo's fake LLM server",
      provider: 'openai',
      recorded_at: '2026-01-02T03:04:05.000Z',
      salvo_version: '0.1.0',
    });
  });

  it("redacts the recording's scenario name and file and the --record-label, not only the replies", async () => {
    const run = resolver({ key, record: `scripted by the CI bot with ${key}` });
    const named = { ...scenario, file: 'examples/named.yaml', name: `hello ${key}` };
    const choice = await run.clientFor(named);
    if (!('client' in choice)) throw new Error('expected a client');
    await converse(choice.client, spec);
    await run.saveRecordings();
    const text = readFileSync(join(cwd, 'examples/__recordings__/named.json'), 'utf8');
    expect(text).not.toContain(key);
    expect(JSON.parse(text)).toMatchObject({
      scenario_name: 'hello [REDACTED]',
      source: { kind: 'scripted', label: 'scripted by the CI bot with [REDACTED]' },
    });
  });

  it('--mode live without a key errors each trial with the reason; --mode replay without a recording too', async () => {
    const live = await resolver({ mode: 'live' }).clientFor(scenario);
    if (!('client' in live)) throw new Error('expected a client');
    expect(live.client.provider).toBe('openai');
    await expect(
      live.client.complete({ messages: [], tools: [], settings: { model: 'm', extras: {} } }),
    ).rejects.toMatchObject({ code: 'E_NO_API_KEY' });
    const replay = await resolver({ mode: 'replay', key }).clientFor({ ...scenario, file: 'examples/none.yaml' });
    if (!('client' in replay)) throw new Error('expected a client');
    await expect(
      replay.client.complete({ messages: [], tools: [], settings: { model: 'm', extras: {} } }),
    ).rejects.toMatchObject({ code: 'E_NO_RECORDING' });
    expect(existsSync(join(cwd, 'examples/__recordings__/none.json'))).toBe(false);
  });
});
