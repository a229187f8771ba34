import { posix } from 'node:path';
import { ConfigError, formatProblem } from '../../src/core/errors.ts';
import { loadScenario, type LoadedScenario, type SourceReader } from '../../src/core/scenario/load-scenario.ts';
import { projectConfigSchema } from '../../src/core/scenario/project-config-schema.ts';

export const PROJECT_ROOT = '/project';

/** An in-memory project: relative paths resolve against /project, like the Node reader against its cwd. */
export function memoryReader(files: Record<string, string>): SourceReader {
  const absolute = (path: string) => posix.resolve(PROJECT_ROOT, path);
  const contents = new Map(Object.entries(files).map(([path, text]) => [absolute(path), text]));
  const find = (path: string) => {
    const text = contents.get(absolute(path));
    if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    return text;
  };
  return {
    readFile: async (path) => find(path),
    realPath: async (path) => {
      find(path);
      return absolute(path);
    },
  };
}

export interface LoadOptions {
  /** Other files of the project, by path relative to /project. */
  files?: Record<string, string>;
  config?: Record<string, unknown>;
  file?: string;
}

export function load(text: string, options: LoadOptions = {}): Promise<LoadedScenario> {
  const file = options.file ?? 'scenario.yaml';
  return loadScenario(file, {
    reader: memoryReader({ ...options.files, [file]: text }),
    projectRoot: PROJECT_ROOT,
    config: projectConfigSchema.parse(options.config ?? {}),
  });
}

/** Every problem of the file as `file:line:column: message`; fails when the file loads. */
export async function problemsOf(text: string, options: LoadOptions = {}): Promise<string[]> {
  try {
    await load(text, options);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected the scenario to be invalid, but it loaded');
}

/** Joins lines into a YAML document, so tests show line numbers plainly. */
export const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
