import { dirname, join } from 'node:path';
import type { SourceReader } from '../ports.ts';
import { isInside } from './includes.ts';
import { HANDLER_PATTERN } from './schema.ts';
import type { CrossCheckProblem } from './semantic-checks.ts';

/**
 * A handler is project code: its module must exist, and its real path (links
 * followed) must be inside the project root. Whether it has the named export
 * is known only by importing it, which happens when a trial first calls it.
 */
export async function checkHandlerPaths(data: Record<string, unknown>, file: string, projectRoot: string, reader: SourceReader): Promise<CrossCheckProblem[]> {
  const problems: CrossCheckProblem[] = [];
  const root = await reader.realPath(projectRoot).catch(() => projectRoot);
  for (const [index, tool] of (Array.isArray(data.tools) ? data.tools : []).entries()) {
    const handler = typeof tool === 'object' && tool !== null ? (tool as Record<string, unknown>).handler : undefined;
    if (typeof handler !== 'string' || !HANDLER_PATTERN.test(handler)) continue;
    const modulePath = handler.slice(0, handler.indexOf('#'));
    const problem = await checkModule(join(dirname(file), modulePath), modulePath, root, reader);
    if (problem) problems.push({ path: ['tools', index, 'handler'], target: 'value', message: problem });
  }
  return problems;
}

async function checkModule(path: string, written: string, root: string, reader: SourceReader): Promise<string | null> {
  let real: string;
  try {
    real = await reader.realPath(path);
  } catch {
    return `handler module ${written} does not exist (looked for ${path})`;
  }
  return isInside(real, root) ? null : `handler module ${written} is outside the project (${root}); handlers must be project code`;
}
