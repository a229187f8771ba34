/**
 * The hidden marker that makes the PR comment sticky: one comment per workflow
 * and job, found again on later runs and updated instead of duplicated.
 */

const MARKER_PREFIX = 'salvo-run-action:';

/** `<!-- salvo-run-action:<workflow>/<job> -->`; characters that could end the HTML comment are dropped. */
export function buildCommentMarker(workflow: string, job: string): string {
  const key = `${workflow}/${job}`.replace(/--+|[<>\r\n]/g, '').trim();
  return `<!-- ${MARKER_PREFIX}${key} -->`;
}

/** True when the comment body carries exactly this marker (not a marker for another job sharing a prefix). */
export function hasCommentMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false;
  return body.split(/\r?\n/).some((line) => line.trim() === marker);
}

/** Puts the marker on the first line of the body (removing any copy already in it). */
export function withCommentMarker(body: string, marker: string): string {
  const rest = body
    .split('\n')
    .filter((line) => line.trim() !== marker)
    .join('\n');
  return `${marker}\n${rest}`;
}

/**
 * Whether an update would change what readers see. GitHub may hand back the
 * body with CRLF line ends and without trailing whitespace, so those differences do not count.
 */
export function sameCommentBody(existing: string | null | undefined, next: string): boolean {
  return normaliseBody(existing ?? '') === normaliseBody(next);
}

function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
