import type { AssertionFailureStats, AssertionResult, TrialResult } from '../results.ts';

/**
 * Ranks assertions by how often and how much they failed across trials.
 * Results are grouped by the assertion's index in the scenario, never by the
 * reason text: reasons carry the values of each trial ("cost $0.031 ..."), and
 * grouping by them would split one assertion into many rows.
 *
 * Order: failed required assertions first (they decide HARD_FAIL), then by
 * fail count, then by the share of score they cost, then by position.
 */
export function rankFailingAssertions(trials: readonly TrialResult[]): AssertionFailureStats[] {
  const groups = new Map<number, { results: AssertionResult[]; lost: number[] }>();
  for (const trial of trials) {
    const evaluated = trial.assertions;
    const totalWeight = evaluated.reduce((sum, result) => sum + result.weight, 0);
    for (const result of evaluated) {
      const group = groups.get(result.index) ?? { results: [], lost: [] };
      group.results.push(result);
      group.lost.push(totalWeight > 0 ? ((1 - result.score) * result.weight) / totalWeight : 0);
      groups.set(result.index, group);
    }
  }
  const ranked: AssertionFailureStats[] = [];
  for (const [index, group] of groups) {
    const failures = group.results.filter((result) => !result.passed);
    const first = failures[0];
    if (first === undefined) continue;
    const stats: AssertionFailureStats = {
      index,
      type: first.type,
      label: first.label,
      required: first.required,
      weight: first.weight,
      fail_count: failures.length,
      evaluated_count: group.results.length,
      fail_rate: failures.length / group.results.length,
      score_lost: group.lost.reduce((sum, value) => sum + value, 0) / group.lost.length,
      sample_reasons: mostFrequent(
        failures.map((result) => result.reason),
        3,
      ),
    };
    if (first.line !== undefined) stats.line = first.line;
    ranked.push(stats);
  }
  return ranked.sort(
    (a, b) =>
      Number(b.required) - Number(a.required) ||
      b.fail_count - a.fail_count ||
      b.score_lost - a.score_lost ||
      a.index - b.index,
  );
}

function mostFrequent(values: readonly string[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([value]) => value);
}
