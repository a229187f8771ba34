import type { CommentPublisher } from '../core/ports.ts';
import { hasCommentMarker, sameCommentBody } from '../core/report/comment-marker.ts';

export interface GithubCommentTarget {
  token: string;
  /** Passed to getOctokit explicitly: @actions/github reads GITHUB_API_URL when imported, not when called. */
  apiUrl: string;
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface PublisherLog {
  info(message: string): void;
  warning(message: string): void;
}

interface ListedComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { type?: string } | null;
}

/**
 * The sticky PR comment over the issues comments API: pages through the
 * comments, updates the one carrying the marker when its body changed, leaves
 * it alone when not, creates it otherwise. A comment is never worth a failed
 * step: every error (a 403 on fork PRs above all) becomes a warning.
 */
export function createGithubCommentPublisher(target: GithubCommentTarget, log: PublisherLog): CommentPublisher {
  return {
    async publish(marker, body) {
      try {
        // Imported here so runs that do not comment never load Octokit.
        const { getOctokit } = await import('@actions/github');
        const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
        const where = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber };
        const comments: ListedComment[] = await octokit.paginate(octokit.rest.issues.listComments, {
          ...where,
          per_page: 100,
        });
        const existing = findStickyComment(comments, marker);
        if (existing && sameCommentBody(existing.body, body)) {
          log.info(`PR comment unchanged: ${existing.html_url}`);
          return { url: existing.html_url, action: 'unchanged' };
        }
        if (existing) {
          const { data } = await octokit.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: existing.id,
            body,
          });
          log.info(`Updated PR comment: ${data.html_url}`);
          return { url: data.html_url, action: 'updated' };
        }
        const { data } = await octokit.rest.issues.createComment({ ...where, body });
        log.info(`Created PR comment: ${data.html_url}`);
        return { url: data.html_url, action: 'created' };
      } catch (error) {
        log.warning(describeCommentFailure(error, target.issueNumber));
        return { url: null, action: 'skipped' };
      }
    },
  };
}

/** Prefers a comment the bot wrote; a human quoting the marker should not have their comment overwritten. */
function findStickyComment(comments: ListedComment[], marker: string): ListedComment | undefined {
  const marked = comments.filter((comment) => hasCommentMarker(comment.body, marker));
  return marked.find((comment) => comment.user?.type === 'Bot') ?? marked[0];
}

export function describeCommentFailure(error: unknown, issueNumber: number): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (status === 403 || status === 404) {
    return (
      `salvo could not comment on pull request #${issueNumber}: ${message} (HTTP ${status}). ` +
      "The token lacks the 'pull-requests: write' permission: " +
      'add `permissions: { contents: read, pull-requests: write }` to the job. ' +
      'Pull requests from forks and Dependabot always get a read-only token; ' +
      'the job summary and the artifact still have the results.'
    );
  }
  return (
    `salvo could not comment on pull request #${issueNumber}: ` +
    `${message}. The job summary and the artifact still have the results.`
  );
}
