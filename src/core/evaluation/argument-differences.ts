import type { ToolCall } from '../model-client.ts';
import { argumentDifferences, type ArgumentDifference, type MatchOptions } from './argument-matchers.ts';
import { showValue } from './describe-arguments.ts';

/**
 * Argument differences in the words of a failure reason: they name the
 * argument and show what came and what was expected
 * (`get_weather was called with city 'Berkeleq'; expected one of 'Berkeley', 'Berkeley, CA'`).
 */

/** Clauses that follow "<tool> was called": `with city 'Rome'; expected 'Paris'`, `without city; expected 'Paris'`. */
export function differenceClauses(differences: readonly ArgumentDifference[]): string {
  const clauses: string[] = [];
  const extras = differences.filter((difference) => difference.kind === 'extra');
  for (const difference of differences) {
    switch (difference.kind) {
      case 'value':
        clauses.push(`with ${difference.path} ${showValue(difference.actual)}; expected ${difference.expected}`);
        break;
      case 'missing':
        clauses.push(`without ${difference.path}; expected ${difference.expected}`);
        break;
      case 'present':
        clauses.push(`with ${difference.path} ${showValue(difference.actual)}; expected no ${difference.path}`);
        break;
      case 'unparseable':
        clauses.push(`with unparseable arguments ${showValue(difference.raw)}`);
        break;
      case 'extra':
        if (difference === extras[0]) {
          const names = extras.map((extra) => `'${extra.path}'`).join(', ');
          clauses.push(
            extras.length === 1 ? `with an argument not allowed: ${names}` : `with arguments not allowed: ${names}`,
          );
        }
        break;
    }
  }
  return clauses.join('; and ');
}

/** A compact list for several calls in one reason: `city 'Rome' (expected 'Paris'), note 'x' (not allowed)`. */
export function briefDifferences(differences: readonly ArgumentDifference[]): string {
  return differences
    .map((difference) => {
      switch (difference.kind) {
        case 'value':
          return `${difference.path} ${showValue(difference.actual)} (expected ${difference.expected})`;
        case 'missing':
          return `no ${difference.path} (expected ${difference.expected})`;
        case 'present':
          return `${difference.path} ${showValue(difference.actual)} (expected absent)`;
        case 'extra':
          return `${difference.path} ${showValue(difference.actual)} (not allowed)`;
        case 'unparseable':
          return `unparseable arguments ${showValue(difference.raw)}`;
      }
    })
    .join(', ');
}

/** The differences of one call, its unparseable text included. */
export function callDifferences(
  pattern: Record<string, unknown>,
  call: ToolCall,
  options: MatchOptions,
): ArgumentDifference[] {
  return argumentDifferences(pattern, call.arguments, options, call.rawArguments);
}

/** The call with the fewest differences (the first on a tie), or undefined when there are no calls. */
export function closestCall<T>(
  candidates: readonly T[],
  differencesOf: (candidate: T) => ArgumentDifference[],
): { candidate: T; differences: ArgumentDifference[] } | undefined {
  let best: { candidate: T; differences: ArgumentDifference[] } | undefined;
  for (const candidate of candidates) {
    const differences = differencesOf(candidate);
    if (best === undefined || weight(differences) < weight(best.differences)) best = { candidate, differences };
  }
  return best;
}

/** Unparseable arguments are the farthest from anything expected. */
function weight(differences: readonly ArgumentDifference[]): number {
  return differences.some((difference) => difference.kind === 'unparseable')
    ? Number.MAX_SAFE_INTEGER
    : differences.length;
}
