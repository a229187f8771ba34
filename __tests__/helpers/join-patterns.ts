/**
 * One regular expression from several literals, so a long expected line can be written over several source
 * lines and still read as a pattern (no doubled backslashes). Each part must be a whole pattern on its own,
 * cut between atoms; the flags of all parts apply to the whole.
 */
export function joinPatterns(...parts: RegExp[]): RegExp {
  const flags = new Set(parts.flatMap((part) => [...part.flags]));
  return new RegExp(parts.map((part) => part.source).join(''), [...flags].join(''));
}
