import type { RunTrace } from './trace.ts';

/**
 * Trace files carry a readable prefix, `<scenario-slug>-t<trial>-<trace id>.json`, so a downloaded artifact can be
 * browsed by name. Files written before the prefix are named `<trace id>.json`; both are read.
 */
export function traceFileName(trace: Pick<RunTrace, 'scenario_name' | 'trace_id' | 'trial'>): string {
  const trial = trace.trial === undefined ? '' : `-t${trace.trial}`;
  return `${scenarioSlug(trace.scenario_name)}${trial}-${trace.trace_id}.json`;
}

/** `Books a flight (EU)` -> `books-a-flight-eu`; at most 48 characters, never empty. */
export function scenarioSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'scenario';
}

const PREFIXED_NAME = /^[a-z0-9-]*?(?:-t\d+)?-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

/** The trace id a trace file holds, from either naming; null for a file that is not a trace. */
export function traceIdOfFileName(fileName: string): string | null {
  if (!fileName.endsWith('.json')) return null;
  const prefixed = PREFIXED_NAME.exec(fileName);
  return prefixed ? prefixed[1]! : fileName.slice(0, -'.json'.length);
}
