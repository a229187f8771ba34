import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type ScalarTag,
} from 'yaml';
import type { SourceProblem } from '../errors.ts';
import { safeExcerpt, withSafeQuotations } from '../redaction/excerpt.ts';

/**
 * YAML text -> plain values, keeping the parsed document and its line counter
 * so every later problem can point at the offending key or value. Everything a
 * hostile or careless file can do (syntax errors, duplicate keys, several
 * documents, huge files, alias bombs) ends here as a problem, never a hang.
 */

/** Files above this are refused before parsing: scenarios are hand-written, not data dumps. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** yaml's guard against exponential alias expansion ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/**
 * Deeper than any hand-written scenario nests. A 1 MB file of 500,000 `[`
 * made the parser overflow its stack and report a problem per level (validate
 * ran 76 s and printed 432 MB); such a file is now one problem.
 */
export const MAX_NESTING_DEPTH = 64;

/** Keys and list indexes from the top of a document to one of its nodes. */
export type DocPath = readonly (string | number)[];

/** The value of a `!include path.yaml` node, replaced by the included content when the loader resolves it. */
export class IncludeRef {
  readonly path: string;
  constructor(path: string) {
    this.path = path;
  }
}

const includeTag: ScalarTag = {
  tag: '!include',
  identify: () => false,
  resolve: (value: string) => new IncludeRef(value),
};

export interface YamlSource {
  /** The path shown in problems (as the user gave it, or relative to the including file). */
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  /** The document as plain values; `!include` nodes are IncludeRef instances. */
  value: unknown;
}

export interface ParsedYaml {
  /** Null when the file cannot be read as one YAML mapping at all. */
  source: YamlSource | null;
  problems: SourceProblem[];
}

export interface ParseOptions {
  /** What the top level holds, for messages: "a scenario", "salvo.yaml". */
  what: string;
  /** Treat an empty file as an empty mapping (salvo.yaml) instead of an error. */
  allowEmpty?: boolean;
  /** Accept a list at the top level too (an included file of several tools). */
  allowList?: boolean;
}

export function parseYamlSource(text: string, file: string, options: ParseOptions): ParsedYaml {
  const fail = (message: string, line = 1, column = 1): ParsedYaml => ({
    source: null,
    problems: [{ file, line, column, message }],
  });
  if (text.length > MAX_SOURCE_BYTES || utf8LengthMayExceed(text, MAX_SOURCE_BYTES)) {
    return fail(`file is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB; ${options.what} should be far smaller`);
  }
  const lineCounter = new LineCounter();
  const at = (offset: number | undefined) => {
    const position = lineCounter.linePos(offset ?? 0);
    return { file, line: position.line, column: position.col };
  };
  const deepFlowAt = deepFlowOffset(text);
  if (deepFlowAt !== null) {
    // Not parsed, so the line counter knows no lines yet: count them here.
    const before = text.slice(0, deepFlowAt);
    return fail(tooDeepMessage, before.split('\n').length, deepFlowAt - before.lastIndexOf('\n'));
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      customTags: [includeTag],
      uniqueKeys: false,
      prettyErrors: false,
      merge: true,
    });
  } catch (error) {
    // Only pathological input (nesting thousands of levels deep) gets here.
    return fail(`cannot parse YAML: ${withSafeQuotations(error instanceof Error ? error.message : String(error))}`);
  }
  // yaml stops at a second document and reports where it starts.
  const second = doc.errors.find((error) => error.code === 'MULTIPLE_DOCS');
  if (second) {
    return {
      source: null,
      problems: [{ ...at(second.pos[0]), message: `a file holds one YAML document; a second one starts here` }],
    };
  }
  const syntax = doc.errors.map((error) => ({
    ...at(error.pos[0]),
    message: `YAML syntax error: ${withSafeQuotations(error.message)}`,
  }));
  if (syntax.length > 0) return { source: null, problems: syntax };
  if (doc.contents === null) {
    if (options.allowEmpty) return { source: emptySource(file, text, lineCounter), problems: [] };
    return fail(`file is empty; ${options.what} must be a mapping of fields (key: value)`);
  }
  const problems: SourceProblem[] = doc.warnings.map((warning) => ({
    ...at(warning.pos[0]),
    message: withSafeQuotations(warning.message),
  }));

  const top = doc.contents;
  if (!isMap(top) && !(options.allowList && isSeq(top))) {
    const found = isSeq(top)
      ? 'a list'
      : isScalar(top)
        ? `the value ${JSON.stringify(safeExcerpt(String(top.value)))}`
        : 'something else';
    return {
      source: null,
      problems: [
        { ...at(top.range?.[0]), message: `${options.what} must be a mapping of fields (key: value), found ${found}` },
      ],
    };
  }
  const tree = walkCollections(top);
  if ('tooDeepAt' in tree) return { source: null, problems: [{ ...at(tree.tooDeepAt), message: tooDeepMessage }] };
  problems.push(...tree.duplicates.map((duplicate) => duplicateKeyProblem(duplicate, at)));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    const message =
      'too many aliases: the document expands to an excessive ' + "size ('billion laughs'); avoid nesting aliases";
    return { source: null, problems: [{ ...at(firstAliasOffset(doc)), message }] };
  }
  return { source: { file, text, doc, lineCounter, value }, problems };
}

