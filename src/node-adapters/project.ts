import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { defaultProjectConfig, parseProjectConfig } from '../core/scenario/project-config.ts';
import type { ProjectConfig } from '../core/scenario/project-config-schema.ts';
import { MAX_SOURCE_BYTES } from '../core/scenario/yaml-source.ts';
import { ConfigError } from '../core/errors.ts';

export const PROJECT_CONFIG_FILE = 'salvo.yaml';

export interface Project {
  /** The directory holding salvo.yaml, or cwd when there is none. */
  root: string;
  config: ProjectConfig;
  configFile: string | null;
}

/**
 * Finds the project: the nearest salvo.yaml at or above `cwd` (like git finds
 * its repository), so salvo works from any subdirectory. Without one, `cwd`
 * is the root and every setting has its default.
 */
export async function loadProject(cwd: string): Promise<Project> {
  const start = resolve(cwd);
  for (let directory = start; ; directory = dirname(directory)) {
    const candidate = join(directory, PROJECT_CONFIG_FILE);
    if (await isFile(candidate)) {
      return { root: directory, config: await readProjectConfig(candidate), configFile: candidate };
    }
    if (dirname(directory) === directory) break;
  }
  return { root: start, config: defaultProjectConfig(), configFile: null };
}

async function readProjectConfig(file: string): Promise<ProjectConfig> {
  const { size } = await stat(file);
  if (size > MAX_SOURCE_BYTES) {
    throw new ConfigError([{ file, line: 1, column: 1, message: `salvo.yaml is larger than 1 MB` }]);
  }
  return parseProjectConfig(await readFile(file, 'utf8'), file);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
