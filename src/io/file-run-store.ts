import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { SalvoError, UsageError } from '../core/errors.ts';
import type { RunStore } from '../core/ports.ts';
import type { RunHeader, RunResults, ScenarioResult, ScenarioRows } from '../core/results.ts';
import type { RunTrace } from '../core/trace.ts';
import { writeFileAtomic, writeFileAtomicSync } from './atomic-write.ts';
import { LineIndex, StagingBuffer, StoredRows } from './stored-rows.ts';

/**
 * Runs on disk, under the project's storage_dir (`.salvo/` by default):
 *
 *   runs/<run_id>/results.json          the run document (RunResults), written last
 *   runs/<run_id>/scenarios.jsonl       each scenario's result as it finished, one JSON line each
 *   runs/<run_id>/traces/<trace_id>.json each trial's redacted trace
 *   latest                              the id of the most recent run
 *
 * Every file write is atomic, scenario results are appended whole, one line
 * at a time, and a run becomes `latest` with its first write, so a run that
 * was killed before it finished can still be reported. File system calls were
 * the largest share of salvo's own CPU per model turn (bench/README.md), so
 * traces are not fsynced one by one (an atomic rename already survives the
 * process being killed), directories are made once, scenario results go
 * to one open journal instead of a file each, and traces and journal lines
 * are written with synchronous calls (small writes; a thread-pool round trip
 * per call cost more CPU than the write). The run document and `latest` are
 * flushed.
 *
 * The runner keeps no rows in memory (memory stays flat however many
 * scenarios run): `finishRun` writes `results.json` by copying each
 * scenario's line from the journal, in the document's order, and hands the
 * rows back read from that file one at a time (stored-rows.ts).
 */
export class FileRunStore implements RunStore {
  readonly storageDir: string;
  private journals = new Map<string, Journal>();
  private announced = new Set<string>();
  private directories = new Map<string, Promise<unknown>>();

  constructor(storageDir: string) {
    this.storageDir = storageDir;
  }

  runDir(runId: string): string {
    return join(this.storageDir, 'runs', runId);
  }

  async saveTrace(runId: string, trace: RunTrace): Promise<void> {
    await this.markLatest(runId);
    const dir = join(this.runDir(runId), 'traces');
    await this.ensureDirectory(dir);
    writeFileAtomicSync(join(dir, `${trace.trace_id}.json`), `${JSON.stringify(trace, null, 2)}\n`);
  }

  /** Where `finishRun` writes the run document. */
  resultsFile(runId: string): string {
    return join(this.runDir(runId), 'results.json');
  }

  async saveScenarioResult(runId: string, index: number, result: ScenarioResult): Promise<void> {
    await this.markLatest(runId);
    let journal = this.journals.get(runId);
    if (!journal) {
      // 'a+': appended to as scenarios finish, read back by finishRun.
      const handle = this.ensureDirectory(this.runDir(runId)).then(() => open(join(this.runDir(runId), SCENARIO_JOURNAL), 'a+'));
      journal = { handle, appended: handle, size: 0, lines: new LineIndex() };
      this.journals.set(runId, journal);
    }
    // One write per line, one after the other: lines never interleave.
    const line = Buffer.from(`${JSON.stringify(result)}\n`, 'utf8');
    const { handle } = journal;
    const written = journal;
    journal.appended = journal.appended.then(async () => {
      const file = await handle;
      if (written.size === 0) written.size = (await file.stat()).size;
      const position = written.size;
      // Synchronous: one small append, cheaper than a round trip through the thread pool.
      writeAll(file.fd, line);
      written.size += line.length;
      written.lines.set(index, position, line.length - 1);
    });
    await journal.appended;
  }

  async finishRun(header: RunHeader): Promise<ScenarioRows> {
    await this.markLatest(header.run_id);
    const journal = this.journals.get(header.run_id);
    this.journals.delete(header.run_id);
    if (journal) await journal.appended.catch(() => undefined);
    try {
      return await this.writeDocument(header, journal);
    } finally {
      if (journal) await (await journal.handle).close();
    }
  }

  /**
   * results.json, atomically: the header's fields, and each scenario's line
   * copied from the journal in the document's order, byte for byte (no row is
   * parsed, or held, to write it). Returns the rows, read back from this file.
   */
  private async writeDocument(header: RunHeader, journal: Journal | undefined): Promise<ScenarioRows> {
    const path = this.resultsFile(header.run_id);
    await this.ensureDirectory(this.runDir(header.run_id));
    const count = header.totals.total;
    const [head, tail] = JSON.stringify(withScenariosPlaceholder(header), null, 2).split(JSON.stringify(SCENARIOS_PLACEHOLDER)) as [string, string];
    const rows = new LineIndex();
    const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const output = await open(temporary, 'w');
    try {
      const source = count > 0 ? await journalFile(journal, header.run_id) : null;
      const staging = new StagingBuffer(output, SCENARIO_JOURNAL);
      await staging.text(count === 0 ? `${head}[]` : `${head}[\n`);
      for (let index = 0; index < count; index += 1) {
        const line = journal?.lines.get(index);
        if (!line || !source) throw new SalvoError('E_INTERNAL', `run ${header.run_id}: scenario ${index + 1} of ${count} has no stored result`);
        await staging.text('    ');
        rows.set(index, staging.offset, line.length);
        await staging.copy(source.fd, line.position, line.length);
        await staging.text(index === count - 1 ? '\n  ]' : ',\n');
      }
      await staging.text(`${tail}\n`);
      await staging.flush();
      await output.sync();
      await output.close();
      await rename(temporary, path);
    } catch (error) {
      await output.close().catch(() => undefined);
      await rm(temporary, { force: true });
      throw error;
    }
    return new StoredRows(path, rows, count);
  }

