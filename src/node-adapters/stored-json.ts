import { readFile, stat } from 'node:fs/promises';
import { SalvoError } from '../core/errors.ts';

/**
 * Larger than any run salvo writes now that error bodies are capped, and far below V8's longest string
 * (about 512 MB): a 629 MB results.json failed to read and `report` showed 0 scenarios, exit 0.
 */
export const MAX_STORED_FILE_BYTES = 256 * 1024 * 1024;

/** A stored file's text; null only when it does not exist. Any other failure is said, never read as "empty". */
export async function readStoredText(path: string): Promise<string | null> {
  const size = await stat(path).then(
    (stats) => stats.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw unreadable(path, error.message);
    },
  );
  if (size === null) return null;
  if (size > MAX_STORED_FILE_BYTES) {
    throw unreadable(
      path,
      `it is ${Math.round(size / 1024 / 1024)} MB, more than the ${MAX_STORED_FILE_BYTES / 1024 / 1024} MB salvo reads`,
    );
  }
  return readFile(path, 'utf8').catch((error: Error) => {
    throw unreadable(path, error.message);
  });
}

function unreadable(path: string, reason: string): SalvoError {
  return new SalvoError('E_STORE_CORRUPT', `cannot read ${path}: ${reason}`, {
    hint: 'the file was damaged or grew too large; delete the run or restore the file',
  });
}

export async function readJson<T>(path: string): Promise<T | null> {
  const text = await readStoredText(path);
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new SalvoError('E_STORE_CORRUPT', `${path} is not valid JSON: ${(error as Error).message}`, {
      hint: 'the file was edited or damaged; delete it or restore it',
    });
  }
}
