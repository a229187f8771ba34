import { formatCost } from '../format.ts';
/**
 * The run's spend cap. Known costs add up; a model with no known price is
 * remembered instead, so the cap can say what it could not count rather than
 * treat that model as free.
 */
export class SpendCap {
  readonly maxCostUsd: number | null;
  spentUsd = 0;
  announced = false;
  skippedAny = false;
  private readonly uncounted = new Set<string>();

  constructor(maxCostUsd: number | null) {
    this.maxCostUsd = maxCostUsd;
  }

  /** Adds one trial's cost; returns true the first time a model's cost could not be counted. */
  add(costUsd: number | null, model: string): boolean {
    if (costUsd !== null) {
      this.spentUsd += costUsd;
      return false;
    }
    if (this.uncounted.has(model)) return false;
    this.uncounted.add(model);
    return this.maxCostUsd !== null;
  }

  exhausted(): boolean {
    const reached = this.maxCostUsd !== null && this.spentUsd >= this.maxCostUsd;
    if (reached) this.skippedAny = true;
    return reached;
  }

  uncountedModels(): string[] {
    return [...this.uncounted].sort();
  }

  skipMessage(): string {
    const uncounted =
      this.uncounted.size > 0 ? `, not counting ${this.uncountedModels().join(', ')} (unknown price)` : '';
    return (
      `not started: spend cap ${formatCost(this.maxCostUsd)} ` +
      `reached (${formatCost(this.spentUsd)} spent${uncounted})`
    );
  }
}
