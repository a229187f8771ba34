import type { MessageFingerprint, RecordedSettings, RequestFingerprint } from './format.ts';
import { stableStringify } from '../canonical-json.ts';

export interface FingerprintedRequest {
  fingerprint: RequestFingerprint;
  /** Digests of every message of the request, in order. */
  history: MessageFingerprint[];
}

/**
 * Says what differs between a recorded request and a new one, in the words a
 * scenario author thinks in (prompt, system prompt, tools, mock results,
 * model), or null when they are the same conversation.
 */
export function describeRequestDifference(
  recorded: FingerprintedRequest,
  incoming: FingerprintedRequest,
  /** Tools answered by a handler (project code) rather than a mock, for the wording of a changed result. */
  handlerTools: ReadonlySet<string> = new Set(),
): string | null {
  const was = recorded.fingerprint;
  const now = incoming.fingerprint;
  if (was.digest === now.digest) return null;
  if (was.model !== now.model) return `the model changed (recorded '${was.model}', now '${now.model}')`;
  if (was.system !== now.system) return 'the system prompt changed';
  const tools = describeToolDifference(was.tools, now.tools);
  if (tools) return tools;
  const settings = describeSettingsDifference(was.settings, now.settings);
  if (settings) return settings;
  return describeHistoryDifference(recorded.history, incoming.history, handlerTools) ?? 'the request changed';
}

function describeToolDifference(was: Record<string, string>, now: Record<string, string>): string | null {
  const changes: string[] = [];
  for (const name of Object.keys(now).sort()) {
    if (!(name in was)) changes.push(`tool '${name}' was added`);
    else if (was[name] !== now[name]) changes.push(`tool '${name}' changed (description or parameters)`);
  }
  for (const name of Object.keys(was).sort()) {
    if (!(name in now)) changes.push(`tool '${name}' was removed`);
  }
  return changes.length > 0 ? changes.join(', ') : null;
}

function describeSettingsDifference(was: RecordedSettings, now: RecordedSettings): string | null {
  for (const key of ['temperature', 'seed', 'max_tokens', 'api'] as const) {
    if (was[key] !== now[key]) {
      return `the generation setting ${key} changed (recorded ${show(was[key])}, now ${show(now[key])})`;
    }
  }
  if (stableStringify(was.extras) !== stableStringify(now.extras)) return 'the extras changed';
  return null;
}

function describeHistoryDifference(
  was: MessageFingerprint[],
  now: MessageFingerprint[],
  handlerTools: ReadonlySet<string>,
): string | null {
  const shared = Math.min(was.length, now.length);
  for (let index = 0; index < shared; index += 1) {
    const before = was[index] as MessageFingerprint;
    const after = now[index] as MessageFingerprint;
    if (before.role === after.role && before.digest === after.digest && before.tool_name === after.tool_name) continue;
    if (before.role !== after.role || before.tool_name !== after.tool_name) {
      return (
        `the conversation took a different path at message ${index + 1} ` +
        `(recorded ${describeMessage(before)}, now ${describeMessage(after)})`
      );
    }
    if (after.role === 'user') return describeUserChange(now, index);
    if (after.role === 'tool') return describeToolResultChange(now, index, handlerTools);
    return `assistant message ${index + 1} differs from the recording`;
  }
  if (was.length !== now.length) {
    return `the conversation took a different path (recorded ${was.length} messages so far, now ${now.length})`;
  }
  return null;
}

/**
 * A mock's changed result is the scenario's edit; a handler's is project code answering differently, so it names
 * the call's model turn and user turn, and what a handler must be for replay.
 */
function describeToolResultChange(
  history: MessageFingerprint[],
  index: number,
  handlerTools: ReadonlySet<string>,
): string {
  const tool = history[index]!.tool_name ?? '?';
  if (!handlerTools.has(tool)) return `the mock result of tool '${tool}' changed`;
  const before = history.slice(0, index + 1);
  const modelTurn = before.filter((message) => message.role === 'assistant').length;
  const userTurn = before.filter((message) => message.role === 'user').length;
  return (
    `the handler of tool '${tool}' returned a different result for the call of model turn ${modelTurn} ` +
    `(user turn ${userTurn}): a handler must be deterministic, and its code and state.initial as recorded`
  );
}

/** Names the user turn whose message changed (the prompt when there is only one). */
function describeUserChange(history: MessageFingerprint[], index: number): string {
  const userTurn = history.slice(0, index + 1).filter((message) => message.role === 'user').length;
  if (userTurn === 1)
    return history.some((message, position) => position > index && message.role === 'user')
      ? 'the message of user turn 1 changed'
      : 'the prompt changed';
  return `the message of user turn ${userTurn} changed`;
}

function describeMessage(message: MessageFingerprint): string {
  if (message.role === 'tool') return `a result of tool '${message.tool_name ?? '?'}'`;
  return `a ${message.role} message`;
}

function show(value: unknown): string {
  return value === undefined ? 'unset' : JSON.stringify(value);
}
