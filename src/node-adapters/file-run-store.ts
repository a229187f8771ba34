import { appendFileSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.ts';
import type { RunStore } from '../core/ports.ts';
import type { RunResults, ScenarioResult } from '../core/results.ts';
import type { RunTrace } from '../core/trace.ts';
import { traceFileName } from '../core/trace-file-name.ts';
import { writeFileAtomic, writeSmallFileAtomicSync } from './atomic-write.ts';
import { readJson, readStoredText } from './stored-json.ts';
import { TraceFolder } from './trace-folder.ts';

/**
 * Runs on disk, under the project's storage_dir (`.salvo/` by default):
 *
 *   runs/<run_id>/results.json          the run document (RunResults), written last
 *   runs/<run_id>/scenarios.jsonl       each scenario's result as it finished, one JSON line each
 *   runs/<run_id>/traces/<scenario-slug>-t<trial>-<trace_id>.json
 *                                       each trial's redacted trace (older runs: <trace_id>.json)
 *   runs/<run_id>/report.html           the HTML trace viewer, written after results.json
 *   latest                              the id of the most recent run
 *
 * Traces and the run document are written atomically, and a run becomes
 * `latest` with its first write, so a run that was killed before it finished
 * can still be reported from its journal (RunArchive.readRun).
 */
/** The run document's name inside its run directory. */
export const RESULTS_FILE = 'results.json';

export class FileRunStore implements RunStore {
  readonly storageDir: string;
  private announced = new Set<string>();
  /** Each run's directory, created by its first journal line: one mkdir a run instead of one a scenario. */
  private runDirectories = new Map<string, Promise<string>>();
  /** Each run's traces directory, created by its first trace: one mkdir a run instead of one a trace. */
  private traceDirectories = new Map<string, Promise<string>>();

  constructor(storageDir: string) {
    this.storageDir = storageDir;
  }

  runDir(runId: string): string {
    return join(this.storageDir, 'runs', runId);
  }

  /** Where `finishRun` writes the run document. */
  resultsFile(runId: string): string {
    return join(this.runDir(runId), RESULTS_FILE);
  }

  async saveTrace(runId: string, trace: RunTrace): Promise<void> {
    await this.markLatest(runId);
    // Not fsynced one by one: an atomic rename already survives the process being killed.
    const directory = await this.traceDirectory(runId);
    const path = join(directory, traceFileName(trace));
    writeSmallFileAtomicSync(path, `${JSON.stringify(trace, null, 2)}\n`);
  }

  private traceDirectory(runId: string): Promise<string> {
    return this.directoryOnce(this.traceDirectories, runId, join(this.runDir(runId), 'traces'));
  }

  /** Made by the first caller; a failed mkdir (a full disk) is tried again by the next one. */
  private directoryOnce(made: Map<string, Promise<string>>, runId: string, directory: string): Promise<string> {
    let created = made.get(runId);
    if (!created) {
      created = mkdir(directory, { recursive: true }).then(() => directory);
      created.catch(() => made.delete(runId));
      made.set(runId, created);
    }
    return created;
  }

  async saveScenarioResult(runId: string, result: ScenarioResult): Promise<void> {
    await this.markLatest(runId);
    const directory = await this.directoryOnce(this.runDirectories, runId, this.runDir(runId));
    // Synchronous, so lines never interleave and each costs one small write (see writeSmallFileAtomicSync).
    appendFileSync(join(directory, SCENARIO_JOURNAL), `${JSON.stringify(result)}\n`, 'utf8');
  }

  async finishRun(results: RunResults): Promise<void> {
    await this.markLatest(results.run_id);
    await writeFileAtomic(this.resultsFile(results.run_id), `${JSON.stringify(results, null, 2)}\n`);
  }

  private async markLatest(runId: string): Promise<void> {
    if (this.announced.has(runId)) return;
    this.announced.add(runId);
    await writeFileAtomic(join(this.storageDir, 'latest'), `${runId}\n`);
  }
}

const SCENARIO_JOURNAL = 'scenarios.jsonl';

/** What `report` and `show` read back. */
export interface StoredRun {
  runId: string;
  /** The run document, or one rebuilt from the scenario results of a run that never finished. */
  results: RunResults | null;
  scenarios: ScenarioResult[];
  complete: boolean;
}

export class RunArchive {
  readonly storageDir: string;

  constructor(storageDir: string) {
    this.storageDir = storageDir;
  }

  async runIds(): Promise<string[]> {
    const entries = await readdir(join(this.storageDir, 'runs'), { withFileTypes: true }).catch(() => []);
    // UUIDv7 ids sort by time.
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  }

  /** A full run id, a unique prefix of one, or undefined for the latest run. */
  async resolveRunId(requested: string | undefined): Promise<string> {
    const ids = await this.runIds();
    if (ids.length === 0)
      throw new UsageError(`no runs stored under ${this.storageDir}`, { hint: 'run `salvo run` first' });
    if (requested === undefined) {
      const latest = (await readFile(join(this.storageDir, 'latest'), 'utf8').catch(() => '')).trim();
      return ids.includes(latest) ? latest : ids.at(-1)!;
    }
    const matches = ids.filter((id) => id.startsWith(requested));
    if (matches.length === 1) return matches[0]!;
    const recent = ids.slice(-5).reverse().join(', ');
    if (matches.length === 0) throw new UsageError(`no run with id '${requested}'`, { hint: `recent runs: ${recent}` });
    throw new UsageError(`run id '${requested}' is ambiguous (${matches.length} runs start with it)`, {
      hint: 'give more characters of the id',
    });
  }

  async readRun(runId: string): Promise<StoredRun> {
    const dir = join(this.storageDir, 'runs', runId);
    const results = await readJson<RunResults>(join(dir, 'results.json'));
    if (results) return { runId, results, scenarios: results.scenarios, complete: true };
    const journal = (await readStoredText(join(dir, SCENARIO_JOURNAL))) ?? '';
    const scenarios: ScenarioResult[] = [];
    for (const line of journal.split('\n')) {
      if (!line.trim()) continue;
      try {
        scenarios.push(JSON.parse(line) as ScenarioResult);
      } catch {
        // The last line of a run killed mid-write: every complete line before it still counts.
      }
    }
    return { runId, results: null, scenarios, complete: false };
  }

  runDir(runId: string): string {
    return join(this.storageDir, 'runs', runId);
  }

  /** The folder of a run's trace files (either naming). */
  traces(runId: string): TraceFolder {
    return new TraceFolder(join(this.runDir(runId), 'traces'));
  }

  async traceIds(runId: string): Promise<string[]> {
    return this.traces(runId).ids();
  }

  async readTrace(runId: string, traceId: string): Promise<RunTrace> {
    const trace = await this.traces(runId).read(traceId);
    if (!trace) throw new UsageError(`no trace '${traceId}' in run ${runId}`);
    return trace;
  }

  /** Finds which run holds a trace id (or a unique prefix of one). */
  async findTrace(traceIdOrPrefix: string): Promise<{ runId: string; traceId: string } | null> {
    const found: { runId: string; traceId: string }[] = [];
    for (const runId of await this.runIds()) {
      for (const traceId of await this.traceIds(runId))
        if (traceId.startsWith(traceIdOrPrefix)) found.push({ runId, traceId });
    }
    if (found.length > 1)
      throw new UsageError(`trace id '${traceIdOrPrefix}' is ambiguous (${found.length} traces start with it)`);
    return found[0] ?? null;
  }
}
