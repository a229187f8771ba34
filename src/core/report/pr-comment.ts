import type { RunResults, ScenarioResult } from '../results.ts';
import { withCommentMarker } from './comment-marker.ts';
import { formatCacheSaving, formatCosts, formatCount, plural } from '../format.ts';
import { escapeMarkdown, markdownLink } from './markdown-text.ts';
import { failureReasons, renderHeadline, statusLabel, trialStatsCell, trialTotalsSentence } from './run-overview.ts';

export { buildCommentMarker, hasCommentMarker, sameCommentBody, withCommentMarker } from './comment-marker.ts';

/** GitHub rejects comment bodies over 65,536 characters; keep a margin for the marker and notes. */
export const PR_COMMENT_CHARACTER_BUDGET = 60_000;

export interface PrCommentOptions {
  /** From buildCommentMarker(workflow, job). */
  marker: string;
  artifactUrl?: string | null;
  /** The workflow run, where the full job summary is. */
  runUrl?: string | null;
  maxCharacters?: number;
  /** Sections shown under the totals, already Markdown (comparison-section.ts: the baseline, the merged shards). */
  sections?: string[];
}

/**
 * The compact PR comment: the headline, one short row per scenario that did
 * not pass (with its first reason), a count of those that did, and links to
 * the run and the artifact. Latency is left out on purpose: it changes on
 * every run, and the comment is only rewritten when what it says changes.
 */
export function renderPrComment(results: RunResults, options: PrCommentOptions): string {
  const budget = options.maxCharacters ?? PR_COMMENT_CHARACTER_BUDGET;
  const trials = trialTotalsSentence(results);
  const head = [
    renderHeadline(results),
    '',
    renderTotalsLine(results),
    '',
    ...(trials ? [trials, ''] : []),
    ...(options.sections ?? []),
  ];
  const links = renderLinks(options);
  const notPassing = results.scenarios.filter((scenario) => scenario.status !== 'passed').length;
  const reserved = [...head, ...links].join('\n').length + 600;
  const rows: string[] = [];
  let used = 0;
  for (const scenario of notPassing > 0 ? results.scenarios : []) {
    if (scenario.status === 'passed') continue;
    const row = renderRow(scenario, trials !== null);
    if (used + row.length + 1 > budget - reserved) break;
    rows.push(row);
    used += row.length + 1;
  }
  const table =
    rows.length > 0
      ? ['| Scenario | Mode | Status | Why |', '| --- | --- | --- | --- |', ...rows, '']
      : results.scenarios.length > 0 && notPassing === 0
        ? [`All ${plural(results.scenarios.length, 'scenario')} passed.`, '']
        : [];
  const cut =
    rows.length < notPassing
      ? [
          `> ⚠️ ${formatCount(notPassing - rows.length)} more scenarios that did not pass are left out to keep this comment short; see the job summary.`,
          '',
        ]
      : [];
  return withCommentMarker([...head, ...table, ...cut, ...links].join('\n') + '\n', options.marker);
}

function renderTotalsLine(results: RunResults): string {
  const { totals } = results;
  const cost = `${totals.cost_incomplete ? '≥ ' : ''}${formatCosts(totals.cost_usd, totals.judge_cost_usd)}${formatCacheSaving(totals.cache_saving_usd)}`;
  return `Tokens in / out: ${formatCount(totals.input_tokens)} / ${formatCount(totals.output_tokens)} · cost ${cost}`;
}

function renderRow(scenario: ScenarioResult, withTrials: boolean): string {
  const reason = failureReasons(scenario, 1)[0] ?? '';
  const why = withTrials && scenario.status !== 'skipped' ? `${trialStatsCell(scenario)}: ${reason}` : reason;
  const name = `**${escapeMarkdown(scenario.name, 80)}**<br><sub>${escapeMarkdown(scenario.file, 120)}</sub>`;
  return `| ${name} | ${scenario.mode ?? '—'} | ${statusLabel(scenario)} | ${why} |`;
}

function renderLinks(options: PrCommentOptions): string[] {
  const parts: string[] = [];
  if (options.runUrl) parts.push(markdownLink('Job summary', options.runUrl));
  if (options.artifactUrl) parts.push(markdownLink('traces and results (artifact)', options.artifactUrl));
  return parts.length > 0 ? [parts.join(' · ')] : [];
}
