/**
 * A long text redacted a block of lines at a time. Run over the whole text,
 * each stage that finds something builds a new copy of it: on the bench's
 * 5 MB string that is five fresh 5 MB strings, and on the machine measured
 * each cost several times the scan that found the matches (a string that size
 * is a fresh allocation of its own, 15 ms for 5 MB; the scans take 1 to 4).
 * Copies of 32 KB blocks are cheap, so only the redacted text is built at
 * full size, once.
 *
 * The result is the same as for the whole text because no match can cross a
 * block boundary:
 * - blocks end just after a line break, and no literal secret holds one (the
 *   redactor takes this path only then), so neither a literal nor an escaped
 *   form of one can span it; an escape cannot swallow a line break either;
 * - a built-in pattern crosses a line break only in the whitespace after its
 *   keyword (`Authorization:\n  Bearer ...`), so blocks whose last
 *   PATTERN_HEAD_REACH characters hold a trigger word are joined to the next
 *   one before the built-ins run;
 * - a user pattern runs on each block too when its source shows it can match
 *   no line break and sees nothing outside its match (USER_PATTERN_ON_ONE_LINE);
 *   any other runs on the joined text.
 */
import { MAX_CUT_TEXT_LENGTH } from './cut-fragments.ts';
import { BUILT_IN_TRIGGER } from './patterns.ts';

/** The redactor's stages, in the order they run; each takes the previous one's result. */
export interface RedactionStages {
  /** Literal secrets and their encoded forms. */
  removeLiterals(text: string): string;
  /** Pieces of a secret left at a cut mark (short texts only). */
  removeCutPieces(text: string): string;
  removeBuiltIns(text: string): string;
  removeUserMatches(text: string): string;
}

/** Shorter texts are redacted whole: their copies are cheap. */
export const BLOCKWISE_MIN_LENGTH = 64 * 1024;

/** Characters per block, rounded up to the next line break. */
export const BLOCK_LENGTH = 32 * 1024;

/**
 * How far before a line break a built-in match that crosses it can start: the longest keyword
 * (`authorization`, 13), its quotes, separator, whitespace and `basic` (`"     :     "basic`, 18), and
 * the 20 whitespace characters that may follow (51 in all). A test puts that match across a block boundary.
 */
export const PATTERN_HEAD_REACH = 64;

/**
 * The source of a user pattern that cannot match a line break: printable characters, `.` (the redactor gives no
 * `s` flag), `\d`, `\w`, `\S`, escaped punctuation, classes that are not negated, groups, alternatives and
 * quantifiers. With no `^`, `$`, `\b`, lookaround or inline flag (`(?s)`), it sees nothing outside its match,
 * and it matches the empty string nowhere (the redactor refuses one that matches ''), so it finds the same
 * matches in a block as in the whole text.
 */
const USER_PATTERN_ON_ONE_LINE =
  /^(?:[^\\^$[(\x00-\x1f\x7f]|\((?!\?)|\(\?:|\\[dwS!-/:-@[-`{-~]|\[(?:[^\\^\]\x00-\x1f\x7f]|\\[dwS!-/:-@[-`{-~])+\])*$/;

/** Whether the user pattern `source` can be run on each block (see USER_PATTERN_ON_ONE_LINE). */
export function staysOnOneLine(source: string): boolean {
  return USER_PATTERN_ON_ONE_LINE.test(source);
}

/**
 * `text` redacted by `stages`, block by block; the same result as running them on the whole text.
 * `userPatternsPerBlock`: every user pattern stays on one line, so they run on each block too.
 */
export function redactByBlocks(text: string, stages: RedactionStages, userPatternsPerBlock: boolean): string {
  const blocks = lineBlocks(text).map((block) => stages.removeLiterals(block));
  // Removing long secrets can shrink the text into the range where cut pieces are looked for.
  if (totalLength(blocks) <= MAX_CUT_TEXT_LENGTH) {
    return stages.removeUserMatches(stages.removeBuiltIns(stages.removeCutPieces(blocks.join(''))));
  }
  const finish = userPatternsPerBlock
    ? (block: string) => stages.removeUserMatches(stages.removeBuiltIns(block))
    : (block: string) => stages.removeBuiltIns(block);
  const redacted: string[] = [];
  let pending = '';
  for (const block of blocks) {
    pending += block;
    if (BUILT_IN_TRIGGER.test(pending.slice(-PATTERN_HEAD_REACH))) continue;
    redacted.push(finish(pending));
    pending = '';
  }
  if (pending !== '') redacted.push(finish(pending));
  return userPatternsPerBlock ? redacted.join('') : stages.removeUserMatches(redacted.join(''));
}

/** `text` in pieces of at least BLOCK_LENGTH characters, each but the last ending just after a line break. */
export function lineBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (let start = 0; start < text.length;) {
    const lineBreak = text.indexOf('\n', start + BLOCK_LENGTH - 1);
    const end = lineBreak < 0 ? text.length : lineBreak + 1;
    blocks.push(text.slice(start, end));
    start = end;
  }
  return blocks;
}

function totalLength(texts: readonly string[]): number {
  let length = 0;
  for (const text of texts) length += text.length;
  return length;
}
