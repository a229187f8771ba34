import { verdictLabel } from '../core/format.ts';
import { relative, resolve } from 'node:path';
import type { SourceProblem } from '../core/errors.ts';
import type { RunResults, ScenarioResult } from '../core/results.ts';
import { isInfrastructure, type SecretlessReason } from './step-outcome.ts';

/** GitHub shows at most 10 error and 10 warning annotations per step and silently drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/**
 * Error annotations for invalid scenario files and for scenarios that failed
 * or errored, pointing at the file and line; warnings (without a line) for
 * infrastructure errors; one notice naming the scenarios that could not run
 * live, saying "fork" only on forks. Past the per-step limit the rest are folded into a
 * single annotation, and `folded` says how many so the summary can say it too.
 */
export function planAnnotations(
  results: RunResults,
  invalidFiles: SourceProblem[],
  directories: { workspace: string; workingDirectory: string },
  secretless: SecretlessReason = null,
): { annotations: Annotation[]; folded: number } {
  // Annotations need repository-relative paths; scenario paths are relative to working-directory.
  const path = (file: string) =>
    relative(directories.workspace, resolve(directories.workingDirectory, file)).split('\\').join('/') || file;
  // Infrastructure errors say nothing about the scenario file: warnings below, with no line to point at.
  const failing = (scenario: ScenarioResult) =>
    (scenario.status === 'failed' || scenario.status === 'errored') && !isInfrastructure(scenario);
  // Only as many as GitHub shows are kept; the rest are counted.
  const shownInvalid = invalidFiles.slice(0, ANNOTATIONS_PER_LEVEL);
  const shown = results.scenarios.filter(failing).slice(0, Math.max(0, ANNOTATIONS_PER_LEVEL - shownInvalid.length));
  const errorCount = invalidFiles.length + results.scenarios.filter(failing).length;
  const errors: Annotation[] = [
    ...shownInvalid.map((problem): Annotation => ({
      level: 'error',
      title: 'salvo: invalid scenario file',
      message: problem.message,
      file: path(problem.file),
      startLine: Math.max(problem.line, 1),
      ...(problem.column > 0 ? { startColumn: problem.column } : {}),
    })),
    ...shown.map((scenario) => scenarioAnnotation(scenario, path)),
  ];
  const annotations = errors.slice(
    0,
    errorCount > ANNOTATIONS_PER_LEVEL ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL,
  );
  const folded = errorCount - annotations.length;
  if (folded > 0) {
    annotations.push({
      level: 'error',
      title: `salvo: ${folded} more problems`,
      message:
        `${folded} more failed, errored or invalid scenarios ` + 'are listed in the job summary and the results file.',
    });
  }
  annotations.push(...infrastructureWarnings(results.scenarios.filter(isInfrastructure)));
  const couldNotRunLive = (scenario: ScenarioResult) => scenario.skip_reason === 'no_key_no_recording';
  const notLive = results.scenarios.filter(couldNotRunLive).length;
  if (notLive > 0) {
    annotations.push({
      level: 'notice',
      title: 'salvo: scenarios that could not run live',
      message:
        `${notLive} scenarios were skipped: no API key was given for their provider ` +
        `(${NO_KEY_CAUSE[secretless ?? 'none']}) and they have no recording: ` +
        `${listFiles(results.scenarios.filter(couldNotRunLive))}.`,
    });
  }
  return { annotations, folded };
}

const NO_KEY_CAUSE: Record<NonNullable<SecretlessReason> | 'none', string> = {
  fork: 'pull requests from forks get no secrets',
  dependabot: 'Dependabot pull requests get no secrets',
  none: 'the key input is empty',
};

function listFiles(scenarios: ScenarioResult[]): string {
  const names = scenarios.slice(0, 20).map((scenario) => scenario.file);
  return `${names.join(', ')}${scenarios.length > names.length ? ` and ${scenarios.length - names.length} more` : ''}`;
}

/** Up to the per-level limit, one warning per scenario, the rest folded into the last; never a file or line. */
function infrastructureWarnings(scenarios: ScenarioResult[]): Annotation[] {
  const shown = scenarios.length > ANNOTATIONS_PER_LEVEL ? scenarios.slice(0, ANNOTATIONS_PER_LEVEL - 1) : scenarios;
  const warnings = shown.map((scenario): Annotation => ({
    level: 'warning',
    title: `salvo: ${scenario.name} hit infrastructure errors`,
    message:
      `${scenario.file}: ` +
      `${scenario.summary || scenario.error?.message || 'every trial hit an infrastructure error'}. ` +
      'Not counted against the agent.',
  }));
  if (shown.length < scenarios.length) {
    warnings.push({
      level: 'warning',
      title: `salvo: ${scenarios.length - shown.length} more infrastructure errors`,
      message: `Also hit only infrastructure errors: ${listFiles(scenarios.slice(shown.length))}.`,
    });
  }
  return warnings;
}

function scenarioAnnotation(scenario: ScenarioResult, path: (file: string) => string): Annotation {
  const failedAssertion = scenario.trials
    .flatMap((trial) => trial.assertions)
    .find((assertion) => !assertion.passed && assertion.line);
  const reason =
    scenario.summary || scenario.error?.message || failedAssertion?.reason || verdictLabel(scenario.verdict);
  return {
    level: 'error',
    title:
      `salvo: ${scenario.name}` +
      ` ${scenario.status === 'errored' ? 'errored' : `failed (${verdictLabel(scenario.verdict)})`}`,
    message: failedAssertion ? `${reason}\n${failedAssertion.label}: ${failedAssertion.reason}` : reason,
    file: path(scenario.file),
    startLine: failedAssertion?.line ?? 1,
  };
}
