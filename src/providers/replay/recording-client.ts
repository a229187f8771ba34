import type { ModelClient, ModelRequest, ModelTurn } from '../../core/model-client.ts';
import type { Recording, RecordingSource, RecordedTurn } from '../../core/recording/format.ts';
import { RECORDING_FORMAT_VERSION } from '../../core/recording/format.ts';
import { fingerprintRequest, toRecordedReply, type RecordingRedactor } from '../../core/recording/fingerprint.ts';
import { taggedTrialOf, tagTurnState, turnIndexOf, untagRequest } from './trial-tag.ts';

interface TrialInProgress {
  turns: RecordedTurn[];
  messagesSeen: number;
  /** A trial whose model call failed is left out: replaying half a conversation would only mislead. */
  failed: boolean;
  /** The last reply asked for tools, so the conversation was still going (unless the turn limit ended it). */
  open: boolean;
}

/**
 * Wraps any ModelClient for `salvo run --record`: passes every request
 * through unchanged and keeps, per trial, a fingerprint of what was asked and
 * the redacted reply. `recording()` turns what was captured into the file.
 */
export class RecordingModelClient implements ModelClient {
  readonly provider: string;
  private readonly trials: TrialInProgress[] = [];
  private readonly inner: ModelClient;
  private readonly redactor: RecordingRedactor;

  constructor(inner: ModelClient, redactor: RecordingRedactor) {
    this.inner = inner;
    this.redactor = redactor;
    this.provider = inner.provider;
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    const trialIndex = this.trialFor(request);
    const trial = this.trials[trialIndex] as TrialInProgress;
    let turn: ModelTurn;
    try {
      turn = await this.inner.complete(untagRequest(request));
    } catch (error) {
      trial.failed = true;
      throw error;
    }
    const { fingerprint } = fingerprintRequest(request, trial.messagesSeen, this.redactor);
    trial.messagesSeen = request.messages.length;
    trial.turns.push({ request: fingerprint, reply: toRecordedReply(turn, this.redactor) });
    trial.open = turn.toolCalls.length > 0;
    return { ...turn, providerState: tagTurnState(trialIndex, turn.providerState) };
  }

  /**
   * Trials whose every model call succeeded, in the order they started. After an interrupted run, trials
   * whose conversation was still going are left out too: SIGTERM during --record wrote them as 1-turn
   * recordings, and replays then failed as stale.
   */
  recordedTrialCount(options: { interrupted: boolean } = { interrupted: false }): number {
    return this.completeTrials(options.interrupted).length;
  }

  recording(
    details: { scenarioName: string; scenarioFile: string; scenarioHash: string; source: RecordingSource },
    options: { interrupted: boolean } = { interrupted: false },
  ): Recording {
    return {
      format_version: RECORDING_FORMAT_VERSION,
      scenario_name: details.scenarioName,
      scenario_file: details.scenarioFile,
      scenario_hash: details.scenarioHash,
      source: details.source,
      trials: this.completeTrials(options.interrupted).map((trial) => ({ turns: trial.turns })),
    };
  }

  private completeTrials(interrupted: boolean): TrialInProgress[] {
    return this.trials.filter((trial) => !trial.failed && trial.turns.length > 0 && !(interrupted && trial.open));
  }

  private trialFor(request: ModelRequest): number {
    const tagged = turnIndexOf(request) === 0 ? null : taggedTrialOf(request);
    if (tagged !== null && this.trials[tagged]) return tagged;
    // A first turn (or a history without our tag) starts a new trial.
    this.trials.push({ turns: [], messagesSeen: 0, failed: false, open: false });
    return this.trials.length - 1;
  }
}
