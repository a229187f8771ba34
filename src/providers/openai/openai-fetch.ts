/**
 * The `fetch` option the OpenAI client is built with: Node's own fetch, plus
 * the two things the openai SDK offers no hook for (the Anthropic SDK has
 * middleware for them): its retries steered (retry-steering.ts), and each
 * turn told how many retries it took. A turn names itself with a private
 * header, removed before the request is sent.
 */
import { isRetryableStatus, retryCountOf, steerRetry, type RetrySteering } from '../shared/retry-steering.ts';

const TURN_HEADER = 'x-salvo-turn';

export interface OpenAiFetch {
  fetch: typeof fetch;
  /** Headers to add to one turn's request so its retries are counted. */
  startTurn(): { headers: Record<string, string>; retries(): number; finish(): void };
}

export function createOpenAiFetch(steering: RetrySteering, send: typeof fetch = fetch): OpenAiFetch {
  const retriesByTurn = new Map<string, number>();
  let nextTurn = 0;

  const steered: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    const turn = headers.get(TURN_HEADER);
    headers.delete(TURN_HEADER);
    if (turn !== null) retriesByTurn.set(turn, retryCountOf(headers));
    const response = await send(input, { ...init, headers });
    return isRetryableStatus(response.status) ? steerRetry(response, steering) : response;
  };

  return {
    fetch: steered,
    startTurn() {
      const turn = String(nextTurn++);
      return {
        headers: { [TURN_HEADER]: turn },
        retries: () => retriesByTurn.get(turn) ?? 0,
        finish: () => void retriesByTurn.delete(turn),
      };
    },
  };
}
