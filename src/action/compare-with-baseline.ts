import { join } from 'node:path';
import { compareRuns } from '../core/compare/compare-runs.ts';
import { UsageError } from '../core/errors.ts';
import type { WorkflowArtifacts } from '../core/ports.ts';
import type { Redactor } from '../core/redaction/index.ts';
import type { BaselineReport } from '../core/report/comparison-section.ts';
import type { RunResults } from '../core/results.ts';
import { findBaseline } from '../engine/workflow-results.ts';
import { readResultsSide, type ResultsSide } from '../node-adapters/results-source.ts';
import type { ActionLog } from './action-log.ts';
import { Input } from './action-names.ts';
import type { ActionSettings } from './read-action-settings.ts';

/** What the reports and the fail policy know of the baseline; `runId` is the GitHub run it came from, if any. */
export interface BaselineComparison {
  report: BaselineReport | null;
  runId: string;
}

/** `baseline: <path>`, read before the run so a wrong path fails before anything is spent. */
export async function readExplicitBaseline(settings: ActionSettings): Promise<ResultsSide | null> {
  if (settings.baseline.kind !== 'file') return null;
  const path = settings.baseline.path;
  return readResultsSide(path, settings.workingDirectory, () =>
    Promise.reject(
      new UsageError(`input '${Input.baseline}' is '${path}': no such file or folder`, {
        hint: "give a results.json or the folder an artifact was extracted to, or 'none'",
      }),
    ),
  );
}

/**
 * The pull request's comparison: with the explicit file, else (on pull
 * requests) with the base branch's latest successful run of this workflow.
 * Shard legs compare nothing (the merge step compares the whole run); without
 * a baseline the report says why in one line and nothing else changes.
 */
export async function compareWithBaseline(
  settings: ActionSettings,
  results: RunResults,
  sources: { explicit: ResultsSide | null; artifacts: WorkflowArtifacts; redactor: Redactor; log: ActionLog },
): Promise<BaselineComparison> {
  const none: BaselineComparison = { report: null, runId: '' };
  if (sources.explicit) {
    const base = sources.redactor.deep(sources.explicit.results);
    return {
      report: compared(base, results, 'baseline', sources.explicit.origin, null),
      runId: '',
    };
  }
  const { github } = settings;
  if (settings.baseline.kind === 'none' || settings.shard !== null || github.baseRef === null) return none;
  if (github.workflowFile === null)
    return unavailable('the runner did not say which workflow file this is (GITHUB_WORKFLOW_REF is empty).');
  if (settings.githubToken === null) return unavailable(`the '${Input.githubToken}' input is empty.`);
  const lookup = await findBaseline(sources.artifacts, {
    branch: github.baseRef,
    artifactName: settings.artifactName,
    directory: join(github.tempDirectory, 'salvo-baseline'),
  });
  if (lookup.kind === 'unavailable') {
    sources.log.info(`salvo: not compared with a baseline: ${lookup.reason}`);
    return unavailable(lookup.reason);
  }
  sources.log.info(`salvo: comparing with run ${lookup.runId} on '${github.baseRef}' (${lookup.artifacts.join(', ')})`);
  const origin = `artifact ${lookup.artifacts.join(', ')} of run ${lookup.runId}`;
  const base = sources.redactor.deep(lookup.results);
  return { report: compared(base, results, github.baseRef, origin, lookup.runUrl), runId: String(lookup.runId) };
}

function compared(
  base: RunResults,
  head: RunResults,
  baseLabel: string,
  baseOrigin: string,
  baseUrl: string | null,
): BaselineReport {
  return { kind: 'compared', comparison: compareRuns(base, head), baseLabel, baseOrigin, baseUrl };
}

function unavailable(reason: string): BaselineComparison {
  return { report: { kind: 'unavailable', reason }, runId: '' };
}
