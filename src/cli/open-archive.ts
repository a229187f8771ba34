import { resolve } from 'node:path';
import { RunArchive } from '../node-adapters/file-run-store.ts';
import { loadProject } from '../node-adapters/project.ts';
import type { CliIO } from './cli-io.ts';

/** The project's run archive (storage_dir of the salvo.yaml found from the working directory). */
export async function openArchive(io: CliIO): Promise<RunArchive> {
  const project = await loadProject(io.cwd);
  return new RunArchive(resolve(project.root, project.config.storage_dir));
}

/** The archive is opened only when a reference names a run, so files are read outside any project. */
export function lazyArchive(io: CliIO): () => Promise<RunArchive> {
  let opened: Promise<RunArchive> | null = null;
  return () => (opened ??= openArchive(io));
}
