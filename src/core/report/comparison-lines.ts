import type { ComparisonClass, RunComparison, ScenarioComparison } from '../compare/compare-runs.ts';
import { formatCost, formatSeconds } from '../format.ts';

/**
 * The wording of a comparison shared by the terminal and the Markdown
 * reports, so a regression reads the same in both.
 */

/** `2 regressed, 1 improved, 14 unchanged · cost $0.41 (+18 % vs main)`. */
export function comparisonHeadline(comparison: RunComparison, baseLabel: string): string {
  const { counts } = comparison;
  const parts = [`${counts.regressed} regressed`, `${counts.improved} improved`];
  if (counts.changed_not_significant > 0) parts.push(`${counts.changed_not_significant} changed (not significant)`);
  parts.push(`${counts.unchanged} unchanged`);
  if (counts.new > 0) parts.push(`${counts.new} new`);
  if (counts.removed > 0) parts.push(`${counts.removed} removed`);
  if (counts.not_comparable > 0) parts.push(`${counts.not_comparable} not comparable`);
  if (comparison.loosened_checks > 0)
    parts.push(`${comparison.loosened_checks} loosened ${comparison.loosened_checks === 1 ? 'check' : 'checks'}`);
  const cost = `${comparison.head.cost_incomplete ? 'at least ' : ''}${formatCost(comparison.head.cost_usd)}`;
  const change =
    comparison.cost_change === null ? '' : ` (${formatPercentChange(comparison.cost_change)} vs ${baseLabel})`;
  return `${parts.join(', ')} · cost ${cost}${change}`;
}

/** `+18 %`, `−5 %`, `±0 %`. */
export function formatPercentChange(change: number): string {
  const percent = Math.round(change * 100);
  if (percent === 0) return '±0 %';
  return `${percent > 0 ? '+' : '−'}${Math.abs(percent)} %`;
}

/** `9/10 → 3/10`, or what one side lacks. */
export function passRateChange(row: ScenarioComparison): string {
  const side = (figures: ScenarioComparison['base']) => (figures ? `${figures.passed}/${figures.counted}` : '—');
  return `${side(row.base)} → ${side(row.head)}`;
}

/** `$0.012 → $0.015 (+25 %)`, for one per-trial figure. */
export function figureChange(row: ScenarioComparison, figure: 'cost_per_trial' | 'latency_p50_seconds'): string {
  const show = (value: number | null | undefined) =>
    value == null ? '—' : figure === 'cost_per_trial' ? formatCost(value) : formatSeconds(value);
  const delta = row.deltas[figure];
  return (
    `${show(row.base?.[figure])} → ` +
    `${show(row.head?.[figure])}${delta === null ? '' : ` (${formatPercentChange(delta)})`}`
  );
}

/** The sections of a comparison report, in the order a reviewer reads them. */
export const SECTIONS: readonly { title: string; classes: readonly ComparisonClass[] }[] = [
  { title: 'Regressed', classes: ['regressed'] },
  { title: 'Improved', classes: ['improved'] },
  { title: 'Changed, not significant', classes: ['changed_not_significant'] },
  { title: 'New and removed', classes: ['new', 'removed'] },
  { title: 'Not comparable', classes: ['not_comparable'] },
];

export function rowsOf(comparison: RunComparison, classes: readonly ComparisonClass[]): ScenarioComparison[] {
  return comparison.scenarios.filter((row) => classes.includes(row.class));
}

export const CLASS_LABELS: Record<ComparisonClass, string> = {
  regressed: 'regressed',
  improved: 'improved',
  changed_not_significant: 'changed, not significant',
  unchanged: 'unchanged',
  new: 'new',
  removed: 'removed',
  not_comparable: 'not comparable',
};
