/**
 * A provider's rate limit, for the fake LLM server: a reply function that
 * refuses a request with 429 (or Anthropic's 529 overload) when `maxInFlight`
 * requests are already being answered, or when `perSecond` requests were
 * admitted in the last second, and otherwise answers after `latencyMs`.
 * Refused requests take no capacity (as a token bucket's refusals take no
 * token). The refusal carries the headers given (`retry-after: 1`,
 * `retry-after: 0`, or none), so each variant of a provider can be played.
 *
 *   startFakeLlmServer({ reply: rateLimitingReply({ maxInFlight: 4, perSecond: 20, latencyMs: 200 }).reply })
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { simpleAgentReply, type FakeLlmRequest, type FakeReply } from './llm-server.ts';

export interface RateLimitRules {
  /** Refuse when this many requests are in flight already. */
  maxInFlight: number;
  /** Refuse when this many requests were admitted in the last second. */
  perSecond: number;
  /** How long an admitted request takes. */
  latencyMs: number;
  /** Sent with every refusal. Default: none. */
  headers?: Record<string, string>;
  /** 429 (default) or 529 (Anthropic's overloaded_error). */
  status?: 429 | 529;
  /** The answer to an admitted request (default: simpleAgentReply). */
  answer?: (request: FakeLlmRequest) => FakeReply;
}

export interface RateLimitingStats {
  admitted: number;
  refused: number;
  /** The most requests being answered at once (never above maxInFlight). */
  mostInFlight: number;
}

export function rateLimitingReply(rules: RateLimitRules): {
  reply: (request: FakeLlmRequest) => Promise<FakeReply>;
  stats: RateLimitingStats;
  reset(): void;
} {
  const stats: RateLimitingStats = { admitted: 0, refused: 0, mostInFlight: 0 };
  /** When each request admitted in the last second arrived, oldest first. */
  let admittedAt: number[] = [];
  let inFlight = 0;
  const status = rules.status ?? 429;
  const answer = rules.answer ?? simpleAgentReply;

  const reply = async (request: FakeLlmRequest): Promise<FakeReply> => {
    const now = performance.now();
    while (admittedAt.length > 0 && admittedAt[0]! <= now - 1000) admittedAt.shift();
    if (inFlight >= rules.maxInFlight || admittedAt.length >= rules.perSecond) {
      stats.refused += 1;
      const message = status === 529 ? 'Overloaded' : 'Rate limit reached for requests. Please try again later.';
      return { error: { status, message, headers: rules.headers ?? {} } };
    }
    admittedAt.push(now);
    inFlight += 1;
    stats.mostInFlight = Math.max(stats.mostInFlight, inFlight);
    try {
      await sleep(rules.latencyMs);
      return answer(request);
    } finally {
      inFlight -= 1;
      stats.admitted += 1;
    }
  };

  return {
    reply,
    stats,
    reset: () => {
      Object.assign(stats, { admitted: 0, refused: 0, mostInFlight: 0 });
      admittedAt = [];
    },
  };
}
