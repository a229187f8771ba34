import * as core from '@actions/core';
import type { Redactor } from '../core/redaction/index.ts';
import { stripControlSequences } from '../core/safe-text.ts';
import { buildRedactor, collectSecrets } from '../engine/secrets.ts';
import { loadProject } from '../node-adapters/project.ts';
import { createActionLog } from './action-log.ts';
import { buildReporters } from './build-reporters.ts';
import { formatActionError } from './format-action-error.ts';
import { readActionSettings } from './read-action-settings.ts';
import { reportRun } from './report-run.ts';
import { runScenarios } from './run-scenarios.ts';
import { decideStepOutcome } from './step-outcome.ts';

/**
 * The action: read the inputs once, run the engine, publish what it found,
 * and fail the step per `fail-on`. A cancelled job (the runner sends SIGINT,
 * then SIGTERM) stops the scenarios still running and still reports the
 * finished ones.
 */
export async function run(): Promise<void> {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    core.warning(`salvo received ${signal}: stopping the scenarios still running and reporting the finished ones.`);
    controller.abort(new Error(`received ${signal}`));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let redactor: Redactor | null = null;
  try {
    const settings = readActionSettings(process.env, core.setSecret);
    // salvo.yaml first: its redaction_patterns belong in the redactor as much as the environment's secrets.
    const project = await loadProject(settings.workingDirectory);
    const built = buildRedactor(settings.secrets, project.config.redaction_patterns);
    redactor = built.redactor;
    const log = createActionLog(redactor);
    if (built.notice) log.info(built.notice);
    // The secrets by where they came from only: a value too short to redact must not reach the debug log either.
    core.debug(`salvo settings: ${JSON.stringify(redactor.deep({ ...settings, secrets: settings.secrets.map((secret) => secret.source) }))}`);
    const outcome = await runScenarios(settings, project, { redactor, log }, controller.signal);
    // Rows were redacted as each was stored (the runner) or built (invalid files, the engine); the header here.
    const results = redactor.deep(outcome.results);
    await reportRun(settings, { ...outcome, results }, buildReporters(settings, redactor, log));
    const step = decideStepOutcome(results, { failOn: settings.failOn, mode: settings.mode, invalidFiles: results.scenarios.filter((row) => row.skip_reason === 'invalid').length });
    if (step.failed) core.setFailed(step.message);
    else core.info(`salvo: ${results.totals.passed} of ${results.totals.total} scenarios passed.`);
  } catch (error) {
    // Before the run's redactor exists (bad inputs, a bad salvo.yaml), the environment's secrets are still removed.
    redactor ??= buildRedactor(collectSecrets(process.env), []).redactor;
    core.setFailed(stripControlSequences(redactor.text(formatActionError(error))));
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
