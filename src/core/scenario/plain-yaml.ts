/**
 * A fast reader for the plain YAML that scenario files are nearly always
 * written in: block mappings and sequences, one-line flow collections, quoted
 * and plain one-line scalars, `|` and `>` blocks, comments. It returns null for
 * anything else (anchors, tags, `!include`, multi-line plain or quoted
 * scalars, odd numbers such as `0x1F` or `1e3`, duplicate keys, tabs, a lone CR...),
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

import { FlowReader, isLineEnd, OUTSIDE, plainScalar, readKey, skipSpaces, trimSpaces } from './plain-yaml-inline.ts';

export interface PlainYaml {
  value: Record<string, unknown>;
  /** The 1-based line where each item of a sequence starts, by the array read from it. */
  itemLines: WeakMap<unknown[], number[]>;
}

/** Files above this go to `yaml` anyway (it enforces the size limit). */
const MAX_PLAIN_CHARS = 256 * 1024;

// Tabs, a CR left after CRLF became LF, other control characters, BOM, NEL and the Unicode line separators: left to `yaml`.
const UNSUPPORTED_CHARACTERS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;
const BLOCK_SCALAR_HEADER = /([|>])(-?)(?: +#.*)? *$/y;

export function readPlainYaml(text: string): PlainYaml | null {
  // A Windows checkout's CRLF reads as LF: YAML turns every line break into \n. A lone CR is left to `yaml`.
  if (text.includes('\r')) text = text.replaceAll('\r\n', '\n');
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

function isItemAt(line: string, column: number): boolean {
  return line[column] === '-' && (column + 1 === line.length || line[column + 1] === ' ');
}
