import type { RunComparison, ScenarioComparison } from '../compare/compare-runs.ts';
import { escapeMarkdown, markdownLink } from './markdown-text.ts';
import {
  CLASS_LABELS,
  comparisonHeadline,
  figureChange,
  passRateChange,
  rowsOf,
  SECTIONS,
} from './comparison-lines.ts';

export interface ComparisonContext {
  /** How the baseline is named in the headline: `main`, `baseline`. */
  baseLabel: string;
  /** Where it came from, in full: `run 0193…`, `artifact salvo-results of run 42`, a file path. */
  baseOrigin: string;
  /** The baseline run's page, linked from the Markdown report. */
  baseUrl?: string | null;
}

/**
 * The comparison for a terminal: headline, then each non-empty section, then loosened checks; unchanged ones counted
 * only.
 */
export function renderComparisonText(comparison: RunComparison, context: ComparisonContext): string {
  const lines = [
    `Compared with ${context.baseLabel}: ${context.baseOrigin}`,
    comparisonHeadline(comparison, context.baseLabel),
  ];
  for (const section of SECTIONS) {
    const rows = rowsOf(comparison, section.classes);
    if (rows.length === 0) continue;
    lines.push('', `${section.title}:`);
    for (const row of rows) {
      lines.push(`  ${row.name} (${row.file})${section.classes.length > 1 ? ` [${CLASS_LABELS[row.class]}]` : ''}`);
      if (row.base && row.head)
        lines.push(
          `    pass rate ${passRateChange(row)} · cost/trial ` +
            `${figureChange(row, 'cost_per_trial')} · p50 ${figureChange(row, 'latency_p50_seconds')}`,
        );
      for (const reason of row.reasons) lines.push(`    ${reason}`);
    }
  }
  const loosened = comparison.scenarios.filter((row) => row.loosened_checks.length > 0);
  if (loosened.length > 0) {
    lines.push('', 'Loosened checks:');
    for (const row of loosened)
      for (const check of row.loosened_checks) lines.push(`  ${row.name}: ${check.check}: ${check.detail}`);
  }
  return lines.join('\n');
}

/** The comparison in Markdown, for the PR comment and the job summary; unchanged scenarios folded. */
export function renderComparisonMarkdown(comparison: RunComparison, context: ComparisonContext): string {
  const lines = [`**${escapeMarkdown(comparisonHeadline(comparison, context.baseLabel))}**`, ''];
  for (const section of SECTIONS) {
    const rows = rowsOf(comparison, section.classes);
    if (rows.length === 0) continue;
    lines.push(
      `**${section.title}**`,
      '',
      '| Scenario | Pass rate | Cost / trial | p50 latency | Why |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const row of rows) lines.push(markdownRow(row, section.classes.length > 1));
    lines.push('');
  }
  const loosened = comparison.scenarios.filter((row) => row.loosened_checks.length > 0);
  if (loosened.length > 0) {
    lines.push('**Loosened checks**', '', '| Scenario | Check | Change |', '| --- | --- | --- |');
    for (const row of loosened) {
      for (const check of row.loosened_checks)
        lines.push(
          `| ${escapeMarkdown(row.name)} | ${escapeMarkdown(check.check)} | ${escapeMarkdown(check.detail)} |`,
        );
    }
    lines.push('');
  }
  const unchanged = rowsOf(comparison, ['unchanged']);
  if (unchanged.length > 0) {
    lines.push(`<details><summary>${unchanged.length} unchanged</summary>`, '');
    for (const row of unchanged) lines.push(`- ${escapeMarkdown(row.name)}: ${passRateChange(row)}`);
    lines.push('', '</details>', '');
  }
  lines.push(`Baseline: ${markdownLink(context.baseOrigin, context.baseUrl)}`);
  return lines.join('\n');
}

function markdownRow(row: ScenarioComparison, showClass: boolean): string {
  const name = `${escapeMarkdown(row.name)}${showClass ? ` (${CLASS_LABELS[row.class]})` : ''}`;
  const why = escapeMarkdown(row.reasons.join('; '), 600);
  return (
    `| ${name} | ${passRateChange(row)} | ${figureChange(row, 'cost_per_trial')} ` +
    `| ${figureChange(row, 'latency_p50_seconds')} | ${why} |`
  );
}
