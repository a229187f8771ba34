import { formatCost } from '../core/format.ts';
import type { Redactor } from '../core/redaction/index.ts';
import type { SuiteEvent } from '../core/runner/run-suite.ts';
import type { AdapterName } from '../core/scenario/schema.ts';
import { runEngine, type EngineOutcome } from '../engine/run-engine.ts';
import type { Project } from '../node-adapters/project.ts';
import { defaultScenarioFolder } from '../node-adapters/scenario-files.ts';
import type { ProviderSettings } from '../providers/registry.ts';
import type { ActionLog } from './action-log.ts';
import { Input } from './action-names.ts';
import type { ActionSettings } from './read-action-settings.ts';

/** How an action user chooses scenarios when the default folder holds none. */
const CHOOSE_SCENARIOS = `Add scenarios there, set the '${Input.scenarios}' input, or set scenarios_dir in salvo.yaml.`;

/**
 * The engine as the action drives it: an invalid file becomes a visible
 * skipped row plus its problems, never a crash; live where the provider's key
 * was given, the committed recording where not (fork PRs), else skipped.
 */
export async function runScenarios(
  settings: ActionSettings,
  project: Project,
  redaction: { redactor: Redactor; log: ActionLog },
  signal: AbortSignal,
): Promise<Extract<EngineOutcome, { kind: 'ran' }>> {
  const cwd = settings.workingDirectory;
  const { redactor, log } = redaction;
  // main.ts sends merge steps to merge-shards.ts; the check narrows the type.
  if (settings.mode === 'merge') throw new Error('salvo: a merge step runs no scenarios');
  const outcome = await runEngine({
    cwd,
    project,
    patterns: await scenarioPatterns(settings, project),
    onInvalidFiles: 'report',
    mode: settings.mode,
    record: null,
    providers: { openai: providerSettings(settings, 'openai'), anthropic: providerSettings(settings, 'anthropic') },
    overrides: { model: settings.model, adapter: settings.adapter },
    judgeModel: settings.judgeModel,
    simulatorModel: settings.simulatorModel,
    trials: settings.trials,
    filters: settings.filters,
    shard: settings.shard,
    concurrency: settings.concurrency,
    maxCostUsd: settings.maxCostUsd ?? project.config.max_cost_usd ?? null,
    timeoutMs: settings.trialTimeoutSeconds === null ? null : Math.round(settings.trialTimeoutSeconds * 1000),
    requestTimeoutMs:
      settings.requestTimeoutSeconds === null ? null : Math.round(settings.requestTimeoutSeconds * 1000),
    earlyStop: settings.earlyStop,
    noPromptCache: settings.noPromptCache,
    redactor,
    signal,
    onEvent: createProgressLog(log),
  });
  // With onInvalidFiles 'report' the engine always runs; the check narrows the type.
  if (outcome.kind !== 'ran') throw new Error('salvo: invalid scenario files stopped the run');
  return outcome;
}

/** The `scenarios` input, else salvo.yaml's scenarios_dir (a usage error when that holds no scenario file). */
export async function scenarioPatterns(settings: ActionSettings, project: Project): Promise<string[]> {
  if (settings.scenarios.length > 0) return settings.scenarios;
  return [await defaultScenarioFolder(project, settings.workingDirectory, CHOOSE_SCENARIOS)];
}

function providerSettings(settings: ActionSettings, adapter: AdapterName): ProviderSettings {
  const [apiKey, baseUrl, input] =
    adapter === 'openai'
      ? [settings.openaiApiKey, settings.openaiBaseUrl, Input.openaiApiKey]
      : [settings.anthropicApiKey, settings.anthropicBaseUrl, Input.anthropicApiKey];
  return { apiKey: apiKey ?? undefined, baseUrl: baseUrl ?? undefined, keySource: `action input '${input}'` };
}

/**
 * One log line per finished scenario; counted here because events can arrive after several scenarios finished.
 * The name, file and summary are the scenario's and the provider's words: one line each, through the action log.
 */
function createProgressLog(log: ActionLog): (event: SuiteEvent) => void {
  let finished = 0;
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  return (event) => {
    if (event.type === 'scenario_finished') {
      const { result } = event;
      finished += 1;
      const why = result.status === 'passed' ? '' : ` - ${flat(result.skip_reason ?? result.summary)}`;
      log.info(
        `[${finished}/${event.total}] ${result.status.toUpperCase()} ` +
          `${flat(result.name)} (${flat(result.file)}, ${result.mode ?? 'not run'})${why}`,
      );
    } else if (event.type === 'budget_reached') {
      log.warning(
        `salvo: the max-cost-usd budget of ${formatCost(event.maxCostUsd)} was reached; ` +
          'scenarios not started yet are skipped.',
      );
    } else if (event.type === 'interrupted') {
      log.info('salvo: interrupted; reporting the scenarios that finished.');
    }
  };
}
