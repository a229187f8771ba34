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
    return { ...turn, providerState: tagTurnState(trialIndex, turn.providerState) };
  }

  /** Trials whose every model call succeeded, in the order they started. */
  recordedTrialCount(): number {
    return this.completeTrials().length;
  }

  recording(details: { scenarioName: string; scenarioFile: string; scenarioHash: string; source: RecordingSource }): Recording {
    return {
      format_version: RECORDING_FORMAT_VERSION,
      scenario_name: details.scenarioName,
      scenario_file: details.scenarioFile,
      scenario_hash: details.scenarioHash,
      source: details.source,
      trials: this.completeTrials().map((trial) => ({ turns: trial.turns })),
    };
  }

  private completeTrials(): TrialInProgress[] {
    return this.trials.filter((trial) => !trial.failed && trial.turns.length > 0);
  }

  private trialFor(request: ModelRequest): number {
    const tagged = turnIndexOf(request) === 0 ? null : taggedTrialOf(request);
    if (tagged !== null && this.trials[tagged]) return tagged;
    // A first turn (or a history without our tag) starts a new trial.
    this.trials.push({ turns: [], messagesSeen: 0, failed: false });
    return this.trials.length - 1;
  }
}