  /** One mkdir per directory and run, not one per file. */
  private async ensureDirectory(dir: string): Promise<void> {
    let made = this.directories.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      this.directories.set(dir, made);
    }
    await made;
  }

  private async markLatest(runId: string): Promise<void> {
    if (this.announced.has(runId)) return;
    this.announced.add(runId);
    await writeFileAtomic(join(this.storageDir, 'latest'), `${runId}\n`);
  }
}

const SCENARIO_JOURNAL = 'scenarios.jsonl';

function writeAll(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}
const SCENARIOS_PLACEHOLDER = '\u0000scenarios\u0000';

/** The header with `scenarios` where the document has it, right after `totals`. */
function withScenariosPlaceholder(header: RunHeader): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(header)) {
    document[key] = value;
    if (key === 'totals') document.scenarios = SCENARIOS_PLACEHOLDER;
  }
  return document;
}

async function journalFile(journal: Journal | undefined, runId: string): Promise<FileHandle> {
  if (!journal) throw new SalvoError('E_INTERNAL', `run ${runId}: no scenario result was stored`);
  return journal.handle;
}


interface Journal {
  handle: Promise<FileHandle>;
  appended: Promise<unknown>;
  /** Bytes in the journal file, so each line's position is known without reading it back. */
  size: number;
  /** Where each scenario's line is, by its index in the run. */
  lines: LineIndex;
}

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
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  }

  /** A full run id, a unique prefix of one, or undefined for the latest run. */
  async resolveRunId(requested: string | undefined): Promise<string> {
    const ids = await this.runIds();
    if (ids.length === 0) throw new UsageError(`no runs stored under ${this.storageDir}`, { hint: 'run `salvo run` first' });
    if (requested === undefined) {
      const latest = (await readFile(join(this.storageDir, 'latest'), 'utf8').catch(() => '')).trim();
      return ids.includes(latest) ? latest : ids.at(-1)!;
    }
    const matches = ids.filter((id) => id.startsWith(requested));
    if (matches.length === 1) return matches[0]!;
    const recent = ids.slice(-5).reverse().join(', ');
    if (matches.length === 0) throw new UsageError(`no run with id '${requested}'`, { hint: `recent runs: ${recent}` });
    throw new UsageError(`run id '${requested}' is ambiguous (${matches.length} runs start with it)`, { hint: 'give more characters of the id' });
  }

  async readRun(runId: string): Promise<StoredRun> {
    const dir = join(this.storageDir, 'runs', runId);
    const results = await readJson<RunResults>(join(dir, 'results.json'));
    if (results) return { runId, results, scenarios: results.scenarios, complete: true };
    const journal = await readFile(join(dir, SCENARIO_JOURNAL), 'utf8').catch(() => '');
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

  async traceIds(runId: string): Promise<string[]> {
    const files = await readdir(join(this.storageDir, 'runs', runId, 'traces')).catch(() => []);
    return files.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).sort();
  }

  async readTrace(runId: string, traceId: string): Promise<RunTrace> {
    const trace = await readJson<RunTrace>(join(this.storageDir, 'runs', runId, 'traces', `${traceId}.json`));
    if (!trace) throw new UsageError(`no trace '${traceId}' in run ${runId}`);
    return trace;
  }

  /** Finds which run holds a trace id (or a unique prefix of one). */
  async findTrace(traceIdOrPrefix: string): Promise<{ runId: string; traceId: string } | null> {
    const found: { runId: string; traceId: string }[] = [];
    for (const runId of await this.runIds()) {
      for (const traceId of await this.traceIds(runId)) if (traceId.startsWith(traceIdOrPrefix)) found.push({ runId, traceId });
    }
    if (found.length > 1) throw new UsageError(`trace id '${traceIdOrPrefix}' is ambiguous (${found.length} traces start with it)`);
    return found[0] ?? null;
  }
}

async function readJson<T>(path: string): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new SalvoError('E_STORE_CORRUPT', `${path} is not valid JSON: ${(error as Error).message}`, { hint: 'the file was edited or damaged; delete it or restore it' });
  }
}
