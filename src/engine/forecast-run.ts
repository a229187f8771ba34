import { resolve } from 'node:path';
import type { SourceProblem } from '../core/errors.ts';
import { forecastCost, recordedCostPerTrial, type CostForecast } from '../core/compare/cost-forecast.ts';
import { recordingPathFor } from '../core/recording/format.ts';
import type { RunResults } from '../core/results.ts';
import { loadScenarios } from '../core/scenario/load-scenarios.ts';
import type { AdapterName } from '../core/scenario/schema.ts';
import { createNodeSourceReader } from '../node-adapters/node-source-reader.ts';
import type { Project } from '../node-adapters/project.ts';
import { readRecordingFile } from '../node-adapters/recording-files.ts';
import { expandScenarioPaths } from '../node-adapters/scenario-files.ts';

export interface ForecastRequest {
  cwd: string;
  project: Project;
  patterns: string[];
  overrides: { model: string | null; adapter: AdapterName | null };
  trials: number;
  maxCostUsd: number | null;
  baseline: RunResults | null;
}

export type ForecastOutcome =
  | { kind: 'invalid'; problems: SourceProblem[]; invalidFiles: number; files: number }
  | { kind: 'forecast'; forecast: CostForecast };

/**
 * What a run would cost, without running it (`salvo run --estimate`, the
 * action's summary): the scenarios the run would load, priced from the
 * baseline's cost per trial or, without one, from their recordings.
 */
export async function forecastRun(request: ForecastRequest): Promise<ForecastOutcome> {
  const files = await expandScenarioPaths(request.patterns, request.cwd);
  const scenarios: { file: string; name: string; model: string }[] = [];
  const problems: SourceProblem[] = [];
  let invalidFiles = 0;
  for await (const outcome of loadScenarios(files, {
    reader: createNodeSourceReader(request.cwd),
    projectRoot: request.project.root,
    config: request.project.config,
  })) {
    if ('loaded' in outcome)
      scenarios.push({
        file: outcome.loaded.file,
        name: outcome.loaded.name,
        model: request.overrides.model ?? outcome.loaded.scenario.model,
      });
    else {
      invalidFiles += 1;
      problems.push(...outcome.error.problems);
    }
  }
  if (invalidFiles > 0) return { kind: 'invalid', problems, invalidFiles, files: files.length };
  const recorded = new Map<string, number | null>();
  for (const scenario of scenarios) {
    const recording = await readRecordingFile(resolve(request.cwd, recordingPathFor(scenario.file))).catch(() => null);
    // A model overridden with --model was never recorded: its recording's price says nothing.
    const usable = recording !== null && request.overrides.model === null;
    recorded.set(scenario.file, usable ? recordedCostPerTrial(recording, request.project.config.prices) : null);
  }
  const forecast = forecastCost(scenarios, {
    trials: request.trials,
    maxCostUsd: request.maxCostUsd,
    baseline: request.baseline,
    recordedCostPerTrial: (scenario) => recorded.get(scenario.file) ?? null,
  });
  return { kind: 'forecast', forecast };
}
