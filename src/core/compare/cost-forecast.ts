import { estimateCost } from '../cost/index.ts';
import { formatCost, plural } from '../format.ts';
import type { Recording } from '../recording/format.ts';
import type { RunResults } from '../results.ts';
import type { Price } from '../scenario/project-config-schema.ts';
import { sideFigures } from './side-figures.ts';

/** A scenario about to run, as the forecast needs it. */
export interface ScenarioToForecast {
  file: string;
  name: string;
  model: string;
}

export interface ScenarioForecast {
  file: string;
  name: string;
  /** What one trial cost last time: in the baseline run, else in the scenario's recording. */
  cost_per_trial: number | null;
  source: 'baseline' | 'recording' | 'unknown';
  cost_usd: number | null;
}

export interface CostForecast {
  trials: number;
  scenarios: ScenarioForecast[];
  /** The sum of the known forecasts: a lower bound when `unknown` > 0. */
  total_usd: number;
  unknown: number;
  max_cost_usd: number | null;
  /** Scenarios the spend cap would keep from starting, were they started in file order; null without a cap. */
  left_out_by_cap: number | null;
}

/**
 * The cost of a run before it runs: each scenario's cost per trial in the
 * baseline (or, without one, in its recording) times the trials. The cap
 * stops starting scenarios once the spend reaches it, so with a cap the
 * forecast counts the scenarios that would start after the running total
 * reached it (in file order; concurrency can shift that by a few).
 */
export function forecastCost(
  scenarios: readonly ScenarioToForecast[],
  options: {
    trials: number;
    maxCostUsd: number | null;
    baseline: RunResults | null;
    recordedCostPerTrial: (scenario: ScenarioToForecast) => number | null;
  },
): CostForecast {
  const baselineRows = new Map((options.baseline?.scenarios ?? []).map((row) => [`${row.file}\u0000${row.name}`, row]));
  const rows = scenarios.map((scenario): ScenarioForecast => {
    const row = baselineRows.get(`${scenario.file}\u0000${scenario.name}`);
    const fromBaseline = row ? sideFigures(row).cost_per_trial : null;
    const fromRecording = fromBaseline === null ? options.recordedCostPerTrial(scenario) : null;
    const costPerTrial = fromBaseline ?? fromRecording;
    const source = fromBaseline !== null ? 'baseline' : fromRecording !== null ? 'recording' : 'unknown';
    return {
      file: scenario.file,
      name: scenario.name,
      cost_per_trial: costPerTrial,
      source,
      cost_usd: costPerTrial === null ? null : costPerTrial * options.trials,
    };
  });
  let running = 0;
  let leftOut = 0;
  for (const row of rows) {
    if (options.maxCostUsd !== null && running >= options.maxCostUsd) leftOut += 1;
    running += row.cost_usd ?? 0;
  }
  return {
    trials: options.trials,
    scenarios: rows,
    total_usd: running,
    unknown: rows.filter((row) => row.source === 'unknown').length,
    max_cost_usd: options.maxCostUsd,
    left_out_by_cap: options.maxCostUsd === null ? null : leftOut,
  };
}

/**
 * Mean cost of a recorded trial, priced like a live one; null when a model's price is unknown or nothing was
 * recorded.
 */
export function recordedCostPerTrial(recording: Recording, prices: Record<string, Price> = {}): number | null {
  if (recording.trials.length === 0) return null;
  let total = 0;
  for (const trial of recording.trials) {
    for (const { reply } of trial.turns) {
      const usage = reply.usage;
      const cost = estimateCost(
        reply.model,
        {
          inputTokens: usage.input_tokens,
          outputTokens: usage.output_tokens,
          cacheReadTokens: usage.cache_read_tokens,
          cacheWriteTokens: usage.cache_write_tokens,
          reasoningTokens: usage.reasoning_tokens,
        },
        prices,
      );
      if (cost === null) return null;
      total += cost;
    }
  }
  return total / recording.trials.length;
}

/** `Forecast: about $0.41 for 17 scenarios × 3 trials (15 from the baseline, 2 unknown)`, then the cap. */
export function forecastLines(forecast: CostForecast): string[] {
  const count = (source: ScenarioForecast['source']) =>
    forecast.scenarios.filter((row) => row.source === source).length;
  const sources = [
    count('baseline') > 0 ? `${count('baseline')} from the baseline` : '',
    count('recording') > 0 ? `${count('recording')} from recordings` : '',
    forecast.unknown > 0 ? `${forecast.unknown} unknown, not counted` : '',
  ].filter(Boolean);
  const lines = [
    `Forecast: ${forecast.unknown > 0 ? 'at least ' : 'about '}${formatCost(forecast.total_usd)} ` +
      `for ${plural(forecast.scenarios.length, 'scenario')} × ` +
      `${plural(forecast.trials, 'trial')} (${sources.join(', ') || 'nothing to go on'})`,
  ];
  if (forecast.max_cost_usd !== null) {
    lines.push(
      forecast.left_out_by_cap === 0
        ? `The spend cap ${formatCost(forecast.max_cost_usd)} should leave every scenario in.`
        : `The spend cap ${formatCost(forecast.max_cost_usd)} will leave ` +
            `out about ${plural(forecast.left_out_by_cap!, 'scenario')}.`,
    );
  }
  return lines;
}
