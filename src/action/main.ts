import * as core from '@actions/core';
import type { Redactor } from '../core/redaction/index.ts';
import { stripControlSequences } from '../core/safe-text.ts';
import { buildRedactor, collectSecrets } from '../engine/secrets.ts';
import { loadProject } from '../node-adapters/project.ts';
import { rateLimitLines } from '../core/report/rate-limit-lines.ts';
import { createActionLog } from './action-log.ts';
import { buildReporters } from './build-reporters.ts';
import { formatActionError } from './format-action-error.ts';
import { readActionSettings } from './read-action-settings.ts';
import { reportRun } from './report-run.ts';
import { runScenarios } from './run-scenarios.ts';
import type { ActionSettings } from './read-action-settings.ts';
import type { ActionReporters } from './report-run.ts';
import { decideStepOutcome, secretlessReason, type StepOutcome, type StepOutcomeContext } from './step-outcome.ts';
import { Input } from './action-names.ts';
import {
  compareWithBaseline,
  fetchBaseline,
  readExplicitBaseline,
  type BaselineComparison,
} from './compare-with-baseline.ts';
import { forecastScenarios } from './forecast-scenarios.ts';
import { mergeShards } from './merge-shards.ts';
import { createGithubWorkflowArtifacts } from './workflow-artifacts.ts';
import type { ShardMerge } from '../core/report/comparison-section.ts';

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
  let reporters: ActionReporters | null = null;
  // The redactor of src/engine/secrets.ts (the CLI's too), built in steps as more is known: the environment's
  // secrets, then the inputs, then salvo.yaml's redaction_patterns. Whatever was built before uses the latest.
  let current = buildRedactor(collectSecrets(process.env), []).redactor;
  const redactor: Redactor = { text: (text) => current.text(text), deep: (value) => current.deep(value) };
  const log = createActionLog(redactor);
  try {
    const settings = readActionSettings(process.env, core.setSecret);
    current = buildRedactor(settings.secrets, []).redactor;
    reporters = buildReporters(settings, redactor, log);
    const project = await loadProject(settings.workingDirectory);
    const built = buildRedactor(settings.secrets, project.config.redaction_patterns);
    current = built.redactor;
    if (built.notice) log.info(built.notice);
    // The secrets by where they came from only: a value too short to redact must not reach the debug log either.
    core.debug(
      'salvo settings: ' +
        `${JSON.stringify(redactor.deep({ ...settings, secrets: settings.secrets.map((secret) => secret.source) }))}`,
    );
    const { github } = settings;
    const artifacts = createGithubWorkflowArtifacts({ ...github, token: settings.githubToken });
    const explicitBaseline = await readExplicitBaseline(settings);
    // Fetched before the run: the forecast prices the run from it, and a wrong path fails before anything is spent.
    const fetched = await fetchBaseline(settings, { explicit: explicitBaseline, artifacts, redactor, log });
    const forecast = await forecastScenarios(settings, project, fetched.kind === 'found' ? fetched.results : null);
    for (const line of forecast) log.info(redactor.text(line));
    const { outcome, shards } =
      settings.mode === 'merge'
        ? await mergeShards(settings, artifacts, { redactor, log })
        : { outcome: await runScenarios(settings, project, { redactor, log }, controller.signal), shards: null };
    // Rows were redacted as each was stored (the runner) or built (invalid files, the engine); the header here.
    const results = redactor.deep(outcome.results);
    for (const line of rateLimitLines(results.rate_limits)) log.info(line);
    const baseline = compareWithBaseline(fetched, results);
    await reportRun(settings, { ...outcome, results }, reporters, {
      baseline,
      shards,
      forecast,
      prices: project.config.prices,
    });
    concludeStep(
      decideStepOutcome(results, stepContext(settings, baseline, shards)),
      `salvo: ${results.totals.passed} of ${results.totals.total} scenarios passed.`,
    );
  } catch (error) {
    // An error may quote an input, salvo.yaml or a provider's reply.
    const message = stripControlSequences(redactor.text(formatActionError(error)));
    // A step that stopped before reporting still leaves a summary saying why (a default folder with nothing in it,
    // a bad input).
    await reporters?.summary
      .write(`❌ **salvo did not run.**\n\n\`\`\`text\n${message}\n\`\`\`\n`)
      .catch(() => undefined);
    core.setFailed(message);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

function stepContext(
  settings: ActionSettings,
  baseline: BaselineComparison,
  shards: ShardMerge | null,
): StepOutcomeContext {
  const missingKeyInputs: Record<string, string> = {};
  if (settings.openaiApiKey === null) missingKeyInputs.openai = Input.openaiApiKey;
  if (settings.anthropicApiKey === null) missingKeyInputs.anthropic = Input.anthropicApiKey;
  return {
    failOn: settings.failOn,
    mode: settings.mode,
    secretless: secretlessReason(settings.github),
    missingKeyInputs,
    comparison:
      baseline.report?.kind === 'compared'
        ? { result: baseline.report.comparison, baseLabel: baseline.report.baseLabel }
        : null,
    failOnLoosened: settings.failOnLoosened,
    missingShards: shards?.missing ?? [],
  };
}

/** Fails the step, or leaves it green with a warning or notice, per the fail policy. */
function concludeStep(step: StepOutcome, passedLine: string): void {
  if (step.level === 'failed') core.setFailed(step.message);
  else if (step.level === 'warning') core.warning(step.message);
  else if (step.level === 'notice') core.notice(step.message);
  else core.info(passedLine);
}
