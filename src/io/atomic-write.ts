import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Random once per process: with the pid and a counter, no two writers (even on a shared disk) pick one name. */
const PROCESS_TAG = `${process.pid}.${randomBytes(4).toString('hex')}`;
let written = 0;

/** A sibling of `path` for the bytes before the rename (a trace per trial: no random bytes drawn per file). */
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
  /** Create the parent directory first. Default true; false when the caller knows it exists. */
  createDirectory?: boolean;
}

/**
 * Writes a file so that readers see the old content or the new, never half of
 * it: the bytes go to a temporary file in the same directory (same file
 * system, so the rename is atomic), which then replaces the target.
 */
export async function writeFileAtomic(path: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  if (options.createDirectory !== false) await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, content, { encoding: 'utf8', flush: options.durable !== false });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function writeJsonAtomic(path: string, value: unknown, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, options);
}

/**
 * The same atomic write done with synchronous calls, for small files written
 * often (a trace per trial) into a directory that exists. Each asynchronous fs
 * call is a round trip through libuv's thread pool, and a trace's open + write
 * + close + rename cost about twice the CPU that way (bench/README.md, case 1);
 * a few kilobytes block the event loop for microseconds. Not flushed (see
 * `durable`): the rename alone already survives the process being killed.
 */
export function writeFileAtomicSync(path: string, content: string): void {
  const temporary = temporaryPathFor(path);
  try {
    writeFileSync(temporary, content, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
