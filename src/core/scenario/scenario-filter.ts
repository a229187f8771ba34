import { matchesGlob } from 'node:path';
import { UsageError } from '../errors.ts';

/**
 * `--filter` / the action's `filter` input. A `key=value` filter selects the
 * scenarios whose `tags` hold that value (the value may be a glob); anything
 * else is a glob matched against the scenario's name and its file path.
 * Several filters narrow one another: a scenario runs when it matches every
 * one (alternatives go in one glob: `{refund*,order*}`).
 */
export type ScenarioFilter =
  { kind: 'tag'; key: string; value: string; text: string } | { kind: 'glob'; glob: string; text: string };

export interface FilterableScenario {
  name: string;
  file: string;
  tags: Record<string, string>;
}

export function parseScenarioFilters(texts: readonly string[], where: string): ScenarioFilter[] {
  return texts.map((raw) => {
    const text = raw.trim();
    if (text === '') throw new UsageError(`${where}: a filter must not be empty`);
    const equals = text.indexOf('=');
    if (equals < 0) return { kind: 'glob', glob: text, text };
    const key = text.slice(0, equals).trim();
    const value = text.slice(equals + 1).trim();
    if (key === '' || value === '')
      throw new UsageError(`${where}: '${text}' is not a tag filter; write key=value, e.g. team=billing`);
    return { kind: 'tag', key, value, text };
  });
}

export function matchesFilters(scenario: FilterableScenario, filters: readonly ScenarioFilter[]): boolean {
  return filters.every((filter) => matchesFilter(scenario, filter));
}

/** Tag filters need the loaded file; for an invalid file only its path can be judged, so it is kept for them. */
export function pathMatchesFilters(file: string, filters: readonly ScenarioFilter[]): boolean {
  return filters.every(
    (filter) => filter.kind === 'tag' || globMatches(file, filter.glob) || globMatches(baseName(file), filter.glob),
  );
}

function matchesFilter(scenario: FilterableScenario, filter: ScenarioFilter): boolean {
  if (filter.kind === 'tag') {
    const value = scenario.tags[filter.key];
    return value !== undefined && (value === filter.value || globMatches(value, filter.value));
  }
  return (
    globMatches(scenario.name, filter.glob) ||
    globMatches(scenario.file, filter.glob) ||
    globMatches(baseName(scenario.file), filter.glob)
  );
}

function globMatches(text: string, glob: string): boolean {
  return matchesGlob(text.split('\\').join('/'), glob);
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
