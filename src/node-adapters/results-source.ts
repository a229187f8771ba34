import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { SalvoError, UsageError } from '../core/errors.ts';
import type { RunResults } from '../core/results.ts';
import { runTotals } from '../core/runner/suite-results.ts';
import type { RunTrace } from '../core/trace.ts';
import type { RunArchive } from './file-run-store.ts';
import { TraceFolder } from './trace-folder.ts';

/** Where one side of a comparison came from, for the report's wording. */
export interface ResultsSide {
  results: RunResults;
  /** `run 0193…`, or the file it was read from. */
  origin: string;
}

/** A run opened for `report`, `show` and `compare`: its results and the folder of its traces. */
export interface RunSource extends ResultsSide {
  kind: 'run';
  runId: string;
  /** False for a stored run killed before it finished: `results` was rebuilt from its journal. */
  complete: boolean;
  traces: TraceFolder;
  /** The folder the run's results.json is in (or would be), where report.html belongs. */
  directory: string;
}

/** One trace file, with the run it belongs to when it sits in one (a run's or an artifact's traces folder). */
export interface TraceSource {
  kind: 'trace';
  trace: RunTrace;
  origin: string;
  run: RunSource | null;
}

/**
 * What `salvo report`, `show` and `compare` open: a results.json path, a trace
 * file, a folder holding a results.json (a stored run's folder, an extracted
 * artifact), or a run id (or unique prefix) from the run archive; undefined is
 * the latest stored run. A path that exists wins over a run id of the same name.
 */
export async function readRunSource(
  reference: string | undefined,
  cwd: string,
  archive: () => Promise<RunArchive>,
): Promise<RunSource | TraceSource> {
  if (reference === undefined) return readStoredRun(await archive(), undefined);
  const path = resolve(cwd, reference);
  const found = await stat(path).catch(() => null);
  if (found?.isFile()) return readFileSource(path, reference);
  if (found?.isDirectory()) {
    const file = await findResultsFile(path);
    return runFromFile(file, await readResultsFile(file), relative(cwd, file) || file);
  }
  return readStoredRun(await archive(), reference);
}

/** One side of `salvo compare` / `--baseline`: a run, never a single trace. */
export async function readResultsSide(
  reference: string,
  cwd: string,
  archive: () => Promise<RunArchive>,
): Promise<ResultsSide> {
  const source = await readRunSource(reference, cwd, archive);
  if (source.kind === 'trace')
    throw new UsageError(`${reference} is a trace file, not a run`, {
      hint: 'give a results.json, the folder of an extracted artifact, or a run id',
    });
  return { results: source.results, origin: source.origin };
}

/** The latest stored run (the default head). */
export async function readLatestRun(archive: RunArchive): Promise<ResultsSide> {
  const { results, origin } = await readStoredRun(archive, undefined);
  return { results, origin };
}

async function readStoredRun(archive: RunArchive, reference: string | undefined): Promise<RunSource> {
  const runId = await archive.resolveRunId(reference);
  const run = await archive.readRun(runId);
  const stored = { kind: 'run' as const, runId, traces: archive.traces(runId), directory: archive.runDir(runId) };
  if (run.results) return { ...stored, results: run.results, origin: `run ${runId}`, complete: true };
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
  return { ...stored, results, origin: `run ${runId} (unfinished)`, complete: false };
}

async function readFileSource(path: string, reference: string): Promise<RunSource | TraceSource> {
  const document = await readJsonFile(path);
  if (isTrace(document)) {
    // A trace in `<run>/traces/`: its run is the folder above, when that holds a results.json.
    const runFile = join(dirname(dirname(path)), 'results.json');
    const runDocument = await stat(runFile).then(
      (stats) => (stats.isFile() ? readResultsFile(runFile) : null),
      () => null,
    );
    const run = runDocument ? await runFromFile(runFile, runDocument, runFile) : null;
    return { kind: 'trace', trace: document, origin: reference, run };
  }
  return runFromFile(path, checkedResults(document, path), reference);
}

/** A results.json's run: its traces are beside it (`traces/`, a stored run) or under `run/traces/` (an artifact). */
async function runFromFile(file: string, results: RunResults, origin: string): Promise<RunSource> {
  const directory = dirname(file);
  const candidates = [join(directory, 'traces'), join(directory, 'run', 'traces')];
  let traces = candidates[0]!;
  for (const candidate of candidates) {
    if ((await stat(candidate).catch(() => null))?.isDirectory()) {
      traces = candidate;
      break;
    }
  }
  return {
    kind: 'run',
    runId: results.run_id,
    results,
    origin,
    complete: true,
    traces: new TraceFolder(traces),
    directory,
  };
}

function isTrace(document: unknown): document is RunTrace {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return false;
  const record = document as Record<string, unknown>;
  return typeof record.trace_id === 'string' && Array.isArray(record.messages) && !('scenarios' in record);
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
  return checkedResults(await readJsonFile(path), path);
}

async function readJsonFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new SalvoError('E_USAGE', `${path} is not a readable JSON file: ${(error as Error).message}`);
  }
}

function checkedResults(document: unknown, path: string): RunResults {
  const problem = shapeProblem(document);
  if (problem)
    throw new UsageError(`${path}: ${problem}`, {
      hint: 'salvo reads the results.json that `salvo run` stores and the action uploads, or a trace file',
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
