import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/** Printable ASCII only: one character is one column, and there is no escape sequence to skip. */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * Columns a string takes on screen (wide characters count twice, colour codes not at all). string-width segments
 * graphemes and parses escapes on every call; nearly every cell of a results table is plain ASCII, and a table of
 * 10,000 rows spent most of its time there.
 */
export function columnsOf(text: string): number {
  return PLAIN.test(text) ? text.length : stringWidth(text);
}

/** Cut to `columns` on screen, an ellipsis marking the cut: cli-truncate's `end` position, which handles the rest. */
export function cutTo(text: string, columns: number): string {
  if (!PLAIN.test(text)) return cliTruncate(text, columns, { position: 'end' });
  if (columns < 1) return '';
  if (text.length <= columns) return text;
  return columns === 1 ? '…' : `${text.slice(0, columns - 1)}…`;
}
