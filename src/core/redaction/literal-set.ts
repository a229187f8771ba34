/**
 * Finds a set of literal strings (secrets and their encoded forms) in a text. The short ones share one regular
 * expression, so a text is scanned once for all of them. V8 refuses a pattern past some tens of thousands of
 * characters, and its error quotes the pattern, that is the secrets: a 40,000-character secret (a kubeconfig, a
 * certificate bundle in a `*_SECRET` variable) made the redactor throw, with its base64 form in the message. What
 * would not fit in the budget below, longest first, is searched for with indexOf instead: slower per literal, but
 * nothing long enough to need it is common.
 */

/** A literal longer than this is never put in the shared pattern. */
const LONGEST_IN_PATTERN = 4096;
/** The shared pattern's source stays under this, far below where V8 refuses one. */
const PATTERN_BUDGET = 32_768;

export interface LiteralSet {
  /** `text` with every occurrence replaced, a literal that contains another removed whole. */
  replaceAll(text: string, replacement: string): string;
  /** Where the literals occur in `text` (ranges may overlap). */
  ranges(text: string): [number, number][];
}

/** The set of `literals` (sorted longest first, non-empty), or null when there are none. */
export function literalSet(literals: readonly string[]): LiteralSet | null {
  if (literals.length === 0) return null;
  const { inPattern, searched } = splitByBudget(literals);
  const pattern = inPattern.length === 0 ? null : new RegExp(inPattern.map(escapeRegExp).join('|'), 'g');
  return {
    replaceAll(text, replacement) {
      // Longest first: the searched literals are the longest, so they go before the pattern's.
      let result = text;
      for (const literal of searched) if (result.includes(literal)) result = result.split(literal).join(replacement);
      return pattern ? result.replace(pattern, replacement) : result;
    },
    ranges(text) {
      const found: [number, number][] = [];
      for (const literal of searched) {
        for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + literal.length))
          found.push([at, at + literal.length]);
      }
      if (pattern) for (const match of text.matchAll(pattern)) found.push([match.index, match.index + match[0].length]);
      return found;
    },
  };
}

/** The shortest literals fill the pattern's budget; the rest are searched one by one. Both stay longest first. */
function splitByBudget(literals: readonly string[]): { inPattern: readonly string[]; searched: readonly string[] } {
  let size = 0;
  let cut = literals.length;
  while (cut > 0) {
    const literal = literals[cut - 1]!;
    const cost = escapeRegExp(literal).length + 1;
    if (literal.length > LONGEST_IN_PATTERN || size + cost > PATTERN_BUDGET) break;
    size += cost;
    cut -= 1;
  }
  return { inPattern: literals.slice(cut), searched: literals.slice(0, cut) };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
