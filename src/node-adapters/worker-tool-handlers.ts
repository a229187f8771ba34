import { realpath } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SalvoError } from '../core/errors.ts';
import type { ToolHandlerCall, ToolHandlerOutcome, ToolHandlerRunner } from '../core/ports.ts';

/**
 * Runs each handler call in its own worker thread. A synchronous infinite loop
 * cannot be interrupted inside the thread that runs it; a worker can be
 * terminated, so a handler that loops or never settles costs its time limit,
 * never the run. Arguments and state cross as JSON, so a handler sees plain
 * data and cannot keep references between calls (what replay relies on).
 */
export class WorkerToolHandlers implements ToolHandlerRunner {
  private readonly projectRoot: string;
  /** Scenario file paths are relative to this directory. */
  private readonly cwd: string;

  constructor(options: { projectRoot: string; cwd: string }) {
    this.projectRoot = options.projectRoot;
    this.cwd = options.cwd;
  }

  async call(call: ToolHandlerCall): Promise<ToolHandlerOutcome> {
    const [modulePath = '', exportName = ''] = call.handler.split('#');
    const file = await this.resolveInsideProject(call, modulePath);
    const reply = await runInWorker(
      { url: pathToFileURL(file).href, exportName, args: call.arguments, state: call.state },
      call,
    );
    if (reply.kind === 'returned' || reply.kind === 'threw') return reply;
    if (reply.kind === 'missing_export') {
      const found = reply.exports.length > 0 ? `it exports ${reply.exports.join(', ')}` : 'it has no exports';
      throw new SalvoError(
        'E_HANDLER',
        `handler '${call.handler}': ${modulePath} has no function export '${exportName}' (${found})`,
      );
    }
    throw new SalvoError('E_HANDLER', `handler '${call.handler}': cannot load ${modulePath}: ${reply.message}`);
  }

  /** Handlers are project code: the module's real path (symlinks followed) must be inside the project. */
  private async resolveInsideProject(call: ToolHandlerCall, modulePath: string): Promise<string> {
    const wanted = resolve(this.cwd, dirname(call.scenarioFile), modulePath);
    const root = await realpath(this.projectRoot).catch(() => resolve(this.projectRoot));
    let real: string;
    try {
      real = await realpath(wanted);
    } catch {
      throw new SalvoError(
        'E_HANDLER',
        `handler '${call.handler}': ${modulePath} does not exist (looked for ${wanted})`,
      );
    }
    const inside = relative(root, real);
    if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || resolve(root, inside) !== real) {
      throw new SalvoError(
        'E_HANDLER',
        `handler '${call.handler}': ${modulePath} is outside the project (${root}); handlers must be project code`,
      );
    }
    return real;
  }
}

type WorkerReply =
  ToolHandlerOutcome | { kind: 'missing_export'; exports: string[] } | { kind: 'load_error'; message: string };

/** The worker's program: import the module, call the export, send back the result and the state as JSON. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const asJson = (value) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
const messageOf = (error) => (error instanceof Error ? error.message : String(error));
(async () => {
  const { url, exportName, args, state, listOnly } = workerData;
  let loaded;
  try {
    loaded = await import(url);
  } catch (error) {
    parentPort.postMessage({ kind: 'load_error', message: messageOf(error) });
    return;
  }
  const handler = loaded[exportName];
  if (listOnly || typeof handler !== 'function') {
    const exports = Object.keys(loaded).filter((key) => typeof loaded[key] === 'function');
    parentPort.postMessage({ kind: 'missing_export', exports });
    return;
  }
  try {
    const result = await handler(args, state);
    parentPort.postMessage({ kind: 'returned', result: asJson(result), state: asJson(state) });
  } catch (error) {
    parentPort.postMessage({ kind: 'threw', message: messageOf(error), state: asJson(state) });
  }
})();
`;

/**
 * The names of a module's function exports, for load-time checks. Importing runs the module's top
 * level, so this happens in a worker with the same time limit as a call.
 */
export async function functionExportsOf(file: string, timeoutMs = 5000): Promise<string[]> {
  const call = { scenarioFile: file, handler: file, arguments: null, state: {}, timeoutMs };
  const reply = await runInWorker(
    { url: pathToFileURL(file).href, exportName: '', args: null, state: {}, listOnly: true },
    call,
  );
  if (reply.kind === 'missing_export') return reply.exports;
  throw new SalvoError('E_HANDLER', reply.kind === 'load_error' ? reply.message : 'the module could not be inspected');
}

function runInWorker(
  data: { url: string; exportName: string; args: unknown; state: unknown; listOnly?: boolean },
  call: ToolHandlerCall,
): Promise<WorkerReply> {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: data });
  return new Promise<WorkerReply>((resolvePromise, reject) => {
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const seconds = call.timeoutMs / 1000;
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new SalvoError(
              'E_HANDLER_TIMEOUT',
              `handler '${call.handler}' did not return within ${seconds}s (it loops or waits forever); ` +
                'the trial was stopped',
              {
                hint: 'make the handler return promptly, or raise state.handler_timeout_seconds',
              },
            ),
          ),
        ),
      call.timeoutMs,
    );
    worker.once('message', (reply: WorkerReply) => settle(() => resolvePromise(reply)));
    worker.once('error', (error) =>
      settle(() => reject(new SalvoError('E_HANDLER', `handler '${call.handler}' crashed: ${error.message}`))),
    );
    worker.once('exit', (code) =>
      settle(() =>
        reject(new SalvoError('E_HANDLER', `handler '${call.handler}' exited (code ${code}) without returning`)),
      ),
    );
  });
}
