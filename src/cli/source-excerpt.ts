/**
 * The line a problem points at with a caret under the column, the way
 * compilers show it, so the fix is obvious without opening the file.
 */
export function sourceExcerpt(text: string, line: number, column: number): string[] {
  if (line < 1) return [];
  const source = text.split(/\r?\n/)[line - 1];
  if (source === undefined) return [];
  const gutter = String(line);
  const shown = source.length > 160 ? `${source.slice(0, 157)}...` : source;
  const caretColumn = Math.min(Math.max(column, 1), shown.length + 1);
  return [`  ${gutter} | ${shown.replace(/\t/g, ' ')}`, `  ${' '.repeat(gutter.length)} | ${' '.repeat(caretColumn - 1)}^`];
}
