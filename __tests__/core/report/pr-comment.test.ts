import { describe, expect, it } from 'vitest';
import {
  buildCommentMarker,
  hasCommentMarker,
  renderPrComment,
  sameCommentBody,
  withCommentMarker,
} from '../../../src/core/report/pr-comment.ts';
import { makeResults, makeScenario, skippedScenario } from '../../helpers/results-fixtures.ts';

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
  it('renders a compact comment: headline, totals, the scenarios that did not pass, links', () => {
    const failed = makeScenario({
      name: 'refuses refunds',
      file: 'salvo/refund.yaml',
      status: 'failed',
      verdict: 'FAIL',
      summary: 'score 0.50 below threshold 0.80',
    });
    const comment = renderPrComment(makeResults([makeScenario(), failed, skippedScenario('needs-key')]), {
      marker,
      runUrl: 'https://github.com/o/r/actions/runs/7',
      artifactUrl: 'https://github.com/o/r/actions/runs/7/artifacts/42',
    });
    expect(comment).toBe(
      [
        '<!-- salvo-run-action:CI/agents -->',
        '❌ **salvo: 1 passed, 1 failed, 1 skipped** (2 of 3 scenarios ran).',
        '',
        'Tokens in / out: 240 / 60 · cost $0.0008',
        '',
        '| Scenario | Mode | Status | Why |',
        '| --- | --- | --- | --- |',
        '| **refuses refunds**<br><sub>salvo/refund.yaml</sub> | live | ❌ FAIL | score 0.50 below threshold 0.80 |',
        '| **needs\\-key**<br><sub>salvo/needs\\-key.yaml</sub> | — | ⏭️ skipped (no_key_no_recording) | no API key and no recording, so it could not run live or replay |',
        '',
        '[Job summary](https://github.com/o/r/actions/runs/7) · [traces and results \\(artifact\\)](https://github.com/o/r/actions/runs/7/artifacts/42)',
        '',
      ].join('\n'),
    );
  });

  it('says so when everything passed, without a table', () => {
    const comment = renderPrComment(makeResults([makeScenario(), makeScenario({ name: 'b' })]), { marker });
    expect(comment).toBe(
      [
        marker,
        '✅ **salvo: 2 passed** (2 of 2 scenarios ran).',
        '',
        'Tokens in / out: 240 / 60 · cost $0.0008',
        '',
        'All 2 scenarios passed.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('stays under 65,536 characters with 10,000 failing scenarios, with a note', () => {
    const scenarios = Array.from({ length: 10_000 }, (_, index) =>
      makeScenario({ name: `scenario ${index}`, status: 'failed', verdict: 'FAIL', summary: 'reason '.repeat(40) }),
    );
    const comment = renderPrComment(makeResults(scenarios), {
      marker,
      runUrl: 'https://github.com/o/r/actions/runs/7',
    });
    expect(comment.length).toBeLessThan(65_536);
    expect(comment.startsWith(`${marker}\n`)).toBe(true);
    expect(comment).toMatch(
      /^> ⚠️ [\d,]+ more scenarios that did not pass are left out to keep this comment short; see the job summary\.$/m,
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
    const comment = renderPrComment(makeResults([hostile]), { marker });
    expect(comment).not.toMatch(/<img|!\[x\]\(http/);
    const row = comment.split('\n').find((line) => line.startsWith('| **'));
    expect(row?.replace(/\\\|/g, '').split('|').length).toBe(6);
    expect(comment).toContain('@\u2060everyone');
  });

  it('does not link URLs that are not http(s)', () => {
    const comment = renderPrComment(makeResults([makeScenario()]), { marker, runUrl: 'javascript:alert(1)' });
    expect(comment).toContain('Job summary');
    expect(comment).not.toContain('](javascript');
  });
});
