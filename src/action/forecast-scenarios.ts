import { forecastLines } from '../core/compare/cost-forecast.ts';
import type { RunResults } from '../core/results.ts';
import { forecastRun } from '../engine/forecast-run.ts';
import type { Project } from '../node-adapters/project.ts';
import { scenarioPatterns } from './run-scenarios.ts';
import type { ActionSettings } from './read-action-settings.ts';

/**
 * The run's cost forecast, before it runs (issue 24): each scenario priced
 * from the baseline, else its recording, times the trials, and what the
 * spend cap will leave out. Empty when there is nothing to go on, and for
 * filtered or sharded runs, whose scenario set the forecast does not select.
 */
export async function forecastScenarios(
  settings: ActionSettings,
  project: Project,
  baseline: RunResults | null,
): Promise<string[]> {
  if (settings.mode === 'merge' || settings.filters.length > 0 || settings.shard !== null) return [];
  const cwd = settings.workingDirectory;
  const maxCostUsd = settings.maxCostUsd ?? project.config.max_cost_usd ?? null;
  // An empty default folder is the run's to report, as a usage error.
  const patterns = await scenarioPatterns(settings, project).catch(() => null);
  if (patterns === null) return [];
  const outcome = await forecastRun({
    cwd,
    project,
    patterns,
    overrides: { model: settings.model, adapter: settings.adapter },
    trials: settings.trials ?? project.config.trials ?? 1,
    maxCostUsd,
    baseline,
  }).catch(() => null);
  // Invalid files are the run's to report, with their file and line.
  if (outcome === null || outcome.kind === 'invalid') return [];
  const known = outcome.forecast.scenarios.some((row) => row.source !== 'unknown');
  return known || maxCostUsd !== null ? forecastLines(outcome.forecast) : [];
}
