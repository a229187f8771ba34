import { maskSecrets } from '../core/redaction/index.ts';

/**
 * The line a problem points at with a caret under the column, the way
 * compilers show it, so the fix is obvious without opening the file.
 */
export function sourceExcerpt(text: string, line: number, column: number): string[] {
  if (line < 1) return [];
  const source = text.split(/\r?\n/)[line - 1];
  if (source === undefined) return [];
  const gutter = String(line);
  // The line may be from a file that is not the user's (an `!include ../.git/config`): secrets out first, then cut.
  const redacted = maskSecrets(source);
  const shown = redacted.length > 160 ? `${redacted.slice(0, 157)}...` : redacted;
  const caretColumn = Math.min(Math.max(column, 1), shown.length + 1);
  return [
    `  ${gutter} | ${shown.replace(/\t/g, ' ')}`,
    `  ${' '.repeat(gutter.length)} | ${' '.repeat(caretColumn - 1)}^`,
  ];
}
