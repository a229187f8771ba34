import { describe, expect, it } from 'vitest';
import { forecastCost, forecastLines } from '../../../src/core/compare/cost-forecast.ts';
import { makeResults, makeScenario, makeTrial } from '../../helpers/results-fixtures.ts';

const scenarios = ['a', 'b', 'c', 'd'].map((name) => ({ file: `salvo/${name}.yaml`, name, model: 'gpt-4.1-mini' }));
const baseline = makeResults(
  ['a', 'b', 'c'].map((name) =>
    makeScenario({
      name,
      file: `salvo/${name}.yaml`,
      trials: [makeTrial({ cost_usd: 0.1 }), makeTrial({ cost_usd: 0.3 })],
    }),
  ),
);

describe('forecastCost', () => {
  it("multiplies the baseline's cost per trial by the trials, else the recordings', names what it cannot price", () => {
    const forecast = forecastCost(scenarios, {
      trials: 3,
      maxCostUsd: null,
      baseline,
      recordedCostPerTrial: (scenario) => (scenario.name === 'd' ? null : 99),
    });
    expect(forecast.scenarios.map((row) => [row.name, row.source, row.cost_usd])).toEqual([
      ['a', 'baseline', expect.closeTo(0.6, 9)],
      ['b', 'baseline', expect.closeTo(0.6, 9)],
      ['c', 'baseline', expect.closeTo(0.6, 9)],
      ['d', 'unknown', null],
    ]);
    expect(forecast.total_usd).toBeCloseTo(1.8, 9);
    expect(forecastLines(forecast)).toEqual([
      'Forecast: at least $1.80 for 4 scenarios × 3 trials (3 from the baseline, 1 unknown, not counted)',
    ]);
  });

  it('uses the recording when there is no baseline', () => {
    const forecast = forecastCost(scenarios.slice(0, 1), {
      trials: 2,
      maxCostUsd: null,
      baseline: null,
      recordedCostPerTrial: () => 0.01,
    });
    expect(forecast.scenarios[0]).toMatchObject({ source: 'recording', cost_usd: 0.02 });
    expect(forecastLines(forecast)[0]).toBe('Forecast: about $0.02 for 1 scenario × 2 trials (1 from recordings)');
  });

  it('counts the scenarios a spend cap leaves out: none start once the running total reaches it', () => {
    const capped = forecastCost(scenarios.slice(0, 3), {
      trials: 3,
      maxCostUsd: 1,
      baseline,
      recordedCostPerTrial: () => null,
    });
    // 0.6 spent after a, 1.2 after b: c never starts.
    expect(capped.left_out_by_cap).toBe(1);
    expect(forecastLines(capped)[1]).toBe('The spend cap $1.00 will leave out about 1 scenario.');
    const roomy = forecastCost(scenarios.slice(0, 3), {
      trials: 3,
      maxCostUsd: 5,
      baseline,
      recordedCostPerTrial: () => null,
    });
    expect(forecastLines(roomy)[1]).toBe('The spend cap $5.00 should leave every scenario in.');
  });
});
