import { describe, expect, it } from 'vitest';
import { formatCacheSaving } from '../../../src/core/format.ts';
import { renderJobSummary } from '../../../src/core/report/job-summary.ts';
import { renderPrComment } from '../../../src/core/report/pr-comment.ts';
import { renderResultsTable } from '../../../src/core/report/results-table.ts';
import { runTotals } from '../../../src/core/runner/suite-results.ts';
import { makeResults, makeScenario } from '../../helpers/results-fixtures.ts';

const cachedRun = () => {
  const scenarios = [
    makeScenario({ name: 'a', cost_usd: 1.2, cache_saving_usd: 2.4 }),
    makeScenario({ name: 'b', cost_usd: 0.72, cache_saving_usd: 1 }),
    makeScenario({ name: 'c', cost_usd: 0.5 }),
  ];
  return makeResults(scenarios, { totals: runTotals(scenarios) });
};

describe('the caching saving in the run totals', () => {
  it('sums the scenarios that touched a cache, and is absent when none did', () => {
    expect(cachedRun().totals).toMatchObject({ cost_usd: 2.42, cache_saving_usd: 3.4 });
    expect(runTotals([makeScenario({ cost_usd: 1 })])).not.toHaveProperty('cache_saving_usd');
  });

  it('reads "$2.42, saved $3.40 by caching" in the terminal, the job summary and the PR comment', () => {
    const results = cachedRun();
    expect(renderResultsTable(results)).toContain('Cost $2.42, saved $3.40 by caching.');
    expect(renderJobSummary(results, {})).toContain('$2.42, saved $3.40 by caching');
    expect(renderPrComment(results, { marker: '<!-- salvo -->' })).toContain('$2.42, saved $3.40 by caching');
    const plain = makeResults([makeScenario({ cost_usd: 1 })]);
    expect(renderResultsTable(plain)).not.toContain('caching');
    expect(renderJobSummary(plain, {})).not.toContain('caching');
  });

  it('says so when caching cost more than it saved', () => {
    expect(formatCacheSaving(-0.02)).toBe(', caching added $0.02');
    expect(formatCacheSaving(undefined)).toBe('');
  });
});
