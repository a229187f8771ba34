/**
 * Cases 5-6: pure functions, each timed in a fresh node process of its own
 * (bench/cases/*-worker.ts), so nothing else in the driver skews them.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { check, figure, median, type BenchSettings, type CaseResult } from '../lib/report.ts';
import { repoRoot } from '../lib/spawn-measured.ts';

function worker<T>(name: string, args: (string | number)[]): T {
  const output = execFileSync(process.execPath, [join(repoRoot, 'bench', 'cases', name), ...args.map(String)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(output.trim().split('\n').at(-1)!) as T;
}

interface RedactionTiming {
  bytes: number;
  trace_ms: number[];
  text_ms: number[];
  leaked_literals: number;
  redactions: number;
}

export function redactionCase(settings: BenchSettings): CaseResult {
  const large = settings.smoke ? 500_000 : 5_000_000;
  const small = large / 10;
  // Cheap runs on a noisy machine: many of them, so the median means something.
  const repeats = settings.smoke ? 1 : Math.max(settings.repeats * 3, 11);
  const big = worker<RedactionTiming>('redaction-worker.ts', [large, repeats]);
  const little = worker<RedactionTiming>('redaction-worker.ts', [small, repeats]);
  const throughput = (bytes: number, ms: number[]) => ms.map((value) => bytes / 1e6 / (value / 1000));
  return {
    case: 'redaction',
    title: '5. Redaction',
    sizes: { large_bytes: large, small_bytes: small, literal_secrets: 40, user_patterns: 2 },
    repeats,
    figures: [
      figure(`trace (redactor.deep), ${large / 1e6} MB`, big.trace_ms, 'ms'),
      figure('throughput, trace', throughput(big.bytes, big.trace_ms), 'MB/s', { min: 50 }),
      figure('throughput, one flat string', throughput(big.bytes, big.text_ms), 'MB/s', { min: 50 }),
      figure(`time ratio ${large / 1e6} MB / ${small / 1e6} MB, trace`, [median(big.trace_ms) / median(little.trace_ms)], 'x', { max: 12 }),
      figure('time ratio, flat string', [median(big.text_ms) / median(little.text_ms)], 'x', { max: 12 }),
      check(`every literal secret removed (${big.redactions} redactions)`, big.leaked_literals === 0 && big.redactions > 0, 'none left'),
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
      figure('job summary render (fresh process)', runs.map((run) => run.summary_ms), 'ms'),
      figure('PR comment render (fresh process)', runs.map((run) => run.comment_ms), 'ms'),
      figure('both together', runs.map((run) => run.summary_ms + run.comment_ms), 'ms', { max: 1000 }),
      figure('job summary size', [last.summary_bytes / 1024], 'KiB', { max: 1024, text: '< 1 MiB' }),
      figure('PR comment length', [last.comment_characters], 'chars', { max: 65_535, text: '< 65,536 chars' }),
      check('summary: truncation note and artifact link', last.summary_truncation_note && last.summary_has_artifact_link, 'both present'),
      check('comment: truncation note and artifact link', last.comment_truncation_note && last.comment_has_artifact_link, 'both present'),
    ],
  };
}
