import { open, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SourceReader } from '../core/scenario/load-scenario.ts';
import { MAX_SOURCE_BYTES } from '../core/scenario/yaml-source.ts';

/**
 * Reads scenario files from disk, relative paths against `cwd`. It never
 * reads more than one byte past the size limit, so a huge file costs no
 * memory: the loader sees it is too long and says so.
 */
export function createNodeSourceReader(cwd?: string): SourceReader {
  const resolvePath = (path: string) => (cwd === undefined ? resolve(path) : resolve(cwd, path));
  return {
    async readFile(path) {
      const handle = await open(resolvePath(path), 'r');
      try {
        const { size } = await handle.stat();
        // Files may grow while read; the cap holds whatever stat said. One byte past the limit is enough
        // to tell a file is too long; a file within it is read up to its size, with no read to find its end.
        const buffer = Buffer.alloc(size > MAX_SOURCE_BYTES ? MAX_SOURCE_BYTES + 1 : size);
        let length = 0;
        while (length < buffer.length) {
          const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
          if (bytesRead === 0) break;
          length += bytesRead;
        }
        return buffer.subarray(0, length).toString('utf8');
      } finally {
        await handle.close();
      }
    },
    realPath: (path) => realpath(resolvePath(path)),
  };
}

/** Reads relative paths against the process's current directory at the time of each call. */
export const nodeSourceReader: SourceReader = createNodeSourceReader();
