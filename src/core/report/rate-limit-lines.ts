/**
 * How often the run was throttled, one sentence per provider endpoint that
 * answered a rate limit or an overload (429, 529): the CLI prints it under
 * the results table, the Action logs it and shows it in the job summary.
 * Endpoints never throttled say nothing: a quiet run stays quiet.
 */
import type { RateLimitFigures } from '../results.ts';
import { plural } from '../format.ts';

export function rateLimitLines(rateLimits: readonly RateLimitFigures[] | undefined): string[] {
  return (rateLimits ?? []).filter((entry) => entry.throttled > 0 || entry.gave_up > 0).map(rateLimitLine);
}

function rateLimitLine(entry: RateLimitFigures): string {
  const where = entry.base_url === null ? entry.provider : `${entry.provider} at ${entry.base_url}`;
  const parts = [
    `${where} throttled ${plural(entry.throttled, 'time')} (HTTP 429/529) in ${plural(entry.requests, 'request')}`,
    `waited ${entry.waited_seconds.toFixed(1)} s in all`,
    ...(entry.concurrency === null ? [] : [`concurrency ended at ${entry.concurrency}`]),
  ];
  const gaveUp =
    entry.gave_up > 0
      ? `; ${plural(entry.gave_up, 'request')} gave up after ` +
        `max_rate_limit_wait_seconds (salvo.yaml providers.${entry.provider})`
      : '';
  return `Rate limits: ${parts.join(', ')}${gaveUp}.`;
}
