import type { RunResults, ScenarioResult } from '../results.ts';
import { withCommentMarker } from './comment-marker.ts';
import { formatCosts, formatCount, plural } from '../format.ts';
import { renderAttention, type SourceLinks } from './attention.ts';
import { escapeMarkdown, markdownLink } from './markdown-text.ts';
import { rendered, takeWithinBudget } from './report-budget.ts';
import { renderHeadline, trialStatsCell, trialTotalsSentence, type HeadlineContext } from './run-overview.ts';

export { buildCommentMarker, hasCommentMarker, sameCommentBody, withCommentMarker } from './comment-marker.ts';

/** GitHub rejects comment bodies over 65,536 characters; keep a margin for the marker and notes. */
export const PR_COMMENT_CHARACTER_BUDGET = 60_000;

export interface PrCommentOptions extends HeadlineContext {
  /** From buildCommentMarker(workflow, job). */
  marker: string;
  artifactUrl?: string | null;
  /** The workflow run, where the full job summary is. */
  runUrl?: string | null;
  /** Where scenario files can be browsed at the tested commit; file names are plain text without it. */
  links?: SourceLinks | null;
  maxCharacters?: number;
  /** Sections shown under the totals, already Markdown (comparison-section.ts: the baseline, the merged shards). */
  sections?: string[];
}

/**
 * The PR comment leads with what matters: the headline (outcome, counts,
 * cost, commit), the failures and errors grouped by reason with their files,
 * the skipped scenarios, then the passing ones folded away, and links to the
 * run and the artifact. Latency is left out on purpose: it changes on every
 * run, and the comment is only rewritten when what it says changes.
 */
export function renderPrComment(results: RunResults, options: PrCommentOptions): string {
  const budget = options.maxCharacters ?? PR_COMMENT_CHARACTER_BUDGET;
  const trials = trialTotalsSentence(results);
  const head = [renderHeadline(results, options), '', ...(trials ? [trials, ''] : []), ...(options.sections ?? [])];
  const links = renderLinks(options);
  const reserved = [...head, ...links].join('\n').length + 600;
  const size = (text: string) => text.length;
  const attention = renderAttention(results.scenarios, {
    heading: '####',
    budget: budget - reserved,
    size,
    links: options.links,
    maxReasons: 3,
    maxNames: 20,
    elsewhere: 'see the job summary',
  });
  const used = attention.join('\n').length;
  const passing = renderPassing(results, trials !== null, budget - reserved - used);
  return withCommentMarker([...head, ...attention, ...passing, ...links].join('\n') + '\n', options.marker);
}

/** The scenarios that passed, folded: a reviewer opens them only to check one. */
function renderPassing(results: RunResults, withTrials: boolean, budget: number): string[] {
  const passed = results.scenarios.filter((scenario) => scenario.status === 'passed');
  if (passed.length === 0) return [];
  const everything = passed.length === results.scenarios.length;
  const summary = everything
    ? `✅ All ${plural(passed.length, 'scenario')} passed`
    : `✅ Passed: ${formatCount(passed.length)}`;
  const rows = takeWithinBudget(
    rendered(passed, (scenario) => renderPassingRow(scenario, withTrials)),
    budget,
    false,
    (text) => text.length,
  );
  const left = passed.length - rows.lines.length;
  const cut =
    left > 0 ? ['', `${formatCount(left)} more left out to keep this comment short; see the job summary.`] : [];
  return [
    `<details><summary>${summary}</summary>`,
    '',
    `| Scenario | Mode | ${withTrials ? 'Trials' : 'Cost'} |`,
    '| --- | --- | --- |',
    ...rows.lines,
    ...cut,
    '',
    '</details>',
    '',
  ];
}

function renderPassingRow(scenario: ScenarioResult, withTrials: boolean): string {
  const name = `**${escapeMarkdown(scenario.name, 80)}**<br><sub>${escapeMarkdown(scenario.file, 120)}</sub>`;
  const last = withTrials
    ? trialStatsCell(scenario)
    : formatCosts(scenario.cost_usd, scenario.judge_cost_usd, scenario.simulator_cost_usd);
  return `| ${name} | ${scenario.mode ?? '—'} | ${last} |`;
}

function renderLinks(options: PrCommentOptions): string[] {
  const parts: string[] = [];
  if (options.runUrl) parts.push(markdownLink('Job summary', options.runUrl));
  if (options.artifactUrl) parts.push(markdownLink('traces and results (artifact)', options.artifactUrl));
  return parts.length > 0 ? [parts.join(' · ')] : [];
}
