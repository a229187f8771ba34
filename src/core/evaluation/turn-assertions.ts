import type { AssertionResult } from '../results.ts';
import type { Assertion } from '../scenario/assertion-schema.ts';
import type { RunTrace } from '../trace.ts';
import { evaluateAssertion, labelOf } from './evaluate-assertion.ts';
import { traceView, type TraceView } from './trace-view.ts';
import { userTurnTrace } from './user-turn-trace.ts';

export interface ScriptedTurns {
  turns?: readonly { assertions: readonly Assertion[] }[] | undefined;
}

/**
 * The assertions of each scripted user turn, judged on that turn alone. They
 * are numbered after the scenario's own assertions (so failures group apart
 * in the stats), carry their turn, and read `turn 2: tool_called x` in reports.
 */
export function evaluateTurnAssertions(
  trace: RunTrace,
  scenario: ScriptedTurns,
  firstIndex: number,
  lines: readonly (readonly number[])[] | undefined,
): AssertionResult[] {
  const results: AssertionResult[] = [];
  let index = firstIndex;
  for (const [position, turn] of (scenario.turns ?? []).entries()) {
    const userTurn = position + 1;
    const turnTrace = userTurnTrace(trace, userTurn);
    let view: TraceView | undefined;
    const lazyView = (): TraceView => (view ??= traceView(turnTrace ?? trace));
    for (const [offset, assertion] of turn.assertions.entries()) {
      const line = lines?.[position]?.[offset];
      const result = turnTrace
        ? evaluateAssertion(assertion, index, turnTrace, lazyView, line)
        : unreachedTurn(assertion, index, trace, userTurn, line);
      results.push({ ...result, label: `turn ${userTurn}: ${result.label}`, turn: userTurn });
      index += 1;
    }
  }
  return results;
}

/** A turn the conversation never got to: its assertions fail, saying where and why it stopped. */
function unreachedTurn(
  assertion: Assertion,
  index: number,
  trace: RunTrace,
  userTurn: number,
  line: number | undefined,
): AssertionResult {
  const reached = trace.user_turns?.length ?? 1;
  const result: AssertionResult = {
    index,
    type: assertion.type,
    label: labelOf(assertion),
    passed: false,
    score: 0,
    weight: assertion.weight,
    required: assertion.required,
    reason: `turn ${userTurn} was never reached: the conversation stopped in turn ${reached} (${trace.stop_reason})`,
  };
  if (line !== undefined) result.line = line;
  return result;
}
