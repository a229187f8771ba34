import type { ModelClient, ModelRequest, ModelTurn } from '../../core/model-client.ts';
import { SalvoError } from '../../core/errors.ts';
import type { MessageFingerprint, Recording, RecordedTrial } from '../../core/recording/format.ts';
import { fingerprintRequest, toModelTurn, type RecordingRedactor } from '../../core/recording/fingerprint.ts';
import { RecordingStaleError } from '../../core/recording/recording-errors.ts';
import { describeRequestDifference } from '../../core/recording/staleness.ts';
import { taggedTrialOf, tagTurnState, turnIndexOf } from './trial-tag.ts';

export interface ReplayOptions {
  recording: Recording;
  recordingFile: string;
  scenarioName: string;
  /** The scenario file as the user gave it, for the re-record hint. */
  scenarioFile: string;
  redactor: RecordingRedactor;
  /** Tools a handler answers, so a changed result is worded as the handler's (see staleness.ts). */
  handlerTools?: ReadonlySet<string>;
}

/**
 * Serves a recording's replies in order, without any network, after checking
 * that each request is the one that was recorded. Trial n of a run replays
 * recorded trial n (cycling when more trials are asked for than were
 * recorded). Usage, latency and the reported model are the recorded ones.
 */
export class ReplayModelClient implements ModelClient {
  /** The provider that was recorded; traces and results say `mode: replay` beside it. */
  readonly provider: string;
  private trialsStarted = 0;
  private readonly options: ReplayOptions;

  constructor(options: ReplayOptions) {
    this.options = options;
    this.provider = options.recording.source.provider;
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    if (request.signal?.aborted) throw new SalvoError('E_CANCELLED', 'the replayed request was cancelled');
    const { recording } = this.options;
    if (recording.trials.length === 0) throw this.stale(1, 1, 'the recording holds no trials');
    const turnIndex = turnIndexOf(request);
    const trialIndex = turnIndex === 0 ? this.trialsStarted++ % recording.trials.length : this.trialOf(request);
    const trial = recording.trials[trialIndex] as RecordedTrial;
    const recorded = trial.turns[turnIndex];
    const userTurn = request.messages.filter((message) => message.role === 'user').length;
    if (!recorded) {
      throw this.stale(
        turnIndex + 1,
        trialIndex + 1,
        `the conversation went on past the ${trial.turns.length} recorded turn${trial.turns.length === 1 ? '' : 's'}`,
        userTurn,
      );
    }
    const incoming = fingerprintRequest(request, 0, this.options.redactor);
    const difference = describeRequestDifference(
      { fingerprint: recorded.request, history: recordedHistory(trial, turnIndex) },
      incoming,
      this.options.handlerTools,
    );
    if (difference) throw this.stale(turnIndex + 1, trialIndex + 1, difference, userTurn);
    return { ...toModelTurn(recorded.reply), providerState: tagTurnState(trialIndex, undefined) };
  }

  private trialOf(request: ModelRequest): number {
    const tagged = taggedTrialOf(request);
    if (tagged !== null && this.options.recording.trials[tagged]) return tagged;
    // Not one of ours (a history built elsewhere): the first trial whose replies match it.
    const history = fingerprintRequest(request, 0, this.options.redactor).history;
    const assistants = history.filter((message) => message.role === 'assistant').map((message) => message.digest);
    const match = this.options.recording.trials.findIndex((trial) => {
      const recorded = recordedHistory(trial, assistants.length).filter((message) => message.role === 'assistant');
      return assistants.every((digest, turn) => recorded[turn]?.digest === digest);
    });
    return match >= 0 ? match : 0;
  }

  private stale(turn: number, trial: number, difference: string, userTurn = 1): RecordingStaleError {
    return new RecordingStaleError({
      userTurn,
      scenarioName: this.options.scenarioName,
      scenarioFile: this.options.scenarioFile,
      recordingFile: this.options.recordingFile,
      turn,
      trial,
      difference,
    });
  }
}

/** The digests of every message the request of `turnIndex` held when it was recorded. */
function recordedHistory(trial: RecordedTrial, turnIndex: number): MessageFingerprint[] {
  return trial.turns.slice(0, turnIndex + 1).flatMap((turn) => turn.request.messages_added);
}
