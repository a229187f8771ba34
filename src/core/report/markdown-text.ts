/**
 * Turning user text (scenario names, file paths, model output, reasons) into
 * Markdown that can neither break a table nor inject HTML, links or mentions.
 * Everything a report shows that did not come from salvo itself goes through
 * `escapeMarkdown`.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Characters CommonMark lets us neutralise with a backslash (`|` matters most: it splits table cells). */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-!|~]/g;

/** Line and paragraph separators, and control characters that would end or corrupt a table row. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * One line of inert Markdown: newlines become spaces, HTML special characters
 * become entities, Markdown punctuation is backslash-escaped, and `@` gets a
 * word joiner so model output cannot mention (and notify) GitHub users.
 * `maxLength` caps the visible length (an ellipsis marks the cut).
 */
export function escapeMarkdown(text: string, maxLength = 300): string {
  const oneLine = truncateText(text.replace(LINE_BREAKS, ' ').replace(CONTROL_CHARACTERS, ''), maxLength);
  return oneLine
    .replace(/[&<>"]/g, (character) => HTML_ENTITIES[character] ?? character)
    .replace(MARKDOWN_PUNCTUATION, (character) => `\\${character}`)
    .replace(/@/g, '@\u2060');
}

/** Cuts at `maxLength` code points, marking the cut with an ellipsis. */
export function truncateText(text: string, maxLength: number): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= maxLength) return text;
  return `${codePoints.slice(0, Math.max(0, maxLength - 1)).join('')}…`;
}

/** UTF-8 size, which is what GitHub's 1 MiB job-summary limit counts. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Only http(s) URLs are linked; anything else (javascript:, data:) is shown as inert text. */
export function markdownLink(label: string, url: string | null | undefined): string {
  const safeLabel = escapeMarkdown(label);
  if (!url || !/^https?:\/\/[^\s<>"]+$/.test(url)) return safeLabel;
  return `[${safeLabel}](${url.replace(/[()]/g, (character) => encodeURIComponent(character))})`;
}
