import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/action/annotations.ts';
import { decideStepOutcome } from '../../src/action/step-outcome.ts';
import { runOutcome } from '../../src/core/checks/run-outcome.ts';
import { renderJobSummary } from '../../src/core/report/job-summary.ts';
import { renderJUnit } from '../../src/core/report/junit.ts';
import { buildCommentMarker, renderPrComment } from '../../src/core/report/pr-comment.ts';
import { renderResultsTable } from '../../src/core/report/results-table.ts';
import { renderVerdictLines } from '../../src/core/report/verdict-lines.ts';
import type { FinishedRun, RunResults, ScenarioResult } from '../../src/core/results.ts';
import { FileRunStore } from '../../src/io/file-run-store.ts';
import { makeResults, makeScenario, makeTrial, skippedScenario } from '../helpers/results-fixtures.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The same run twice: its rows in an array, and as a FileRunStore hands them back (read from results.json). */
async function storedTwin(results: RunResults): Promise<FinishedRun> {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-rows-'));
  dirs.push(dir);
  const store = new FileRunStore(dir);
  // Stored out of order, as concurrent scenarios finish.
  const order = results.scenarios.map((_, index) => index).reverse();
  for (const index of order) await store.saveScenarioResult(results.run_id, index, results.scenarios[index]!);
  const { scenarios: _rows, ...header } = results;
  return { ...header, scenarios: await store.finishRun(header) };
}

function failing(index: number): ScenarioResult {
  const reason = `refund ${index} was issued ✗ <${'x'.repeat(index % 50)}>`;
  return makeScenario({
    name: `refuses refund ${index}`,
    file: `salvo/refund-${index}.yaml`,
    status: 'failed',
    verdict: 'HARD_FAIL',
    summary: 'a required assertion failed',
    trials: [makeTrial({ status: 'hard_fail', assertions: [{ index: 0, type: 'tool_not_called', label: 'tool_not_called issue_refund', passed: false, score: 0, weight: 1, required: true, reason, line: 7 }] })],
  });
}

function mixedRun(count: number): RunResults {
  const rows = Array.from({ length: count }, (_, index) => {
    if (index % 7 === 3) return failing(index);
    if (index % 11 === 5) return skippedScenario(`needs-key-${index}`);
    if (index % 13 === 6) return makeScenario({ name: `flaky ${index}`, status: 'errored', verdict: 'INFRA_ERROR', summary: 'upstream overloaded', error: { code: 'E_PROVIDER', message: 'upstream overloaded', infrastructure: true } });
    return makeScenario({ name: `books flight ${index}`, file: `salvo/flight-${index}.yaml` });
  });
  return makeResults(rows);
}

describe('the end-of-run reports over rows read back from the run store', () => {
  it.each([
    ['a small run', 40, undefined],
    ['a run the summary and comment budgets cut', 400, 20_000],
  ])('render %s exactly as they do over an array of the same rows', async (_label, count, budget) => {
    const results = mixedRun(count);
    const stored = await storedTwin(results);
    const marker = buildCommentMarker('ci', 'salvo');
    const render = (run: FinishedRun) => ({
      summary: renderJobSummary(run, { artifact: { name: 'salvo-traces', url: 'https://example.test/a/1' }, ...(budget ? { maxBytes: budget } : {}) }),
      comment: renderPrComment(run, { marker, ...(budget ? { maxCharacters: budget / 4 } : {}) }),
      junit: renderJUnit(run),
      table: renderResultsTable(run),
      verdicts: renderVerdictLines(run.scenarios),
      outcome: runOutcome(run),
      annotations: planAnnotations(run, [], { workspace: '/w', workingDirectory: '/w' }),
      step: decideStepOutcome(run, { failOn: 'failure', mode: 'live', invalidFiles: 0 }),
    });
    const fromArray = render(results);
    expect(render(stored)).toEqual(fromArray);
    if (budget) {
      expect(fromArray.summary).toContain('more scenarios that did not pass are left out');
      expect(fromArray.comment).toContain('more scenarios that did not pass are left out');
      expect(fromArray.annotations.folded).toBeGreaterThan(0);
    }
    expect(fromArray.outcome).toBe('failed');
  });
});
