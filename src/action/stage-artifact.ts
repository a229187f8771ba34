import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { ViewerExtras } from '../core/report/html-viewer-data.ts';
import type { RunResults } from '../core/results.ts';
import { HTML_REPORT_FILE, writeHtmlReport } from '../node-adapters/html-report-file.ts';
import { TraceFolder } from '../node-adapters/trace-folder.ts';

/** Characters artifact file paths may not contain (gha-notes §4.1), plus backslash. */
const UNSAFE_PATH_CHARACTERS = /[":<>|*?\r\n\\]/g;

export function safeArtifactPath(path: string): string {
  return path
    .split('/')
    .map((segment) => segment.replace(UNSAFE_PATH_CHARACTERS, '_'))
    .join('/');
}

/**
 * Lays out what the artifact holds in one directory: the results JSON, the
 * HTML trace viewer, the run metadata, and every file of the run store's
 * directory (the redacted traces) under safe names. Returns the absolute
 * paths to upload. `salvo report` and `salvo show` open the extracted folder.
 */
export async function stageArtifactFiles(
  options: {
    stagingDirectory: string;
    runDirectory: string | null;
    results: RunResults;
    metadata: Record<string, unknown>;
  } & ViewerExtras,
): Promise<string[]> {
  const { stagingDirectory } = options;
  await mkdir(stagingDirectory, { recursive: true });
  const staged: string[] = [];
  if (options.runDirectory) {
    for (const file of await listFiles(options.runDirectory)) {
      // The run folder's own viewer: the one at the artifact's top replaces it.
      if (relative(options.runDirectory, file) === HTML_REPORT_FILE) continue;
      const target = join(
        stagingDirectory,
        'run',
        safeArtifactPath(relative(options.runDirectory, file).split('\\').join('/')),
      );
      await mkdir(dirname(target), { recursive: true });
      await copyFile(file, target);
      staged.push(target);
    }
  }
  // The run document as the engine finished it (invalid files' rows included), redacted by the caller.
  const resultsFile = join(stagingDirectory, 'results.json');
  await writeFile(resultsFile, JSON.stringify(options.results, null, 2) + '\n');
  const metadataFile = join(stagingDirectory, 'run-metadata.json');
  await writeFile(metadataFile, JSON.stringify(options.metadata, null, 2) + '\n');
  const reportFile = join(stagingDirectory, HTML_REPORT_FILE);
  const traces = new TraceFolder(
    options.runDirectory ? join(options.runDirectory, 'traces') : join(stagingDirectory, 'run', 'traces'),
  );
  await writeHtmlReport(reportFile, {
    results: options.results,
    traces,
    comparison: options.comparison ?? null,
    ...(options.prices ? { prices: options.prices } : {}),
  });
  return [resultsFile, metadataFile, reportFile, ...staged];
}

async function listFiles(directory: string): Promise<string[]> {
  try {
    const entries = await readdir(directory, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}
