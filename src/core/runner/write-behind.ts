/**
 * Work taken off the path from a model's answer to the next request.
 *
 * When a trial or a scenario ends, the worker that ran it has a next request
 * to send. Sealing the trace (redaction, size limits), evaluating it, writing
 * it, then summarising, journalling and announcing the scenario cost more CPU
 * than handling a turn, and with every slot of the pool answered at about the
 * same moment, the last slot's next request waited for all of that (bench
 * case 2, bench/README.md findings 2 and 9). So that work is queued here and runs
 * once the current turn of the event loop is over, by which time the
 * requests it started are on the wire: it overlaps the model's latency
 * instead of adding to it.
 *
 * Tasks run one at a time, in the order they were deferred (a trial's trace
 * before its scenario's result, results in the order scenarios finished).
 * Each flush runs everything queued so far, so the queue never holds more
 * than one turn's worth of finished trials, however fast the model answers.
 * The first failure stops the tasks after it, and `drain` reports it.
 */
export class WriteBehind {
  private readonly queue: (() => Promise<void>)[] = [];
  private flushing: Promise<void> | null = null;
  private failure: { error: unknown } | null = null;

  /** Queues `write` to run after the current turn of the event loop, after every write queued before it. */
  defer(write: () => Promise<void>): void {
    this.queue.push(write);
    this.flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flush());
  }

  /** True once a write has failed: the run should start nothing more. */
  get failed(): boolean {
    return this.failure !== null;
  }

  /** Waits for every queued write; rejects with the first write's failure, if any. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.failure) throw this.failure.error;
  }

  private async flush(): Promise<void> {
    for (let write = this.queue.shift(); write; write = this.queue.shift()) {
      if (this.failure) continue;
      try {
        await write();
      } catch (error) {
        this.failure = { error };
      }
    }
    this.flushing = null;
  }
}
