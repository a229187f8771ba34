import { dirname } from 'node:path';
import { ConfigError, type SourceProblem } from '../errors.ts';
import { expandTools, isInside, type Origin } from './includes.ts';
import { applyProjectDefaults, normaliseAssertions, validScenario, type LoadedScenario, type LoadScenarioOptions } from './load-scenario.ts';
import { scenarioSchema } from './schema.ts';
import { crossCheck } from './semantic-checks.ts';
import { parseYamlSource, positionOf, type YamlSource } from './yaml-source.ts';
import { IncludeRef, type DocPath } from './yaml-values.ts';
import { describeIssues, type Locate } from './zod-issues.ts';

/**
 * The full path of loading a scenario file (load-scenario.ts takes the fast
 * one when it can): the `yaml` package's document, includes resolved, and
 * every problem of the file, and of the files it includes, at its file, line
 * and column. A module of its own so that a run whose files are all plain
 * never loads `yaml`.
 */
/** The full path, for every file: `yaml`'s document, includes, and each problem at its place. */
export async function loadScenarioThoroughly(file: string, text: string, options: LoadScenarioOptions): Promise<LoadedScenario> {
  const main = parseMainSource(file, text);
  const problems: SourceProblem[] = [...main.problems];
  const raw = main.source.value as Record<string, unknown>;

  const expanded = Array.isArray(raw.tools) ? await expandIncludes(raw.tools, main.source, options, problems) : null;
  const assertions = normaliseAssertions(raw.assertions);
  const data: Record<string, unknown> = { ...raw };
  if (expanded) data.tools = expanded.tools;
  if (assertions) data.assertions = assertions.values;
  applyProjectDefaults(data, options.config);

  const locate = createLocator(main.source, expanded?.origins ?? null, assertions?.renames ?? new Map());
  const at = (path: DocPath, target: 'key' | 'value', message: string): SourceProblem => ({ ...locate(path, target), message, path: path.join('.') });

  const misplacedIncludes = findIncludes(data, []);
  for (const path of misplacedIncludes) problems.push(at(path, 'value', `!include is only allowed as an item of 'tools'`));
  for (const [index, message] of assertions?.invalid ?? []) problems.push(at(['assertions', index], 'value', message));

  const result = scenarioSchema.safeParse(data);
  if (!result.success) {
    const skipped = [...misplacedIncludes, ...[...(assertions?.invalid.keys() ?? [])].map((index) => ['assertions', index])];
    const issues = result.error.issues.filter((issue) => !skipped.some((path) => startsWith(issue.path, path)));
    problems.push(...describeIssues(issues, data, scenarioSchema, locate).map(hintDefaultModel));
  }
  const describePlace = (path: DocPath) => {
    const place = locate(path, 'value');
    return place.file === main.source.file ? `line ${place.line}` : `${place.file}:${place.line}`;
  };
  for (const problem of crossCheck({ data, toolsComplete: !expanded?.incomplete, describePlace })) {
    problems.push(at(problem.path, problem.target, problem.message));
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(sortProblems(problems, file));
  return validScenario(file, result.data, options.config, (index) => positionOf(main.source, ['assertions', index], 'value').line);
}

function parseMainSource(file: string, text: string): { source: YamlSource; problems: SourceProblem[] } {
  const parsed = parseYamlSource(text, file, { what: 'a scenario' });
  if (!parsed.source) throw new ConfigError(parsed.problems);
  return { source: parsed.source, problems: parsed.problems };
}

async function expandIncludes(tools: unknown[], source: YamlSource, options: LoadScenarioOptions, problems: SourceProblem[]) {
  if (!tools.some((tool) => tool instanceof IncludeRef)) {
    return { tools, origins: tools.map((_, index) => ({ source, path: ['tools', index] })), incomplete: false };
  }
  const realFile = await options.reader.realPath(source.file);
  const realRoot = await options.reader.realPath(options.projectRoot).catch(() => options.projectRoot);
  // A scenario outside the project (validated by path) may include files beside it, but no further out.
  const boundary = isInside(realFile, realRoot) ? realRoot : dirname(realFile);
  return expandTools(tools, source, { files: options.reader, boundary, realFile, problems });
}

function hintDefaultModel(problem: SourceProblem): SourceProblem {
  if (problem.path !== 'model' || !problem.message.startsWith('missing')) return problem;
  return { ...problem, message: `${problem.message} (or set default_model in salvo.yaml)` };
}

/**
 * Maps a path into the assembled scenario back to the file and node the user
 * wrote: tools may come from included files, and shorthand assertions
 * renamed their keys.
 */
function createLocator(main: YamlSource, origins: Origin[] | null, renames: Map<number, Record<string, string | null>>): Locate {
  const place = (source: YamlSource, path: DocPath, target: 'key' | 'value') => ({ file: source.file, ...positionOf(source, path, target) });
  return (path, target) => {
    const [head, index, ...rest] = path;
    const origin = head === 'tools' && typeof index === 'number' ? origins?.[index] : undefined;
    if (origin) return place(origin.source, [...origin.path, ...rest], target);
    const renamed = head === 'assertions' && typeof index === 'number' ? renames.get(index) : undefined;
    const [fieldName, ...inner] = rest;
    if (renamed && typeof fieldName === 'string' && fieldName in renamed) {
      const original = renamed[fieldName];
      if (original === null || original === undefined) return place(main, ['assertions', index as number], 'value');
      return place(main, ['assertions', index as number, original, ...inner], target);
    }
    return place(main, path, target);
  };
}

function findIncludes(value: unknown, path: DocPath): DocPath[] {
  if (value instanceof IncludeRef) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => findIncludes(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => findIncludes(item, [...path, key]));
  }
  return [];
}

function startsWith(path: readonly PropertyKey[], prefix: DocPath): boolean {
  return prefix.every((segment, index) => path[index] === segment);
}

function sortProblems(problems: SourceProblem[], mainFile: string): SourceProblem[] {
  const rank = (problem: SourceProblem) => (problem.file === mainFile ? 0 : 1);
  return [...problems].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

