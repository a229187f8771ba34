/**
 * A fast reader for the plain YAML that scenario files are nearly always
 * written in: block mappings and sequences, one-line flow collections, quoted
 * and plain one-line scalars, `|` and `>` blocks, comments. It returns null for
 * anything else (anchors, tags, `!include`, multi-line plain or quoted
 * scalars, odd numbers such as `0x1F` or `1e3`, duplicate keys, tabs, CR, ...),
 * and the loader then reads the file with the `yaml` package, which also
 * gives every problem its line and column.
 *
 * Why: `yaml` builds a concrete syntax tree through nested generators and
 * then a document; at about 0.5 ms for a 1.5 KB file it was most of the cost
 * of loading a suite (bench/README.md, finding 8), ten times what this takes.
 * Whatever it accepts, it reads exactly as `yaml` does (YAML 1.2 core schema):
 * a differential test compares the two on every example and on thousands of
 * mutated documents (__tests__/core/scenario/plain-yaml.test.ts).
 */

export interface PlainYaml {
  value: Record<string, unknown>;
  /** The 1-based line where each item of a sequence starts, by the array read from it. */
  itemLines: WeakMap<unknown[], number[]>;
}

/** Thrown (never escapes) when the text leaves the subset. */
const OUTSIDE: unique symbol = Symbol('outside the plain subset');
/** Files above this go to `yaml` anyway (it enforces the size limit). */
const MAX_PLAIN_CHARS = 256 * 1024;
const MAX_FLOW_DEPTH = 32;

