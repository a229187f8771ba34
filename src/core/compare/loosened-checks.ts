import type { CheckSummary, ScenarioChecks } from '../results.ts';

/** One way a PR made a scenario's checks easier to pass. */
export interface LoosenedCheck {
  /** The assertion's label on the base side, or `threshold` / `required_pass_rate` for the scenario's own bars. */
  check: string;
  kind: 'removed' | 'made_optional' | 'lowered_bar' | 'weaker_matcher';
  /** What changed, e.g. `max_usd 0.05 → 0.2`. */
  detail: string;
}

/** Numbers where a higher value passes more easily; the others pass more easily lower. */
const LOOSER_WHEN_HIGHER = new Set(['max_times', 'max_usd', 'max_seconds', 'max_turns']);

/** Matching modes from strictest to loosest. */
const MODE_STRICTNESS: Record<string, readonly (string | boolean)[]> = {
  strings: ['exact', 'loose'],
  extra_arguments: ['forbid', 'allow'],
  others: ['forbid', 'allow'],
  order: ['in_order', 'any'],
  mode: ['exact', 'in_order', 'any_order'],
  ignore_case: [false, true],
};

/**
 * Every check the head side made weaker than the base side: assertions
 * removed, made non-required, with a lower bar (threshold, required pass
 * rate, min_times) or a higher limit (cost, latency, turns, max_times), or a
 * looser matcher. Adding checks or tightening them is not listed.
 */
export function findLoosenedChecks(base: ScenarioChecks, head: ScenarioChecks): LoosenedCheck[] {
  const found: LoosenedCheck[] = [];
  if (head.threshold < base.threshold)
    found.push({
      check: 'threshold',
      kind: 'lowered_bar',
      detail: `threshold ${base.threshold} → ${head.threshold}`,
    });
  if (head.required_pass_rate < base.required_pass_rate) {
    found.push({
      check: 'required_pass_rate',
      kind: 'lowered_bar',
      detail: `required_pass_rate ${base.required_pass_rate} → ${head.required_pass_rate}`,
    });
  }
  for (const [before, after] of pairAssertions(base.assertions, head.assertions)) {
    if (after === null) {
      found.push({
        check: before.label,
        kind: 'removed',
        detail: `${before.required ? 'required ' : ''}assertion removed`,
      });
      continue;
    }
    if (before.required && !after.required)
      found.push({ check: before.label, kind: 'made_optional', detail: 'required → not required' });
    for (const detail of loweredBars(before, after)) found.push({ check: before.label, kind: 'lowered_bar', detail });
    for (const detail of weakerModes(before, after))
      found.push({ check: before.label, kind: 'weaker_matcher', detail });
  }
  return found;
}

/**
 * Pairs each base assertion with its head counterpart: the same thing looked
 * for (digest) first, then the same label, then the next unpaired one of the
 * same type in file order; null when none is left (removed).
 */
function pairAssertions(
  base: readonly CheckSummary[],
  head: readonly CheckSummary[],
): [CheckSummary, CheckSummary | null][] {
  const unpaired = new Set(head);
  const pairs = new Map<CheckSummary, CheckSummary>();
  const rules: ((a: CheckSummary, b: CheckSummary) => boolean)[] = [
    (a, b) => a.type === b.type && a.digest === b.digest,
    (a, b) => a.type === b.type && a.label === b.label,
    (a, b) => a.type === b.type,
  ];
  for (const rule of rules) {
    for (const before of base) {
      if (pairs.has(before)) continue;
      const match = [...unpaired].find((after) => rule(before, after));
      if (match) {
        pairs.set(before, match);
        unpaired.delete(match);
      }
    }
  }
  return base.map((before) => [before, pairs.get(before) ?? null]);
}

function loweredBars(before: CheckSummary, after: CheckSummary): string[] {
  const details: string[] = [];
  for (const [name, was] of Object.entries(before.limits)) {
    const now = after.limits[name];
    if (now === undefined) {
      details.push(`${name} ${was} → none`);
      continue;
    }
    const looser = LOOSER_WHEN_HIGHER.has(name) ? now > was : now < was;
    if (looser) details.push(`${name} ${was} → ${now}`);
  }
  return details;
}

function weakerModes(before: CheckSummary, after: CheckSummary): string[] {
  const details: string[] = [];
  for (const [name, was] of Object.entries(before.modes)) {
    const order = MODE_STRICTNESS[name];
    const now = after.modes[name];
    if (!order || now === undefined) continue;
    if (order.indexOf(now) > order.indexOf(was)) details.push(`${name} ${String(was)} → ${String(now)}`);
  }
  return details;
}
