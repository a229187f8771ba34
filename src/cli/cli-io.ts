/** Everything a command may touch of its process, passed in so tests can run commands in-process too. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Fires when the user asks to stop (SIGINT/SIGTERM). */
  interrupt: AbortSignal;
}

export function writeLine(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(`${text}\n`);
}

/**
 * Small enough that a batch and its redacted copy die young: V8 puts strings over about 128 KB in its old generation.
 */
const BATCH_CHARACTERS = 32 * 1024;

/**
 * Writes `lines` (a report of any length) in batches of whole lines, each
 * passed through `transform` (the redactor) on its way out, so the output of a
 * run of thousands of scenarios is never one string in memory.
 */
export function writeLines(
  stream: NodeJS.WritableStream,
  lines: Iterable<string>,
  transform: (text: string) => string,
): void {
  let batch: string[] = [];
  let size = 0;
  for (const line of lines) {
    batch.push(line);
    size += line.length + 1;
    if (size < BATCH_CHARACTERS) continue;
    stream.write(`${transform(batch.join('\n'))}\n`);
    batch = [];
    size = 0;
  }
  if (batch.length > 0) stream.write(`${transform(batch.join('\n'))}\n`);
}
