import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Random once per process: with the pid and a counter, no two writers (even on a shared disk) pick one name. */
const PROCESS_TAG = `${process.pid}.${randomBytes(4).toString('hex')}`;
let written = 0;

/** A sibling of `path` for the bytes before the rename. */
function temporaryPathFor(path: string): string {
  written += 1;
  return `${path}.${PROCESS_TAG}.${written}.tmp`;
}

export interface AtomicWriteOptions {
  /**
   * Flush the bytes to the disk before the rename (fsync). Without it the
   * write is still atomic and survives the process being killed; only a
   * crash of the machine itself could lose it. Default true.
   */
  durable?: boolean;
}

/**
 * Writes a file so that readers see the old content or the new, never half of
 * it: the bytes go to a temporary file in the same directory (same file
 * system, so the rename is atomic), which then replaces the target.
 */
export async function writeFileAtomic(path: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, content, { encoding: 'utf8', flush: options.durable !== false });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * The same for a small file written many times a run (a trace per trial), synchronously: an asynchronous write costs a
 * FileHandle and thread-pool round trips for each of open, write, close and rename, about twice the CPU of the calls
 * themselves, while a small file blocks the loop for a fraction of a millisecond. Never flushed to the disk: the
 * rename alone survives the process being killed. The directory must exist.
 */
export function writeSmallFileAtomicSync(path: string, content: string): void {
  const temporary = temporaryPathFor(path);
  try {
    writeFileSync(temporary, content, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export async function writeJsonAtomic(path: string, value: unknown, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, options);
}
