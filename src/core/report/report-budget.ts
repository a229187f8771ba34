import { utf8ByteLength } from './markdown-text.ts';

/** Each row's entry, rendered only as the pass reaches it. */
export function* rendered<Row>(rows: Iterable<Row>, render: (row: Row) => string): Generator<string> {
  for (const row of rows) yield render(row);
}

export interface Kept {
  lines: string[];
  bytes: number;
  /** True when an entry did not fit (or an earlier section was cut already). */
  cut: boolean;
}

/**
 * Keeps whole entries, in order, while their joined size (with newlines) fits
 * the budget; stops at the first that does not, or takes none when an earlier
 * section was cut already, so the kept entries never skip one. `size` is the
 * unit of the budget: UTF-8 bytes for the job summary, characters for the comment.
 */
export function takeWithinBudget(
  entries: Iterable<string>,
  budget: number,
  cutBefore = false,
  size: (text: string) => number = utf8ByteLength,
): Kept {
  const lines: string[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const entrySize = size(entry) + 1;
    if (cutBefore || bytes + entrySize > budget) return { lines, bytes, cut: true };
    lines.push(entry);
    bytes += entrySize;
  }
  return { lines, bytes, cut: cutBefore };
}
