/**
 * Renders the job summary and the PR comment for N scenario results in a
 * fresh process, once each, as the action does at the end of a job (so the
 * time includes first-call compilation): `node bench/cases/reporting-worker.ts <scenarios>`.
 * Prints one JSON line with times, sizes and whether the truncation notes and
 * the artifact link made it in.
 */
import { renderJobSummary } from '../../src/core/report/job-summary.ts';
import { buildCommentMarker, renderPrComment } from '../../src/core/report/pr-comment.ts';
import {
  RESULTS_SCHEMA_VERSION,
  type RunResults,
  type ScenarioResult,
  type ScenarioStatus,
} from '../../src/core/results.ts';

const count = Number(process.argv[2]);
const ARTIFACT_URL = 'https://github.com/acme/shop/actions/runs/123456/artifacts/987654';
const RUN_URL = 'https://github.com/acme/shop/actions/runs/123456';

/** 80% pass, 15% fail (with assertion reasons), 3% errored, 2% skipped: a bad day on a big suite. */
function scenario(index: number): ScenarioResult {
  const roll = index % 100;
  const status: ScenarioStatus = roll < 80 ? 'passed' : roll < 95 ? 'failed' : roll < 98 ? 'errored' : 'skipped';
  const ran = status !== 'skipped';
  const trial = {
    trial: 1,
    status:
      status === 'passed' ? ('passed' as const) : status === 'failed' ? ('failed' as const) : ('errored' as const),
    score: status === 'passed' ? 1 : 0.4,
    assertions: [
      {
        index: 0,
        type: 'tool_called' as const,
        label: 'tool_called lookup_order',
        passed: true,
        score: 1,
        weight: 1,
        required: true,
        reason: 'lookup_order was called',
        line: 24,
      },
      {
        index: 1,
        type: 'output_contains' as const,
        label: 'output_contains refunded',
        passed: status === 'passed',
        score: status === 'passed' ? 1 : 0,
        weight: 1,
        required: false,
        line: 26,
        reason:
          status === 'passed'
            ? "output contains 'refunded'"
            : `output does not contain 'refunded' (got: "I am sorry, order B${index} cannot be found")`,
      },
    ],
    trace_id: `0193a4b2-${String(index).padStart(4, '0')}-7000-8000-000000000001`,
    mode: 'live' as const,
    turns: 3,
    max_turns_hit: false,
    tool_calls: 2,
    input_tokens: 1530,
    output_tokens: 72,
    cost_usd: 0.00027,
    latency_seconds: 2.41,
    retries: 0,
    final_content_preview: 'Refund approved for the order.',
  };
  return {
    name: `Refund a damaged order B${String(index).padStart(6, '0')} | with a pipe and *markdown*`,
    file: `salvo/support/refunds/refund-${String(index).padStart(5, '0')}.yaml`,
    provider: 'openai',
    model: 'gpt-4o-mini',
    mode: ran ? 'live' : null,
    status,
    verdict:
      status === 'passed' ? 'PASS' : status === 'failed' ? 'FAIL' : status === 'errored' ? 'INFRA_ERROR' : 'SKIPPED',
    ...(status === 'skipped' ? { skip_reason: 'budget' as const } : {}),
    summary: status === 'failed' ? '1 of 1 trials failed: output does not contain refunded' : '',
    trials: ran ? [trial] : [],
    turns: ran ? 3 : 0,
    max_turns_hit: false,
    tool_calls: ran ? 2 : 0,
    input_tokens: ran ? 1530 : 0,
    output_tokens: ran ? 72 : 0,
    cost_usd: ran ? 0.00027 : null,
    latency_seconds: ran ? 2.41 : 0,
    scenario_hash: 'f'.repeat(64),
    ...(status === 'errored'
      ? { error: { code: 'E_RATE_LIMIT', message: 'rate limited after 3 retries (429)', infrastructure: true } }
      : {}),
  } as ScenarioResult;
}

const scenarios = Array.from({ length: count }, (_, index) => scenario(index));
const countOf = (status: ScenarioStatus) => scenarios.filter((item) => item.status === status).length;
const results: RunResults = {
  schema_version: RESULTS_SCHEMA_VERSION,
  run_id: '0193a4b2-0000-7000-8000-000000000001',
  salvo_version: '0.1.0',
  started_at: '2026-11-25T10:00:00.000Z',
  finished_at: '2026-11-25T10:20:00.000Z',
  interrupted: false,
  max_cost_usd: null,
  totals: {
    total: count,
    passed: countOf('passed'),
    failed: countOf('failed'),
    errored: countOf('errored'),
    skipped: countOf('skipped'),
    cost_usd: scenarios.reduce((sum, item) => sum + (item.cost_usd ?? 0), 0),
    cost_incomplete: false,
    input_tokens: scenarios.reduce((sum, item) => sum + item.input_tokens, 0),
    output_tokens: scenarios.reduce((sum, item) => sum + item.output_tokens, 0),
    latency_seconds: scenarios.reduce((sum, item) => sum + item.latency_seconds, 0),
  },
  scenarios,
} as RunResults;

let started = performance.now();
const summary = renderJobSummary(results, {
  artifact: { name: 'salvo-traces', url: ARTIFACT_URL },
  resultsFile: '/home/runner/work/_temp/salvo/results.json',
});
const summaryMs = performance.now() - started;
started = performance.now();
const comment = renderPrComment(results, {
  marker: buildCommentMarker('agent tests', 'salvo'),
  artifactUrl: ARTIFACT_URL,
  runUrl: RUN_URL,
});
const commentMs = performance.now() - started;

console.log(
  JSON.stringify({
    scenarios: count,
    summary_ms: summaryMs,
    comment_ms: commentMs,
    summary_bytes: Buffer.byteLength(summary, 'utf8'),
    comment_characters: comment.length,
    summary_has_artifact_link: summary.includes(ARTIFACT_URL),
    comment_has_artifact_link: comment.includes(ARTIFACT_URL),
    // The notes saying rows were left out (only expected when the rows do not fit).
    summary_truncation_note: /⚠️[^\n]*(of [\d,]+ scenarios|left out)/.test(summary),
    comment_truncation_note: /⚠️[^\n]*left out/.test(comment),
  }),
);
