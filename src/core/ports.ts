import type { RunResults, ScenarioResult } from './results.ts';
import type { RunTrace } from './trace.ts';

/**
 * Side effects the engine needs, as small interfaces owned by core. Each has a
 * second implementation instead of a flag (a file store for the CLI, an
 * artifact upload for the action; a console summary for the CLI, the job
 * summary for the action).
 */

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** High-resolution milliseconds for measuring durations. */
  monotonic(): number;
}

/**
 * Where a run's results and traces go as they are produced. Results are
 * written as each scenario finishes, so nothing already obtained is lost when
 * a later scenario fails or the run is interrupted.
 */
export interface RunStore {
  saveTrace(runId: string, trace: RunTrace): Promise<void>;
  /** Appends a finished scenario's result to the run's journal, so a run killed later can still be reported. */
  saveScenarioResult(runId: string, result: ScenarioResult): Promise<void>;
  /** Writes the run document, once every row is known (also on cancellation, with `interrupted: true`). */
  finishRun(results: RunResults): Promise<void>;
}

/** How core reads scenario and include files; src/node-adapters/node-source-reader.ts reads them from disk. */
export interface SourceReader {
  readFile(path: string): Promise<string>;
  realPath(path: string): Promise<string>;
  /** The function exports of a tool handler module (by real path); absent where modules cannot be loaded. */
  functionExports?(realPath: string): Promise<string[]>;
}

export interface ArtifactStore {
  /**
   * Uploads the files under `directory` as one artifact; returns where it can be found,
   * and the name it was stored under when `name` was taken (matrix jobs sharing a name).
   */
  upload(
    name: string,
    directory: string,
    files: string[],
  ): Promise<{ id: string | null; url: string | null; name?: string }>;
}

export interface CommentPublisher {
  /** Creates or updates the one comment carrying `marker`; returns its URL, or null when nothing was published. */
  publish(
    marker: string,
    body: string,
  ): Promise<{ url: string | null; action: 'created' | 'updated' | 'unchanged' | 'skipped' }>;
}

export interface SummarySink {
  write(markdown: string): Promise<void>;
}

/** One call of a tool handler: project code named `./module.mjs#export` in the scenario. */
export interface ToolHandlerCall {
  /** The scenario file the handler path is relative to. */
  scenarioFile: string;
  /** As written: `./fakes/shop.mjs#issueRefund`. */
  handler: string;
  arguments: Record<string, unknown> | null;
  /** The trial's state before the call; the handler's changes come back in the outcome. */
  state: Record<string, unknown>;
  timeoutMs: number;
}

export type ToolHandlerOutcome =
  /** The handler returned `result` (any JSON value) and left `state`. */
  | { kind: 'returned'; result: unknown; state: Record<string, unknown> }
  /** The handler threw: a failed tool result the model sees; state changes before the throw are kept. */
  | { kind: 'threw'; message: string; state: Record<string, unknown> };

/**
 * Runs tool handlers in isolation with a time limit per call
 * (src/node-adapters/worker-tool-handlers.ts). Throws a SalvoError when the
 * handler cannot be run (outside the project, missing export) or ran out of time.
 */
export interface ToolHandlerRunner {
  call(call: ToolHandlerCall): Promise<ToolHandlerOutcome>;
}

/** An artifact of a workflow run, as GitHub lists it. */
export interface ArtifactRef {
  id: number;
  name: string;
}

/** A finished workflow run, as GitHub lists it. */
export interface WorkflowRunRef {
  id: number;
  /** Its page on GitHub. */
  url: string;
}

/**
 * Reading artifacts back from GitHub Actions: the current run's (a merge
 * step collecting its shards) and another run's (a pull request's baseline).
 * Another run's need the token's `actions: read` permission; without it the
 * calls throw an error whose `status` is 403.
 */
export interface WorkflowArtifacts {
  /** Runs of this workflow on `branch` that succeeded, newest first (at most `limit`). */
  successfulRuns(branch: string, limit: number): Promise<WorkflowRunRef[]>;
  /** The artifacts of a run: `runId` null for the current one. */
  list(runId: number | null): Promise<ArtifactRef[]>;
  /** Downloads one artifact of a run (null: the current one) and extracts it into `directory`. */
  download(artifact: ArtifactRef, runId: number | null, directory: string): Promise<void>;
}
