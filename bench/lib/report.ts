/** Figures, targets, medians and the results files every case writes. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildRoot } from './spawn-measured.ts';

export interface Figure {
  name: string;
  /** The median over the repeats (or the single value). */
  value: number;
  unit: string;
  /** Human-readable target, e.g. "<= 1 ms"; null for context figures. */
  target: string | null;
  /** Whether `value` meets the target; null for context figures. */
  met: boolean | null;
  samples?: number[];
}

export interface CaseResult {
  case: string;
  title: string;
  sizes: Record<string, number | string>;
  repeats: number;
  figures: Figure[];
  details?: Record<string, unknown>;
}

export interface BenchSettings {
  smoke: boolean;
  repeats: number;
  outDir: string;
}

export function machine() {
  return {
    cores: cpus().length,
    cpu_model: cpus()[0]?.model ?? 'unknown',
    memory_gb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
    // Which checkout's bin/ and dist/ were measured (--build), so old and new figures cannot be confused.
    build: buildRoot(),
  };
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A figure with a "lower is better" (`max`) or "higher is better" (`min`) target. */
export function figure(
  name: string,
  samples: number[],
  unit: string,
  target?: { max?: number; min?: number; text?: string },
): Figure {
  const value = median(samples);
  if (!target) return { name, value, unit, target: null, met: null, ...(samples.length > 1 ? { samples } : {}) };
  const met = (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
  const text =
    target.text ?? (target.max !== undefined ? `<= ${target.max} ${unit}` : `>= ${target.min} ${unit}`).trim();
  return { name, value, unit, target: text, met, ...(samples.length > 1 ? { samples } : {}) };
}

/** A yes/no requirement (e.g. "within GitHub's limits"). */
export function check(name: string, ok: boolean, target: string): Figure {
  return { name, value: ok ? 1 : 0, unit: ok ? 'yes' : 'NO', target, met: ok };
}

export function formatValue(item: Figure): string {
  if (item.unit === 'yes' || item.unit === 'NO') return item.unit;
  const digits = Math.abs(item.value) >= 100 ? 0 : Math.abs(item.value) >= 10 ? 1 : Math.abs(item.value) >= 1 ? 2 : 3;
  return `${item.value.toFixed(digits)} ${item.unit}`.trim();
}

export function printCase(result: CaseResult, settings: BenchSettings): void {
  const sizes = Object.entries(result.sizes)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  console.log(
    `\n## ${result.title}  (${sizes}; median of ${result.repeats}` +
      `${settings.smoke ? '; SMOKE size, figures not comparable with the targets' : ''})`,
  );
  for (const item of result.figures) {
    const verdict = item.met === null ? '' : item.met ? 'met' : 'MISSED';
    console.log(
      `  ${item.name.padEnd(44)} ${formatValue(item).padStart(14)}   ${(item.target ?? '').padEnd(22)} ${verdict}`,
    );
  }
}

export function writeCase(result: CaseResult, settings: BenchSettings): string {
  mkdirSync(settings.outDir, { recursive: true });
  const file = join(settings.outDir, `${result.case}.json`);
  writeFileSync(file, `${JSON.stringify({ ...result, smoke: settings.smoke, machine: machine() }, null, 2)}\n`);
  return file;
}
