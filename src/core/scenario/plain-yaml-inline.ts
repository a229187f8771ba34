/**
 * The one-line parts of plain-yaml.ts's subset: keys, flow collections, quoted
 * and plain scalars, each read from a position of one line. Anything outside
 * the subset throws OUTSIDE, which readPlainYaml turns into "leave this file
 * to `yaml`".
 */

/** Thrown (never escapes readPlainYaml) when the text leaves the subset. */
export const OUTSIDE: unique symbol = Symbol('outside the plain subset');
const MAX_FLOW_DEPTH = 32;
const PLAIN_KEY = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const NOT_A_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
/** What YAML 1.2's core schema might read as a number (`.inf` and `.nan` included); only plain integers and decimals are read here. */
const MAYBE_NUMBER = /^(?:[-+]?\.?[0-9]|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;
const INTEGER = /^[-+]?[0-9]+$/;
const DECIMAL = /^[-+]?[0-9]+\.[0-9]+$/;
const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/** One-line flow collections and quoted scalars, read from a position of one line. */
export class FlowReader {
  readonly #line: string;
  readonly #lineNumber: number;
  readonly #itemLines: WeakMap<unknown[], number[]>;

  constructor(line: string, lineNumber: number, itemLines: WeakMap<unknown[], number[]>) {
    this.#line = line;
    this.#lineNumber = lineNumber;
    this.#itemLines = itemLines;
  }

  value(position: number, depth: number): { value: unknown; end: number } {
    if (depth > MAX_FLOW_DEPTH) throw OUTSIDE;
    const line = this.#line;
    const first = line[position];
    if (first === '{') return this.#mapping(position + 1, depth);
    if (first === '[') return this.#sequence(position + 1, depth);
    if (first === '"' || first === "'") return quotedScalar(line, position);
    let end = position;
    while (end < line.length && !',[]{}:'.includes(line[end]!) && !(line[end] === '#' && line[end - 1] === ' ')) end += 1;
    if (line[end] === ':' || line[end] === '#') throw OUTSIDE;
    return { value: plainScalar(trimSpaces(line.slice(position, end))), end };
  }

  #mapping(position: number, depth: number): { value: unknown; end: number } {
    const map: Record<string, unknown> = {};
    let at = skipSpaces(this.#line, position);
    if (this.#line[at] === '}') return { value: map, end: at + 1 };
    for (;;) {
      const key = readKey(this.#line, at);
      if (key === null || Object.hasOwn(map, key.key)) throw OUTSIDE;
      const item = this.value(skipSpaces(this.#line, key.end), depth + 1);
      map[key.key] = item.value;
      at = this.#separator(item.end, '}');
      if (at < 0) return { value: map, end: -at };
    }
  }

  #sequence(position: number, depth: number): { value: unknown; end: number } {
    const items: unknown[] = [];
    let at = skipSpaces(this.#line, position);
    if (this.#line[at] !== ']') {
      for (;;) {
        const item = this.value(at, depth + 1);
        items.push(item.value);
        at = this.#separator(item.end, ']');
        if (at < 0) {
          at = -at - 1;
          break;
        }
      }
    }
    this.#itemLines.set(items, items.map(() => this.#lineNumber));
    return { value: items, end: at + 1 };
  }

  /** After an item: the next item's position, or minus the position after the closing bracket. */
  #separator(position: number, close: '}' | ']'): number {
    const at = skipSpaces(this.#line, position);
    if (this.#line[at] === close) return -(at + 1);
    if (this.#line[at] !== ',') throw OUTSIDE;
    const next = skipSpaces(this.#line, at + 1);
    // A trailing comma, or an empty item, is left to `yaml`.
    if (next >= this.#line.length || ',]}'.includes(this.#line[next]!)) throw OUTSIDE;
    return next;
  }
}

/** A key (plain word or quoted string) at `position`, followed by `: ` or a colon ending the line. */
export function readKey(line: string, position: number): { key: string; end: number } | null {
  let key: string;
  let end: number;
  const first = line[position];
  if (first === '"' || first === "'") {
    const quoted = tryQuoted(line, position);
    if (quoted === null) return null;
    ({ value: key, end } = quoted);
  } else {
    PLAIN_KEY.lastIndex = position;
    const match = PLAIN_KEY.exec(line);
    if (!match) return null;
    key = match[0];
    end = position + key.length;
  }
  if (line[end] !== ':' || (end + 1 < line.length && line[end + 1] !== ' ')) return null;
  // `true:` or `null:` is not the string key it looks like; `__proto__` is set specially by `yaml`.
  if ((first !== '"' && first !== "'" && NOT_A_STRING_KEY.test(key)) || key === '__proto__' || key.length > 1000) throw OUTSIDE;
  return { key, end: end + 1 };
}

function tryQuoted(line: string, position: number): { value: string; end: number } | null {
  try {
    return quotedScalar(line, position);
  } catch (error) {
    if (error === OUTSIDE) return null;
    throw error;
  }
}

/** A single- or double-quoted scalar closed on the same line. */
function quotedScalar(line: string, position: number): { value: string; end: number } {
  const quote = line[position];
  let value = '';
  let at = position + 1;
  while (at < line.length) {
    const next = line.indexOf(quote === '"' ? '"' : "'", at);
    const escape = quote === '"' ? line.indexOf('\\', at) : -1;
    if (next === -1) throw OUTSIDE;
    if (escape !== -1 && escape < next) {
      value += line.slice(at, escape);
      const read = unescape(line, escape + 1);
      value += read.text;
      at = read.end;
      continue;
    }
    value += line.slice(at, next);
    if (quote === "'" && line[next + 1] === "'") {
      value += "'";
      at = next + 2;
      continue;
    }
    return { value, end: next + 1 };
  }
  throw OUTSIDE;
}

function unescape(line: string, position: number): { text: string; end: number } {
  const code = line[position];
  if (code === undefined) throw OUTSIDE;
  const simple = SIMPLE_ESCAPES[code];
  if (simple !== undefined) return { text: simple, end: position + 1 };
  const digits = code === 'x' ? 2 : code === 'u' ? 4 : 0;
  const hex = line.slice(position + 1, position + 1 + digits);
  if (digits === 0 || !/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== digits) throw OUTSIDE;
  return { text: String.fromCharCode(parseInt(hex, 16)), end: position + 1 + digits };
}

/** A plain scalar's value in YAML 1.2's core schema; anything it could read otherwise is left to `yaml`. */
export function plainScalar(text: string): unknown {
  const first = text[0];
  if (first === undefined || !/[A-Za-z0-9_(/$~.+\-\u0080-\uFFFF]/.test(first)) throw OUTSIDE;
  if (MAYBE_NUMBER.test(text)) {
    if (INTEGER.test(text)) return first === '-' ? -parseInt(text.slice(1), 10) : parseInt(text, 10);
    if (DECIMAL.test(text)) return parseFloat(text);
    throw OUTSIDE;
  }
  // `-`, `+` or `.` then a letter is a string (`.salvo`, `-v`); alone, or before a blank, it is not.
  if ('-+.'.includes(first) && !/^.[A-Za-z_/]/.test(text)) throw OUTSIDE;
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  return text;
}

/** Trailing spaces off (not `trimEnd`: YAML's white space is only space and tab, not NBSP). */
export function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

export function skipSpaces(line: string, position: number): number {
  while (line.charCodeAt(position) === 32) position += 1;
  return position;
}

/** Only blanks, or a comment after at least one blank, remain from `position`. */
export function isLineEnd(line: string, position: number): boolean {
  const rest = skipSpaces(line, position);
  return rest >= line.length || (line[rest] === '#' && rest > position);
}
