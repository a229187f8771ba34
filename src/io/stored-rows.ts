import { closeSync, openSync, readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { ScenarioResult, ScenarioRows } from '../core/results.ts';

/**
 * Where each row's JSON text is in a file, by the row's index: two typed
 * arrays (12 bytes a row) instead of an object and a key string per row. A
 * row's text is never empty (a JSON object), so a length of 0 means unset.
 */
export class LineIndex {
  #positions = new Float64Array(64);
  #lengths = new Uint32Array(64);

  set(index: number, position: number, length: number): void {
    if (index >= this.#positions.length) this.#grow(index + 1);
    this.#positions[index] = position;
    this.#lengths[index] = length;
  }

  get(index: number): { position: number; length: number } | null {
    const length = this.#lengths[index] ?? 0;
    return length === 0 ? null : { position: this.#positions[index]!, length };
  }

  #grow(atLeast: number): void {
    let size = this.#positions.length;
    while (size < atLeast) size *= 2;
    const positions = new Float64Array(size);
    const lengths = new Uint32Array(size);
    positions.set(this.#positions);
    lengths.set(this.#lengths);
    [this.#positions, this.#lengths] = [positions, lengths];
  }
}

/**
 * The rows of a finished run, read from its results file each time they are
 * iterated, one row at a time: the end-of-run reports go over every row
 * without the run holding them (results.ts, ScenarioRows).
 */
export class StoredRows implements ScenarioRows {
  readonly length: number;
  readonly #path: string;
  readonly #index: LineIndex;

  constructor(path: string, index: LineIndex, length: number) {
    this.#path = path;
    this.#index = index;
    this.length = length;
  }

  *[Symbol.iterator](): Iterator<ScenarioResult> {
    const fd = openSync(this.#path, 'r');
    // A stopped pass (some(), a full budget) closes the file through the generator's return().
    try {
      let buffer = Buffer.allocUnsafe(64 * 1024);
      for (let index = 0; index < this.length; index += 1) {
        const line = this.#index.get(index);
        if (!line) throw new Error(`${this.#path}: row ${index} was never written`);
        if (line.length > buffer.length) buffer = Buffer.allocUnsafe(line.length);
        readExactly(fd, buffer, 0, line.length, line.position, this.#path);
        yield JSON.parse(buffer.toString('utf8', 0, line.length)) as ScenarioResult;
      }
    } finally {
      closeSync(fd);
    }
  }
}

/** Reads `length` bytes at `position` of `fd` into `buffer` at `offset`. */
export function readExactly(fd: number, buffer: Buffer, offset: number, length: number, position: number, path: string): void {
  for (let read = 0; read < length; ) {
    const count = readSync(fd, buffer, offset + read, length - read, position + read);
    if (count === 0) throw new Error(`${path} is cut short at ${position + read} (${read} of ${length} bytes read)`);
    read += count;
  }
}

/**
 * The document on its way to disk, in pieces of about 1 MB: rows are read
 * from the journal straight into it, and it knows each byte's offset in the file.
 */
export class StagingBuffer {
  static readonly SIZE = 1 << 20;
  #buffer = Buffer.allocUnsafe(StagingBuffer.SIZE);
  #used = 0;
  #flushed = 0;
  readonly #output: FileHandle;
  /** The file rows are copied from, for messages. */
  readonly #sourceName: string;

  constructor(output: FileHandle, sourceName: string) {
    this.#output = output;
    this.#sourceName = sourceName;
  }

  /** Where the next byte goes in the file. */
  get offset(): number {
    return this.#flushed + this.#used;
  }

  async text(value: string): Promise<void> {
    const length = Buffer.byteLength(value, 'utf8');
    await this.#room(length);
    this.#used += this.#buffer.write(value, this.#used, 'utf8');
  }

  async copy(fd: number, position: number, length: number): Promise<void> {
    await this.#room(length);
    readExactly(fd, this.#buffer, this.#used, length, position, this.#sourceName);
    this.#used += length;
  }

  async flush(): Promise<void> {
    if (this.#used === 0) return;
    await this.#output.write(this.#buffer, 0, this.#used);
    this.#flushed += this.#used;
    this.#used = 0;
  }

  async #room(length: number): Promise<void> {
    if (this.#used + length <= this.#buffer.length) return;
    await this.flush();
    if (length > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(length);
  }
}
