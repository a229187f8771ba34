import { describe, expect, it } from 'vitest';
import { resolveMode, type ModeInputs } from '../../src/core/recording/resolve-mode.ts';

const base: ModeInputs = {
  mode: 'auto',
  recording: false,
  keyAvailable: false,
  keySource: 'OPENAI_API_KEY',
  recordingFile: null,
  expectedRecordingFile: 'examples/__recordings__/a.json',
  scenarioFile: 'examples/a.yaml',
};
const recorded = { recordingFile: 'examples/__recordings__/a.json' };

describe('resolveMode', () => {
  it('auto: live with a key, even when a recording exists', () => {
    expect(resolveMode({ ...base, ...recorded, keyAvailable: true })).toEqual({
      action: 'live',
      reason: 'OPENAI_API_KEY is set',
    });
  });

  it('auto: replays without a key when a recording exists, and says so', () => {
    const decision = resolveMode({ ...base, ...recorded });
    expect(decision).toMatchObject({ action: 'replay', recordingFile: 'examples/__recordings__/a.json' });
    expect(decision.reason).toBe('OPENAI_API_KEY is not set; replaying examples/__recordings__/a.json');
  });

  it('auto: skips with no_key_no_recording when there is neither', () => {
    expect(resolveMode(base)).toEqual({
      action: 'skip',
      skipReason: 'no_key_no_recording',
      reason: 'OPENAI_API_KEY is not set and there is no recording at examples/__recordings__/a.json',
    });
  });

  it('live: never replays; a missing key is an error for that scenario', () => {
    const decision = resolveMode({ ...base, ...recorded, mode: 'live' });
    expect(decision).toMatchObject({ action: 'error', code: 'E_NO_API_KEY' });
    expect(resolveMode({ ...base, mode: 'live', keyAvailable: true }).action).toBe('live');
  });

  it('replay: never calls a model, even with a key; no recording is an error saying how to record', () => {
    expect(resolveMode({ ...base, ...recorded, mode: 'replay', keyAvailable: true }).action).toBe('replay');
    const decision = resolveMode({ ...base, mode: 'replay', keyAvailable: true });
    expect(decision).toMatchObject({
      action: 'error',
      code: 'E_NO_RECORDING',
      hint: 'record one with a key set: salvo run --record examples/a.yaml',
    });
  });

  it('--record always calls the model, and needs the key', () => {
    expect(resolveMode({ ...base, ...recorded, recording: true, keyAvailable: true })).toEqual({
      action: 'live',
      reason: 'OPENAI_API_KEY is set; recording',
    });
    expect(resolveMode({ ...base, ...recorded, recording: true })).toMatchObject({
      action: 'error',
      code: 'E_NO_API_KEY',
    });
  });
});
