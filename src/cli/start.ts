import { beforeV8FlagsChange } from '../io/heap-bounds.ts';
import { main } from './main.ts';

export interface StartHooks {
  /**
   * Writes V8's code cache of the bundle now (bin/run-bundle.js). A run may
   * change V8 flags (io/heap-bounds.ts), and V8 rejects a cache written after
   * that at the next start, so the cache is written just before, when the
   * run is under way.
   */
  saveCodeCache?: () => void;
}

/**
 * Runs the command line of this process: what `salvo` does. The bundle's entry
 * (bin/run-bundle.js calls it with its hooks); src/cli/index.ts calls it when
 * the sources are run directly.
 */
export function startCli(hooks: StartHooks = {}): void {
  const { saveCodeCache } = hooks;
  if (saveCodeCache) {
    // Before a large suite is loaded, nothing worth caching has run yet: such a run keeps no cache
    // rather than one that would leave every later run to compile most of what it calls.
    beforeV8FlagsChange((moment) => {
      if (moment === 'during-run') saveCodeCache();
    });
  }
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
