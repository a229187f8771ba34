import { canonicalJson } from '../canonical-json.ts';
import type { ToolCall } from '../model-client.ts';
import type { Tool } from '../scenario/schema.ts';
import { mockText, TrialMocks } from './conditional-mocks.ts';

export interface ToolAnswer {
  content: string;
  isError: boolean;
  /**
   * The 1-based case of the tool's `mocks` that answered, for the trace; absent for mock_response and salvo's own
   * errors.
   */
  mockCase?: number;
}

export { mockText };

/** The mocks of one trial (a fresh table per trial: `responses` sequences count per trial). */
export function mockTable(tools: Tool[]): TrialMocks {
  return new TrialMocks(tools);
}

/**
 * The answer to one tool call. Unusable arguments get an error result the
 * model can react to (what a real tool would do); a call no mock answers stops
 * the trial, because the scenario cannot say what the tool would have returned.
 */
export function answerToolCall(call: ToolCall, mocks: TrialMocks): ToolAnswer {
  if (call.argumentsError !== undefined) {
    return {
      content: `error: the arguments for tool '${call.name}' are unusable: ${call.argumentsError}`,
      isError: true,
    };
  }
  return mocks.answer(call);
}

/** Name plus canonical arguments (keys sorted), so `{a,b}` and `{b,a}` are the same call. */
export function callSignature(call: ToolCall): string {
  const args = call.arguments === null ? (call.rawArguments ?? '') : canonicalJson(call.arguments);
  return `${call.name}\u0000${args}`;
}

/** Counts identical calls in a row, across turns. */
export class RepeatCounter {
  private last: string | null = null;
  private count = 0;

  /** Records a call and returns how many times in a row it has now been made. */
  record(call: ToolCall): number {
    const signature = callSignature(call);
    this.count = signature === this.last ? this.count + 1 : 1;
    this.last = signature;
    return this.count;
  }
}
