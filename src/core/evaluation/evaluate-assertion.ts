import type { AssertionResult } from '../results.ts';
import type { Assertion } from '../scenario/assertion-schema.ts';
import type { RunTrace } from '../trace.ts';
import { describeValue, type CheckOutcome } from './check.ts';
import { checkJmespath, checkState } from './jmespath-check.ts';
import { formatCost, formatSeconds } from '../format.ts';
import { checkCostLimit, checkLatencyLimit, checkTurnLimit } from './limit-checks.ts';
import { checkOutputContains, checkOutputMatches, checkOutputNotContains } from './output-checks.ts';
import { checkToolCalls } from './tool-calls-matching.ts';
import { checkToolCalled, checkToolNotCalled } from './tool-checks.ts';
import { checkToolSequence } from './tool-sequence.ts';
import type { TraceView } from './trace-view.ts';
import type { JudgeOutcome } from './judge-votes.ts';

/** Runs one assertion against one trace; a judge assertion reads the verdict its votes gave (judge-trial.ts). */
export function runCheck(
  assertion: Assertion,
  trace: RunTrace,
  view: () => TraceView,
  judged?: JudgeOutcome,
): CheckOutcome {
  switch (assertion.type) {
    case 'tool_called':
      return checkToolCalled(assertion, trace);
    case 'tool_not_called':
      return checkToolNotCalled(assertion, trace);
    case 'tool_calls':
      return checkToolCalls(assertion, trace);
    case 'tool_sequence':
      return checkToolSequence(assertion, trace);
    case 'output_contains':
      return checkOutputContains(assertion, trace);
    case 'output_not_contains':
      return checkOutputNotContains(assertion, trace);
    case 'output_matches':
      return checkOutputMatches(assertion, trace);
    case 'jmespath':
      return checkJmespath(assertion, trace, view());
    case 'state':
      return checkState(assertion, trace);
    case 'cost_limit':
      return checkCostLimit(assertion, trace);
    case 'latency_limit':
      return checkLatencyLimit(assertion, trace);
    case 'turn_limit':
      return checkTurnLimit(assertion, trace);
    case 'judge':
      // No verdict means the judge was never asked: a failure that says so, never a pass.
      return judged ?? { passed: false, score: 0, reason: 'the judge was not asked for this trial' };
  }
}

/** The assertion's `name`, or a short description that identifies it in reports. */
export function labelOf(assertion: Assertion): string {
  if (assertion.name !== undefined) return assertion.name;
  switch (assertion.type) {
    case 'tool_called':
      return `tool_called ${assertion.tool}${assertion.arguments ? ` ${describeValue(assertion.arguments, 60)}` : ''}`;
    case 'tool_not_called':
      return (
        'tool_not_called ' +
        `${assertion.tool}${assertion.arguments ? ` ${describeValue(assertion.arguments, 60)}` : ''}`
      );
    case 'tool_calls':
      return (
        `tool_calls${assertion.order === 'in_order' ? ' in_order' : ''} ` +
        `[${assertion.calls.map((call) => call.tool).join(', ')}]`
      );
    case 'tool_sequence':
      return `tool_sequence ${assertion.mode} [${assertion.sequence.join(', ')}]`;
    case 'output_contains':
    case 'output_not_contains':
      return `${assertion.type} ${describeValue(assertion.value, 60)}${assertion.ignore_case ? ' (ignore case)' : ''}`;
    case 'output_matches':
      return `output_matches /${assertion.pattern}/${assertion.flags ?? ''}`;
    case 'jmespath':
    case 'state':
      return (
        `${assertion.type} ${assertion.expression} ` +
        `${assertion.operator}${assertion.operator === 'exists' ? '' : ` ${describeValue(assertion.value, 60)}`}`
      );
    case 'cost_limit':
      return `cost_limit ${formatCost(assertion.max_usd)}`;
    case 'latency_limit':
      return `latency_limit ${formatSeconds(assertion.max_seconds)}`;
    case 'turn_limit':
      return `turn_limit ${assertion.max_turns}`;
    case 'judge':
      return `judge (${assertion.criteria.map((criterion) => criterion.name).join(', ')})`;
  }
}

export function evaluateAssertion(
  assertion: Assertion,
  index: number,
  trace: RunTrace,
  view: () => TraceView,
  line: number | undefined,
  judged?: JudgeOutcome,
): AssertionResult {
  const outcome = runCheck(assertion, trace, view, judged);
  const result: AssertionResult = {
    index,
    type: assertion.type,
    label: labelOf(assertion),
    passed: outcome.passed,
    score: Math.min(1, Math.max(0, outcome.score)),
    weight: assertion.weight,
    required: assertion.required,
    reason: outcome.reason,
  };
  if (line !== undefined) result.line = line;
  return result;
}
