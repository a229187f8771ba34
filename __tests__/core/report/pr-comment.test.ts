import { describe, expect, it } from 'vitest';
import {
  buildCommentMarker,
  hasCommentMarker,
  renderPrComment,
  sameCommentBody,
  withCommentMarker,
} from '../../../src/core/report/pr-comment.ts';
import { joinPatterns } from '../../helpers/join-patterns.ts';
import { makeResults, makeScenario, makeTrial, skippedScenario } from '../../helpers/results-fixtures.ts';

const marker = buildCommentMarker('CI', 'agents');

describe('comment marker helpers', () => {
  it('builds one hidden marker per workflow and job', () => {
    expect(marker).toBe('<!-- salvo-run-action:CI/agents -->');
    expect(buildCommentMarker('evil --> <b>', 'job\n2')).toBe('<!-- salvo-run-action:evil  b/job2 -->');
  });

  it('finds only the exact marker, not one for another job with the same prefix', () => {
    expect(hasCommentMarker(`${marker}\nbody`, marker)).toBe(true);
    expect(hasCommentMarker('<!-- salvo-run-action:CI/agents-2 -->\nbody', marker)).toBe(false);
    expect(hasCommentMarker('mentions salvo-run-action:CI/agents in text', marker)).toBe(false);
    expect(hasCommentMarker(null, marker)).toBe(false);
  });

  it('puts the marker first exactly once', () => {
    expect(withCommentMarker(`text\n${marker}\nmore`, marker)).toBe(`${marker}\ntext\nmore`);
  });

  it('treats CRLF and trailing whitespace as unchanged, and any visible change as changed', () => {
    expect(sameCommentBody('a  \r\nb\r\n', 'a\nb')).toBe(true);
    expect(sameCommentBody('a\nb', 'a\nc')).toBe(false);
    expect(sameCommentBody(undefined, 'a')).toBe(false);
  });
});

