import type { SkipReason } from '../results.ts';

export const RUN_MODES = ['auto', 'live', 'replay'] as const;
/** auto: live where the key is available, else replay where a recording exists, else skip. */
export type RunMode = (typeof RUN_MODES)[number];

export interface ModeInputs {
  mode: RunMode;
  /** `--record` asks for live calls whatever the mode says (auto); it cannot be combined with replay. */
  recording: boolean;
  /** Whether the scenario's provider key is available, and where it would come from (for the reason). */
  keyAvailable: boolean;
  keySource: string;
  /** The scenario's recording file, or null when none exists. */
  recordingFile: string | null;
  /** Where the recording would be, for messages that tell the user how to create one. */
  expectedRecordingFile: string;
  scenarioFile: string;
}

export type ModeDecision =
  | { action: 'live'; reason: string }
  | { action: 'replay'; reason: string; recordingFile: string }
  | { action: 'skip'; skipReason: SkipReason; reason: string }
  /** The scenario cannot run as asked: reported as an errored scenario with this code. */
  | { action: 'error'; code: 'E_NO_API_KEY' | 'E_NO_RECORDING'; reason: string; hint: string };

/** Decides, for one scenario, whether to call the model, replay its recording, or skip it, and says why. */
export function resolveMode(inputs: ModeInputs): ModeDecision {
  const { keyAvailable, keySource, recordingFile } = inputs;
  const mode = inputs.recording ? 'live' : inputs.mode;
  if (mode === 'live') {
    if (keyAvailable) return { action: 'live', reason: `${keySource} is set${inputs.recording ? '; recording' : ''}` };
    return {
      action: 'error',
      code: 'E_NO_API_KEY',
      reason: `${inputs.recording ? '--record' : '--mode live'} needs a key, and ${keySource} is not set`,
      hint: recordingFile
        ? `set ${keySource}, or replay the recording with --mode auto or --mode replay`
        : `set ${keySource}`,
    };
  }
  if (mode === 'replay') {
    if (recordingFile) return { action: 'replay', reason: `--mode replay: replaying ${recordingFile}`, recordingFile };
    return {
      action: 'error',
      code: 'E_NO_RECORDING',
      reason: `--mode replay, but there is no recording at ${inputs.expectedRecordingFile}`,
      hint: `record one with a key set: salvo run --record ${inputs.scenarioFile}`,
    };
  }
  if (keyAvailable) return { action: 'live', reason: `${keySource} is set` };
  if (recordingFile)
    return { action: 'replay', reason: `${keySource} is not set; replaying ${recordingFile}`, recordingFile };
  return {
    action: 'skip',
    skipReason: 'no_key_no_recording',
    reason: `${keySource} is not set and there is no recording at ${inputs.expectedRecordingFile}`,
  };
}
