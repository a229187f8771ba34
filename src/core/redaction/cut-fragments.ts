/**
 * A secret cut in half is no longer that secret: a label or an error cut to
 * 120 characters before it reached the redactor (`…`, `...`) can end with the
 * first ten characters of a key that no literal match finds, and an earlier
 * mask (an error excerpt hides an opaque run as `[REDACTED]`) can take the
 * end of a key and leave its beginning. The redactor therefore also removes
 * what touches a cut mark or a mask and is a piece of a secret: a beginning
 * before it, an end after it.
 */

/** Pieces shorter than this are left: four characters say little and could occur anywhere. */
export const MIN_FRAGMENT_LENGTH = 4;

/**
 * Only short texts (labels, reasons, names, messages) are cut before they are redacted; long ones are redacted
 * first.
 */
export const MAX_CUT_TEXT_LENGTH = 8192;

const CUT_MARK = /…|\.\.\.|\[REDACTED\]/g;

/** Ranges of `text` that are a piece of a secret cut off at a cut mark. */
export function cutFragments(text: string, secrets: readonly string[]): [number, number][] {
  if (
    text.length > MAX_CUT_TEXT_LENGTH ||
    (!text.includes('…') && !text.includes('...') && !text.includes('[REDACTED]'))
  )
    return [];
  const found: [number, number][] = [];
  CUT_MARK.lastIndex = 0;
  for (const mark of text.matchAll(CUT_MARK)) {
    const before = mark.index;
    const after = mark.index + mark[0].length;
    for (const secret of secrets) {
      for (let length = Math.min(secret.length - 1, before); length >= MIN_FRAGMENT_LENGTH; length -= 1) {
        if (text.startsWith(secret.slice(0, length), before - length)) {
          found.push([before - length, before]);
          break;
        }
      }
      for (let length = Math.min(secret.length - 1, text.length - after); length >= MIN_FRAGMENT_LENGTH; length -= 1) {
        if (text.startsWith(secret.slice(secret.length - length), after)) {
          found.push([after, after + length]);
          break;
        }
      }
    }
  }
  return found;
}