describe('renderPrComment', () => {
  it('leads with the headline and commit, then failures with reasons and file links, skipped, passing folded', () => {
    const failed = makeScenario({
      name: 'refuses refunds',
      file: 'salvo/refund.yaml',
      status: 'failed',
      verdict: 'FAIL',
      summary: 'score 0.50 below threshold 0.80',
    });
    const comment = renderPrComment(makeResults([makeScenario(), skippedScenario('needs-key'), failed]), {
      marker,
      commitSha: '0123456789abcdef0123456789abcdef01234567',
      links: { blobUrl: 'https://github.com/o/r/blob/0123456', directory: 'agents' },
      runUrl: 'https://github.com/o/r/actions/runs/7',
      artifactUrl: 'https://github.com/o/r/actions/runs/7/artifacts/42',
    });
    expect(comment).toBe(
      [
        '<!-- salvo-run-action:CI/agents -->',
        '❌ **salvo: 1 passed, 1 failed, 1 skipped** (2 of 3 scenarios ran) · cost $0.0008 · commit `0123456`.',
        '',
        '#### ❌ Failed and errored (1)',
        '',
        '- ❌ FAIL **refuses refunds** · ' +
          '[salvo/refund.yaml](https://github.com/o/r/blob/0123456/agents/salvo/refund.yaml)',
        '  - score 0.50 below threshold 0.80',
        '',
        '#### ⏭️ Skipped (1)',
        '',
        '- ⏭️ skipped (no_key_no_recording) **needs\\-key** · ' +
          '[salvo/needs\\-key.yaml](https://github.com/o/r/blob/0123456/agents/salvo/needs-key.yaml)',
        '  - no API key and no recording, so it could not run live or replay',
        '',
        '<details><summary>✅ Passed: 1</summary>',
        '',
        '| Scenario | Mode | Cost |',
        '| --- | --- | --- |',
        '| **books a flight**<br><sub>salvo/book\\-flight.yaml</sub> | live | $0.0004 |',
        '',
        '</details>',
        '',
        '[Job summary](https://github.com/o/r/actions/runs/7) · ' +
          '[traces and results \\(artifact\\)](https://github.com/o/r/actions/runs/7/artifacts/42)',
        '',
      ].join('\n'),
    );
  });

  it('with 200 scenarios and 2 failures, shows both failures before any passing row', () => {
    const scenarios = Array.from({ length: 200 }, (_, index) =>
      [57, 181].includes(index)
        ? makeScenario({ name: `broken ${index}`, status: 'failed', verdict: 'FAIL', summary: `reason ${index}` })
        : makeScenario({ name: `fine ${index}` }),
    );
    const lines = renderPrComment(makeResults(scenarios), { marker }).split('\n');
    const firstPassing = lines.findIndex((line) => line.includes('**fine '));
    expect(lines.findIndex((line) => line.includes('**broken 57**'))).toBeGreaterThan(0);
    expect(lines.findIndex((line) => line.includes('**broken 57**'))).toBeLessThan(firstPassing);
    expect(lines.findIndex((line) => line.includes('**broken 181**'))).toBeLessThan(firstPassing);
    const passedHeading = lines.findIndex((line) => line === '<details><summary>✅ Passed: 198</summary>');
    expect(passedHeading).toBeLessThan(firstPassing);
    expect(lines.filter((line) => line.includes('**fine '))).toHaveLength(198);
  });

  it('groups scenarios that failed for the same reason into one entry', () => {
    const outage = (name: string) =>
      makeScenario({
        name,
        file: `salvo/${name}.yaml`,
        status: 'errored',
        verdict: 'INFRA_ERROR',
        summary: 'all 1 trial(s) hit infrastructure errors',
        error: { code: 'E_PROVIDER', message: 'provider returned HTTP 500', infrastructure: true },
      });
    const comment = renderPrComment(
      makeResults(['a', 'b', 'c', 'd', 'e'].map(outage).concat(skippedScenario('x'), skippedScenario('y'))),
      { marker },
    );
    expect(comment).toContain(
      [
        '#### ❌ Failed and errored (5)',
        '',
        '- 💥 errored **5 scenarios**: provider returned HTTP 500 \\[E\\_PROVIDER\\]',
        '  - **a** · salvo/a.yaml, **b** · salvo/b.yaml, ' +
          '**c** · salvo/c.yaml, **d** · salvo/d.yaml, **e** · salvo/e.yaml',
        '',
        '#### ⏭️ Skipped (2)',
        '',
        '- ⏭️ skipped (no_key_no_recording) **2 scenarios**: ' +
          'no API key and no recording, so it could not run live or replay',
        '  - **x** · salvo/x.yaml, **y** · salvo/y.yaml',
      ].join('\n'),
    );
    expect(comment.match(/HTTP 500/g)).toHaveLength(1);
  });

  it('lists judge and per-turn results like any other assertion', () => {
    const judged = makeScenario({
      status: 'failed',
      verdict: 'FAIL',
      trials: [
        makeTrial({
          status: 'failed',
          assertions: [
            {
              index: 0,
              type: 'judge',
              label: 'judge polite',
              passed: false,
              score: 0,
              weight: 1,
              required: false,
              reason: '2 of 3 votes no',
              turn: 2,
            },
          ],
        }),
      ],
    });
    expect(renderPrComment(makeResults([judged]), { marker })).toContain('  - turn 2 · judge polite: 2 of 3 votes no');
  });

  it('says so when everything passed, with the rows folded', () => {
    const comment = renderPrComment(makeResults([makeScenario(), makeScenario({ name: 'b' })]), { marker });
    expect(comment).toBe(
      [
        marker,
        '✅ **salvo: 2 passed** (2 of 2 scenarios ran) · cost $0.0008.',
        '',
        '<details><summary>✅ All 2 scenarios passed</summary>',
        '',
        '| Scenario | Mode | Cost |',
        '| --- | --- | --- |',
        '| **books a flight**<br><sub>salvo/book\\-flight.yaml</sub> | live | $0.0004 |',
        '| **b**<br><sub>salvo/book\\-flight.yaml</sub> | live | $0.0004 |',
        '',
        '</details>',
        '',
        '',
      ].join('\n'),
    );
  });

  it('stays under 65,536 characters with 10,000 failing scenarios, with a note', () => {
    const scenarios = Array.from({ length: 10_000 }, (_, index) =>
      makeScenario({
        name: `scenario ${index}`,
        status: 'failed',
        verdict: 'FAIL',
        summary: `reason ${index} `.repeat(40),
      }),
    );
    const comment = renderPrComment(makeResults(scenarios), {
      marker,
      runUrl: 'https://github.com/o/r/actions/runs/7',
    });
    expect(comment.length).toBeLessThan(65_536);
    expect(comment.startsWith(`${marker}\n`)).toBe(true);
    expect(comment).toMatch(
      joinPatterns(
        /^> ⚠️ [\d,]+ more scenarios that did not pass are left out /m,
        /to stay under GitHub's size limit; see the job summary\.$/,
      ),
    );
    expect(comment.trimEnd().endsWith('[Job summary](https://github.com/o/r/actions/runs/7)')).toBe(true);
  });

  it('escapes hostile scenario names and reasons', () => {
    const hostile = makeScenario({
      name: '`x` | <img src=x onerror=alert(1)>\n| y',
      status: 'errored',
      verdict: 'INFRA_ERROR',
      summary: '@everyone see ![x](http://evil)',
    });
    const comment = renderPrComment(makeResults([hostile, makeScenario({ name: hostile.name })]), { marker });
    expect(comment).not.toMatch(/<img|!\[x\]\(http/);
    const row = comment.split('\n').find((line) => line.startsWith('| **'));
    expect(row?.replace(/\\\|/g, '').split('|').length).toBe(5);
    expect(comment.split('\n').filter((line) => line.startsWith('- 💥'))).toHaveLength(1);
    expect(comment).toContain('@\u2060everyone');
  });

  it('does not link URLs that are not http(s)', () => {
    const comment = renderPrComment(makeResults([makeScenario({ status: 'failed', verdict: 'FAIL' })]), {
      marker,
      runUrl: 'javascript:alert(1)',
      links: { blobUrl: 'javascript:alert(1)', directory: '' },
    });
    expect(comment).toContain('Job summary');
    expect(comment).not.toContain('](javascript');
  });
});
