import { join } from 'node:path';
import type { Redactor } from '../core/redaction/index.ts';
import { renderHtmlReport } from '../core/report/html-report.ts';
import type { RunResults } from '../core/results.ts';
import type { ViewerExtras } from '../core/report/html-viewer-data.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { TraceFolder } from './trace-folder.ts';

export const HTML_REPORT_FILE = 'report.html';

/**
 * Writes the HTML trace viewer for a run: its results and the traces in `traces` (redacted when they were stored;
 * `redactor`, when given, redacts both again with what the caller knows now).
 */
export async function writeHtmlReport(
  target: string,
  run: ViewerExtras & {
    results: RunResults;
    traces: TraceFolder;
    redactor?: Redactor;
  },
): Promise<void> {
  const redact = <T>(value: T): T => (run.redactor ? run.redactor.deep(value) : value);
  const traces = redact([...(await run.traces.readAll()).values()]);
  const html = renderHtmlReport({
    results: redact(run.results),
    traces: new Map(traces.map((trace) => [trace.trace_id, trace])),
    comparison: run.comparison ?? null,
    ...(run.prices ? { prices: run.prices } : {}),
  });
  await writeFileAtomic(target, html, { durable: false });
}

/** report.html in a stored run's folder, beside its results.json and traces/. */
export async function writeRunFolderReport(
  runDirectory: string,
  results: RunResults,
  options: ViewerExtras = {},
): Promise<string> {
  const target = join(runDirectory, HTML_REPORT_FILE);
  await writeHtmlReport(target, { results, traces: new TraceFolder(join(runDirectory, 'traces')), ...options });
  return target;
}
