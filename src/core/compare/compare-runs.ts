import type { RunResults, ScenarioInputs, ScenarioResult } from '../results.ts';
import { findLoosenedChecks, type LoosenedCheck } from './loosened-checks.ts';
import { relativeChange, requiredAssertionTally, sideFigures, type SideFigures } from './side-figures.ts';
import {
  benjaminiHochberg,
  canEverShowDifference,
  FALSE_DISCOVERY_RATE,
  fisherExactTwoSided,
  TRIALS_NEEDED_CAP,
  trialsPerSideToShow,
} from './significance.ts';
import { verdictLabel } from '../format.ts';
import { changedInputParts, describeInputParts } from './scenario-facts.ts';

export type ComparisonClass =
  'regressed' | 'improved' | 'changed_not_significant' | 'unchanged' | 'new' | 'removed' | 'not_comparable';

export const COMPARISON_CLASSES: readonly ComparisonClass[] = [
  'regressed',
  'improved',
  'changed_not_significant',
  'unchanged',
  'new',
  'removed',
  'not_comparable',
];

export interface ScenarioComparison {
  file: string;
  name: string;
  class: ComparisonClass;
  /** Why it is in its class, in sentences (counts included). */
  reasons: string[];
  base: SideFigures | null;
  head: SideFigures | null;
  /** pass_rate: head − base (points of a rate in [0, 1]); the others relative, (head − base) / base. */
  deltas: {
    pass_rate: number | null;
    cost_per_trial: number | null;
    latency_p50_seconds: number | null;
    turns_per_trial: number | null;
    tool_calls_per_trial: number | null;
  };
  /**
   * Two-sided Fisher exact test of the passed/failed counts, and its Benjamini-Hochberg q-value across the compared
   * scenarios.
   */
  p_value: number | null;
  q_value: number | null;
  /**
   * For a change that is not significant: trials per side at which a difference of this size would be; null when none
   * up to the cap.
   */
  trials_needed_per_side: number | null;
  /** Which of the inputs the model sees changed (`not_comparable`). */
  changed_inputs: (keyof ScenarioInputs)[];
  loosened_checks: LoosenedCheck[];
}

export interface RunSideTotals {
  run_id: string;
  scenarios: number;
  passed: number;
  cost_usd: number;
  cost_incomplete: boolean;
}

export interface RunComparison {
  false_discovery_rate: number;
  base: RunSideTotals;
  head: RunSideTotals;
  /** (head − base) / base of the run's cost. */
  cost_change: number | null;
  counts: Record<ComparisonClass, number>;
  loosened_checks: number;
  scenarios: ScenarioComparison[];
}

/**
 * Compares a PR's run (head) with a baseline run (base), scenario by
 * scenario, matched by file path and name. docs/comparing-runs.md explains
 * the classes; the rule of thumb is that only what the counts can show is
 * called a regression, and a broken required assertion always is.
 */
export function compareRuns(base: RunResults, head: RunResults): RunComparison {
  const baseByKey = new Map(base.scenarios.map((scenario) => [keyOf(scenario), scenario]));
  const headKeys = new Set(head.scenarios.map(keyOf));
  const rows = head.scenarios.map((after) => compareScenario(baseByKey.get(keyOf(after)) ?? null, after));
  for (const before of base.scenarios) if (!headKeys.has(keyOf(before))) rows.push(compareScenario(before, null));
  applyFalseDiscoveryControl(rows);
  const counts = Object.fromEntries(COMPARISON_CLASSES.map((name) => [name, 0])) as Record<ComparisonClass, number>;
  for (const row of rows) counts[row.class] += 1;
  return {
    false_discovery_rate: FALSE_DISCOVERY_RATE,
    base: sideTotals(base),
    head: sideTotals(head),
    cost_change: relativeChange(base.totals.cost_usd, head.totals.cost_usd),
    counts,
    loosened_checks: rows.reduce((sum, row) => sum + row.loosened_checks.length, 0),
    scenarios: rows,
  };
}

function keyOf(scenario: ScenarioResult): string {
  return `${scenario.file}\u0000${scenario.name}`;
}

function sideTotals(run: RunResults): RunSideTotals {
  return {
    run_id: run.run_id,
    scenarios: run.totals.total,
    passed: run.totals.passed,
    cost_usd: run.totals.cost_usd,
    cost_incomplete: run.totals.cost_incomplete,
  };
}

function compareScenario(before: ScenarioResult | null, after: ScenarioResult | null): ScenarioComparison {
  const any = (after ?? before)!;
  const base = before ? sideFigures(before) : null;
  const head = after ? sideFigures(after) : null;
  const row: ScenarioComparison = {
    file: any.file,
    name: any.name,
    class: 'unchanged',
    reasons: [],
    base,
    head,
    deltas: {
      pass_rate: base?.pass_rate != null && head?.pass_rate != null ? head.pass_rate - base.pass_rate : null,
      cost_per_trial: relativeChange(base?.cost_per_trial ?? null, head?.cost_per_trial ?? null),
      latency_p50_seconds: relativeChange(base?.latency_p50_seconds ?? null, head?.latency_p50_seconds ?? null),
      turns_per_trial: relativeChange(base?.turns_per_trial ?? null, head?.turns_per_trial ?? null),
      tool_calls_per_trial: relativeChange(base?.tool_calls_per_trial ?? null, head?.tool_calls_per_trial ?? null),
    },
    p_value: null,
    q_value: null,
    trials_needed_per_side: null,
    changed_inputs: before && after ? changedInputs(before, after) : [],
    loosened_checks: before?.checks && after?.checks ? findLoosenedChecks(before.checks, after.checks) : [],
  };
  if (!before || !after || !base || !head) {
    row.class = before ? 'removed' : 'new';
    row.reasons.push(before ? 'no longer in the run' : 'not in the baseline run');
    return row;
  }
  if (row.changed_inputs.length > 0) {
    row.class = 'not_comparable';
    row.reasons.push(`what the model sees changed: ${describeInputParts(row.changed_inputs)}`);
    return row;
  }
  if (base.counted === 0 || head.counted === 0) {
    row.class = 'not_comparable';
    row.reasons.push(
      `no trial could be counted on the ${base.counted === 0 ? 'baseline' : 'PR'} ` +
        `side (${verdictLabel((base.counted === 0 ? base : head).verdict)})`,
    );
    return row;
  }
  row.p_value = fisherExactTwoSided(base.passed, base.counted - base.passed, head.passed, head.counted - head.passed);
  classifyInvariants(row, after);
  return row;
}

