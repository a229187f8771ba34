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
