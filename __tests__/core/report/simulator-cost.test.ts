import { describe, expect, it } from 'vitest';
import { renderJobSummary } from '../../../src/core/report/job-summary.ts';
import { renderPrComment } from '../../../src/core/report/pr-comment.ts';
import { renderResultsTable } from '../../../src/core/report/results-table.ts';
import { runTotals } from '../../../src/core/runner/suite-results.ts';
import { makeResults, makeScenario } from '../../helpers/results-fixtures.ts';

const simulatedRun = (maxCostUsd: number | null = null) => {
  const scenarios = [
    makeScenario({ name: 'talks', cost_usd: 0.03, judge_cost_usd: 0.004, simulator_cost_usd: 0.002 }),
    makeScenario({ name: 'plain', cost_usd: 0.01 }),
  ];
  return makeResults(scenarios, { totals: runTotals(scenarios), max_cost_usd: maxCostUsd });
};

describe("the simulated user's cost, apart from the agent's like the judge's", () => {
  it('is summed into the totals apart from the agent cost', () => {
    expect(simulatedRun().totals).toMatchObject({ cost_usd: 0.04, judge_cost_usd: 0.004, simulator_cost_usd: 0.002 });
  });

  it('shows beside the agent and judge costs in the summary, the comment and the terminal', () => {
    const results = simulatedRun();
    const apart = '$0.04 agent + $0.004 judge + $0.002 simulated user';
    expect(renderJobSummary(results, {})).toContain(apart);
    expect(renderPrComment(results, { marker: '<!-- salvo -->' })).toContain(apart);
    expect(renderResultsTable(results)).toContain('Simulated users cost $0.002 more (not in the Cost column).');
    expect(renderResultsTable(makeResults([makeScenario({ cost_usd: 1 })]))).not.toContain('Simulated');
  });

  it('counts toward the spend cap line', () => {
    expect(renderResultsTable(simulatedRun(1))).toContain(
      'Spent $0.046 (agent, judge and simulated user) of the $1.00 cap',
    );
  });
});
