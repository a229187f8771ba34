import { closeSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceReader } from '../core/ports.ts';
import { MAX_SOURCE_BYTES } from '../core/scenario/yaml-source.ts';
import { functionExportsOf } from './worker-tool-handlers.ts';

/**
 * Reads scenario files from disk, relative paths against `cwd`. It never
 * reads more than one byte past the size limit, so a huge file costs no
 * memory: the loader sees it is too long and says so.
 */
export function createNodeSourceReader(cwd?: string): SourceReader {
  const resolvePath = (path: string) => (cwd === undefined ? resolve(path) : resolve(cwd, path));
  return {
    // Synchronous calls: a scenario file is a few KB, read in microseconds from the page cache, while each
    // call through fs/promises costs a thread-pool round trip and a FileHandle. Nothing else runs while a
    // suite is loaded.
    async readFile(path) {
      return readCapped(resolvePath(path));
    },
    realPath: async (path) => realpathSync(resolvePath(path)),
    functionExports: (realPath) => functionExportsOf(realPath),
  };
}

function readCapped(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    // Files may grow while read; the cap holds whatever stat said. One byte past the limit is enough
    // to tell a file is too long; a file within it is read up to its size, with no read to find its end.
    const buffer = Buffer.alloc(size > MAX_SOURCE_BYTES ? MAX_SOURCE_BYTES + 1 : size);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Reads relative paths against the process's current directory at the time of each call. */
export const nodeSourceReader: SourceReader = createNodeSourceReader();
