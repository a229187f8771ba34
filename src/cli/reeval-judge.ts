import { resolve } from 'node:path';
import { evaluateTrial } from '../core/evaluation/evaluate-trial.ts';
import { judgeTrial, type JudgePort } from '../core/evaluation/judge-trial.ts';
import { resolveJudgeSettings } from '../core/evaluation/judge-settings.ts';
import type { ModelClient } from '../core/model-client.ts';
import { recordingPathFor } from '../core/recording/format.ts';
import type { Redactor } from '../core/redaction/index.ts';
import type { RescoredTrial } from '../core/reeval/reevaluate.ts';
import type { LoadedScenario } from '../core/scenario/load-scenario.ts';
import type { AdapterName } from '../core/scenario/schema.ts';
import type { RunTrace } from '../core/trace.ts';
import { readRecordingFile } from '../node-adapters/recording-files.ts';
import type { Project } from '../node-adapters/project.ts';
import { createModelClient, RateLimitRegistry, type ProviderSettings } from '../providers/registry.ts';
import { JudgeReplayClient } from '../providers/replay/judge-recording.ts';

export interface ReevalJudgeOptions {
  cwd: string;
  project: Project;
  redactor: Redactor;
  /** `--rejudge`: ask the judge models live instead of reading the recorded votes. */
  rejudge: { providers: Record<AdapterName, ProviderSettings>; judgeModel: string | null } | null;
}

/**
 * Re-scores a stored trace as a run would, judge included: by default from the
 * votes recorded beside the scenario (offline, free, deterministic), under
 * --rejudge from the judge models live.
 */
export function reevalScoring(
  options: ReevalJudgeOptions,
): (trace: RunTrace, loaded: LoadedScenario) => Promise<RescoredTrial> {
  // Every live judge vote of the command shares its provider's limits (salvo.yaml providers).
  const rateLimits = new RateLimitRegistry();
  return async (trace, loaded) => {
    const hasJudge = loaded.scenario.assertions.some((assertion) => assertion.type === 'judge');
    const judged = hasJudge
      ? await judgeTrial(loaded.scenario.assertions, trace, judgePortFor(loaded, options, rateLimits))
      : null;
    const outcomes = new Map(
      [...(judged?.outcomes ?? new Map())].map(([index, outcome]) => [index, options.redactor.deep(outcome)]),
    );
    const evaluation = evaluateTrial(trace, loaded, outcomes);
    if (evaluation.judgeError === undefined) return evaluation;
    return {
      status: 'errored',
      score: null,
      assertions: evaluation.assertions,
      error: { code: 'E_JUDGE', message: evaluation.judgeError, infrastructure: true },
    };
  };
}

function judgePortFor(loaded: LoadedScenario, options: ReevalJudgeOptions, rateLimits: RateLimitRegistry): JudgePort {
  const { project, rejudge } = options;
  const recordingFile = recordingPathFor(loaded.file);
  let recorded: Promise<ModelClient> | undefined;
  return {
    prices: project.config.prices,
    settingsFor: (assertion) =>
      resolveJudgeSettings(assertion, loaded.scenario.adapter, project.config.judge, rejudge?.judgeModel ?? null),
    clientFor: async (settings) => {
      if (rejudge) {
        const limits = project.config.providers[settings.adapter];
        return createModelClient(settings.adapter, { ...rejudge.providers[settings.adapter], limits }, rateLimits);
      }
      recorded ??= readRecordingFile(resolve(options.cwd, recordingFile)).then(
        (recording) => new JudgeReplayClient(recording?.judge ?? [], recordingFile, options.redactor),
      );
      return recorded;
    },
  };
}
