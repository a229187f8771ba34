import type { Verdict } from './results.ts';

/**
 * The one set of formatters every report uses (terminal, job summary, PR
 * comment, JUnit, assertion reasons), so a figure reads the same wherever it
 * appears.
 */

/** Dollars: `$0`, four significant digits below a dollar (`$0.000463`), cents above (`$1.92`); `unknown` for null. */
export function formatCost(cost: number | null): string {
  if (cost === null) return 'unknown';
  if (cost === 0) return '$0';
  if (Math.abs(cost) >= 1) return `$${cost.toFixed(2)}`;
  return `$${roundCost(cost)}`;
}

/** The same rounding as a number, for machine-read reports (JUnit properties): 0.0004630000000000001 -> 0.000463. */
export function roundCost(cost: number): number {
  if (Math.abs(cost) >= 1) return Math.round(cost * 100) / 100;
  return Number(cost.toPrecision(4));
}

/**
 * The agent's cost, and the judge's and the simulated user's beside it when they ran:
 * `$0.031 agent + $0.004 judge + $0.002 simulated user`. They are never summed into one figure.
 */
export function formatCosts(agent: number | null, judge: number | null | undefined, simulator?: number | null): string {
  if (judge === undefined && simulator === undefined) return formatCost(agent);
  const judged = judge === undefined ? '' : ` + ${formatCost(judge)} judge`;
  const simulated = simulator === undefined ? '' : ` + ${formatCost(simulator)} simulated user`;
  return `${formatCost(agent)} agent${judged}${simulated}`;
}

/**
 * What prompt caching did to the bill, after the cost it belongs to: `, saved $3.40 by caching`, or
 * `, caching added $0.02` when writes were never read back; empty when no cache was touched.
 */
export function formatCacheSaving(saving: number | undefined): string {
  if (saving === undefined || saving === 0) return '';
  return saving > 0 ? `, saved ${formatCost(saving)} by caching` : `, caching added ${formatCost(-saving)}`;
}

/** `1.23s` below ten seconds, `12.3s` above, with no trailing zeros (`2s`). */
export function formatSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(seconds < 10 ? 2 : 1))}s`;
}

/** 12345 -> "12,345" (rounded to a whole number). */
export function formatCount(value: number): string {
  const whole = Math.round(value);
  if (!Number.isSafeInteger(whole)) return whole.toLocaleString('en-US');
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+$)/g, ',');
  return whole < 0 ? `-${digits}` : digits;
}

/** `3 scenarios`, `1 scenario`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** How a verdict reads in every report: `HARD FAIL`, `INFRA ERROR` (the JSON keeps the underscore). */
export function verdictLabel(verdict: Verdict): string {
  return verdict.replace('_', ' ');
}

/** One line, at most `max` characters, for previews of long text. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
