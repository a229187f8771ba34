import { basename, dirname, extname } from 'node:path';
import { ConfigError, type SourceProblem } from '../errors.ts';
import type { Assertion } from './assertion-schema.ts';
import { checkHandlerPaths } from './handler-paths.ts';
import { hashScenario } from './hash.ts';
import { expandTools, isInside, type Origin } from './includes.ts';
import type { ProjectConfig } from './project-config-schema.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { crossCheck } from './semantic-checks.ts';
import { normaliseShorthand } from './shorthand.ts';
import { IncludeRef, parseYamlSource, positionOf, type DocPath, type YamlSource } from './yaml-source.ts';
import { describeIssues, type Locate } from './zod-issues.ts';
import type { SourceReader } from '../ports.ts';

export type { SourceReader } from '../ports.ts';

export interface LoadedScenario {
  /** Path as the user gave it / relative to cwd. */
  file: string;
  /** The description, or the file name without extension. */
  name: string;
  /** Validated, with the format's and salvo.yaml's defaults applied. */
  scenario: Scenario;
  /** 1-based line of each assertion in the file (annotations point there). */
  assertionLines: number[];
  /** 1-based line of each assertion of each scripted turn. */
  turnAssertionLines: number[][];
  /** scenario_hash: SHA-256 of the resolved scenario, stable across key order and formatting. */
  hash: string;
}

export interface LoadScenarioOptions {
  reader: SourceReader;
  /** Includes may not leave this directory. */
  projectRoot: string;
  config: ProjectConfig;
}

/**
 * Reads, parses, resolves includes, normalises shorthand assertions, applies
 * salvo.yaml defaults and validates one scenario file. Throws a ConfigError
 * carrying every problem of the file (and of the files it includes), each at
 * its file, line and column.
 */
