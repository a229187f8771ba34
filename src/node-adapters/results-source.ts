import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { SalvoError, UsageError } from '../core/errors.ts';
import type { RunResults } from '../core/results.ts';
import { runTotals } from '../core/runner/suite-results.ts';
import type { RunArchive } from './file-run-store.ts';

/** Where one side of a comparison came from, for the report's wording. */
export interface ResultsSide {
  results: RunResults;
  /** `run 0193…`, or the file it was read from. */
  origin: string;
}

/**
 * One side of `salvo compare` / `--baseline`: a results.json path, a folder
 * holding one (an extracted artifact), or a run id (or unique prefix) from
 * the run archive. A path that exists wins over a run id of the same name.
 */
export async function readResultsSide(
  reference: string,
  cwd: string,
  archive: () => Promise<RunArchive>,
): Promise<ResultsSide> {
  const path = resolve(cwd, reference);
  const found = await stat(path).catch(() => null);
  if (found?.isFile()) return { results: await readResultsFile(path), origin: reference };
  if (found?.isDirectory()) {
    const file = await findResultsFile(path);
    return { results: await readResultsFile(file), origin: relative(cwd, file) || file };
  }
  return readStoredRun(await archive(), reference);
}

/** The latest stored run (the default head). */
export async function readLatestRun(archive: RunArchive): Promise<ResultsSide> {
  return readStoredRun(archive, undefined);
}

async function readStoredRun(archive: RunArchive, reference: string | undefined): Promise<ResultsSide> {
  const runId = await archive.resolveRunId(reference);
  const run = await archive.readRun(runId);
  if (run.results) return { results: run.results, origin: `run ${runId}` };
  // A run killed before it finished: its journal still says how each finished scenario did.
  const started = new Date(0).toISOString();
  const results: RunResults = {
    schema_version: 1,
    run_id: runId,
    salvo_version: 'unknown',
    started_at: started,
    finished_at: started,
    interrupted: true,
    max_cost_usd: null,
    totals: runTotals(run.scenarios),
    scenarios: run.scenarios,
  };
  return { results, origin: `run ${runId} (unfinished)` };
}

/**
 * results.json at the folder's top, else the only one up to two levels down (an artifact extracted into a folder of
 * its own).
 */
async function findResultsFile(folder: string): Promise<string> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const candidates = entries
    .filter((entry) => entry.isFile() && entry.name === 'results.json')
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => relative(folder, file).split(/[\\/]/).length <= 3)
    .sort((a, b) => a.length - b.length);
  if (candidates.length === 0)
    throw new UsageError(`no results.json in ${folder}`, {
      hint: 'give the folder a salvo artifact was extracted to, or the results.json itself',
    });
  const top = candidates[0]!;
  if (candidates.length > 1 && candidates[1]!.length === top.length) {
    throw new UsageError(
      `${folder} holds more than one results.json (${candidates.map((file) => relative(folder, file)).join(', ')})`,
      { hint: 'give the path of the one to compare' },
    );
  }
  return top;
}

export async function readResultsFile(path: string): Promise<RunResults> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new SalvoError('E_USAGE', `${path} is not a readable JSON file: ${(error as Error).message}`);
  }
  const problem = shapeProblem(document);
  if (problem)
    throw new UsageError(`${path}: ${problem}`, {
      hint: 'compare reads the results.json that `salvo run` stores and the action uploads',
    });
  return document as RunResults;
}

function shapeProblem(document: unknown): string | null {
  if (document === null || typeof document !== 'object' || Array.isArray(document))
    return 'not a salvo results document (expected an object)';
  const record = document as Record<string, unknown>;
  if (typeof record.run_id !== 'string') return 'field run_id: expected a string';
  if (!Array.isArray(record.scenarios)) return 'field scenarios: expected a list';
  if (record.totals === null || typeof record.totals !== 'object') return 'field totals: expected an object';
  const index = record.scenarios.findIndex(
    (row) =>
      row === null ||
      typeof row !== 'object' ||
      !Array.isArray((row as { trials?: unknown }).trials) ||
      typeof (row as { name?: unknown }).name !== 'string',
  );
  return index === -1 ? null : `field scenarios.${index}: expected a scenario result with a name and trials`;
}

/**
 * The documents `salvo merge` and the action's merge step read: a file as it is, a folder as every results.json
 * below it (a downloaded artifact), in path order.
 */
export async function readResultsDocuments(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: string[]; inputs: RunResults[] }> {
  const files = (await Promise.all(paths.map((path) => resultsFilesAt(path, cwd)))).flat();
  const inputs = await Promise.all(files.map((file) => readMergeInput(file, cwd)));
  return { files, inputs };
}

async function resultsFilesAt(path: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, path);
  const stats = await stat(absolute).catch(() => null);
  if (stats?.isFile()) return [absolute];
  if (!stats?.isDirectory()) throw new UsageError(`no such file or directory: '${path}'`);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  const found = entries
    .filter((entry) => entry.isFile() && entry.name === 'results.json')
    .map((entry) => join(entry.parentPath, entry.name));
  // The run store keeps a copy of the document under run/; the artifact's top-level results.json is the one to read.
  const topLevel = found.filter(
    (file) => !found.some((other) => other !== file && file.startsWith(join(other, '..') + '/')),
  );
  if (topLevel.length === 0) throw new UsageError(`no results.json in '${path}'`);
  return topLevel.sort();
}

async function readMergeInput(file: string, cwd: string): Promise<RunResults> {
  const name = relative(cwd, file) || file;
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `${name}: not a JSON results document (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const scenarios = (document as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(scenarios) || typeof (document as { run_id?: unknown }).run_id !== 'string') {
    throw new UsageError(`${name}: not a salvo results document (no run_id and scenarios)`);
  }
  return document as RunResults;
}
