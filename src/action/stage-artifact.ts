import { access, copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { FinishedRun, RunResults } from '../core/results.ts';
import { filterRows } from '../core/scenario-rows.ts';

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
 * run metadata, and every file of the run store's directory (the redacted
 * traces) under safe names. Returns the absolute paths to upload.
 */
export async function stageArtifactFiles(options: {
  stagingDirectory: string;
  runDirectory: string | null;
  results: FinishedRun;
  metadata: Record<string, unknown>;
}): Promise<string[]> {
  const { stagingDirectory } = options;
  await mkdir(stagingDirectory, { recursive: true });
  const staged: string[] = [];
  if (options.runDirectory) {
    for (const file of await listFiles(options.runDirectory)) {
      const target = join(stagingDirectory, 'run', safeArtifactPath(relative(options.runDirectory, file).split('\\').join('/')));
      await mkdir(dirname(target), { recursive: true });
      await copyFile(file, target);
      staged.push(target);
    }
  }
  const resultsFile = join(stagingDirectory, 'results.json');
  await writeResultsDocument(resultsFile, options.results, options.runDirectory);
  const metadataFile = join(stagingDirectory, 'run-metadata.json');
  await writeFile(metadataFile, JSON.stringify(options.metadata, null, 2) + '\n');
  return [resultsFile, metadataFile, ...staged];
}

/**
 * The full run document: the store's results.json, copied as it is, with the
 * rows of invalid files (which never ran, and are not in the store) added when
 * there are any.
 */
async function writeResultsDocument(target: string, results: FinishedRun, runDirectory: string | null): Promise<void> {
  const stored = runDirectory === null ? null : join(runDirectory, 'results.json');
  const invalidRows = [...filterRows(results.scenarios, (scenario) => scenario.skip_reason === 'invalid')];
  if (stored !== null && (await exists(stored))) {
    if (invalidRows.length === 0) return copyFile(stored, target);
    const document = JSON.parse(await readFile(stored, 'utf8')) as RunResults;
    const full = { ...document, totals: results.totals, scenarios: [...document.scenarios, ...invalidRows] };
    return writeFile(target, JSON.stringify(full, null, 2) + '\n');
  }
  await writeFile(target, JSON.stringify({ ...results, scenarios: [...results.scenarios] }, null, 2) + '\n');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function listFiles(directory: string): Promise<string[]> {
  try {
    const entries = await readdir(directory, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  } catch {
    return [];
  }
}
