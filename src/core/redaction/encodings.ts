/**
 * The shapes a literal secret travels in besides itself. A key a model or a
 * proxy echoes rarely comes back verbatim: it is URL-encoded in a query,
 * JSON-escaped in a string (one `\u0064` is enough to dodge a literal match),
 * or base64 in an `Authorization: Basic` header. Each of these is removed like
 * the secret itself.
 */

/** Shorter forms would be too likely to occur by chance; a base64 run this long practically never does. */
const MIN_FORM_LENGTH = 8;

/**
 * The encoded forms of `secret` to remove literally: URL-encoded (both `%20`
 * and `+` for spaces, either hex case), JSON-escaped, and base64 (standard
 * and URL-safe). Base64 of a longer value (`user:secret`) shifts the secret
 * to one of three alignments; the characters that only the secret decides are
 * the same at each, so those three runs catch it wherever it sits.
 */
export function encodedForms(secret: string): string[] {
  const forms = new Set<string>();
  const uri = encodeURIComponent(secret);
  forms.add(uri);
  forms.add(uri.replace(/%20/g, '+'));
  forms.add(uri.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()));
  forms.add(JSON.stringify(secret).slice(1, -1));
  const bytes = Buffer.from(secret, 'utf8');
  for (const encoding of ['base64', 'base64url'] as const) {
    forms.add(bytes.toString(encoding));
    for (let offset = 0; offset < 3; offset += 1) {
      const shifted = Buffer.concat([Buffer.alloc(offset), bytes]).toString(encoding);
      // Base64 character i holds bits [6i, 6i + 6); keep those that lie wholly inside the secret.
      forms.add(shifted.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6)));
    }
  }
  forms.delete(secret);
  return [...forms].filter((form) => form.length >= MIN_FORM_LENGTH);
}

/** The character each one-letter escape stands for (`\n`...), by the letter's code. */
const SIMPLE_ESCAPES = new Map<number, number>(
  [...'"\\/bfnrt'].map((letter, index) => [letter.charCodeAt(0), '"\\/\b\f\n\r\t'.charCodeAt(index)]),
);

/** The value of `digits` hexadecimal digits at `at`, or -1. */
function hexAt(source: string, at: number, digits: number): number {
  if (at + digits > source.length) return -1;
  let value = 0;
  for (let index = at; index < at + digits; index += 1) {
    const code = source.charCodeAt(index);
    const digit =
      code >= 48 && code <= 57
        ? code - 48
        : code >= 97 && code <= 102
          ? code - 87
          : code >= 65 && code <= 70
            ? code - 55
            : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/**
 * A decoded text, and where each of its characters starts in the source
 * (`starts[i]` to `starts[i + 1]`; the last entry is the source's length).
 * Every escape decodes to exactly one UTF-16 unit, so the ranges are in order.
 */
interface Decoded {
  text: string;
  starts: Int32Array;
}

const utf16 = new TextDecoder('utf-16le');

/**
 * Decodes JSON and JavaScript escapes (`\u0064`, `\x64`, `\n`, `\"`...) and
 * percent-escapes of ASCII characters (`%2D`), in one pass over the
 * character codes: a 5 MB trace of nothing but escapes takes a fraction of a
 * second. Null when there is nothing to decode.
 */
function decode(source: string): Decoded | null {
  // includes() is a memchr: most strings hold neither and cost nothing more.
  if (!source.includes('\\') && !source.includes('%')) return null;
  const starts = new Int32Array(source.length + 1);
  const units = new Uint16Array(source.length);
  let length = 0;
  let decodedAny = false;
  for (let index = 0; index < source.length;) {
    const code = source.charCodeAt(index);
    let unit = code;
    let width = 1;
    if (code === 92 && index + 1 < source.length) {
      const letter = source.charCodeAt(index + 1);
      const value = letter === 117 ? hexAt(source, index + 2, 4) : letter === 120 ? hexAt(source, index + 2, 2) : -1;
      if (value >= 0) [unit, width] = [value, letter === 117 ? 6 : 4];
      else if (SIMPLE_ESCAPES.has(letter)) [unit, width] = [SIMPLE_ESCAPES.get(letter)!, 2];
    } else if (code === 37) {
      const value = hexAt(source, index + 1, 2);
      if (value >= 0 && value < 0x80) [unit, width] = [value, 3];
    }
    decodedAny ||= width > 1;
    starts[length] = index;
    units[length++] = unit;
    index += width;
  }
  if (!decodedAny) return null;
  starts[length] = source.length;
  // One unit in, one unit out (an unpaired surrogate becomes U+FFFD), so positions hold.
  return { text: utf16.decode(units.subarray(0, length)), starts: starts.subarray(0, length + 1) };
}

/**
 * Ranges of `text` that decode (JSON, `\x` and `%` escapes, up to two levels
 * deep: a tool call's arguments inside a JSON body arrive escaped twice, as
 * `\\u0064`) to a match that `find` reports. A match that holds no escape was
 * removed by the plain scan already.
 */
export function escapedMatches(text: string, find: (decoded: string) => [number, number][]): [number, number][] {
  const found: [number, number][] = [];
  const once = decode(text);
  if (!once) return found;
  const inSource = (start: number, end: number): [number, number] => [once.starts[start]!, once.starts[end]!];
  for (const [start, end] of find(once.text)) found.push(inSource(start, end));
  const twice = decode(once.text);
  if (twice) {
    for (const [start, end] of find(twice.text)) found.push(inSource(twice.starts[start]!, twice.starts[end]!));
  }
  return found;
}

/** `text` with each range (in any order, possibly overlapping) replaced by `replacement`. */
export function replaceRanges(text: string, ranges: [number, number][], replacement: string): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((left, right) => left[0] - right[0]);
  let result = '';
  let last = 0;
  for (const [start, end] of sorted) {
    if (end <= last) continue;
    result += text.slice(last, Math.max(start, last));
    if (start >= last) result += replacement;
    last = end;
  }
  return result + text.slice(last);
}
