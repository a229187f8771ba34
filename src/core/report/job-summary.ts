import type { RunResults, ScenarioResult } from '../results.ts';
import {
  escapeMarkdown,
  formatCost,
  formatInteger,
  formatSeconds,
  markdownLink,
  plural,
  utf8ByteLength,
} from './markdown-text.ts';
import { failureReasons, renderHeadline, statusLabel } from './run-overview.ts';

/** GitHub drops (not truncates) a step summary over 1 MiB; stay well below it. */
export const JOB_SUMMARY_BYTE_BUDGET = 900 * 1024;

export interface JobSummaryOptions {
  /** The uploaded artifact holding traces and results, or null when nothing was uploaded. */
  artifact?: { name: string; url: string | null } | null;
  /** Where the full results JSON can be found on the runner (shown as text). */
  resultsFile?: string | null;
  /** Extra lines (already Markdown) shown under the headline, e.g. annotation overflow. */
  notes?: string[];
  /** Override the byte budget (tests); defaults to JOB_SUMMARY_BYTE_BUDGET. */
  maxBytes?: number;
}

const TABLE_HEADER = [
  '| Scenario | Provider / model | Mode | Status | Turns | Tool calls | Tokens in / out | Cost | Latency |',
  '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
];

/**
 * The job summary: a headline, one table row per scenario with a totals row,
 * the reasons of every scenario that did not pass, and a link to the artifact.
 * Pure; whatever the number of scenarios the result stays under `maxBytes`,
 * cutting rows and reasons with a note that says so.
 */
export function renderJobSummary(results: RunResults, options: JobSummaryOptions = {}): string {
  const budget = options.maxBytes ?? JOB_SUMMARY_BYTE_BUDGET;
  const head = [renderHeadline(results), '', ...(options.notes ?? []).flatMap((note) => [note, '']), '## salvo results', ''];
  const links = renderLinks(results, options);
  const totalsRow = renderTotalsRow(results);
  // Reserve room for the fixed parts and the longest truncation notes before filling rows.
  const reserved = utf8ByteLength([...head, ...TABLE_HEADER, totalsRow, ...links].join('\n')) + 1024;
  const notPassing = results.scenarios.filter((scenario) => scenario.status !== 'passed');
  const rowBudget = Math.floor((budget - reserved) * (notPassing.length > 0 ? 0.6 : 1));
  const rows = takeWithinBudget(results.scenarios.map(renderScenarioRow), rowBudget);
  const rowsNote =
    rows.lines.length < results.scenarios.length
      ? [`> ⚠️ The table shows ${formatInteger(rows.lines.length)} of ${plural(results.scenarios.length, 'scenario')} to stay under GitHub's 1 MiB job-summary limit; every scenario is in the results file and the artifact.`, '']
      : [];
  const reasonBudget = budget - reserved - rows.bytes;
  const reasons = renderReasonSections(notPassing, reasonBudget);
  return [...head, ...TABLE_HEADER, ...rows.lines, totalsRow, '', ...rowsNote, ...reasons, ...links].join('\n') + '\n';
}

function renderScenarioRow(scenario: ScenarioResult): string {
  const ran = scenario.status !== 'skipped';
  const cells = [
    `**${escapeMarkdown(scenario.name, 120)}**<br><sub>${escapeMarkdown(scenario.file, 200)}</sub>`,
    `${escapeMarkdown(scenario.provider, 40)} / ${escapeMarkdown(scenario.model, 80)}`,
    scenario.mode ?? '—',
    statusLabel(scenario),
    ran ? `${formatInteger(scenario.turns)}${scenario.max_turns_hit ? ' (max turns hit)' : ''}` : '—',
    ran ? formatInteger(scenario.tool_calls) : '—',
    ran ? `${formatInteger(scenario.input_tokens)} / ${formatInteger(scenario.output_tokens)}` : '—',
    ran ? formatCost(scenario.cost_usd) : '—',
    ran ? formatSeconds(scenario.latency_seconds) : '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

function renderTotalsRow(results: RunResults): string {
  const { totals } = results;
  const turns = results.scenarios.reduce((sum, scenario) => sum + scenario.turns, 0);
  const toolCalls = results.scenarios.reduce((sum, scenario) => sum + scenario.tool_calls, 0);
  const cost = `${totals.cost_incomplete ? '≥ ' : ''}${formatCost(totals.cost_usd)}`;
  const statuses = [
    `${formatInteger(totals.passed)} passed`,
    `${formatInteger(totals.failed)} failed`,
    `${formatInteger(totals.errored)} errored`,
    `${formatInteger(totals.skipped)} skipped`,
  ].join(', ');
  const cells = [
    `**Total: ${plural(totals.total, 'scenario')}**`,
    '',
    '',
    statuses,
    formatInteger(turns),
    formatInteger(toolCalls),
    `${formatInteger(totals.input_tokens)} / ${formatInteger(totals.output_tokens)}`,
    cost,
    formatSeconds(totals.latency_seconds),
  ];
  return `| ${cells.join(' | ')} |`;
}

function renderReasonSections(notPassing: ScenarioResult[], budget: number): string[] {
  if (notPassing.length === 0) return [];
  const failures = notPassing.filter((scenario) => scenario.status !== 'skipped');
  const skipped = notPassing.filter((scenario) => scenario.status === 'skipped');
  const entries = [
    ...failures.map((scenario) => renderReasonEntry(scenario)),
    ...skipped.map((scenario) => renderReasonEntry(scenario)),
  ];
  const kept = takeWithinBudget(entries, budget);
  const lines: string[] = [];
  const failureCount = Math.min(kept.lines.length, failures.length);
  if (failureCount > 0) lines.push('### Failures and errors', '', ...kept.lines.slice(0, failureCount), '');
  if (kept.lines.length > failures.length) {
    lines.push('### Skipped', '', ...kept.lines.slice(failures.length), '');
  }
  if (kept.lines.length < entries.length) {
    lines.push(
      `> ⚠️ ${formatInteger(entries.length - kept.lines.length)} more scenarios that did not pass are left out to stay under the size limit; see the results file and the artifact.`,
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
  lines.push('', `<sub>salvo ${escapeMarkdown(results.salvo_version, 40)} · run ${escapeMarkdown(results.run_id, 80)}</sub>`);
  return lines;
}

/** Keeps whole entries, in order, while their joined size (with newlines) fits the budget. */
function takeWithinBudget(entries: string[], budget: number): { lines: string[]; bytes: number } {
  const lines: string[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = utf8ByteLength(entry) + 1;
    if (bytes + size > budget) break;
    lines.push(entry);
    bytes += size;
  }
  return { lines, bytes };
}
