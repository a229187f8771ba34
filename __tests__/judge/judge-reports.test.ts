import { describe, expect, it } from 'vitest';
import { renderJobSummary } from '../../src/core/report/job-summary.ts';
import { renderJUnit } from '../../src/core/report/junit.ts';
import { renderPrComment } from '../../src/core/report/pr-comment.ts';
import { renderResultsTable } from '../../src/core/report/results-table.ts';
import { runTotals } from '../../src/core/runner/suite-results.ts';
import { makeResults, makeScenario, makeTrial } from '../helpers/results-fixtures.ts';

const judgeUsage = { models: ['claude-haiku-5-5'], calls: 3, input_tokens: 3000, output_tokens: 300, cost_usd: 0.004 };

describe('judge cost in the reports', () => {
  const judged = makeScenario({
    name: 'judged',
    cost_usd: 0.031,
    judge_cost_usd: 0.004,
    trials: [makeTrial({ cost_usd: 0.031, judge: judgeUsage })],
  });
  const plain = makeScenario({ name: 'plain', cost_usd: 0.01 });
  const scenarios = [judged, plain];
  const results = makeResults(scenarios, { totals: runTotals(scenarios) });

  it('adds up apart from the agent cost in the totals', () => {
    expect(results.totals.cost_usd).toBeCloseTo(0.041, 9);
    expect(results.totals.judge_cost_usd).toBeCloseTo(0.004, 9);
  });

  it('reads "agent + judge" in the comment, the summary, the terminal and JUnit, and never merges the two', () => {
    expect(renderPrComment(results, { marker: '<!-- m -->' })).toContain('cost $0.041 agent + $0.004 judge');
    expect(renderJobSummary(results)).toContain('$0.031 agent + $0.004 judge');
    const table = renderResultsTable(results);
    // The terminal table gives the judge its own column, beside the agent's cost, never summed into it.
    expect(table).toMatch(/^Scenario .* Cost +Judge +Time$/m);
    expect(table).toMatch(/^judged .* \$0\.031 +\$0\.004 /m);
    expect(table).toMatch(/plain .* \$0\.01 /);
    expect(renderJUnit(results)).toContain('name="salvo.judge_cost_usd" value="0.004"');
  });
});
