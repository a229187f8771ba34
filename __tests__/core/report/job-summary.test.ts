import { describe, expect, it } from 'vitest';
import { renderJobSummary } from '../../../src/core/report/job-summary.ts';
import { escapeMarkdown, utf8ByteLength } from '../../../src/core/report/markdown-text.ts';
import { makeResults, makeScenario, makeTrial, skippedScenario } from '../../helpers/results-fixtures.ts';

const failing = makeScenario({
  name: 'refuses refunds',
  file: 'salvo/refund.yaml',
  provider: 'anthropic',
  model: 'claude-sonnet-4-5',
  status: 'failed',
  verdict: 'HARD_FAIL',
  summary: 'a required assertion failed',
  turns: 10,
  max_turns_hit: true,
  tool_calls: 12,
  input_tokens: 5400,
  output_tokens: 800,
  cost_usd: 0.0282,
  latency_seconds: 14.04,
  trials: [
    makeTrial({
      status: 'hard_fail',
      assertions: [
        {
          index: 0,
          type: 'tool_not_called',
          label: 'tool_not_called issue_refund',
          passed: false,
          score: 0,
          weight: 1,
          required: true,
          reason: 'issue_refund was called 1 time',
        },
      ],
    }),
  ],
});

describe('renderJobSummary', () => {
  it('renders the headline, failures, skipped, passing folded, the full table, then the artifact link', () => {
    const results = makeResults([makeScenario(), failing, skippedScenario('needs-key')]);
    const summary = renderJobSummary(results, {
      commitSha: 'ABCDEF0123',
      artifact: { name: 'salvo-traces', url: 'https://github.com/o/r/actions/runs/7/artifacts/42' },
    });
    expect(summary).toBe(
      [
        '❌ **salvo: 1 passed, 1 failed, 1 skipped** (2 of 3 scenarios ran) · cost $0.0286 · commit `abcdef0`.',
        '',
        '### ❌ Failed and errored (1)',
        '',
        '- ❌ HARD FAIL **refuses refunds** · salvo/refund.yaml',
        '  - a required assertion failed',
        '  - tool\\_not\\_called issue\\_refund: issue\\_refund was called 1 time',
        '',
        '### ⏭️ Skipped (1)',
        '',
        '- ⏭️ skipped (no_key_no_recording) **needs\\-key** · salvo/needs\\-key.yaml',
        '  - no API key and no recording, so it could not run live or replay',
        '',
        '<details><summary>✅ Passed: 1</summary>',
        '',
        '- **books a flight** · salvo/book\\-flight.yaml',
        '',
        '</details>',
        '',
        '### All scenarios',
        '',
        '| Scenario | Provider / model | Mode | Status | Turns | Tool calls | Tokens in / out | Cost | Latency |',
        '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
        '| **books a flight**<br><sub>salvo/book\\-flight.yaml</sub> | openai / ' +
          'gpt\\-4.1\\-mini | live | ✅ PASS | 2 | 1 | 120 / 30 | $0.0004 | 1.25s |',
        '| **refuses refunds**<br><sub>salvo/refund.yaml</sub> | anthropic / claude\\-sonnet\\-4\\-5 ' +
          '| live | ❌ HARD FAIL | 10 (max turns hit) | 12 | 5,400 / 800 | $0.0282 | 14s |',
        '| **needs\\-key**<br><sub>salvo/needs\\-key.yaml</sub> | openai / ' +
          'gpt\\-4.1\\-mini | — | ⏭️ skipped (no_key_no_recording) | — | — | — | — | — |',
        '| **Total: 3 scenarios** |  |  | 1 passed, 1 failed, ' +
          '0 errored, 1 skipped | 12 | 13 | 5,520 / 830 | $0.0286 | 15.3s |',
        '',
        '📦 Traces and results: [salvo\\-traces](https://github.com/o/r/actions/runs/7/artifacts/42)',
        '',
        '<sub>salvo 0.1.0 · run 0193a4b2\\-0000\\-7000\\-8000\\-000000000001</sub>',
        '',
      ].join('\n'),
    );
  });

  it('with 200 scenarios and 2 failures, shows both failures before any passing row', () => {
    const scenarios = Array.from({ length: 200 }, (_, index) =>
      [3, 150].includes(index)
        ? makeScenario({ name: `broken ${index}`, status: 'failed', verdict: 'FAIL', summary: `reason ${index}` })
        : makeScenario({ name: `fine ${index}` }),
    );
    const lines = renderJobSummary(makeResults(scenarios)).split('\n');
    const firstPassing = lines.findIndex((line) => line.includes('**fine '));
    expect(lines.findIndex((line) => line.startsWith('- ❌ FAIL **broken 3**'))).toBeLessThan(firstPassing);
    expect(lines.findIndex((line) => line.startsWith('- ❌ FAIL **broken 150**'))).toBeLessThan(firstPassing);
    expect(lines.indexOf('  - reason 150')).toBeLessThan(firstPassing);
    // Folded first, then once more in the full table.
    expect(lines.filter((line) => line.includes('**fine '))).toHaveLength(2 * 198);
    expect(lines.indexOf('<details><summary>✅ Passed: 198</summary>')).toBeLessThan(firstPassing);
  });

  it('says plainly in its first line when nothing actually ran', () => {
    const allSkipped = renderJobSummary(makeResults([skippedScenario('a'), skippedScenario('b', 'budget')]));
    expect(allSkipped.split('\n')[0]).toBe(
      '⚠️ **Nothing actually ran: all 2 scenarios were skipped** (1 no_key_no_recording, 1 budget).',
    );
    expect(renderJobSummary(makeResults([])).split('\n')[0]).toBe(
      '⚠️ **Nothing actually ran: no scenarios were found.**',
    );
  });

  it('counts replayed scenarios and an interrupted run in the headline', () => {
    const results = makeResults([makeScenario({ mode: 'replay' })], { interrupted: true });
    expect(renderJobSummary(results).split('\n')[0]).toBe(
      '✅ **salvo: 1 passed** (1 of 1 scenario ran, 1 replayed from recordings) · cost $0.0004. ' +
        'The run was interrupted; finished scenarios are reported.',
    );
  });

  it('escapes hostile names, model output and reasons so they cannot break the table or inject HTML', () => {
    const hostile = makeScenario({
      name: 'a | b `code` <script>alert(1)</script>\nnew row | x',
      file: 'salvo/x|y.yaml',
      status: 'failed',
      verdict: 'FAIL',
      summary: '[click](javascript:alert(1)) @octocat **bold**\r\n| injected | row |',
    });
    const summary = renderJobSummary(makeResults([hostile]));
    const row = summary.split('\n').find((line) => line.startsWith('| **a'));
    expect(row).toBe(
      '| **a \\| b \\`code\\` &lt;script&gt;alert\\(1\\)&lt;/script&gt; ' +
        'new row \\| x**<br><sub>salvo/x\\|y.yaml</sub> | openai / ' +
        'gpt\\-4.1\\-mini | live | ❌ FAIL | 2 | 1 | 120 / 30 | $0.0004 | 1.25s |',
    );
    // Every row still has exactly the header's 9 cells once escaped pipes are ignored.
    const tableRows = summary.split('\n').filter((line) => line.startsWith('| '));
    for (const line of tableRows) expect(line.replace(/\\\|/g, '').split('|').length - 2).toBe(9);
    expect(summary).not.toContain('<script');
    expect(summary).not.toContain('](javascript');
    expect(summary).toContain('@\u2060octocat');
    expect(summary).toContain(
      '  - \\[click\\]\\(javascript:alert\\(1\\)\\) @\u2060octocat \\*\\*bold\\*\\* \\| injected \\| row \\|',
    );
  });

  it('stays under 1 MiB with 10,000 scenarios, cutting rows with a note', () => {
    const scenarios = Array.from({ length: 10_000 }, (_, index) =>
      index % 3 === 0
        ? makeScenario({
            name: `scenario ${index} ${'long name '.repeat(10)}`,
            file: `salvo/s${index}.yaml`,
            status: 'failed',
            verdict: 'FAIL',
            summary: `score 0.20 below threshold 0.80 (${index}) `.repeat(10),
          })
        : makeScenario({ name: `scenario ${index} ${'long name '.repeat(10)}`, file: `salvo/s${index}.yaml` }),
    );
    const summary = renderJobSummary(makeResults(scenarios), {
      artifact: { name: 'salvo-traces', url: 'https://example.test/a' },
    });
    expect(utf8ByteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary).toMatch(
      /^> ⚠️ The table shows [\d,]+ of 10,000 scenarios to stay under GitHub's 1 MiB job-summary limit/m,
    );
    expect(summary).toMatch(/^> ⚠️ [\d,]+ more scenarios that did not pass are left out/m);
    // The totals row and the artifact link survive the cut.
    expect(summary).toContain('| **Total: 10,000 scenarios** |');
    expect(summary).toContain('📦 Traces and results: [salvo\\-traces](https://example.test/a)');
  });

  it('respects a smaller byte budget exactly', () => {
    const scenarios = Array.from({ length: 200 }, (_, index) => makeScenario({ name: `s${index}` }));
    const summary = renderJobSummary(makeResults(scenarios), { maxBytes: 8_000 });
    expect(utf8ByteLength(summary)).toBeLessThanOrEqual(8_000);
    expect(summary).toContain('> ⚠️ The table shows');
  });

  it('does not truncate when everything fits', () => {
    const summary = renderJobSummary(makeResults([makeScenario()]));
    expect(summary).not.toContain('⚠️');
    expect(summary).toContain('📦 No artifact was uploaded for this run.');
  });
});

describe('escapeMarkdown', () => {
  it('keeps one line, escapes table and HTML characters, and caps the length', () => {
    expect(escapeMarkdown('a|b\nc<d>&e')).toBe('a\\|b c&lt;d&gt;&amp;e');
    expect(escapeMarkdown('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(escapeMarkdown('bell\u0007 and\u2028sep')).toBe('bell and sep');
  });
});
