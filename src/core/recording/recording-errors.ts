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
  /** 1-based user turn of a conversation in which it left the recording. */
  readonly userTurn: number;

  constructor(details: {
    scenarioName: string;
    scenarioFile: string;
    recordingFile: string;
    turn: number;
    trial: number;
    difference: string;
    userTurn?: number;
  }) {
    const userTurn = details.userTurn ?? 1;
    // A one-message scenario has only user turn 1: naming it would be noise.
    const where =
      userTurn > 1
        ? `model turn ${details.turn} (user turn ${userTurn}, trial ${details.trial})`
        : `turn ${details.turn} (trial ${details.trial})`;
    super(
      'E_RECORDING_STALE',
      `the recording of scenario '${details.scenarioName}' is stale at ${where}: ` +
        `${details.difference} (recording: ${details.recordingFile})`,
      { hint: `re-record it: salvo run --record ${details.scenarioFile}` },
    );
    this.scenarioName = details.scenarioName;
    this.turn = details.turn;
    this.difference = details.difference;
    this.userTurn = userTurn;
  }
}