function changedInputs(before: ScenarioResult, after: ScenarioResult): (keyof ScenarioInputs)[] {
  if (before.inputs && after.inputs) return changedInputParts(before.inputs, after.inputs);
  // Rows written before inputs were recorded: the model is all that can be told.
  return before.model === after.model ? [] : ['model'];
}

/** A required assertion is an invariant: newly failing regresses, newly passing improves, whatever the counts say. */
function classifyInvariants(row: ScenarioComparison, after: ScenarioResult): void {
  const brokenBefore = new Set(row.base!.broken_invariants.map((entry) => entry.label));
  const newlyBroken = row.head!.broken_invariants.filter((entry) => !brokenBefore.has(entry.label));
  const passingNow = new Set(
    requiredAssertionTally(after)
      .filter((entry) => entry.failed === 0)
      .map((entry) => entry.label),
  );
  const restored = row.base!.broken_invariants.filter((entry) => passingNow.has(entry.label));
  if (newlyBroken.length > 0) {
    row.class = 'regressed';
    for (const entry of newlyBroken)
      row.reasons.push(`required assertion '${entry.label}' now fails (${entry.failed}/${entry.evaluated} trials)`);
  } else if (restored.length > 0) {
    row.class = 'improved';
    for (const entry of restored)
      row.reasons.push(
        `required assertion '${entry.label}' passes again (failed ${entry.failed}/${entry.evaluated} trials before)`,
      );
  }
}

/** Benjamini-Hochberg across the scenarios with a p-value, then each one's class from its q-value. */
function applyFalseDiscoveryControl(rows: ScenarioComparison[]): void {
  const tested = rows.filter((row) => row.p_value !== null);
  const qValues = benjaminiHochberg(tested.map((row) => row.p_value!));
  const ranked = [...tested].sort((a, b) => a.p_value! - b.p_value!);
  tested.forEach((row, i) => {
    row.q_value = qValues[i]!;
    // The bar BH sets for this scenario's p-value, the others staying as they are: what the trials-needed figure must
    // clear.
    const bar = (FALSE_DISCOVERY_RATE * (ranked.indexOf(row) + 1)) / tested.length;
    classifyCounts(row, bar);
  });
}

function classifyCounts(row: ScenarioComparison, bar: number): void {
  const base = row.base!;
  const head = row.head!;
  const counts = `pass rate ${base.passed}/${base.counted} → ${head.passed}/${head.counted}`;
  const rateChange = head.pass_rate! - base.pass_rate!;
  if (Math.abs(rateChange) < 1e-12) return;
  const significant = row.q_value! <= FALSE_DISCOVERY_RATE;
  if (significant) {
    const direction: ComparisonClass = rateChange < 0 ? 'regressed' : 'improved';
    // An invariant already decided the class; a significant move the other way is still worth saying.
    if (row.reasons.length === 0) row.class = direction;
    row.reasons.push(`${counts}, significant (p ${formatP(row.p_value!)}, q ${formatP(row.q_value!)})`);
    return;
  }
  if (row.reasons.length > 0) {
    row.reasons.push(`${counts}, not significant (p ${formatP(row.p_value!)})`);
    return;
  }
  row.class = 'changed_not_significant';
  row.trials_needed_per_side = trialsPerSideToShow(base.pass_rate!, head.pass_rate!, bar);
  row.reasons.push(
    `${counts}, not significant (p ${formatP(row.p_value!)}, q ${formatP(row.q_value!)}); ` +
      `${trialsAdvice(base.counted, head.counted, row.trials_needed_per_side, bar)}`,
  );
}

function trialsAdvice(baseTrials: number, headTrials: number, needed: number | null, bar: number): string {
  const neverAtThisSize = !canEverShowDifference(baseTrials, headTrials, bar)
    ? baseTrials === 1 && headTrials === 1
      ? 'one trial each can never show a difference; '
      : `${baseTrials} and ${headTrials} trials can never show a difference; `
    : '';
  if (needed === null)
    return `${neverAtThisSize}a difference this small would need more than ${TRIALS_NEEDED_CAP} trials per side`;
  return `${neverAtThisSize}about ${needed} trials per side would show a difference this size`;
}

/** `= 0.029`, `= 0.57`, `< 0.001`: a p- or q-value with its relation, to follow `p` or `q`. */
export function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  return `= ${p >= 0.1 ? p.toFixed(2) : p.toFixed(3)}`;
}
