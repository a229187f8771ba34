import { ConfigError } from '../errors.ts';
import { loadScenario, type LoadedScenario, type LoadScenarioOptions } from './load-scenario.ts';

export type LoadOutcome = { file: string; loaded: LoadedScenario } | { file: string; error: ConfigError };

/**
 * How many files are loaded ahead of the one being yielded, so a reader that
 * waits (fs/promises' thread-pool round trip, a network file system) keeps
 * the CPU busy: one file at a time left loading a third idle. Sixteen does
 * that without holding many files open.
 */
export const READ_AHEAD = 16;
/** Files loaded between two turns of the event loop. */
const EVENT_LOOP_TURN_EVERY = 16;

/**
 * Loads `files` in their order, yielding each file's scenario or its
 * ConfigError (every problem of that file). Errors that are not about the
 * file (a bug, the disk) end the iteration by throwing, as loadScenario does.
 */
export async function* loadScenarios(
  files: readonly string[],
  options: LoadScenarioOptions,
  readAhead = READ_AHEAD,
): AsyncGenerator<LoadOutcome> {
  const pending: Promise<LoadOutcome | { file: string; failure: unknown }>[] = [];
  let next = 0;
  const startNext = () => {
    const file = files[next++]!;
    // Settled into a value at once: a file that fails while an earlier one is still awaited is no unhandled rejection.
    pending.push(
      loadScenario(file, options).then(
        (loaded) => ({ file, loaded }),
        (error: unknown) => (error instanceof ConfigError ? { file, error } : { file, failure: error }),
      ),
    );
  };
  while (next < files.length && pending.length < readAhead) startNext();
  let yielded = 0;
  while (pending.length > 0) {
    const outcome = await pending.shift()!;
    if (next < files.length) startNext();
    if ('failure' in outcome) throw outcome.failure;
    yield outcome;
    // Loading is synchronous work between promise steps: without a turn of the event loop now and then,
    // a suite of 10,000 files held it for seconds (no timer, no signal handler, no progress ran).
    if (++yielded % EVENT_LOOP_TURN_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}
