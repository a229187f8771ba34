import { glob, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.ts';

const SCENARIO_EXTENSION = /\.ya?ml$/i;
const GLOB_CHARACTERS = /[*?[\]{}]/;

/**
 * Turns the paths and globs a user typed into scenario files: a file as it
 * is, a directory as every *.yaml / *.yml below it, a glob as its matches.
 * Below a directory, names starting with `_` or `.` are skipped: that is where
 * shared tool files (`_shared/`) and tool state (`.salvo/`) live, and neither
 * is a scenario; globs skip them too unless they name them. Sorted, de-duplicated, relative to `cwd` unless the user
 * gave an absolute path; a
 * path or glob matching nothing is a UsageError naming it.
 *
 * Symlinks are followed alike by every route (file, folder, glob), and every
 * match is resolved with realpath: a path inside `projectRoot` whose real file
 * lies outside it is refused (a pull request can add a link to `~/.ssh/id_rsa`
 * that the default glob would read). A path the user typed that is itself
 * outside the project is theirs to name.
 */
export async function expandScenarioPaths(
  patterns: string[],
  cwd: string,
  projectRoot: string = cwd,
): Promise<string[]> {
  // The root as spelled and as real (it may itself sit behind a link, like /tmp on macOS).
  const root = { spelled: resolve(projectRoot), real: await realpath(projectRoot).catch(() => resolve(projectRoot)) };
  // Keyed by real path, so the same file named two ways (or through a link) is validated once.
  const found = new Map<string, string>();
  for (const pattern of patterns) {
    const matches = await expandOne(pattern, cwd);
    if (matches.length === 0) {
      const what = GLOB_CHARACTERS.test(pattern) ? 'no scenario files match' : 'no scenario files (*.yaml, *.yml) in';
      throw new UsageError(`${what} '${pattern}'`);
    }
    for (const match of matches) {
      const shown = isAbsolute(pattern) ? match : relativeTo(cwd, match);
      const real = await realFileInside(match, shown, root);
      if (!found.has(real)) found.set(real, shown);
    }
  }
  return [...new Set(found.values())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function realFileInside(path: string, shown: string, root: { spelled: string; real: string }): Promise<string> {
  const real = await realpath(path);
  const foundInside = isWithin(path, root.spelled) || isWithin(path, root.real);
  if (foundInside && !isWithin(real, root.real)) {
    throw new UsageError(
      `refusing '${shown}': it is a symlink (or lies below one) that leads outside the project root`,
      {
        hint:
          'scenario files and their includes must stay inside the project (the folder holding salvo.yaml); ' +
          'copy the file in instead of linking it',
      },
    );
  }
  return real;
}

function isWithin(path: string, directory: string): boolean {
  const relation = relative(directory, path);
  return relation === '' || (!relation.startsWith(`..${sep}`) && relation !== '..' && !isAbsolute(relation));
}

async function expandOne(pattern: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, pattern);
  const stats = await stat(absolute).catch(() => null);
  if (stats?.isFile()) return [absolute];
  if (stats?.isDirectory()) return scenarioFilesBelow(absolute, new Set());
  if (!GLOB_CHARACTERS.test(pattern)) throw new UsageError(`no such file or directory: '${pattern}'`);
  const matches: string[] = [];
  for await (const match of glob(pattern, { cwd, exclude: (name) => name === 'node_modules' })) {
    if (hasHiddenSegment(match, pattern)) continue;
    const path = resolve(cwd, match);
    const matchStats = await stat(path).catch(() => null);
    if (matchStats?.isFile() && SCENARIO_EXTENSION.test(path)) matches.push(path);
    else if (matchStats?.isDirectory()) matches.push(...(await scenarioFilesBelow(path, new Set())));
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
    .some(
      (segment) =>
        (segment.startsWith('_') || segment.startsWith('.')) &&
        segment !== '.' &&
        segment !== '..' &&
        !named.has(segment),
    );
}

/** Follows symlinks like a glob does (stat, not the entry's own type); `visited` real folders stop link loops. */
async function scenarioFilesBelow(directory: string, visited: Set<string>): Promise<string[]> {
  const real = await realpath(directory);
  if (visited.has(real)) return [];
  visited.add(real);
  const files: string[] = [];
  // Sorted, so which of two links to one file is listed does not depend on the file system's order.
  const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    const stats = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    if (stats?.isDirectory()) files.push(...(await scenarioFilesBelow(path, visited)));
    else if (stats?.isFile() && SCENARIO_EXTENSION.test(entry.name)) files.push(path);
  }
  return files;
}

/** Relative paths stay relative (also `../x.yaml`), so results read like what the user typed. */
function relativeTo(cwd: string, path: string): string {
  return relative(resolve(cwd), path) || path;
}

/**
 * Where a run or a validation looks when given no paths: salvo.yaml's `scenarios_dir` (default `salvo`), relative
 * to `cwd`. A folder that is missing or holds no scenario file is a usage error naming it; `otherwise` tells the
 * shell's user how to choose scenarios instead.
 */
export async function defaultScenarioFolder(
  project: { root: string; configFile: string | null; config: { scenarios_dir: string } },
  cwd: string,
  otherwise: string,
): Promise<string> {
  const absolute = resolve(project.root, project.config.scenarios_dir);
  const fromCwd = relative(cwd, absolute);
  const folder = fromCwd === '' ? '.' : isAbsolute(fromCwd) ? absolute : fromCwd;
  const exists = (await stat(absolute).catch(() => null))?.isDirectory() === true;
  const files = exists ? await expandScenarioPaths([folder], cwd).catch(() => []) : [];
  if (files.length > 0) return folder;
  const where = project.configFile
    ? `scenarios_dir of ${relative(cwd, project.configFile) || 'salvo.yaml'}`
    : 'the default folder';
  const why = exists
    ? ' has no scenario files (*.yaml, *.yml)'
    : `: the scenarios directory '${project.config.scenarios_dir}' does not exist`;
  throw new UsageError(`no scenarios found: '${folder}' (${where})${why}. ${otherwise}`);
}
