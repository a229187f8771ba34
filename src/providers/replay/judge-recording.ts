import { SalvoError } from '../../core/errors.ts';
import type { ModelClient, ModelRequest, ModelTurn } from '../../core/model-client.ts';
import type { RecordedJudgeRequest } from '../../core/recording/format.ts';
import {
  fingerprintRequest,
  toModelTurn,
  toRecordedReply,
  type RecordingRedactor,
} from '../../core/recording/fingerprint.ts';

/**
 * Judge votes are recorded beside the agent's replies, keyed by the digest of
 * the judge's request (criteria, judge model and settings, and what the agent
 * did). The k votes of one request are k replies under one key, so replay
 * serves them in order and judges offline, deterministically.
 */
export class JudgeRecorder {
  private readonly requests = new Map<string, RecordedJudgeRequest>();
  private readonly redactor: RecordingRedactor;

  constructor(redactor: RecordingRedactor) {
    this.redactor = redactor;
  }

  /** The live client, with every successful reply kept under its request's digest. */
  wrap(inner: ModelClient): ModelClient {
    return {
      provider: inner.provider,
      complete: async (request: ModelRequest): Promise<ModelTurn> => {
        const turn = await inner.complete(request);
        const { fingerprint } = fingerprintRequest(request, 0, this.redactor);
        const entry = this.requests.get(fingerprint.digest) ?? { request: fingerprint, replies: [] };
        entry.replies.push(toRecordedReply(turn, this.redactor));
        this.requests.set(fingerprint.digest, entry);
        return turn;
      },
    };
  }

  recorded(): RecordedJudgeRequest[] {
    return [...this.requests.values()].sort((a, b) => a.request.digest.localeCompare(b.request.digest));
  }
}

/** Serves recorded judge votes; a request that was never recorded is stale for the judge only. */
export class JudgeReplayClient implements ModelClient {
  readonly provider = 'replay';
  private readonly byDigest: Map<string, RecordedJudgeRequest>;
  private readonly served = new Map<string, number>();
  private readonly redactor: RecordingRedactor;
  private readonly recordingFile: string;

  constructor(recorded: readonly RecordedJudgeRequest[], recordingFile: string, redactor: RecordingRedactor) {
    this.byDigest = new Map(recorded.map((entry) => [entry.request.digest, entry]));
    this.redactor = redactor;
    this.recordingFile = recordingFile;
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    const { fingerprint } = fingerprintRequest(request, 0, this.redactor);
    const entry = this.byDigest.get(fingerprint.digest);
    if (!entry || entry.replies.length === 0) {
      const sameModel = [...this.byDigest.values()].some((recorded) => recorded.request.model === fingerprint.model);
      const what = sameModel
        ? 'the criteria, the judge prompt or what the agent did changed'
        : `the judge model changed (now '${fingerprint.model}')`;
      throw new SalvoError('E_RECORDING_STALE', `${this.recordingFile} has no judge votes for this request: ${what}`, {
        hint: 're-judge live with `salvo reeval --rejudge <run id>` or re-record with `salvo run --record`',
      });
    }
    const count = this.served.get(fingerprint.digest) ?? 0;
    this.served.set(fingerprint.digest, count + 1);
    return toModelTurn(entry.replies[count % entry.replies.length]!);
  }
}
