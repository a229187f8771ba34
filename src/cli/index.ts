import { main } from './main.ts';

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

const exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  interrupt: controller.signal,
});
process.exitCode = exitCode;
