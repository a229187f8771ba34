import { createRedactor } from '../core/redaction/index.ts';
import { formatActionError } from './format-action-error.ts';
import { readActionSettings } from './read-action-settings.ts';
import { runEngine } from './run-engine.ts';
import { decideStepOutcome } from './step-outcome.ts';
import * as log from './workflow-commands.ts';

/**
 * The action: read the inputs once, run the engine, publish what it found,
 * and fail the step per `fail-on`. A cancelled job (the runner sends SIGINT,
 * then SIGTERM) stops the scenarios still running and still reports the
 * finished ones.
 *
 * Only what the run needs is loaded before the first model request:
 * @actions/core and the reporters are imported after it (bench case 4).
 */
export async function run(): Promise<void> {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    log.warning(`salvo received ${signal}: stopping the scenarios still running and reporting the finished ones.`);
    controller.abort(new Error(`received ${signal}`));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const settings = readActionSettings(process.env, log.setSecret);
    const redactor = createRedactor({ secrets: settings.secrets });
    log.debug(`salvo settings: ${JSON.stringify(redactor.deep(settings))}`);
    const outcome = await runEngine(settings, redactor, controller.signal);
    // The rows were redacted as each was stored (the runner) or built (invalid files, the engine), and every
    // sink redacts its text again; the rows are read from disk on each pass, so only the header is redacted here.
    const { scenarios, ...header } = outcome.results;
    const results = { ...redactor.deep(header), scenarios };
    const [{ reportRun }, { buildReporters }] = await Promise.all([import('./report-run.ts'), import('./build-reporters.ts')]);
    await reportRun(settings, { ...outcome, results }, buildReporters(settings, redactor));
    const step = decideStepOutcome(results, { failOn: settings.failOn, mode: settings.mode, invalidFiles: outcome.invalidFiles.length });
    if (step.failed) await failStep(step.message);
    else log.info(`salvo: ${results.totals.passed} of ${results.totals.total} scenarios passed.`);
  } catch (error) {
    await failStep(formatActionError(error));
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

async function failStep(message: string): Promise<void> {
  const core = await import('@actions/core');
  core.setFailed(message);
}
