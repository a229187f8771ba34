/** Small formatters shared by the text reports. */

export function formatCost(cost: number | null): string {
  return cost === null ? 'unknown' : `$${cost.toFixed(6)}`;
}

export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(2)}s`;
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** Left-aligned text columns, right-aligned number columns, separated by two spaces. */
export function renderColumns(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** One line, at most `max` characters, for previews of long text. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
