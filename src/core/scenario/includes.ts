import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SourceProblem } from '../errors.ts';
import { IncludeRef, parseYamlSource, positionOf, type DocPath, type YamlSource } from './yaml-source.ts';

/**
 * `!include path.yaml` as an item of `tools`: the included file holds one tool
 * (a mapping) or a list of tools, whose items may include further files.
 * Paths are relative to the including file; includes may not leave the
 * project root or loop. Each resulting tool remembers where it came from, so
 * problems inside it point into the included file with its own lines.
 */

export interface FileAccess {
  readFile(path: string): Promise<string>;
  realPath(path: string): Promise<string>;
}

/** Where a value came from: a source and the path of its node in that document. */
export interface Origin {
  source: YamlSource;
  path: DocPath;
}

export interface ExpandedTools {
  tools: unknown[];
  origins: Origin[];
  /** An include failed, so the tool list is partial (later checks must not blame missing tools). */
  incomplete: boolean;
}

/** Enough for any real project, small enough that a diamond of includes cannot blow up. */
const MAX_INCLUDES = 200;
const MAX_DEPTH = 16;

interface Context {
  files: FileAccess;
  /** Real path includes must stay inside. */
  boundary: string;
  /** Real paths of the files being expanded, outermost first, to detect loops. */
  chain: string[];
  problems: SourceProblem[];
  budget: { remaining: number };
  incomplete: boolean;
}

export async function expandTools(
  items: unknown[],
  source: YamlSource,
  options: { files: FileAccess; boundary: string; realFile: string; problems: SourceProblem[] },
): Promise<ExpandedTools> {
  const context: Context = {
    files: options.files,
    boundary: options.boundary,
    chain: [options.realFile],
    problems: options.problems,
    budget: { remaining: MAX_INCLUDES },
    incomplete: false,
  };
  const expanded = await expandList(items, source, ['tools'], context);
  return { ...expanded, incomplete: context.incomplete };
}

async function expandList(items: unknown[], source: YamlSource, listPath: DocPath, context: Context) {
  const tools: unknown[] = [];
  const origins: Origin[] = [];
  for (const [index, item] of items.entries()) {
    const itemPath = [...listPath, index];
    if (!(item instanceof IncludeRef)) {
      tools.push(item);
      origins.push({ source, path: itemPath });
      continue;
    }
    const included = await loadInclude(item, source, itemPath, context);
    if (included === null) {
      context.incomplete = true;
      continue;
    }
    tools.push(...included.tools);
    origins.push(...included.origins);
  }
  return { tools, origins };
}

async function loadInclude(ref: IncludeRef, from: YamlSource, refPath: DocPath, context: Context) {
  const problem = (message: string) => {
    context.problems.push({ file: from.file, ...positionOf(from, refPath, 'value'), message, path: refPath.join('.') });
    return null;
  };
  if (typeof ref.path !== 'string' || ref.path.trim() === '')
    return problem(`!include needs a file path, e.g. !include tools/search.yaml`);
  if (isAbsolute(ref.path))
    return problem(`!include paths are relative to the including file; '${ref.path}' is absolute`);
  context.budget.remaining -= 1;
  if (context.budget.remaining < 0) return problem(`too many includes (more than ${MAX_INCLUDES}) in one scenario`);
  if (context.chain.length > MAX_DEPTH) return problem(`includes nested more than ${MAX_DEPTH} deep`);

  const file = join(dirname(from.file), ref.path);
  let realFile: string;
  try {
    realFile = await context.files.realPath(file);
  } catch {
    return problem(`included file '${ref.path}' not found (looked for ${file})`);
  }
  if (!isInside(realFile, context.boundary)) {
    return problem(
      `included file '${ref.path}' is outside the project root (${context.boundary}); includes must stay inside it`,
    );
  }
  const loopStart = context.chain.indexOf(realFile);
  if (loopStart !== -1) {
    const loop = [...context.chain.slice(loopStart), realFile].map((path) => relative(context.boundary, path) || path);
    return problem(`include loop: ${loop.join(' -> ')}`);
  }
  let text: string;
  try {
    text = await context.files.readFile(file);
  } catch (error) {
    return problem(
      `cannot read included file '${ref.path}': ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = parseYamlSource(text, file, { what: 'an included tool file', allowList: true });
  context.problems.push(...parsed.problems);
  if (!parsed.source) return null;
  const value = parsed.source.value;
  if (!Array.isArray(value)) return { tools: [value], origins: [{ source: parsed.source, path: [] }] };
  const nested: Context = { ...context, chain: [...context.chain, realFile] };
  const expanded = await expandList(value, parsed.source, [], nested);
  if (nested.incomplete) context.incomplete = true;
  return expanded;
}

export function isInside(path: string, directory: string): boolean {
  const relation = relative(resolve(directory), resolve(path));
  return relation !== '' && !relation.startsWith(`..${sep}`) && relation !== '..' && !isAbsolute(relation);
}