const tooDeepMessage = `values are nested more than ${MAX_NESTING_DEPTH} levels deep; a scenario needs far fewer`;

/**
 * Whether the text's UTF-8 form may be longer than `limit` bytes. A UTF-16 unit never takes more than 3 UTF-8 bytes,
 * so only a text longer than a third of the limit is encoded to count them (a scenario file never is).
 */
function utf8LengthMayExceed(text: string, limit: number): boolean {
  return text.length * 3 > limit && new TextEncoder().encode(text).byteLength > limit;
}

/**
 * Where flow collections (`[`, `{`) first nest too deep, from the lexer's tokens, before the parser recurses into
 * them. A text with no more opening brackets than the limit cannot nest deeper than it: that count is one cheap scan,
 * where lexing is a second pass as long as the parse itself, so the lexer only runs for the rare text with many.
 */
function deepFlowOffset(text: string): number | null {
  if (countFlowOpeners(text) <= MAX_NESTING_DEPTH) return null;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') depth += 1;
    else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
    if (depth > MAX_NESTING_DEPTH) return offset;
    // The lexer also emits one-character control tokens (document and scalar starts) that are not in the text.
    if (!(token.length === 1 && token < ' ' && token !== '\n' && token !== '\t')) offset += token.length;
  }
  return null;
}

function countFlowOpeners(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit === 0x5b || unit === 0x7b) count += 1;
  }
  return count;
}

function emptySource(file: string, text: string, lineCounter: LineCounter): YamlSource {
  return { file, text, doc: parseDocument('{}'), lineCounter, value: {} };
}

interface DuplicateKey {
  name: string;
  offset: number;
  firstOffset: number;
}

/**
 * One walk over the document's collections, with its own stack so depth costs no call stack: where block (indented)
 * collections nest too deep, else every mapping key that repeats an earlier key of its mapping, in document order.
 */
function walkCollections(top: unknown): { tooDeepAt: number } | { duplicates: DuplicateKey[] } {
  const duplicates: DuplicateKey[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: top, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > MAX_NESTING_DEPTH) return { tooDeepAt: node.range?.[0] ?? 0 };
    if (isMap(node)) duplicates.push(...duplicateKeysOf(node.items));
    for (const item of node.items) {
      if (!isPair(item)) stack.push({ node: item, depth: depth + 1 });
      else {
        stack.push({ node: item.value, depth: depth + 1 });
        // A key that is itself a collection (`? [a, b]`) may hold a mapping with duplicates too.
        if (isCollection(item.key)) stack.push({ node: item.key, depth: depth + 1 });
      }
    }
  }
  return { duplicates: duplicates.sort((a, b) => a.offset - b.offset) };
}

function duplicateKeysOf(pairs: readonly { key: unknown }[]): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const seen = new Map<string, number>();
  for (const pair of pairs) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const offset = pair.key.range?.[0] ?? 0;
    const firstOffset = seen.get(name);
    if (firstOffset === undefined) seen.set(name, offset);
    else found.push({ name, offset, firstOffset });
  }
  return found;
}

function duplicateKeyProblem(
  duplicate: DuplicateKey,
  at: (offset: number | undefined) => Omit<SourceProblem, 'message'>,
): SourceProblem {
  const firstLine = at(duplicate.firstOffset).line;
  return {
    ...at(duplicate.offset),
    message: `duplicate key '${safeExcerpt(duplicate.name)}' (first defined at line ${firstLine}); keep one`,
  };
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

export interface Position {
  line: number;
  column: number;
}

/**
 * The position of the node at `path` (keys and list indexes into the
 * document), or of the deepest node that exists on the way there. `key`
 * points at the key of a mapping entry (unknown fields), `value` at its value.
 */
export function positionOf(source: YamlSource, path: DocPath, target: 'key' | 'value'): Position {
  let node: unknown = source.doc.contents;
  let keyNode: unknown = null;
  let complete = true;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(source.doc) ?? node;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) {
        complete = false;
        break;
      }
      keyNode = pair.key;
      node = hasRange(pair.value) ? pair.value : pair.key;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      keyNode = null;
      node = node.items[segment];
    } else {
      complete = false;
      break;
    }
  }
  const chosen = complete && target === 'key' && hasRange(keyNode) ? keyNode : node;
  const position = source.lineCounter.linePos(hasRange(chosen) ? chosen.range[0] : 0);
  return { line: position.line, column: position.col };
}

function hasRange(node: unknown): node is { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}
