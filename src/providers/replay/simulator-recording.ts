import { SalvoError } from '../../core/errors.ts';
import type { ModelClient, ModelRequest, ModelTurn } from '../../core/model-client.ts';
import type { RecordedKeyedRequest, RequestFingerprint } from '../../core/recording/format.ts';
import { fingerprintRequest, toModelTurn, type RecordingRedactor } from '../../core/recording/fingerprint.ts';

/**
 * Serves a recording's simulated-user replies by the digest of the simulator's request (persona, goal,
 * the conversation so far), so `--mode replay` replays a simulated conversation offline. The simulator's
 * requests are recorded by the same JudgeRecorder that keeps judge votes, under `simulator`.
 */
export class SimulatorReplayClient implements ModelClient {
  readonly provider = 'replay';
  private readonly byDigest: Map<string, RecordedKeyedRequest>;
  private readonly served = new Map<string, number>();
  private readonly redactor: RecordingRedactor;
  private readonly recordingFile: string;

  constructor(recorded: readonly RecordedKeyedRequest[], recordingFile: string, redactor: RecordingRedactor) {
    this.byDigest = new Map(recorded.map((entry) => [entry.request.digest, entry]));
    this.redactor = redactor;
    this.recordingFile = recordingFile;
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    if (request.signal?.aborted) throw new SalvoError('E_CANCELLED', 'the replayed request was cancelled');
    const { fingerprint } = fingerprintRequest(request, 0, this.redactor);
    const entry = this.byDigest.get(fingerprint.digest);
    if (!entry || entry.replies.length === 0) {
      throw new SalvoError(
        'E_RECORDING_STALE',
        `${this.recordingFile} has no simulated-user reply for this request: ${this.whatChanged(fingerprint)}`,
        { hint: 're-record the scenario with `salvo run --record <scenario file>`' },
      );
    }
    // Identical requests (every trial's first message) get their recorded replies in turn, as they were recorded.
    const count = this.served.get(fingerprint.digest) ?? 0;
    this.served.set(fingerprint.digest, count + 1);
    return toModelTurn(entry.replies[count % entry.replies.length]!);
  }

  private whatChanged(now: RequestFingerprint): string {
    const recorded = [...this.byDigest.values()].map((entry) => entry.request);
    if (recorded.length === 0) return 'the recording holds no simulated-user replies';
    if (!recorded.some((was) => was.model === now.model)) {
      const models = [...new Set(recorded.map((was) => was.model))].join("', '");
      return `the simulator model changed (recorded '${models}', now '${now.model}')`;
    }
    if (!recorded.some((was) => was.system === now.system))
      return 'the persona, goal or stop_when of user_simulator changed';
    return 'the conversation it answers differs from the recorded one (the opening, or what the agent said)';
  }
}
