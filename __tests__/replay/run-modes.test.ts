import { describe, expect, it } from 'vitest';
import { readModeSettings, renderRecordingLines } from '../../src/cli/run-modes.ts';

describe('readModeSettings', () => {
  it('defaults to auto without recording', () => {
    expect(readModeSettings({})).toEqual({ mode: 'auto', record: false, recordLabel: null });
  });

  it('accepts the three modes and refuses anything else', () => {
    expect(readModeSettings({ mode: 'replay' }).mode).toBe('replay');
    expect(readModeSettings({ mode: 'live' }).mode).toBe('live');
    expect(() => readModeSettings({ mode: 'offline' })).toThrow(
      "--mode must be one of auto, live, replay, not 'offline'",
    );
  });

  it('refuses --record with --mode replay, and a label without --record', () => {
    expect(() => readModeSettings({ record: true, mode: 'replay' })).toThrow(/cannot be combined with --mode replay/);
    expect(() => readModeSettings({ recordLabel: 'by hand' })).toThrow('--record-label only applies with --record');
    expect(readModeSettings({ record: true, recordLabel: ' by hand ' })).toEqual({
      mode: 'auto',
      record: true,
      recordLabel: 'by hand',
    });
  });

  it('says which recordings were written and which were left alone', () => {
    expect(
      renderRecordingLines([
        { file: 'a/__recordings__/x.json', trials: 2 },
        { file: 'a/__recordings__/y.json', trials: 0 },
      ]),
    ).toBe(
      'Recorded 2 trials -> a/__recordings__/x.json\nNot recorded: ' +
        'a/__recordings__/y.json (no trial got all its replies; the file was left as it was)',
    );
  });
});