// Tabs, CR, other control characters, BOM, NEL and the Unicode line separators: left to `yaml`.
const UNSUPPORTED_CHARACTERS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;
const PLAIN_KEY = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const NOT_A_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
const BLOCK_SCALAR_HEADER = /([|>])(-?)(?: +#.*)? *$/y;
/** What YAML 1.2's core schema might read as a number (`.inf` and `.nan` included); only plain integers and decimals are read here. */
const MAYBE_NUMBER = /^(?:[-+]?\.?[0-9]|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;
const INTEGER = /^[-+]?[0-9]+$/;
const DECIMAL = /^[-+]?[0-9]+\.[0-9]+$/;
const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

export function readPlainYaml(text: string): PlainYaml | null {
  if (text.length > MAX_PLAIN_CHARS || UNSUPPORTED_CHARACTERS.test(text)) return null;
  try {
    return new PlainReader(text).document();
  } catch (error) {
    if (error === OUTSIDE) return null;
    throw error;
  }
}

interface Read {
  value: unknown;
  /** The first row after the node (blank or comment rows may follow). */
  next: number;
}

class PlainReader {
  readonly #lines: string[];
  readonly #itemLines = new WeakMap<unknown[], number[]>();

  constructor(text: string) {
    this.#lines = text.split('\n');
  }

  document(): PlainYaml {
    let row = this.#contentRow(0);
    if (row < this.#lines.length && /^---(?: +#.*)? *$/.test(this.#lines[row]!)) row = this.#contentRow(row + 1);
    if (row >= this.#lines.length || indentOf(this.#lines[row]!) !== 0 || isItemAt(this.#lines[row]!, 0)) throw OUTSIDE;
    const { value, next } = this.#mapping(row, 0);
    if (this.#contentRow(next) < this.#lines.length) throw OUTSIDE;
    return { value: value as Record<string, unknown>, itemLines: this.#itemLines };
  }

  /** A block mapping whose keys stand at `column`, the first one on `row`. */
  #mapping(row: number, column: number): Read {
    const map: Record<string, unknown> = {};
    for (;;) {
      const line = this.#lines[row]!;
      const key = readKey(line, column);
      if (key === null || Object.hasOwn(map, key.key)) throw OUTSIDE;
      const entry = this.#valueAfter(row, key.end, column);
      map[key.key] = entry.value;
      const nextRow = this.#contentRow(entry.next);
      if (nextRow >= this.#lines.length) return { value: map, next: nextRow };
      const indent = indentOf(this.#lines[nextRow]!);
      if (indent < column) return { value: map, next: nextRow };
      if (indent > column || isItemAt(this.#lines[nextRow]!, column)) throw OUTSIDE;
      row = nextRow;
    }
  }

  /** A block sequence whose dashes stand at `column`, the first one on `row`. */
  #sequence(row: number, column: number): Read {
    const items: unknown[] = [];
    const lines: number[] = [];
    for (;;) {
      const line = this.#lines[row]!;
      const start = skipSpaces(line, column + 1);
      let item: Read;
      if (start >= line.length || line[start] === '#') {
        const nested = this.#contentRow(row + 1);
        const indent = nested < this.#lines.length ? indentOf(this.#lines[nested]!) : -1;
        if (indent <= column) throw OUTSIDE;
        lines.push(nested + 1);
        item = this.#node(nested, indent);
      } else {
        if (isItemAt(line, start)) throw OUTSIDE;
        lines.push(row + 1);
        item = readKey(line, start) === null ? this.#inlineValue(row, start, column) : this.#mapping(row, start);
      }
      items.push(item.value);
      const nextRow = this.#contentRow(item.next);
      const nextLine = this.#lines[nextRow];
      if (nextLine === undefined || indentOf(nextLine) < column || (indentOf(nextLine) === column && !isItemAt(nextLine, column))) {
        this.#itemLines.set(items, lines);
        return { value: items, next: nextRow };
      }
      if (indentOf(nextLine) !== column) throw OUTSIDE;
      row = nextRow;
    }
  }

  /** A block node starting at `column` of `row`, the first text on its line. */
  #node(row: number, column: number): Read {
    return isItemAt(this.#lines[row]!, column) ? this.#sequence(row, column) : this.#mapping(row, column);
  }

  /** The value of a mapping entry whose key (at `keyColumn`) ends at `position` of `row`. */
  #valueAfter(row: number, position: number, keyColumn: number): Read {
    const line = this.#lines[row]!;
    const start = skipSpaces(line, position);
    if (start < line.length && line[start] !== '#') return this.#inlineValue(row, start, keyColumn);
    const nested = this.#contentRow(row + 1);
    const nestedLine = this.#lines[nested];
    if (nestedLine !== undefined && indentOf(nestedLine) > keyColumn) return this.#node(nested, indentOf(nestedLine));
    if (nestedLine !== undefined && isItemAt(nestedLine, keyColumn)) return this.#sequence(nested, keyColumn);
    return { value: null, next: row + 1 };
  }

  /** A value that starts on its key's or dash's line; nothing may continue it below, deeper than `parentIndent`. */
  #inlineValue(row: number, start: number, parentIndent: number): Read {
    const line = this.#lines[row]!;
    const first = line[start]!;
    if (first === '|' || first === '>') return this.#blockScalar(row, start, parentIndent);
    let value: unknown;
    if (first === '{' || first === '[' || first === '"' || first === "'") {
      const read = new FlowReader(line, row + 1, this.#itemLines).value(start, 0);
      if (!isLineEnd(line, read.end)) throw OUTSIDE;
      value = read.value;
    } else {
      const comment = line.indexOf(' #', start);
      const text = trimSpaces(comment === -1 ? line.slice(start) : line.slice(start, comment));
      if (text.includes(': ') || text.endsWith(':')) throw OUTSIDE;
      value = plainScalar(text);
    }
    const nextRow = this.#contentRow(row + 1);
    if (nextRow < this.#lines.length && indentOf(this.#lines[nextRow]!) > parentIndent) throw OUTSIDE;
    return { value, next: row + 1 };
  }

  /** `|` or `>` with clip or strip chomping; its lines are indented deeper than `parentIndent`. */
  #blockScalar(row: number, start: number, parentIndent: number): Read {
    BLOCK_SCALAR_HEADER.lastIndex = start;
    const header = BLOCK_SCALAR_HEADER.exec(this.#lines[row]!);
    if (!header) throw OUTSIDE;
    const folded = header[1] === '>';
    const first = this.#lines[row + 1];
    const indent = first === undefined ? 0 : indentOf(first);
    // Leading blank lines, an empty block and a last line without its line break are left to `yaml`.
    if (first === undefined || indent <= parentIndent || indent === first.length) throw OUTSIDE;
    const parts: string[] = [];
    let next = row + 1;
    for (; next < this.#lines.length; next += 1) {
      const line = this.#lines[next]!;
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) {
        if (lineIndent > indent) throw OUTSIDE;
        parts.push('');
        continue;
      }
      if (lineIndent < indent) break;
      // A deeper line keeps its breaks in a folded block; left to `yaml`.
      if (folded && lineIndent > indent) throw OUTSIDE;
      parts.push(line.slice(indent));
    }
    // A block that ends the text without a final line break is left to `yaml`.
    if (next >= this.#lines.length && this.#lines.at(-1) !== '') throw OUTSIDE;
    while (parts.at(-1) === '') parts.pop();
    const body = folded ? fold(parts) : parts.join('\n');
    return { value: header[2] === '-' ? body : `${body}\n`, next };
  }

  /** The first row from `row` on that holds more than blanks or a comment. */
  #contentRow(row: number): number {
    while (row < this.#lines.length) {
      const line = this.#lines[row]!;
      const start = indentOf(line);
      if (start < line.length && line[start] !== '#') return row;
      row += 1;
    }
    return row;
  }
}

/** One-line flow collections and quoted scalars, read from a position of one line. */
class FlowReader {
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
function readKey(line: string, position: number): { key: string; end: number } | null {
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
function plainScalar(text: string): unknown {
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

/** A folded block's lines: a break between two lines becomes a space, each blank line a line break. */
function fold(parts: string[]): string {
  let out = parts[0] ?? '';
  let blanks = 0;
  for (let index = 1; index < parts.length; index += 1) {
    const part = parts[index]!;
    if (part === '') {
      blanks += 1;
      continue;
    }
    out += blanks === 0 ? ` ${part}` : '\n'.repeat(blanks) + part;
    blanks = 0;
  }
  return out;
}

function indentOf(line: string): number {
  let indent = 0;
  while (line.charCodeAt(indent) === 32) indent += 1;
  return indent;
}

/** Trailing spaces off (not `trimEnd`: YAML's white space is only space and tab, not NBSP). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

function skipSpaces(line: string, position: number): number {
  while (line.charCodeAt(position) === 32) position += 1;
  return position;
}

function isItemAt(line: string, column: number): boolean {
  return line[column] === '-' && (column + 1 === line.length || line[column + 1] === ' ');
}

/** Only blanks, or a comment after at least one blank, remain from `position`. */
function isLineEnd(line: string, position: number): boolean {
  const rest = skipSpaces(line, position);
  return rest >= line.length || (line[rest] === '#' && rest > position);
}
