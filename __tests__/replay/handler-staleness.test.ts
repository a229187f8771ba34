import { describe, expect, it } from 'vitest';
import type { MessageFingerprint } from '../../src/core/recording/format.ts';
import { describeRequestDifference, type FingerprintedRequest } from '../../src/core/recording/staleness.ts';

/** A request whose fingerprint differs from another only in its history, as a replayed conversation's would. */
function request(history: MessageFingerprint[]): FingerprintedRequest {
  return {
    fingerprint: {
      digest: history.map((message) => message.digest).join('|'),
      model: 'm',
      system: null,
      tools: {},
      settings: { extras: {} },
      messages_added: history,
    },
    history,
  };
}

const user = (digest: string): MessageFingerprint => ({ role: 'user', digest });
const assistant = (digest: string): MessageFingerprint => ({ role: 'assistant', digest });
const tool = (name: string, digest: string): MessageFingerprint => ({ role: 'tool', tool_name: name, digest });

/** Two user turns; the refund is issued in model turn 3, which answers user turn 2. */
const recorded = [
  user('u1'),
  assistant('a1'),
  user('u2'),
  assistant('a2'),
  tool('issue_refund', 'r1'),
  assistant('a3'),
];
const replayed = recorded.map((message) => (message.digest === 'r1' ? tool('issue_refund', 'r2') : message));

describe('staleness of a tool result', () => {
  it("names a handler's tool, the model turn of its call and the user turn, and what a handler must be", () => {
    expect(describeRequestDifference(request(recorded), request(replayed), new Set(['issue_refund']))).toBe(
      "the handler of tool 'issue_refund' returned a different result for the call of model turn " +
        '2 (user turn 2): a handler must be deterministic, and its code and state.initial as recorded',
    );
  });

  it("keeps a mock's wording: the scenario's mock was edited", () => {
    expect(describeRequestDifference(request(recorded), request(replayed))).toBe(
      "the mock result of tool 'issue_refund' changed",
    );
  });
});
