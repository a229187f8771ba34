/** A LimiterClock that moves only when a test says so, with scripted randomness. */
import type { LimiterClock } from '../../../src/providers/shared/rate-limit/limiter-clock.ts';

interface Timer {
  at: number;
  callback: () => void;
}

export class FakeLimiterClock implements LimiterClock {
  time = 0;
  /** What random() returns (0: no jitter). */
  randomValue = 0;
  readonly timers = new Set<Timer>();

  now(): number {
    return this.time;
  }

  schedule(callback: () => void, ms: number): () => void {
    const timer = { at: this.time + Math.max(0, ms), callback };
    this.timers.add(timer);
    return () => void this.timers.delete(timer);
  }

  random(): number {
    return this.randomValue;
  }

  /** Moves time forward, firing due timers in order and letting the promises they settle run. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await settle();
    for (let next = this.#earliest(end); next; next = this.#earliest(end)) {
      this.timers.delete(next);
      this.time = next.at;
      next.callback();
      await settle();
    }
    this.time = end;
    await settle();
  }

  #earliest(end: number): Timer | undefined {
    let earliest: Timer | undefined;
    for (const timer of this.timers) if (timer.at <= end && (!earliest || timer.at < earliest.at)) earliest = timer;
    return earliest;
  }
}

/** Lets every pending promise callback run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
