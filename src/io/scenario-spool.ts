import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedScenario } from '../core/scenario/load-scenario.ts';
import { DeferredScenario, detachedScenario, exactScenarioJson } from '../core/scenario/packed-scenario.ts';
import { boundHeapGrowth } from './heap-bounds.ts';

/**
 * Where a run keeps its validated scenarios until their turn: one temporary
 * file of JSON texts, each read back (once) when the runner first needs the
 * scenario. In memory stay only the file, name, hash and the text's place,
 * so a suite's memory does not grow with the scenarios waiting to run (bench
 * case 3: at 10,000 files their texts were 15 MB of live heap, at the run's
 * peak).
 *
 * The file is removed as soon as it is open where the system allows it
 * (nothing is left behind, even by a killed process), else by `close`.
 */
export class ScenarioSpool {
  readonly #directory: string;
  readonly #fd: number;
  #size = 0;
  #closed = false;

  constructor(parent = tmpdir()) {
    this.#directory = mkdtempSync(join(parent, 'salvo-scenarios-'));
    this.#fd = openSync(join(this.#directory, 'scenarios.jsonl'), 'w+');
    try {
      rmSync(this.#directory, { recursive: true, force: true });
    } catch {
      // Windows keeps an open file: removed by close().
    }
  }

  /** The scenario to hand to the runner: spooled, or a detached copy when JSON cannot hold it exactly. */
  add(loaded: LoadedScenario): LoadedScenario {
    const json = exactScenarioJson(loaded.scenario);
    if (json === null) return detachedScenario(loaded);
    const position = this.#size;
    const length = Buffer.byteLength(json, 'utf8');
    // A string written whole (no Buffer per scenario: those pile up outside the heap until a collection).
    if (writeSync(this.#fd, json, position, 'utf8') !== length) throw new Error(`could not spool ${loaded.file}: the write was cut short`);
    this.#size += length;
    return new DeferredScenario(loaded, () => this.#read(position, length));
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
    rmSync(this.#directory, { recursive: true, force: true });
  }

  #read(position: number, length: number): string {
    const bytes = Buffer.alloc(length);
    for (let read = 0; read < length; ) {
      const count = readSync(this.#fd, bytes, read, length - read, position + read);
      if (count === 0) throw new Error(`the spooled scenario at ${position} is cut short (${read} of ${length} bytes)`);
      read += count;
    }
    return bytes.toString('utf8');
  }
}

/**
 * What both shells do around loading and running a suite of `scenarioFiles`
 * files: bound the heap for the suite's size (heap-bounds.ts), then run with a
 * spool that is closed whatever happens.
 */
export async function withSuiteSpool<T>(scenarioFiles: number, run: (spool: ScenarioSpool) => Promise<T>): Promise<T> {
  boundHeapGrowth(scenarioFiles);
  const spool = new ScenarioSpool();
  try {
    return await run(spool);
  } finally {
    spool.close();
  }
}
