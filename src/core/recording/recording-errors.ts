import { SalvoError } from '../errors.ts';

/**
 * The scenario no longer matches its recording: replaying it would pass off
 * old answers as answers to new questions. Never papered over.
 */
export class RecordingStaleError extends SalvoError {
  override name = 'RecordingStaleError';
  readonly scenarioName: string;
  /** 1-based model turn at which the conversation left the recording. */
  readonly turn: number;
  readonly difference: string;

  constructor(details: { scenarioName: string; scenarioFile: string; recordingFile: string; turn: number; trial: number; difference: string }) {
    super(
      'E_RECORDING_STALE',
      `the recording of scenario '${details.scenarioName}' is stale at turn ${details.turn} (trial ${details.trial}): ${details.difference} (recording: ${details.recordingFile})`,
      { hint: `re-record it: salvo run --record ${details.scenarioFile}` },
    );
    this.scenarioName = details.scenarioName;
    this.turn = details.turn;
    this.difference = details.difference;
  }
}
