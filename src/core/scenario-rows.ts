import type { ScenarioResult, ScenarioRows } from './results.ts';

/**
 * The few ways the reports go over a run's rows (results.ts, ScenarioRows):
 * each a single pass that keeps no row longer than it looks at it.
 */

export function countRows(rows: Iterable<ScenarioResult>, predicate: (row: ScenarioResult) => boolean): number {
  let count = 0;
  for (const row of rows) if (predicate(row)) count += 1;
  return count;
}

export function someRow(rows: Iterable<ScenarioResult>, predicate: (row: ScenarioResult) => boolean): boolean {
  for (const row of rows) if (predicate(row)) return true;
  return false;
}

/** The rows matching `predicate`, lazily (a fresh pass over `rows` each time it is iterated). */
export function filterRows(rows: Iterable<ScenarioResult>, predicate: (row: ScenarioResult) => boolean): Iterable<ScenarioResult> {
  return {
    *[Symbol.iterator]() {
      for (const row of rows) if (predicate(row)) yield row;
    },
  };
}

/** The first `limit` rows matching `predicate`, collected (a bounded few). */
export function takeRows(rows: Iterable<ScenarioResult>, predicate: (row: ScenarioResult) => boolean, limit: number): ScenarioResult[] {
  const taken: ScenarioResult[] = [];
  if (limit <= 0) return taken;
  for (const row of rows) {
    if (!predicate(row)) continue;
    taken.push(row);
    if (taken.length >= limit) break;
  }
  return taken;
}

/** `first`'s rows, then `second`'s. */
export function concatRows(first: ScenarioRows, second: ScenarioRows): ScenarioRows {
  return {
    length: first.length + second.length,
    *[Symbol.iterator]() {
      yield* first;
      yield* second;
    },
  };
}

/** Each row as `transform` makes it, as it is read. */
export function mapRows(rows: ScenarioRows, transform: (row: ScenarioResult) => ScenarioResult): ScenarioRows {
  return {
    length: rows.length,
    *[Symbol.iterator]() {
      for (const row of rows) yield transform(row);
    },
  };
}
