import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseRecording, serialiseRecording, type Recording } from '../core/recording/format.ts';

/** Reads a recording, or null when the file does not exist; a corrupt file is an error naming it. */
export async function readRecordingFile(path: string): Promise<Recording | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseRecording(text, path);
}

/** Writes atomically (temporary file, then rename), so an interrupted run never leaves half a recording. */
export async function writeRecordingFile(path: string, recording: Recording): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, serialiseRecording(recording), 'utf8');
  await rename(temporary, path);
}
