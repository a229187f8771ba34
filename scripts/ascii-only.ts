// Rewrites a bundle so that it holds only ASCII characters, without changing
// what it does. V8 keeps a source with even one non-ASCII character as a
// two-byte string: twice the memory for the bundle's text, a UTF-8 decode when
// Node reads it, and, with Node's compile cache on (the CLI), a UTF-8 encode
// of the whole text on every start to check the cache (about 60 million
// instructions for our bundles, most of the non-ASCII being dashes, arrows
// and ellipses in comments and messages).
//
// Every non-ASCII UTF-16 unit becomes \uXXXX, which means the same character
// in string literals, template literals, regular expressions (with or without
// the u and v flags, surrogate pairs included) and identifiers, and is
// harmless text in comments. The exceptions, found with TypeScript's parser:
// - a template of a tagged template keeps its characters (the tag can read
//   the raw text, where an escape would show);
// - whitespace outside any literal (only possible between tokens or in a
//   comment) becomes a space, or a newline for U+2028/U+2029, which are line
//   terminators (an escape would turn code after them into comment text);
// - an identity escape (a backslash before the character) becomes the escape
//   alone.
// checkSameMeaning() then re-parses the result and compares the value of
// every string, template and identifier with the original's.
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/;
const LITERAL_KINDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
]);

interface Span {
  start: number;
  end: number;
  /** A template of a tagged template: left as it is. */
  raw: boolean;
}

export interface AsciiResult {
  text: string;
  /** Characters left as they were (in tagged templates), for the build to report. */
  kept: number;
}

function parse(text: string, fileName: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
}

/** The template tokens of tagged templates: their tag can read the raw text. */
function taggedTemplateTokens(file: ts.SourceFile): Set<ts.Node> {
  const tokens = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node)) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) tokens.add(template);
      else [template.head, ...template.templateSpans.map((span) => span.literal)].forEach((token) => tokens.add(token));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return tokens;
}

/** The literals and identifiers that hold a non-ASCII character, in source order. */
function literalSpans(file: ts.SourceFile, text: string): Span[] {
  const raw = taggedTemplateTokens(file);
  const spans: Span[] = [];
  const visit = (node: ts.Node): void => {
    if (LITERAL_KINDS.has(node.kind)) {
      const start = node.getStart(file);
      if (NON_ASCII.test(text.slice(start, node.end))) spans.push({ start, end: node.end, raw: raw.has(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return spans.sort((a, b) => a.start - b.start);
}

function unitEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

export function escapeNonAscii(text: string, fileName = 'bundle.js'): AsciiResult {
  if (!NON_ASCII.test(text)) return { text, kept: 0 };
  const spans = literalSpans(parse(text, fileName), text);
  let out = '';
  let copiedTo = 0;
  let spanIndex = 0;
  let kept = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) continue;
    while (spanIndex < spans.length && spans[spanIndex]!.end <= index) spanIndex += 1;
    const span = spans[spanIndex];
    const inLiteral = span !== undefined && span.start <= index;
    if (inLiteral && span.raw) {
      kept += 1;
      continue;
    }
    let replaceFrom = index;
    let replacement: string;
    if (inLiteral) {
      replacement = unitEscape(unit);
      if (precededByOddBackslashes(text, index)) replaceFrom = index - 1;
    } else if (unit === 0x2028 || unit === 0x2029) {
      replacement = '\n';
    } else if (/\s/.test(text[index]!)) {
      replacement = ' ';
    } else {
      replacement = unitEscape(unit); // inside a comment
    }
    out += text.slice(copiedTo, replaceFrom) + replacement;
    copiedTo = index + 1;
  }
  return { text: out + text.slice(copiedTo), kept };
}

function precededByOddBackslashes(text: string, index: number): boolean {
  let count = 0;
  for (let at = index - 1; at >= 0 && text.charCodeAt(at) === 0x5c; at -= 1) count += 1;
  return count % 2 === 1;
}

/** What a literal or identifier means, as the parser reads it. */
function meanings(file: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) found.push(`regex:${regexMeaning(node.text)}`);
    else if (ts.isStringLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(`${node.kind}:${node.text}`);
    else if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) found.push(`id:${node.text}`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * A regular expression with each escape of a non-ASCII unit (\uXXXX, or an
 * identity escape) turned back into the unit: equivalent by the spec, in
 * every mode. Escapes of ASCII units are left alone (\u002e is not `.`).
 */
function regexMeaning(literal: string): string {
  return literal.replace(/\\(u[0-9a-fA-F]{4}|[\s\S])/g, (escape, body: string) => {
    if (body.length === 5) {
      const unit = parseInt(body.slice(1), 16);
      return unit >= 0x80 ? String.fromCharCode(unit) : escape;
    }
    return body.charCodeAt(0) >= 0x80 ? body : escape;
  });
}

/** Throws unless `after` parses to the same literals and identifiers as `before`. */
export function checkSameMeaning(before: string, after: string, fileName: string): void {
  const original = meanings(parse(before, fileName));
  const rewritten = meanings(parse(after, fileName));
  if (original.length !== rewritten.length) {
    throw new Error(`${fileName}: ASCII rewrite changed the number of literals (${original.length} -> ${rewritten.length})`);
  }
  for (let index = 0; index < original.length; index += 1) {
    if (original[index] !== rewritten[index]) {
      throw new Error(`${fileName}: ASCII rewrite changed a literal: ${JSON.stringify(original[index])} -> ${JSON.stringify(rewritten[index])}`);
    }
  }
}
