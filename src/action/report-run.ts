import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SourceProblem } from '../core/errors.ts';
import type { SourceLinks } from '../core/report/attention.ts';
import type { ArtifactStore, CommentPublisher, SummarySink } from '../core/ports.ts';
import { renderJobSummary } from '../core/report/job-summary.ts';
import { renderJUnit } from '../core/report/junit.ts';
import { trialTotals } from '../core/report/run-overview.ts';
import { renderBaselineSection, renderShardSection, type ShardMerge } from '../core/report/comparison-section.ts';
import { buildCommentMarker, renderPrComment } from '../core/report/pr-comment.ts';
import type { RunResults } from '../core/results.ts';
import type { Price } from '../core/scenario/project-config-schema.ts';
import { Output } from './action-names.ts';
import { planAnnotations, type Annotation } from './annotations.ts';
import type { BaselineComparison } from './compare-with-baseline.ts';
import { escapeMarkdown } from '../core/report/markdown-text.ts';
import { formatPercentChange } from '../core/report/comparison-lines.ts';
import { DEFAULT_ARTIFACT_NAME, type ActionSettings } from './read-action-settings.ts';
import { stageArtifactFiles } from './stage-artifact.ts';
import { secretlessReason } from './step-outcome.ts';

/** The GitHub-facing side effects, each behind a port so tests and the CLI can swap them. */
export interface ActionReporters {
  artifacts: ArtifactStore;
  summary: SummarySink;
  /** Null when no comment should be posted (not a PR, comment-on-pr false, no token). */
  comments: CommentPublisher | null;
  setOutput(name: string, value: string): void;
  annotate(annotation: Annotation): void;
  warning(message: string): void;
}

/** What the engine hands the reports: the run, where its files are, and the problems of invalid files. */
export interface EngineOutcome {
  results: RunResults;
  runDirectory: string | null;
  invalidProblems: SourceProblem[];
}

/** What the reports show beside the run: its comparison with the baseline, and (a merge step) the shards merged. */
export interface RunContext {
  baseline: BaselineComparison;
  shards: ShardMerge | null;
  /** The cost forecast made before the run (forecastLines); the summary shows it. */
  forecast?: string[];
  /** salvo.yaml's prices, for the per-turn costs of the artifact's viewer. */
  prices?: Record<string, Price>;
}

const NO_CONTEXT: RunContext = { baseline: { report: null, runId: '' }, shards: null };

/**
 * Publishes a finished (or interrupted) run, cheapest and most important
 * first: the results file and outputs, then the artifact, the summary and
 * annotations, and the PR comment last. A failing upload or comment is a
 * warning; it never hides results already written.
 */
export async function reportRun(
  settings: ActionSettings,
  outcome: EngineOutcome,
  reporters: ActionReporters,
  context: RunContext = NO_CONTEXT,
): Promise<void> {
  const { results } = outcome;
  const { github } = settings;
  const stagingDirectory = join(github.tempDirectory, `salvo-${results.run_id}`);
  await mkdir(stagingDirectory, { recursive: true });
  const files = await stageArtifactFiles({
    stagingDirectory,
    runDirectory: outcome.runDirectory,
    results,
    metadata: runMetadata(settings, results),
    ...(context.prices ? { prices: context.prices } : {}),
    comparison: viewerComparison(context.baseline),
  });
  const resultsFile = files[0] ?? join(stagingDirectory, 'results.json');
  setCountOutputs(results, resultsFile, reporters);
  setComparisonOutputs(context.baseline, reporters);
  const sections = [...renderShardSection(context.shards), ...renderBaselineSection(context.baseline.report)];
  if (settings.junitPath !== null) {
    await mkdir(dirname(settings.junitPath), { recursive: true });
    await writeFile(settings.junitPath, renderJUnit(results));
  }

  const artifact = await uploadArtifact(settings, stagingDirectory, files, reporters);
  reporters.setOutput(Output.artifactId, artifact?.id ?? '');
  reporters.setOutput(Output.artifactUrl, artifact?.url ?? '');

  const { annotations, folded } = planAnnotations(
    results,
    outcome.invalidProblems,
    { workspace: github.workspace, workingDirectory: settings.workingDirectory },
    secretlessReason(github),
  );
  for (const annotation of annotations) reporters.annotate(annotation);
  const notes = [
    ...(context.forecast ?? []).map((line) => `> 💸 ${escapeMarkdown(line, 400)} (forecast before the run)`),
    ...(folded > 0 ? [`> ${folded} more problems than GitHub shows as annotations; all are listed below.`] : []),
  ];
  const artifactLink = artifact ? { name: artifact.name, url: artifact.url } : null;
  const where = {
    commitSha: github.commitSha,
    links: sourceLinks(settings),
    baselineDelta: costDelta(context.baseline),
  };
  await reporters.summary.write(
    renderJobSummary(results, { ...where, artifact: artifactLink, resultsFile, notes, sections }),
  );

  let commentUrl = '';
  if (reporters.comments) {
    // Matrix legs share GITHUB_JOB but never an artifact name (unique per run, artifact-store.ts), so the name the
    // artifact was stored under gives each leg its own comment.
    const artifactName = artifact?.name ?? settings.artifactName;
    const commentKey = artifactName === DEFAULT_ARTIFACT_NAME ? github.job : `${github.job}/${artifactName}`;
    const marker = buildCommentMarker(github.workflow, commentKey);
    const runUrl = `${github.serverUrl}/${github.owner}/${github.repo}/actions/runs/${github.runId}`;
    const body = renderPrComment(results, { ...where, marker, runUrl, artifactUrl: artifact?.url ?? null, sections });
    commentUrl = (await reporters.comments.publish(marker, body)).url ?? '';
  }
  reporters.setOutput(Output.commentUrl, commentUrl);
}

