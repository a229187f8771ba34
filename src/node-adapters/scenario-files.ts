import { glob, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';

const SCENARIO_EXTENSION = /\.ya?ml$/i;
const GLOB_CHARACTERS = /[*?[\]{}]/;

/**
 * Turns the paths and globs a user typed into scenario files: a file as it
 * is, a directory as every *.yaml / *.yml below it, a glob as its matches.
 * Below a directory, names starting with `_` or `.` are skipped: that is where
 * shared tool files (`_shared/`) and tool state (`.salvo/`) live, and neither
 * is a scenario; globs skip them too unless they name them. Sorted, de-duplicated, relative to `cwd` unless the user gave an absolute path; a
 * path or glob matching nothing is a UsageError naming it.
 */
export async function expandScenarioPaths(patterns: string[], cwd: string): Promise<string[]> {
  // Keyed by absolute path, so the same file named two ways is validated once.
  const found = new Map<string, string>();
  for (const pattern of patterns) {
    const matches = await expandOne(pattern, cwd);
    if (matches.length === 0) {
      const what = GLOB_CHARACTERS.test(pattern) ? 'no scenario files match' : 'no scenario files (*.yaml, *.yml) in';
      throw new UsageError(`${what} '${pattern}'`);
    }
    for (const match of matches) if (!found.has(match)) found.set(match, isAbsolute(pattern) ? match : relativeTo(cwd, match));
  }
  return [...found.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function expandOne(pattern: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, pattern);
  const stats = await stat(absolute).catch(() => null);
  if (stats?.isFile()) return [absolute];
  if (stats?.isDirectory()) return scenarioFilesBelow(absolute);
  if (!GLOB_CHARACTERS.test(pattern)) throw new UsageError(`no such file or directory: '${pattern}'`);
  const matches: string[] = [];
  for await (const match of glob(pattern, { cwd, exclude: (name) => name === 'node_modules' })) {
    if (hasHiddenSegment(match, pattern)) continue;
    const path = resolve(cwd, match);
    const matchStats = await stat(path).catch(() => null);
    if (matchStats?.isFile() && SCENARIO_EXTENSION.test(path)) matches.push(path);
    else if (matchStats?.isDirectory()) matches.push(...(await scenarioFilesBelow(path)));
  }
  return matches;
}

/**
 * A glob skips `_` and `.` names (`salvo/_shared/tools.yaml`) exactly as
 * folder expansion does, unless the glob itself spells the name out
 * (`salvo/_shared/*.yaml` matches what it says).
 */
function hasHiddenSegment(match: string, pattern: string): boolean {
  const named = new Set(pattern.split(/[\\/]/));
  return match
    .split(/[\\/]/)
    .some((segment) => (segment.startsWith('_') || segment.startsWith('.')) && segment !== '.' && segment !== '..' && !named.has(segment));
}

async function scenarioFilesBelow(directory: string): Promise<string[]> {
  const files: string[] = [];
  const entries = await readdir(directory, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await scenarioFilesBelow(path)));
    else if (entry.isFile() && SCENARIO_EXTENSION.test(entry.name)) files.push(path);
  }
  return files;
}

/** Relative paths stay relative (also `../x.yaml`), so results read like what the user typed. */
function relativeTo(cwd: string, path: string): string {
  return relative(resolve(cwd), path) || path;
}
