import { dirname, join } from 'node:path';
import type { SourceReader } from '../ports.ts';
import { isInside } from './includes.ts';
import { HANDLER_PATTERN } from './schema.ts';
import type { CrossCheckProblem } from './semantic-checks.ts';

/**
 * A handler is project code: its module must exist, and its real path (links
 * followed) must be inside the project root, and, where the reader can load
 * modules (not in unit tests' memory reader), it must export the named function.
 */
export async function checkHandlerPaths(
  data: Record<string, unknown>,
  file: string,
  projectRoot: string,
  reader: SourceReader,
): Promise<CrossCheckProblem[]> {
  const problems: CrossCheckProblem[] = [];
  // Resolved only for a file that names a handler: most have none, and a real path costs a system call per folder.
  let root: string | undefined;
  for (const [index, tool] of (Array.isArray(data.tools) ? data.tools : []).entries()) {
    const handler = typeof tool === 'object' && tool !== null ? (tool as Record<string, unknown>).handler : undefined;
    if (typeof handler !== 'string' || !HANDLER_PATTERN.test(handler)) continue;
    root ??= await reader.realPath(projectRoot).catch(() => projectRoot);
    const modulePath = handler.slice(0, handler.indexOf('#'));
    const exportName = handler.slice(handler.indexOf('#') + 1);
    const problem = await checkModule(join(dirname(file), modulePath), { modulePath, exportName }, root, reader);
    if (problem) problems.push({ path: ['tools', index, 'handler'], target: 'value', message: problem });
  }
  return problems;
}

async function checkModule(
  path: string,
  handler: { modulePath: string; exportName: string },
  root: string,
  reader: SourceReader,
): Promise<string | null> {
  const written = handler.modulePath;
  let real: string;
  try {
    real = await reader.realPath(path);
  } catch {
    return `handler module ${written} does not exist (looked for ${path})`;
  }
  if (!isInside(real, root))
    return `handler module ${written} is outside the project (${root}); handlers must be project code`;
  if (!reader.functionExports) return null;
  let exports: string[];
  try {
    exports = await reader.functionExports(real);
  } catch (error) {
    return `handler module ${written} cannot be loaded: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (exports.includes(handler.exportName)) return null;
  const found = exports.length > 0 ? `it exports ${exports.join(', ')}` : 'it exports no functions';
  return `handler module ${written} has no function export '${handler.exportName}' (${found})`;
}
