import type { RunResults, ScenarioResult } from '../results.ts';
import { formatCacheSaving, formatCosts, formatCount, formatSeconds, plural } from '../format.ts';
import { escapeMarkdown, markdownLink, utf8ByteLength } from './markdown-text.ts';
import { rateLimitLines } from './rate-limit-lines.ts';
import { failureReasons, renderHeadline, statusLabel, trialStatsCell, trialTotalsSentence } from './run-overview.ts';

/** GitHub drops (not truncates) a step summary over 1 MiB; stay well below it. */
export const JOB_SUMMARY_BYTE_BUDGET = 900 * 1024;

export interface JobSummaryOptions {
  /** The uploaded artifact holding traces and results, or null when nothing was uploaded. */
  artifact?: { name: string; url: string | null } | null;
  /** Where the full results JSON can be found on the runner (shown as text). */
  resultsFile?: string | null;
  /** Extra lines (already Markdown) shown under the headline, e.g. annotation overflow. */
  notes?: string[];
  /** Sections shown under the notes, already Markdown (comparison-section.ts: the baseline, the merged shards). */
  sections?: string[];
  /** Override the byte budget (tests); defaults to JOB_SUMMARY_BYTE_BUDGET. */
  maxBytes?: number;
}

const TABLE_HEADER = [
  '| Scenario | Provider / model | Mode | Status | Turns | Tool calls | Tokens in / out | Cost | Latency |',
  '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
];
/** With several trials per scenario, a Trials column after Status: passed of counted, pass rate and its interval. */
const TRIALS_TABLE_HEADER = [
  '| Scenario | Provider / model | Mode | Status | Trials | Turns | Tool calls | Tokens in / out | Cost | Latency |',
  '| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
];

/**
 * The job summary: a headline, one table row per scenario with a totals row,
 * the reasons of every scenario that did not pass, and a link to the artifact.
 * Pure; whatever the number of scenarios the result stays under `maxBytes`,
 * cutting rows and reasons with a note that says so.
 */
export function renderJobSummary(results: RunResults, options: JobSummaryOptions = {}): string {
  const budget = options.maxBytes ?? JOB_SUMMARY_BYTE_BUDGET;
  const trials = trialTotalsSentence(results);
  const head = [
    renderHeadline(results),
    '',
    ...(trials ? [trials, ''] : []),
    ...(options.notes ?? []).flatMap((note) => [note, '']),
    ...(options.sections ?? []),
    '## salvo results',
    '',
  ];
  const links = renderLinks(results, options);
  const withTrials = trials !== null;
  const header = withTrials ? TRIALS_TABLE_HEADER : TABLE_HEADER;
  const totalsRow = renderTotalsRow(results, withTrials);
  const throttling = rateLimitLines(results.rate_limits).flatMap((line) => [`⏳ ${escapeMarkdown(line, 400)}`, '']);
  // Reserve room for the fixed parts and the longest truncation notes before filling rows.
  const reserved = utf8ByteLength([...head, ...header, totalsRow, ...throttling, ...links].join('\n')) + 1024;
  const anyNotPassing = results.scenarios.some((scenario) => scenario.status !== 'passed');
  const rowBudget = Math.floor((budget - reserved) * (anyNotPassing ? 0.6 : 1));
  const rows = takeWithinBudget(
    rendered(results.scenarios, (scenario) => renderScenarioRow(scenario, withTrials)),
    rowBudget,
  );
  const rowsNote =
    rows.lines.length < results.scenarios.length
      ? [
          `> ⚠️ The table shows ${formatCount(rows.lines.length)} of ${plural(results.scenarios.length, 'scenario')} to stay under GitHub's 1 MiB job-summary limit; every scenario is in the results file and the artifact.`,
          '',
        ]
      : [];
  const reasonBudget = budget - reserved - rows.bytes;
  const reasons = anyNotPassing ? renderReasonSections(results.scenarios, reasonBudget) : [];
  return (
    [...head, ...header, ...rows.lines, totalsRow, '', ...rowsNote, ...throttling, ...reasons, ...links].join('\n') +
    '\n'
  );
}

