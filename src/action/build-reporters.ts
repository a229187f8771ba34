import * as core from '@actions/core';
import type { Redactor } from '../core/redaction/index.ts';
import type { ActionLog } from './action-log.ts';
import { createGithubArtifactStore } from './artifact-store.ts';
import { createGithubCommentPublisher } from './github-comment-publisher.ts';
import type { ActionSettings } from './read-action-settings.ts';
import type { ActionReporters } from './report-run.ts';
import { createStepSummarySink } from './step-summary-sink.ts';

/**
 * The GitHub implementations of the reporting ports. Masking covers only the
 * log, so everything that leaves the process as a document (summary, comment)
 * goes through the redactor too, whatever the engine already did; log lines
 * and annotations go through `log` (action-log.ts).
 */
export function buildReporters(settings: ActionSettings, redactor: Redactor, log: ActionLog): ActionReporters {
  const { github } = settings;
  const summary = createStepSummarySink(github.stepSummaryFile, log);
  // A shard reports its slice in its own summary; the merge step posts the one comment.
  const canComment =
    settings.commentOnPr &&
    settings.shard === null &&
    github.pullRequestNumber !== null &&
    settings.githubToken !== null;
  if (settings.shard !== null) core.info('salvo: a shard does not comment; the merge step posts the one PR comment.');
  if (settings.commentOnPr && github.pullRequestNumber === null)
    core.info('salvo: not a pull_request event, so no PR comment.');
  if (github.eventName === 'pull_request_target') {
    core.warning(
      'salvo is running on pull_request_target, ' +
        'with a write token and your secrets, on code a pull request may have changed. ' +
        'Use pull_request instead; see "Pull requests from forks" in the salvo README.',
    );
  }
  const publisher = canComment
    ? createGithubCommentPublisher(
        {
          token: settings.githubToken as string,
          apiUrl: github.apiUrl,
          owner: github.owner,
          repo: github.repo,
          issueNumber: github.pullRequestNumber as number,
        },
        log,
      )
    : null;
  return {
    artifacts: createGithubArtifactStore({ ...github, retentionDays: settings.retentionDays, log }),
    summary: { write: (markdown) => summary.write(redactor.text(markdown)) },
    comments: publisher && { publish: (marker, body) => publisher.publish(marker, redactor.text(body)) },
    setOutput: (name, value) => core.setOutput(name, redactor.text(value)),
    annotate: log.annotate,
    warning: log.warning,
  };
}
