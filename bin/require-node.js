// Kept apart from bin/salvo.js so it can be tested on any Node: the bundle
// needs Node 22+, and an older Node must get a sentence, not a stack trace.
export const MINIMUM_NODE_MAJOR = 22;

/** The message for a Node too old to run salvo, or null when it is new enough. */
export function nodeVersionProblem(version) {
  const major = Number(version.split('.')[0]);
  if (major >= MINIMUM_NODE_MAJOR) return null;
  return `error: salvo needs Node.js ${MINIMUM_NODE_MAJOR} or newer; this is Node.js ${version}`;
}
