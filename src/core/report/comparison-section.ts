import type { RunComparison } from '../compare/compare-runs.ts';
import { renderComparisonMarkdown } from './comparison-report.ts';
import { escapeMarkdown } from './markdown-text.ts';

/**
 * The sections the PR comment and the job summary show above the results
 * when a pull request was compared with its baseline, or a merge step
 * combined shards. Kept apart from pr-comment.ts and job-summary.ts, which
 * only insert them, so the two layouts can change without touching these.
 */

/** A pull request's comparison with its baseline, or in one sentence why there is none. */
export type BaselineReport =
  | {
      kind: 'compared';
      comparison: RunComparison;
      /** `main`, or `baseline` for an explicit file. */
      baseLabel: string;
      baseOrigin: string;
      baseUrl: string | null;
    }
  | { kind: 'unavailable'; reason: string };

/** `### Compared with main` and the comparison; or the one line saying why it is missing. */
export function renderBaselineSection(report: BaselineReport | null): string[] {
  if (report === null) return [];
  if (report.kind === 'unavailable')
    return [`> ℹ️ Not compared with a baseline: ${escapeMarkdown(report.reason, 400)}`, ''];
  const { comparison, baseLabel, baseOrigin, baseUrl } = report;
  return [
    `### Compared with ${escapeMarkdown(baseLabel, 80)}`,
    '',
    renderComparisonMarkdown(comparison, { baseLabel, baseOrigin, baseUrl }),
    '',
  ];
}

/** What a merge step merged: the shard artifacts found, and a sentence per shard that never reported. */
export interface ShardMerge {
  artifacts: string[];
  missing: string[];
}

/** What a merge step merged, and the shards that never reported (their scenarios were not verified). */
export function renderShardSection(merge: ShardMerge | null): string[] {
  if (merge === null) return [];
  const lines = merge.missing.map((line) => `> ⚠️ Missing: ${escapeMarkdown(line, 300)}`);
  const names = merge.artifacts.map((name) => escapeMarkdown(name, 120)).join(', ');
  return [
    ...(lines.length > 0 ? [...lines, ''] : []),
    `Merged from ${merge.artifacts.length} shard artifacts: ${names}.`,
    '',
  ];
}
