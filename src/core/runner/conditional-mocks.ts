import { briefDifferences } from '../evaluation/argument-differences.ts';
import { argumentDifferences } from '../evaluation/argument-matchers.ts';
import { showValue } from '../evaluation/describe-arguments.ts';
import { MockNotFoundError } from '../errors.ts';
import type { ToolCall } from '../model-client.ts';
import type { MockCase, MockResponse, Tool } from '../scenario/schema.ts';

/** What a mock says to one call; `mockCase` is the 1-based case of `mocks` that answered (none for mock_response). */
export interface MockAnswer {
  content: string;
  isError: boolean;
  mockCase?: number;
}

export function mockText(mock: MockResponse): string {
  return typeof mock === 'string' ? mock : JSON.stringify(mock);
}

/**
 * The mocks of ONE trial. A tool's `mocks` are tried in order and the first
 * case whose `when` matches the call's arguments answers (no `when`: every
 * call); then `mock_response`; with neither, the trial stops with
 * MockNotFoundError, which says for each case why it did not match. A case
 * with `responses` answers its n-th call in this trial with the n-th response,
 * repeating the last: the counts live here, so every trial starts afresh.
 */
export class TrialMocks {
  readonly #tools = new Map<string, Tool>();
  /** Calls answered so far in this trial, by tool name, one count per case. */
  readonly #answered = new Map<string, number[]>();

  constructor(tools: readonly Tool[]) {
    for (const tool of tools) {
      if (tool.mock_response !== undefined || (tool.mocks?.length ?? 0) > 0) this.#tools.set(tool.name, tool);
    }
  }

  /** Names of the tools that have any mock, for the missing-mock error. */
  names(): string[] {
    return [...this.#tools.keys()];
  }

  answer(call: ToolCall): MockAnswer {
    const tool = this.#tools.get(call.name);
    if (tool === undefined)
      throw new MockNotFoundError(call.name, this.names(), { arguments: call.arguments ?? call.rawArguments ?? null });
    const cases = tool.mocks ?? [];
    const index = cases.findIndex((mockCase) => caseMatches(mockCase, call));
    if (index >= 0) return this.#answerWith(call.name, cases, index);
    if (tool.mock_response !== undefined) return { content: mockText(tool.mock_response), isError: false };
    const misses = cases.map((mockCase, position) => describeMiss(mockCase, position, call));
    throw new MockNotFoundError(call.name, this.names(), {
      arguments: call.arguments ?? call.rawArguments ?? null,
      misses,
    });
  }

  #answerWith(toolName: string, cases: readonly MockCase[], index: number): MockAnswer {
    const mockCase = cases[index] as MockCase;
    const counts = this.#answered.get(toolName) ?? cases.map(() => 0);
    this.#answered.set(toolName, counts);
    const served = counts[index] ?? 0;
    counts[index] = served + 1;
    const mockCaseNumber = index + 1;
    if (mockCase.error !== undefined)
      return { content: mockText(mockCase.error), isError: true, mockCase: mockCaseNumber };
    if (mockCase.responses !== undefined && mockCase.responses.length > 0) {
      const response = mockCase.responses[Math.min(served, mockCase.responses.length - 1)] as MockResponse;
      return { content: mockText(response), isError: false, mockCase: mockCaseNumber };
    }
    // Validation guarantees one of response, responses or error; an empty answer is the safe reading of none.
    return {
      content: mockCase.response === undefined ? '' : mockText(mockCase.response),
      isError: false,
      mockCase: mockCaseNumber,
    };
  }
}

function caseMatches(mockCase: MockCase, call: ToolCall): boolean {
  if (mockCase.when === undefined) return true;
  return argumentDifferences(mockCase.when, call.arguments).length === 0;
}

function describeMiss(mockCase: MockCase, position: number, call: ToolCall): string {
  const when = mockCase.when ?? {};
  return (
    `case ${position + 1} (when ${showValue(when)}): ` +
    `${briefDifferences(argumentDifferences(when, call.arguments, undefined, call.rawArguments))}`
  );
}
