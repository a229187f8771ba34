import { basename, extname } from 'node:path';
import { ConfigError } from '../errors.ts';
import type { Assertion } from './assertion-schema.ts';
import { hashScenario } from './hash.ts';
import type { ProjectConfig } from './project-config-schema.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { crossCheck } from './semantic-checks.ts';
import { readPlainYaml } from './plain-yaml.ts';
import { normaliseShorthand } from './shorthand.ts';

/** How core reads files; src/io/node-source-reader.ts is the Node implementation. */
export interface SourceReader {
  readFile(path: string): Promise<string>;
  realPath(path: string): Promise<string>;
}

export interface LoadedScenario {
  /** Path as the user gave it / relative to cwd. */
  file: string;
  /** The description, or the file name without extension. */
  name: string;
  /** Validated, with the format's and salvo.yaml's defaults applied. */
  scenario: Scenario;
  /** 1-based line of each assertion in the file (annotations point there). */
  assertionLines: number[];
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
 * carrying every problem of the file (and of the files it includes).
 */
export async function loadScenario(file: string, options: LoadScenarioOptions): Promise<LoadedScenario> {
  const text = await readSourceText(file, options.reader);
  const plain = loadPlainScenario(file, text, options.config);
  if (plain) return plain;
  // The full path, and the `yaml` package with it, are loaded only when a file needs them.
  const { loadScenarioThoroughly } = await import('./load-scenario-thoroughly.ts');
  return loadScenarioThoroughly(file, text, options);
}

/**
 * The fast path: a file in the plain subset of YAML (plain-yaml.ts) that
 * validates without a single problem, as nearly every file of a suite does.
 * Anything else is null, and loadScenarioThoroughly reads the file again with
 * `yaml` so that every problem gets its file, line and column.
 */
function loadPlainScenario(file: string, text: string, config: ProjectConfig): LoadedScenario | null {
  const plain = readPlainYaml(text);
  if (plain === null) return null;
  const raw = plain.value;
  const assertions = normaliseAssertions(raw.assertions);
  if (assertions && assertions.invalid.size > 0) return null;
  const data: Record<string, unknown> = { ...raw };
  if (assertions) data.assertions = assertions.values;
  applyProjectDefaults(data, config);
  const result = scenarioSchema.safeParse(data);
  if (!result.success) return null;
  // No `!include` in the subset, so the tools are complete; a place is only described for a problem.
  if (crossCheck({ data, toolsComplete: true, describePlace: () => '' }).length > 0) return null;
  const lines = Array.isArray(raw.assertions) ? plain.itemLines.get(raw.assertions) : undefined;
  return validScenario(file, result.data, config, (index) => lines?.[index] ?? 1);
}

/**
 * The scenario both paths return. Its strings are slices of the YAML text and keep the whole file
 * alive: a caller that holds many scenarios for a run keeps them spooled or detached instead
 * (packed-scenario.ts, io/scenario-spool.ts).
 */
export function validScenario(file: string, validated: Scenario, config: ProjectConfig, assertionLine: (index: number) => number): LoadedScenario {
  const scenario = applyJudgeDefaults(validated, config);
  return {
    file,
    name: flatString(scenario.description.trim() || basename(file, extname(file))),
    scenario,
    assertionLines: scenario.assertions.map((_, index) => assertionLine(index)),
    hash: hashScenario(scenario),
  };
}

async function readSourceText(file: string, reader: SourceReader): Promise<string> {
  try {
    return await reader.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError([{ file, line: 0, column: 0, message: `cannot read the file: ${reason}` }]);
  }
}

export interface NormalisedAssertions {
  values: unknown[];
  renames: Map<number, Record<string, string | null>>;
  invalid: Map<number, string>;
}

export function normaliseAssertions(raw: unknown): NormalisedAssertions | null {
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
export function applyProjectDefaults(data: Record<string, unknown>, config: ProjectConfig): void {
  if (data.adapter === undefined && config.default_adapter !== undefined) data.adapter = config.default_adapter;
  if (data.model === undefined && config.default_model !== undefined) data.model = config.default_model;
}

function applyJudgeDefaults(scenario: Scenario, config: ProjectConfig): Scenario {
  const defaults = config.judge;
  const assertions = scenario.assertions.map((assertion): Assertion => {
    if (assertion.type !== 'judge') return assertion;
    return {
      ...assertion,
      judge_model: assertion.judge_model ?? defaults.model,
      k: assertion.k ?? defaults.k,
      threshold: assertion.threshold ?? defaults.default_threshold,
    };
  });
  return { ...scenario, assertions };
}

/** A copy of `text` that is not a V8 slice of a larger string. */
function flatString(text: string): string {
  return structuredClone(text);
}
