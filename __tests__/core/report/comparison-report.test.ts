import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/core/compare/compare-runs.ts';
import { checksOf, inputsOf } from '../../../src/core/compare/scenario-facts.ts';
import { formatPercentChange } from '../../../src/core/report/comparison-lines.ts';
import { renderComparisonMarkdown } from '../../../src/core/report/comparison-report.ts';
import type { ScenarioResult } from '../../../src/core/results.ts';
import { scenarioSchema, type ScenarioInput } from '../../../src/core/scenario/schema.ts';
import { joinPatterns } from '../../helpers/join-patterns.ts';
import { makeResults, makeScenario, makeTrial } from '../../helpers/results-fixtures.ts';

function row(name: string, passed: number, trials: number, file: Partial<ScenarioInput> = {}): ScenarioResult {
  const scenario = scenarioSchema.parse({ model: 'gpt-4.1-mini', prompt: 'Refund order 42', ...file });
  const rows = Array.from({ length: trials }, (_, i) =>
    makeTrial({ trial: i + 1, status: i < passed ? 'passed' : 'failed', cost_usd: 0.01 }),
  );
  return makeScenario({
    name,
    file: `salvo/${name}.yaml`,
    trials: rows,
    cost_usd: 0.01 * trials,
    inputs: inputsOf(scenario),
    checks: checksOf(scenario),
  });
}

describe('renderComparisonMarkdown', () => {
  const base = makeResults([
    row('refund', 10, 10),
    row('lookup', 1, 10),
    row('steady', 3, 3),
    row('gone', 1, 1),
    row('retitled', 1, 1, { assertions: [{ type: 'cost_limit', max_usd: 0.01 }] }),
  ]);
  const head = makeResults(
    [
      row('refund', 2, 10),
      row('lookup', 10, 10),
      row('steady', 3, 3),
      row('fresh', 1, 1),
      row('retitled', 1, 1, { prompt: 'Refund order 43', assertions: [] }),
    ],
    { run_id: 'head' },
  );
  const markdown = renderComparisonMarkdown(compareRuns(base, head), {
    baseLabel: 'main',
    baseOrigin: 'main, workflow run 42',
    baseUrl: 'https://github.com/o/r/actions/runs/42',
  });

  it('headline, then regressions (counts, reasons), improvements, new/removed, not comparable, loosened checks', () => {
    const order = [
      '**1 regressed, 1 improved, 1 unchanged, 1 new, 1 removed, ' +
        '1 not comparable, 1 loosened check · cost $0.25 \\(±0 % vs main\\)**',
      '**Regressed**',
      '**Improved**',
      '**New and removed**',
      '**Not comparable**',
      '**Loosened checks**',
      '<details><summary>1 unchanged</summary>',
    ];
    const positions = order.map((text) => markdown.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(markdown).toMatch(
      joinPatterns(
        /\| refund \| 10\/10 → 2\/10 \| \$0\.01 → \$0\.01 \(±0 %\) \| .* \| /,
        /pass rate 10\/10 → 2\/10, significant \\\(p &lt; 0\.001, q = 0\.001\\\) \|/,
      ),
    );
    expect(markdown).toContain('| fresh (new) | — → 1/1 |');
    expect(markdown).toContain('| gone (removed) | 1/1 → — |');
    expect(markdown).toContain('what the model sees changed: prompt');
    expect(markdown).toContain('| retitled | cost\\_limit $0.01 | assertion removed |');
    expect(markdown).toContain('Baseline: [main, workflow run 42](https://github.com/o/r/actions/runs/42)');
  });

  it('formats relative changes with a sign', () => {
    expect([formatPercentChange(0.18), formatPercentChange(-0.05), formatPercentChange(0.001)]).toEqual([
      '+18 %',
      '−5 %',
      '±0 %',
    ]);
  });
});
