import { canonicalJson } from '../canonical-json.ts';
import { MockNotFoundError } from '../errors.ts';
import type { ToolCall } from '../model-client.ts';
import type { MockResponse, Tool } from '../scenario/schema.ts';

export interface ToolAnswer {
  content: string;
  isError: boolean;
}

/** Mocks by tool name, as the text fed back to the model: strings as they are, anything else as JSON. */
export function mockTable(tools: Tool[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const tool of tools) {
    if (tool.mock_response !== undefined) table.set(tool.name, mockText(tool.mock_response));
  }
  return table;
}

export function mockText(mock: MockResponse): string {
  return typeof mock === 'string' ? mock : JSON.stringify(mock);
}

/**
 * The answer to one tool call. Unusable arguments get an error result the
 * model can react to (what a real tool would do); a tool with no mock stops
 * the trial, because the scenario cannot say what the tool would have returned.
 */
export function answerToolCall(call: ToolCall, mocks: Map<string, string>): ToolAnswer {
  if (call.argumentsError !== undefined) {
    return { content: `error: the arguments for tool '${call.name}' are unusable: ${call.argumentsError}`, isError: true };
  }
  const mock = mocks.get(call.name);
  if (mock === undefined) throw new MockNotFoundError(call.name, [...mocks.keys()]);
  return { content: mock, isError: false };
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
