import {
  emptyUsage,
  type ModelClient,
  type ModelRequest,
  type ModelTurn,
  type ToolCall,
  type Usage,
} from '../../src/core/model-client.ts';

export interface ScriptedTurn {
  text?: string | null;
  toolCalls?: (Partial<ToolCall> & { name: string })[];
  usage?: Partial<Usage>;
  finishReason?: ModelTurn['finishReason'];
  model?: string;
  raw?: unknown;
  /** Throw this instead of answering. */
  error?: Error;
  /** Never answer; settle only when the request's signal aborts (if `honourAbort`). */
  hang?: boolean;
}

/**
 * A ModelClient for unit tests: records every request (a snapshot of its
 * messages) and answers the n-th request with the n-th scripted turn; the last
 * turn repeats when the script runs out.
 */
export class ScriptedModel implements ModelClient {
  readonly provider: string;
  readonly requests: ModelRequest[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private readonly script:
    ScriptedTurn[] | ((request: ModelRequest, index: number) => ScriptedTurn | Promise<ScriptedTurn>);

  constructor(
    script: ScriptedTurn[] | ((request: ModelRequest, index: number) => ScriptedTurn | Promise<ScriptedTurn>),
    provider = 'scripted',
  ) {
    this.script = script;
    this.provider = provider;
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    const index = this.requests.length;
    this.requests.push({ ...request, messages: structuredClone(request.messages) });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const step =
        typeof this.script === 'function'
          ? await this.script(request, index)
          : this.script[Math.min(index, this.script.length - 1)]!;
      if (step.hang)
        await new Promise((_, reject) => request.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
      if (step.error) throw step.error;
      const toolCalls = (step.toolCalls ?? []).map((call, position) => ({
        arguments: {},
        ...call,
        id: call.id ?? `call_${index}_${position}`,
      }));
      return {
        text: step.text === undefined ? (toolCalls.length > 0 ? null : 'done') : step.text,
        toolCalls,
        usage: { ...emptyUsage(), inputTokens: 10, outputTokens: 5, ...step.usage },
        finishReason: step.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop'),
        rawFinishReason: null,
        model: step.model ?? request.settings.model,
        requestId: `req_${index}`,
        latencyMs: 1,
        retries: 0,
        ...(step.raw === undefined ? {} : { raw: step.raw }),
      };
    } finally {
      this.inFlight -= 1;
    }
  }
}

/** A clock that advances by `stepMs` every time it is read, so latencies are deterministic. */
export function steppingClock(startMs = 1_767_225_600_000, stepMs = 250): { now(): number; monotonic(): number } {
  let monotonic = 0;
  return {
    now: () => startMs + monotonic,
    monotonic: () => (monotonic += stepMs),
  };
}
