import { main } from './main.ts';

/**
 * Runs the command line of this process: what `salvo` does. src/cli/index.ts
 * calls it, both when the sources are run directly and from the bundle of
 * index.ts that bin/salvo.js imports.
 */
export function startCli(): void {
  const controller = new AbortController();
  let interrupts = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      interrupts += 1;
      // A second Ctrl-C means "now": stop waiting for in-flight work.
      if (interrupts > 1) process.exit(130);
      controller.abort(signal);
    });
  }
  void main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    interrupt: controller.signal,
  }).then((exitCode) => {
    process.exitCode = exitCode;
  });
}
