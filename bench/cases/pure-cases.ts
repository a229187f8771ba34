/**
 * Cases 5-6: pure functions, each timed in a fresh node process of its own
 * (bench/cases/*-worker.ts), so nothing else in the driver skews them.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { check, figure, median, type BenchSettings, type CaseResult } from '../lib/report.ts';
import { repoRoot } from '../lib/spawn-measured.ts';

function worker<T>(name: string, args: (string | number)[]): T {
  // --expose-gc: a worker may start each timed run from a collected heap.
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', join(repoRoot, 'bench', 'cases', name), ...args.map(String)],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!) as T;
}

interface RedactionSamples {
  bytes: number;
  trace_ms: number[];
  text_ms: number[];
}

interface RedactionTiming {
  large: RedactionSamples;
  small: RedactionSamples;
  leaked_literals: number;
  redactions: number;
}

export function redactionCase(settings: BenchSettings): CaseResult {
  const large = settings.smoke ? 500_000 : 5_000_000;
  const small = large / 10;
  // Cheap runs on a noisy machine: several processes of several runs each, so the medians mean something.
  const processes = settings.smoke ? 1 : Math.max(settings.repeats, 5);
  const repeats = settings.smoke ? 1 : 5;
  const runs = Array.from({ length: processes }, () =>
    worker<RedactionTiming>('redaction-worker.ts', [large, small, repeats]),
  );
  const all = (pick: (run: RedactionTiming) => number[]) => runs.flatMap(pick);
  const throughput = (bytes: number, ms: number[]) => ms.map((value) => bytes / 1e6 / (value / 1000));
  // Linearity per process (both sizes timed alternately there), then the median over the processes.
  const ratios = (kind: 'trace_ms' | 'text_ms') => runs.map((run) => median(run.large[kind]) / median(run.small[kind]));
  const first = runs[0]!;
  return {
    case: 'redaction',
    title: '5. Redaction',
    sizes: {
      large_bytes: large,
      small_bytes: small,
      literal_secrets: 40,
      user_patterns: 2,
      processes,
      runs_per_process: repeats,
    },
    repeats: processes,
    figures: [
      figure(
        `trace (redactor.deep), ${large / 1e6} MB`,
        all((run) => run.large.trace_ms),
        'ms',
      ),
      figure(
        'throughput, trace',
        throughput(
          first.large.bytes,
          all((run) => run.large.trace_ms),
        ),
        'MB/s',
        { min: 50 },
      ),
      figure(
        'throughput, one flat string',
        throughput(
          first.large.bytes,
          all((run) => run.large.text_ms),
        ),
        'MB/s',
        { min: 50 },
      ),
      figure(`time ratio ${large / 1e6} MB / ${small / 1e6} MB, trace`, ratios('trace_ms'), 'x', { max: 12 }),
      figure('time ratio, flat string', ratios('text_ms'), 'x', { max: 12 }),
      check(
        `every literal secret removed (${first.redactions} redactions)`,
        runs.every((run) => run.leaked_literals === 0 && run.redactions > 0),
        'none left',
      ),
    ],
  };
}

interface ReportingTiming {
  summary_ms: number;
  comment_ms: number;
  summary_bytes: number;
  comment_characters: number;
  summary_has_artifact_link: boolean;
  comment_has_artifact_link: boolean;
  summary_truncation_note: boolean;
  comment_truncation_note: boolean;
}

export function reportingCase(settings: BenchSettings): CaseResult {
  // Rendering is quick: the smoke size renders the full 10,000 rows too, so the truncation is exercised.
  const scenarios = 10_000;
  const repeats = Math.max(settings.repeats, settings.smoke ? 1 : 5);
  const runs = Array.from({ length: repeats }, () => worker<ReportingTiming>('reporting-worker.ts', [scenarios]));
  const last = runs.at(-1)!;
  return {
    case: 'reporting',
    title: '6. Reporting',
    sizes: { scenarios, not_passing_share: '20%' },
    repeats,
    figures: [
      figure(
        'job summary render (fresh process)',
        runs.map((run) => run.summary_ms),
        'ms',
      ),
      figure(
        'PR comment render (fresh process)',
        runs.map((run) => run.comment_ms),
        'ms',
      ),
      figure(
        'both together',
        runs.map((run) => run.summary_ms + run.comment_ms),
        'ms',
        { max: 1000 },
      ),
      figure('job summary size', [last.summary_bytes / 1024], 'KiB', { max: 1024, text: '< 1 MiB' }),
      figure('PR comment length', [last.comment_characters], 'chars', { max: 65_535, text: '< 65,536 chars' }),
      check(
        'summary: truncation note and artifact link',
        last.summary_truncation_note && last.summary_has_artifact_link,
        'both present',
      ),
      check(
        'comment: truncation note and artifact link',
        last.comment_truncation_note && last.comment_has_artifact_link,
        'both present',
      ),
    ],
  };
}
