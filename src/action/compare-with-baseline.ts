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

/** The baseline found before the run (so the forecast can price the run from it), or why there is none. */
export type FetchedBaseline =
  | { kind: 'none' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'found'; results: RunResults; label: string; origin: string; url: string | null; runId: string };

/**
 * The pull request's baseline: the explicit file, else (on pull requests) the
 * base branch's latest successful run of this workflow. Shard legs compare
 * nothing (the merge step compares the whole run); without a baseline the
 * report says why in one line and nothing else changes.
 */
export async function fetchBaseline(
  settings: ActionSettings,
  sources: { explicit: ResultsSide | null; artifacts: WorkflowArtifacts; redactor: Redactor; log: ActionLog },
): Promise<FetchedBaseline> {
  if (sources.explicit) {
    const results = sources.redactor.deep(sources.explicit.results);
    return { kind: 'found', results, label: 'baseline', origin: sources.explicit.origin, url: null, runId: '' };
  }
  const { github } = settings;
  if (settings.baseline.kind === 'none' || settings.shard !== null || github.baseRef === null) return { kind: 'none' };
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
  return {
    kind: 'found',
    results: sources.redactor.deep(lookup.results),
    label: github.baseRef,
    origin: `artifact ${lookup.artifacts.join(', ')} of run ${lookup.runId}`,
    url: lookup.runUrl,
    runId: String(lookup.runId),
  };
}

/** The run compared with the baseline fetched before it. */
export function compareWithBaseline(baseline: FetchedBaseline, results: RunResults): BaselineComparison {
  if (baseline.kind === 'none') return { report: null, runId: '' };
  if (baseline.kind === 'unavailable') return { report: { kind: 'unavailable', reason: baseline.reason }, runId: '' };
  const comparison = compareRuns(baseline.results, results);
  return {
    report: {
      kind: 'compared',
      comparison,
      baseLabel: baseline.label,
      baseOrigin: baseline.origin,
      baseUrl: baseline.url,
    },
    runId: baseline.runId,
  };
}

function unavailable(reason: string): FetchedBaseline {
  return { kind: 'unavailable', reason };
}
