/** Exit codes scripts can rely on; documented in the README. */
export const ExitCode = {
  /** Everything passed (or was valid). */
  ok: 0,
  /** At least one scenario failed its expectations, or a file is invalid. */
  failed: 1,
  /** Usage or configuration error: bad flags, missing paths, invalid salvo.yaml. */
  usage: 2,
  /** Nothing failed, but some scenarios hit only infrastructure errors: providers down, retries exhausted, timeouts. */
  infrastructure: 3,
  /** Nothing was verified: every scenario was skipped or hit only infrastructure errors. */
  unverified: 4,
  /** Interrupted by SIGINT/SIGTERM; finished results were saved. */
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