function renderScenarioRow(scenario: ScenarioResult, withTrials: boolean): string {
  const ran = scenario.status !== 'skipped';
  const cells = [
    `**${escapeMarkdown(scenario.name, 120)}**<br><sub>${escapeMarkdown(scenario.file, 200)}</sub>`,
    `${escapeMarkdown(scenario.provider, 40)} / ${escapeMarkdown(scenario.model, 80)}`,
    scenario.mode ?? '—',
    statusLabel(scenario),
    ...(withTrials ? [trialStatsCell(scenario)] : []),
    ran ? `${formatCount(scenario.turns)}${scenario.max_turns_hit ? ' (max turns hit)' : ''}` : '—',
    ran ? formatCount(scenario.tool_calls) : '—',
    ran ? `${formatCount(scenario.input_tokens)} / ${formatCount(scenario.output_tokens)}` : '—',
    ran ? formatCosts(scenario.cost_usd, scenario.judge_cost_usd) : '—',
    ran ? formatSeconds(scenario.latency_seconds) : '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

function renderTotalsRow(results: RunResults, withTrials: boolean): string {
  const { totals } = results;
  let turns = 0;
  let toolCalls = 0;
  for (const scenario of results.scenarios) {
    turns += scenario.turns;
    toolCalls += scenario.tool_calls;
  }
  const cost = `${totals.cost_incomplete ? '≥ ' : ''}${formatCosts(totals.cost_usd, totals.judge_cost_usd)}${formatCacheSaving(totals.cache_saving_usd)}`;
  const statuses = [
    `${formatCount(totals.passed)} passed`,
    `${formatCount(totals.failed)} failed`,
    `${formatCount(totals.errored)} errored`,
    `${formatCount(totals.skipped)} skipped`,
  ].join(', ');
  const cells = [
    `**Total: ${plural(totals.total, 'scenario')}**`,
    '',
    '',
    statuses,
    ...(withTrials ? [''] : []),
    formatCount(turns),
    formatCount(toolCalls),
    `${formatCount(totals.input_tokens)} / ${formatCount(totals.output_tokens)}`,
    cost,
    formatSeconds(totals.latency_seconds),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Failures and errors first, then skipped scenarios; each pass renders entries only while they fit. */
function renderReasonSections(scenarios: readonly ScenarioResult[], budget: number): string[] {
  const isFailure = (scenario: ScenarioResult) => scenario.status !== 'passed' && scenario.status !== 'skipped';
  const isSkipped = (scenario: ScenarioResult) => scenario.status === 'skipped';
  const failures = takeWithinBudget(rendered(scenarios.filter(isFailure), renderReasonEntry), budget);
  const skipped = takeWithinBudget(
    rendered(scenarios.filter(isSkipped), renderReasonEntry),
    budget - failures.bytes,
    failures.cut,
  );
  const lines: string[] = [];
  if (failures.lines.length > 0) lines.push('### Failures and errors', '', ...failures.lines, '');
  if (skipped.lines.length > 0) lines.push('### Skipped', '', ...skipped.lines, '');
  const left =
    scenarios.filter((scenario) => scenario.status !== 'passed').length - failures.lines.length - skipped.lines.length;
  if (left > 0) {
    lines.push(
      `> ⚠️ ${formatCount(left)} more scenarios that did not pass are left out to stay under the size limit; see the results file and the artifact.`,
      '',
    );
  }
  return lines;
}

function renderReasonEntry(scenario: ScenarioResult): string {
  const title = `- **${escapeMarkdown(scenario.name, 120)}** (${escapeMarkdown(scenario.file, 200)}): ${statusLabel(scenario)}`;
  const reasons = failureReasons(scenario);
  return [title, ...reasons.map((reason) => `  - ${reason}`)].join('\n');
}

function renderLinks(results: RunResults, options: JobSummaryOptions): string[] {
  const lines: string[] = [];
  if (options.artifact?.url) {
    lines.push(`📦 Traces and results: ${markdownLink(options.artifact.name, options.artifact.url)}`);
  } else if (options.artifact) {
    lines.push(`📦 Traces and results were uploaded as the artifact ${escapeMarkdown(options.artifact.name)}.`);
  } else {
    lines.push('📦 No artifact was uploaded for this run.');
  }
  if (options.resultsFile) lines.push('', `Results file on the runner: ${escapeMarkdown(options.resultsFile)}`);
  lines.push(
    '',
    `<sub>salvo ${escapeMarkdown(results.salvo_version, 40)} · run ${escapeMarkdown(results.run_id, 80)}</sub>`,
  );
  return lines;
}

/** Each row's entry, rendered as the pass reaches it. */
function* rendered(rows: Iterable<ScenarioResult>, render: (row: ScenarioResult) => string): Generator<string> {
  for (const row of rows) yield render(row);
}

/**
 * Keeps whole entries, in order, while their joined size (with newlines) fits
 * the budget; stops at the first that does not (`cut`), or takes none when an
 * earlier section was cut already, so the kept entries never skip one.
 */
function takeWithinBudget(
  entries: Iterable<string>,
  budget: number,
  cutBefore = false,
): { lines: string[]; bytes: number; cut: boolean } {
  const lines: string[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = utf8ByteLength(entry) + 1;
    if (cutBefore || bytes + size > budget) return { lines, bytes, cut: true };
    lines.push(entry);
    bytes += size;
  }
  return { lines, bytes, cut: cutBefore };
}
