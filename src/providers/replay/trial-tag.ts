import type { ConversationMessage, ModelRequest } from '../../core/model-client.ts';

/**
 * Trials of one scenario may run concurrently through one client, so a
 * request must say which conversation it continues. The runner hands every
 * turn's `providerState` back verbatim on the next request (that is its
 * contract), so the record and replay clients keep the trial number there,
 * wrapped around whatever the real provider put in it.
 */
const TAG = 'salvo_trial';

interface TrialTag {
  [TAG]: number;
  inner?: unknown;
}

export function tagTurnState(trial: number, inner: unknown): TrialTag {
  return inner === undefined ? { [TAG]: trial } : { [TAG]: trial, inner };
}

function isTag(value: unknown): value is TrialTag {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[TAG] === 'number';
}

/** Model turns already in the conversation: 0 on a trial's first request. */
export function turnIndexOf(request: ModelRequest): number {
  return request.messages.filter((message) => message.role === 'assistant').length;
}

/** The trial the request continues, from the most recent tagged assistant message, or null. */
export function taggedTrialOf(request: ModelRequest): number | null {
  for (let index = request.messages.length - 1; index >= 0; index -= 1) {
    const message = request.messages[index] as ConversationMessage;
    if (message.role === 'assistant' && isTag(message.providerState)) return message.providerState[TAG];
  }
  return null;
}

/** The request with our tags replaced by the provider's own state, for the wrapped client. */
export function untagRequest(request: ModelRequest): ModelRequest {
  const messages = request.messages.map((message) => {
    if (message.role !== 'assistant' || !isTag(message.providerState)) return message;
    const { providerState, ...rest } = message;
    return providerState.inner === undefined ? rest : { ...rest, providerState: providerState.inner };
  });
  return { ...request, messages };
}