export async function loadScenario(file: string, options: LoadScenarioOptions): Promise<LoadedScenario> {
  const text = await readSourceText(file, options.reader);
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
  const at = (path: DocPath, target: 'key' | 'value', message: string): SourceProblem => ({
    ...locate(path, target),
    message,
    path: path.join('.'),
  });

  const misplacedIncludes = findIncludes(data, []);
  for (const path of misplacedIncludes)
    problems.push(at(path, 'value', `!include is only allowed as an item of 'tools'`));
  for (const [index, message] of assertions?.invalid ?? []) problems.push(at(['assertions', index], 'value', message));

  // Without zod's generated fast path: building it made the first file's parse several times slower (the start of
  // every run, a first request later), and each later file gains only microseconds from it.
  const result = scenarioSchema.safeParse(data, { jitless: true });
  if (!result.success) {
    const skipped = [
      ...misplacedIncludes,
      ...[...(assertions?.invalid.keys() ?? [])].map((index) => ['assertions', index]),
    ];
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
  for (const problem of await checkHandlerPaths(data, file, options.projectRoot, options.reader)) {
    problems.push(at(problem.path, problem.target, problem.message));
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(capProblems(sortProblems(problems, file)));
  return validScenario(file, result.data, options.config, (path) => positionOf(main.source, path, 'value').line);
}

async function readSourceText(file: string, reader: SourceReader): Promise<string> {
  try {
    return await reader.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError([{ file, line: 0, column: 0, message: `cannot read the file: ${reason}` }]);
  }
}

function parseMainSource(file: string, text: string): { source: YamlSource; problems: SourceProblem[] } {
  const parsed = parseYamlSource(text, file, { what: 'a scenario' });
  if (!parsed.source) throw new ConfigError(capProblems(parsed.problems));
  return { source: parsed.source, problems: parsed.problems };
}

async function expandIncludes(
  tools: unknown[],
  source: YamlSource,
  options: LoadScenarioOptions,
  problems: SourceProblem[],
) {
  if (!tools.some((tool) => tool instanceof IncludeRef)) {
    return { tools, origins: tools.map((_, index) => ({ source, path: ['tools', index] })), incomplete: false };
  }
  const realFile = await options.reader.realPath(source.file);
  const realRoot = await options.reader.realPath(options.projectRoot).catch(() => options.projectRoot);
  // A scenario outside the project (validated by path) may include files beside it, but no further out.
  const boundary = isInside(realFile, realRoot) ? realRoot : dirname(realFile);
  return expandTools(tools, source, { files: options.reader, boundary, realFile, problems });
}

interface NormalisedAssertions {
  values: unknown[];
  renames: Map<number, Record<string, string | null>>;
  invalid: Map<number, string>;
}

function normaliseAssertions(raw: unknown): NormalisedAssertions | null {
  if (!Array.isArray(raw)) return null;
  const result: NormalisedAssertions = { values: [], renames: new Map(), invalid: new Map() };
  for (const [index, assertion] of raw.entries()) {
    const normalised = normaliseShorthand(assertion);
    if (normalised.kind === 'shorthand') {
      result.values.push(normalised.assertion);
      result.renames.set(index, normalised.renames);
    } else {
      if (normalised.kind === 'invalid') result.invalid.set(index, normalised.message);
      result.values.push(assertion);
    }
  }
  return result;
}

/** salvo.yaml's defaults fill what the scenario leaves out; the scenario's own values win. */
function applyProjectDefaults(data: Record<string, unknown>, config: ProjectConfig): void {
  if (data.adapter === undefined && config.default_adapter !== undefined) data.adapter = config.default_adapter;
  if (data.model === undefined && config.default_model !== undefined) data.model = config.default_model;
  if (data.trials === undefined && config.trials !== undefined) data.trials = config.trials;
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
function createLocator(
  main: YamlSource,
  origins: Origin[] | null,
  renames: Map<number, Record<string, string | null>>,
): Locate {
  const place = (source: YamlSource, path: DocPath, target: 'key' | 'value') => ({
    file: source.file,
    ...positionOf(source, path, target),
  });
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

/** Problems listed per file: enough to fix a file by; a generated or hostile file once printed a million. */
export const MAX_PROBLEMS_PER_FILE = 50;

function capProblems(problems: SourceProblem[]): SourceProblem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  const shown = problems.slice(0, MAX_PROBLEMS_PER_FILE);
  const last = shown.at(-1)!;
  const more = problems.length - MAX_PROBLEMS_PER_FILE;
  return [
    ...shown,
    {
      file: last.file,
      line: last.line,
      column: last.column,
      message: `and ${more} more ${more === 1 ? 'problem' : 'problems'} in this file`,
    },
  ];
}

function sortProblems(problems: SourceProblem[], mainFile: string): SourceProblem[] {
  const rank = (problem: SourceProblem) => (problem.file === mainFile ? 0 : 1);
  return [...problems].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/**
 * The loaded scenario, with salvo.yaml's judge defaults applied. Its strings are slices of the YAML
 * text and keep the whole file alive: a caller that holds many scenarios for a run keeps them
 * spooled or detached instead (packed-scenario.ts, io/scenario-spool.ts).
 */
function validScenario(
  file: string,
  validated: Scenario,
  config: ProjectConfig,
  lineOf: (path: DocPath) => number,
): LoadedScenario {
  const scenario = applyJudgeDefaults(validated, config);
  return {
    file,
    name: flatString(scenario.description.trim() || basename(file, extname(file))),
    scenario,
    assertionLines: scenario.assertions.map((_, index) => lineOf(['assertions', index])),
    turnAssertionLines: (scenario.turns ?? []).map((turn, position) =>
      turn.assertions.map((_, index) => lineOf(['turns', position, 'assertions', index])),
    ),
    hash: hashScenario(scenario),
  };
}

function applyJudgeDefaults(scenario: Scenario, config: ProjectConfig): Scenario {
  const defaults = config.judge;
  const withDefaults = (assertions: Assertion[]) =>
    assertions.map((assertion): Assertion => {
      if (assertion.type !== 'judge') return assertion;
      return {
        ...assertion,
        judge_model: assertion.judge_model ?? scenario.judge_model ?? defaults.model,
        k: assertion.k ?? defaults.k,
        threshold: assertion.threshold ?? defaults.default_threshold,
      };
    });
  const turns = scenario.turns?.map((turn) => ({ ...turn, assertions: withDefaults(turn.assertions) }));
  return { ...scenario, assertions: withDefaults(scenario.assertions), ...(turns ? { turns } : {}) };
}

/** A copy of `text` that is not a V8 slice of a larger string. */
function flatString(text: string): string {
  return structuredClone(text);
}
