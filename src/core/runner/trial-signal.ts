/** The trial's time limit and cancellation, as one AbortSignal the runner's awaits race against. */

export function secondsToMs(seconds: number | undefined): number | null {
  return seconds === undefined ? null : seconds * 1000;
}

/** The run's hard stop combined with this trial's timeout. */
export function trialSignal(
  run: AbortSignal | undefined,
  timeoutMs: number | null,
): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onRunAbort = () => controller.abort(run?.reason);
  run?.addEventListener('abort', onRunAbort, { once: true });
  if (run?.aborted) onRunAbort();
  const timer = timeoutMs === null ? null : setTimeout(() => controller.abort(new TimeoutSignal(timeoutMs)), timeoutMs);
  return {
    signal: controller.signal,
    dispose: () => {
      if (timer) clearTimeout(timer);
      run?.removeEventListener('abort', onRunAbort);
    },
  };
}

/** The abort reason of a trial that ran out of time (as opposed to a cancelled run). */
export class TimeoutSignal {
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    this.timeoutMs = timeoutMs;
  }
}

/** Settles with `work`, or rejects as soon as `signal` aborts, even if the client ignores the signal. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      work.catch(() => undefined);
      return reject(signal.reason);
    }
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
