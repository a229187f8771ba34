import type { RunResults, ScenarioResult } from '../results.ts';
import { formatCacheSaving, formatCosts, formatCount, formatSeconds, plural } from '../format.ts';
import { escapeMarkdown, markdownLink, utf8ByteLength } from './markdown-text.ts';
import { rateLimitLines } from './rate-limit-lines.ts';
import { renderAttention, scenarioName, type SourceLinks } from './attention.ts';
import { rendered, takeWithinBudget } from './report-budget.ts';
import {
  renderHeadline,
  statusLabel,
  trialStatsCell,
  trialTotalsSentence,
  type HeadlineContext,
} from './run-overview.ts';

/** GitHub drops (not truncates) a step summary over 1 MiB; stay well below it. */
export const JOB_SUMMARY_BYTE_BUDGET = 900 * 1024;

export interface JobSummaryOptions extends HeadlineContext {
  /** The uploaded artifact holding traces and results, or null when nothing was uploaded. */
  artifact?: { name: string; url: string | null } | null;
  /** Where the full results JSON can be found on the runner (shown as text). */
  resultsFile?: string | null;
  /** Extra lines (already Markdown) shown under the headline, e.g. annotation overflow. */
  notes?: string[];
  /** Sections shown under the notes, already Markdown (comparison-section.ts: the baseline, the merged shards). */
  sections?: string[];
  /** Where scenario files can be browsed at the tested commit; file names are plain text without it. */
  links?: SourceLinks | null;
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
 * The job summary leads with what matters: the headline (outcome, counts,
 * cost, commit), the failures and errors grouped by reason, the skipped
 * scenarios, the passing ones folded away; then the full table with its
 * totals row, and the artifact link. Pure; whatever the number of scenarios
 * the result stays under `maxBytes`, cutting entries and rows with a note that
 * says so (the failures are the last to go).
 */
export function renderJobSummary(results: RunResults, options: JobSummaryOptions = {}): string {
  const budget = options.maxBytes ?? JOB_SUMMARY_BYTE_BUDGET;
  const trials = trialTotalsSentence(results);
  const head = [
    renderHeadline(results, options),
    '',
    ...(trials ? [trials, ''] : []),
    ...(options.notes ?? []).flatMap((note) => [note, '']),
    ...(options.sections ?? []),
  ];
  const links = renderLinks(results, options);
  const withTrials = trials !== null;
  const header = withTrials ? TRIALS_TABLE_HEADER : TABLE_HEADER;
  const totalsRow = renderTotalsRow(results, withTrials);
  const throttling = rateLimitLines(results.rate_limits).flatMap((line) => [`⏳ ${escapeMarkdown(line, 400)}`, '']);
  // Reserve room for the fixed parts and the longest truncation notes before filling sections.
  const reserved = utf8ByteLength([...head, ...header, totalsRow, ...throttling, ...links].join('\n')) + 1024;
  const anyNotPassing = results.scenarios.some((scenario) => scenario.status !== 'passed');
  const attention = renderAttention(results.scenarios, {
    heading: '###',
    budget: Math.floor((budget - reserved) * 0.4),
    size: utf8ByteLength,
    links: options.links,
    maxReasons: 5,
    maxNames: 50,
    elsewhere: 'see the results file and the artifact',
  });
  const afterAttention = budget - reserved - utf8ByteLength(attention.join('\n'));
  const rowBudget = Math.floor(afterAttention * (anyNotPassing ? 0.8 : 0.7));
  const rows = takeWithinBudget(
    rendered(results.scenarios, (scenario) => renderScenarioRow(scenario, withTrials)),
    rowBudget,
  );
  const rowsNote =
    rows.lines.length < results.scenarios.length
      ? [
          `> ⚠️ The table shows ${formatCount(rows.lines.length)} of ` +
            `${plural(results.scenarios.length, 'scenario')} to stay under GitHub's 1 MiB job-summary limit; ` +
            'every scenario is in the results file and the artifact.',
          '',
        ]
      : [];
  const passing = renderPassingList(results.scenarios, afterAttention - rows.bytes - 512, options.links);
  const table = ['### All scenarios', '', ...header, ...rows.lines, totalsRow, '', ...rowsNote];
  return [...head, ...attention, ...passing, ...table, ...throttling, ...links].join('\n') + '\n';
}

/** The passing scenarios, folded: names and files (and pass rates with several trials), while they fit. */
function renderPassingList(
  scenarios: readonly ScenarioResult[],
  budget: number,
  links: SourceLinks | null | undefined,
): string[] {
  const passed = scenarios.filter((scenario) => scenario.status === 'passed');
  if (passed.length === 0) return [];
  const entries = takeWithinBudget(
    rendered(passed, (scenario) => {
      const several = (scenario.stats?.trials_planned ?? 1) > 1;
      return `- ${scenarioName(scenario, links)}${several ? ` · ${trialStatsCell(scenario)}` : ''}`;
    }),
    budget,
  );
  const left = passed.length - entries.lines.length;
  const all = passed.length === scenarios.length;
  return [
    '<details><summary>✅ ' +
      `${all ? `All ${plural(passed.length, 'scenario')} passed` : `Passed: ${formatCount(passed.length)}`}` +
      '</summary>',
    '',
    ...entries.lines,
    ...(left > 0 ? ['', `${formatCount(left)} more are in the table below and the results file.`] : []),
    '',
    '</details>',
    '',
  ];
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
    ran ? formatCosts(scenario.cost_usd, scenario.judge_cost_usd, scenario.simulator_cost_usd) : '—',
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
  const cost =
    `${totals.cost_incomplete ? '≥ ' : ''}` +
    `${formatCosts(totals.cost_usd, totals.judge_cost_usd, totals.simulator_cost_usd)}` +
    `${formatCacheSaving(totals.cache_saving_usd)}`;
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
