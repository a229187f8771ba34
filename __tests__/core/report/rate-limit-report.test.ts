/**
 * The throttle report: how often the run was rate-limited, as the CLI's
 * results table, the Action's job summary and a merged run show it.
 */
import { describe, expect, it } from 'vitest';
import { renderJobSummary } from '../../../src/core/report/job-summary.ts';
import { renderResultsTable } from '../../../src/core/report/results-table.ts';
import { mergeRunResults } from '../../../src/core/results-merge.ts';
import type { RateLimitFigures } from '../../../src/core/results.ts';
import { makeResults, makeScenario } from '../../helpers/results-fixtures.ts';

const openai: RateLimitFigures = {
  provider: 'openai',
  base_url: null,
  requests: 230,
  throttled: 30,
  retries: 30,
  waited_seconds: 21.4,
  gave_up: 0,
  concurrency: 4,
};
const quietAnthropic: RateLimitFigures = {
  provider: 'anthropic',
  base_url: 'http://gateway.test',
  requests: 12,
  throttled: 0,
  retries: 0,
  waited_seconds: 0,
  gave_up: 0,
  concurrency: null,
};

describe('the throttle report', () => {
  it('prints one line per throttled provider under the results table, nothing for a provider never throttled', () => {
    const table = renderResultsTable(makeResults([makeScenario()], { rate_limits: [openai, quietAnthropic] }));
    expect(table).toContain(
      'Rate limits: openai throttled 30 times (HTTP 429/529) in 230 requests, ' +
        'waited 21.4 s in all, concurrency ended at 4.',
    );
    expect(table).not.toContain('anthropic');
    expect(renderResultsTable(makeResults([makeScenario()], { rate_limits: [quietAnthropic] }))).not.toContain(
      'Rate limits',
    );
  });

  it('says how many requests gave up, and which setting decides when', () => {
    const gaveUp = { ...quietAnthropic, throttled: 9, requests: 21, gave_up: 2, waited_seconds: 600.2, concurrency: 1 };
    expect(renderResultsTable(makeResults([makeScenario()], { rate_limits: [gaveUp] }))).toContain(
      'Rate limits: anthropic at http://gateway.test throttled 9 times (HTTP 429/529) in 21 requests, ' +
        'waited 600.2 s in all, concurrency ended at 1; ' +
        '2 requests gave up after max_rate_limit_wait_seconds (salvo.yaml providers.anthropic).',
    );
  });

  it('shows the same line in the job summary', () => {
    const summary = renderJobSummary(makeResults([makeScenario()], { rate_limits: [openai] }));
    expect(summary).toContain(
      '⏳ Rate limits: openai throttled 30 times \\(HTTP 429/529\\) in 230 requests, waited 21.4 s',
    );
    expect(renderJobSummary(makeResults([makeScenario()]))).not.toContain('Rate limits');
  });

  it('sums the shards of a merged run per provider and base URL', () => {
    const shard = (rate_limits: RateLimitFigures[]) => makeResults([makeScenario()], { rate_limits });
    const { results } = mergeRunResults(
      [shard([openai]), shard([{ ...openai, throttled: 2, requests: 100, waited_seconds: 1.3, concurrency: 6 }])],
      'merged',
    );
    expect(results.rate_limits).toEqual([
      { ...openai, requests: 330, throttled: 32, retries: 60, waited_seconds: 22.7, concurrency: 4 },
    ]);
    expect(mergeRunResults([shard([]), makeResults([])], 'merged').results.rate_limits).toBeUndefined();
  });
});