/** Scenario files link to the tested commit's blob pages; paths are relative to working-directory. */
function sourceLinks(settings: ActionSettings): SourceLinks | null {
  const { github } = settings;
  if (!github.commitSha || !github.owner || !github.repo) return null;
  const directory = relative(github.workspace, resolve(github.workspace, settings.workingDirectory));
  if (directory.startsWith('..')) return null;
  return {
    blobUrl: `${github.serverUrl}/${github.owner}/${github.repo}/blob/${encodeURIComponent(github.commitSha)}`,
    directory: directory.split(sep).join('/'),
  };
}

function setCountOutputs(results: RunResults, resultsFile: string, reporters: ActionReporters): void {
  const { totals } = results;
  reporters.setOutput(Output.resultsFile, resultsFile);
  reporters.setOutput(Output.total, String(totals.total));
  reporters.setOutput(Output.passed, String(totals.passed));
  reporters.setOutput(Output.failed, String(totals.failed));
  reporters.setOutput(Output.errored, String(totals.errored));
  reporters.setOutput(Output.skipped, String(totals.skipped));
  reporters.setOutput(Output.totalCostUsd, totals.cost_usd.toFixed(6));
  const trials = trialTotals(results);
  reporters.setOutput(Output.trialsRun, String(trials.run));
  reporters.setOutput(Output.passRate, trials.passRate === null ? '' : trials.passRate.toFixed(4));
  reporters.setOutput(Output.flaky, String(trials.flaky));
}

/** `+18 % vs main` for the headline's cost, when the run was compared and both costs are known. */
function costDelta(baseline: BaselineComparison): string | null {
  const report = baseline.report;
  if (report?.kind !== 'compared' || report.comparison.cost_change === null) return null;
  return `${formatPercentChange(report.comparison.cost_change)} vs ${report.baseLabel}`;
}

function setComparisonOutputs(baseline: BaselineComparison, reporters: ActionReporters): void {
  const comparison = baseline.report?.kind === 'compared' ? baseline.report.comparison : null;
  reporters.setOutput(Output.regressed, comparison ? String(comparison.counts.regressed) : '');
  reporters.setOutput(Output.improved, comparison ? String(comparison.counts.improved) : '');
  reporters.setOutput(Output.baselineRunId, baseline.runId);
}

async function uploadArtifact(
  settings: ActionSettings,
  directory: string,
  files: string[],
  reporters: ActionReporters,
): Promise<{ id: string | null; url: string | null; name: string } | null> {
  try {
    const uploaded = await reporters.artifacts.upload(settings.artifactName, directory, files);
    return { ...uploaded, name: uploaded.name ?? settings.artifactName };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reporters.warning(
      `salvo could not upload the artifact '${settings.artifactName}': ` +
        `${message}. The results file is still on the runner.`,
    );
    return null;
  }
}

/** What the artifact records about where the run happened; never a secret. */
function runMetadata(settings: ActionSettings, results: RunResults): Record<string, unknown> {
  const { github } = settings;
  return {
    salvo_version: results.salvo_version,
    run_id: results.run_id,
    started_at: results.started_at,
    finished_at: results.finished_at,
    interrupted: results.interrupted,
    repository: `${github.owner}/${github.repo}`,
    workflow: github.workflow,
    job: github.job,
    github_run_id: github.runId,
    github_run_attempt: github.runAttempt,
    event_name: github.eventName,
    pull_request: github.pullRequestNumber,
    from_fork: github.fromFork,
    mode: settings.mode,
    fail_on: settings.failOn,
    fail_on_loosened: settings.failOnLoosened,
    baseline: settings.baseline.kind,
    shard: results.shard ?? null,
    concurrency: settings.concurrency,
    max_cost_usd: settings.maxCostUsd,
    trial_timeout_seconds: settings.trialTimeoutSeconds,
    trials: settings.trials,
    model: settings.model,
    adapter: settings.adapter,
    filter: settings.filters.map((filter) => filter.text),
    early_stop: settings.earlyStop,
    scenarios: settings.scenarios,
    keys_given: { openai: settings.openaiApiKey !== null, anthropic: settings.anthropicApiKey !== null },
  };
}

/** The baseline comparison as the viewer shows it, when there was one. */
function viewerComparison(baseline: BaselineComparison) {
  const { report } = baseline;
  return report?.kind === 'compared' ? { comparison: report.comparison, origin: report.baseOrigin } : null;
}
