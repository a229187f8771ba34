/**
 * The bench's model: the test tree's loopback fake LLM server (real OpenAI
 * Chat Completions and Anthropic Messages wire formats) with a reply that
 * plays the benchmark conversation, decided from the request alone:
 *   turn 0: call the first offered tool (A), turn 1: call the second (B),
 *   turn 2: answer with text quoting both results.
 * The model's latency is awaited inside the reply, so the server can count
 * how many requests are "thinking" at once (max in flight).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startFakeLlmServer, type FakeLlmRequest, type FakeReply } from '../../__tests__/fakes/llm-server.ts';

export interface FakeModelStats {
  requests: number;
  inFlight: number;
  maxInFlight: number;
  /** performance.now() of the driver when the first request arrived, or null. */
  firstRequestAt: number | null;
  /** Requests the conversation script did not expect (a salvo bug or a broken scenario). */
  unexpected: number;
}

export interface FakeModel {
  openaiBaseUrl: string;
  anthropicBaseUrl: string;
  stats: FakeModelStats;
  /** Forget the counters before the next measured run. */
  reset(): void;
  close(): Promise<void>;
}

export function benchConversationReply(request: FakeLlmRequest): { reply: FakeReply; expected: boolean } {
  const [toolA, toolB] = request.toolNames;
  const usage = { input: 420 + request.turn * 90, output: 24 };
  if (request.turn === 0 && toolA) {
    return {
      reply: {
        toolCalls: [
          { name: toolA, arguments: { order_id: /Order (\S+)$/.exec(request.firstUserMessage)?.[1] ?? 'unknown' } },
        ],
        usage,
      },
      expected: true,
    };
  }
  if (request.turn === 1 && toolB) {
    return { reply: { toolCalls: [{ name: toolB, arguments: { reason: 'damaged' } }], usage }, expected: true };
  }
  const quoted = request.toolResults.map((result) => result.content).join(' | ');
  return { reply: { text: `Refund approved for the order. Details: ${quoted}`, usage }, expected: request.turn === 2 };
}

export async function startFakeModel(options: { delayMs: number }): Promise<FakeModel> {
  const stats: FakeModelStats = { requests: 0, inFlight: 0, maxInFlight: 0, firstRequestAt: null, unexpected: 0 };
  const server = await startFakeLlmServer({
    // 30,000 requests must not pile up in the driver's memory.
    record: false,
    reply: async (request) => {
      stats.requests += 1;
      stats.firstRequestAt ??= performance.now();
      stats.inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      try {
        if (options.delayMs > 0) await sleep(options.delayMs);
        const { reply, expected } = benchConversationReply(request);
        if (!expected) stats.unexpected += 1;
        return reply;
      } finally {
        stats.inFlight -= 1;
      }
    },
  });
  return {
    openaiBaseUrl: server.openaiBaseUrl,
    anthropicBaseUrl: server.anthropicBaseUrl,
    stats,
    reset: () =>
      Object.assign(stats, { requests: 0, inFlight: 0, maxInFlight: 0, firstRequestAt: null, unexpected: 0 }),
    close: () => server.close(),
  };
}
