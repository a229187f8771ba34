import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunTrace } from '../core/trace.ts';
import { traceIdOfFileName } from '../core/trace-file-name.ts';
import { readJson } from './stored-json.ts';

/**
 * A folder of trace files: a stored run's `traces/`, or `run/traces/` in an extracted artifact. Files are named
 * `<scenario-slug>-t<trial>-<trace id>.json`, or `<trace id>.json` before the prefix; both are found by trace id.
 */
export class TraceFolder {
  readonly directory: string;
  private files: Promise<Map<string, string>> | null = null;

  constructor(directory: string) {
    this.directory = directory;
  }

  /** Trace ids, oldest first (UUIDv7 ids sort by time). */
  async ids(): Promise<string[]> {
    return [...(await this.fileNames()).keys()].sort();
  }

  /** The trace with this id, or null when the folder has none. */
  async read(traceId: string): Promise<RunTrace | null> {
    const files = await this.fileNames();
    const name = files.get(traceId) ?? [...files.values()].find((file) => file.endsWith(`-${traceId}.json`));
    return name === undefined ? null : readJson<RunTrace>(join(this.directory, name));
  }

  /** Every trace the folder holds, by id. */
  async readAll(): Promise<Map<string, RunTrace>> {
    const traces = new Map<string, RunTrace>();
    for (const id of await this.ids()) {
      const trace = await this.read(id);
      if (trace) traces.set(trace.trace_id, trace);
    }
    return traces;
  }

  private fileNames(): Promise<Map<string, string>> {
    this.files ??= readdir(this.directory)
      .catch(() => [] as string[])
      .then((names) => {
        const byId = new Map<string, string>();
        for (const name of names) {
          const id = traceIdOfFileName(name);
          if (id !== null) byId.set(id, name);
        }
        return byId;
      });
    return this.files;
  }
}
