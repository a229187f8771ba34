import type { AssertionOf } from '../scenario/assertion-schema.ts';
import type { RunTrace } from '../trace.ts';
import { formatCost, formatSeconds, plural } from '../format.ts';
import { fail, pass, type CheckOutcome } from './check.ts';

/** The agent's cost; with `include_judge: true`, the judge's votes on the trial too. */
export function checkCostLimit(assertion: AssertionOf<'cost_limit'>, trace: RunTrace): CheckOutcome {
  const limit = formatCost(assertion.max_usd);
  const judge = assertion.include_judge ? trace.judge : undefined;
  if (trace.cost_usd === null || judge?.cost_usd === null) {
    const model = trace.cost_usd === null ? trace.model : (judge?.models.join(', ') ?? '');
    // Unknown is not zero: passing here would hide a limit nobody measured.
    return fail(
      `cost unknown: no price is known for model ${model}, ` +
        `so the ${limit} limit cannot be checked (add it under prices in salvo.yaml)`,
    );
  }
  const total = trace.cost_usd + (judge?.cost_usd ?? 0);
  const cost = judge
    ? `${formatCost(total)} (${formatCost(trace.cost_usd)} agent + ${formatCost(judge.cost_usd)} judge)`
    : formatCost(total);
  if (total <= assertion.max_usd) return pass(`cost ${cost} is within the ${limit} limit`);
  return fail(`cost ${cost} is over the ${limit} limit`);
}

/**
 * The agent loop's wall time as the trace records it: the same number the
 * latency percentiles of a scenario use, so the limit and the report agree.
 */
export function checkLatencyLimit(assertion: AssertionOf<'latency_limit'>, trace: RunTrace): CheckOutcome {
  const limit = formatSeconds(assertion.max_seconds);
  const latency = formatSeconds(trace.latency_seconds);
  if (trace.latency_seconds <= assertion.max_seconds) return pass(`took ${latency}, within the ${limit} limit`);
  return fail(`took ${latency}, over the ${limit} limit`);
}

export function checkTurnLimit(assertion: AssertionOf<'turn_limit'>, trace: RunTrace): CheckOutcome {
  const used = plural(trace.turn_count, 'turn');
  const hit = trace.max_turns_hit ? ' and hit max_turns' : '';
  if (trace.turn_count <= assertion.max_turns) return pass(`used ${used}, within the limit of ${assertion.max_turns}`);
  return fail(`used ${used}${hit}, over the limit of ${assertion.max_turns}`);
}
