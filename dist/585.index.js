export const id = 585;
export const ids = [585];
export const modules = {

/***/ 81585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildReporters: () => (/* binding */ buildReporters)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
;// CONCATENATED MODULE: ./src/action/artifact-store.ts
const MAX_NAME_ATTEMPTS = 20;
/**
 * Uploads with @actions/artifact, imported lazily so the artifact client (and
 * Azure's SDK behind it) is loaded only when a run has something to upload.
 * Artifact names are unique per workflow run, so when every leg of a matrix
 * uses the default name the first wins and the others fall back to
 * `<name>-<job>`, `<name>-<job>-2`, ...
 */
function createGithubArtifactStore(location) {
    return {
        async upload(name, directory, files) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
            const client = new DefaultArtifactClient();
            const options = location.retentionDays === null ? {} : { retentionDays: location.retentionDays };
            for (const candidate of candidateNames(name, location.job)) {
                try {
                    const result = await client.uploadArtifact(candidate, files, directory, options);
                    const id = result.id === undefined ? null : String(result.id);
                    const url = id === null ? null : `${location.serverUrl}/${location.owner}/${location.repo}/actions/runs/${location.runId}/artifacts/${id}`;
                    location.log.info(`Uploaded artifact '${candidate}' (${files.length} files${url ? `: ${url}` : ''})`);
                    return { id, url, name: candidate };
                }
                catch (error) {
                    if (!isNameTaken(error))
                        throw error;
                    location.log.info(`Artifact name '${candidate}' is already taken in this run; trying another.`);
                }
            }
            throw new Error(`could not find a free artifact name after ${MAX_NAME_ATTEMPTS} attempts starting at '${name}'`);
        },
    };
}
function* candidateNames(name, job) {
    yield name;
    const base = `${name}-${job.replace(/[":<>|*?\r\n\\/]/g, '_')}`;
    yield base;
    for (let attempt = 2; attempt < MAX_NAME_ATTEMPTS; attempt++)
        yield `${base}-${attempt}`;
}
/**
 * @actions/artifact reports a taken name only as text ("Failed request: (409)
 * Conflict ..."); there is no error class or code to branch on.
 */
function isNameTaken(error) {
    const message = error instanceof Error ? error.message : String(error);
    return /\(409\)|already exists/i.test(message);
}

// EXTERNAL MODULE: ./src/core/report/comment-marker.ts
var comment_marker = __webpack_require__(68638);
;// CONCATENATED MODULE: ./src/action/github-comment-publisher.ts

/**
 * The sticky PR comment over the issues comments API: pages through the
 * comments, updates the one carrying the marker when its body changed, leaves
 * it alone when not, creates it otherwise. A comment is never worth a failed
 * step: every error (a 403 on fork PRs above all) becomes a warning.
 */
function createGithubCommentPublisher(target, log) {
    return {
        async publish(marker, body) {
            try {
                // Imported here so runs that do not comment never load Octokit.
                const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
                const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
                const where = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber };
                const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 100 });
                const existing = findStickyComment(comments, marker);
                if (existing && (0,comment_marker/* sameCommentBody */.qK)(existing.body, body)) {
                    log.info(`PR comment unchanged: ${existing.html_url}`);
                    return { url: existing.html_url, action: 'unchanged' };
                }
                if (existing) {
                    const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
                    log.info(`Updated PR comment: ${data.html_url}`);
                    return { url: data.html_url, action: 'updated' };
                }
                const { data } = await octokit.rest.issues.createComment({ ...where, body });
                log.info(`Created PR comment: ${data.html_url}`);
                return { url: data.html_url, action: 'created' };
            }
            catch (error) {
                log.warning(describeCommentFailure(error, target.issueNumber));
                return { url: null, action: 'skipped' };
            }
        },
    };
}
/** Prefers a comment the bot wrote; a human quoting the marker should not have their comment overwritten. */
function findStickyComment(comments, marker) {
    const marked = comments.filter((comment) => (0,comment_marker/* hasCommentMarker */.Wp)(comment.body, marker));
    return marked.find((comment) => comment.user?.type === 'Bot') ?? marked[0];
}
function describeCommentFailure(error, issueNumber) {
    const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
    const message = error instanceof Error ? error.message : String(error);
    if (status === 403 || status === 404) {
        return (`salvo could not comment on pull request #${issueNumber}: ${message} (HTTP ${status}). ` +
            "The token lacks the 'pull-requests: write' permission: add `permissions: { contents: read, pull-requests: write }` to the job. " +
            'Pull requests from forks and Dependabot always get a read-only token; the job summary and the artifact still have the results.');
    }
    return `salvo could not comment on pull request #${issueNumber}: ${message}. The job summary and the artifact still have the results.`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/action/step-summary-sink.ts

/**
 * Appends to the file the runner names in GITHUB_STEP_SUMMARY (one per step;
 * the runner uploads it when the step ends). Outside a runner there is no such
 * file, and the summary goes to the log instead.
 */
function createStepSummarySink(file, log) {
    return {
        async write(markdown) {
            if (file)
                await (0,promises_.appendFile)(file, markdown, 'utf8');
            else
                log.info(`GITHUB_STEP_SUMMARY is not set; the summary follows.\n${markdown}`);
        },
    };
}

;// CONCATENATED MODULE: ./src/action/build-reporters.ts




/**
 * The GitHub implementations of the reporting ports. Masking covers only the
 * log, so everything that leaves the process as a document (summary, comment)
 * goes through the redactor too, whatever the engine already did.
 */
function buildReporters(settings, redactor) {
    const { github } = settings;
    const log = { info: core.info, warning: core.warning };
    const summary = createStepSummarySink(github.stepSummaryFile, log);
    const canComment = settings.commentOnPr && github.pullRequestNumber !== null && settings.githubToken !== null;
    if (settings.commentOnPr && github.pullRequestNumber === null)
        core.info('salvo: not a pull_request event, so no PR comment.');
    if (github.eventName === 'pull_request_target') {
        core.warning('salvo is running on pull_request_target, with a write token and your secrets, on code a pull request may have changed. ' +
            'Use pull_request instead; see "Pull requests from forks" in the salvo README.');
    }
    const publisher = canComment
        ? createGithubCommentPublisher({ token: settings.githubToken, apiUrl: github.apiUrl, owner: github.owner, repo: github.repo, issueNumber: github.pullRequestNumber }, log)
        : null;
    return {
        artifacts: createGithubArtifactStore({ ...github, retentionDays: settings.retentionDays, log }),
        summary: { write: (markdown) => summary.write(redactor.text(markdown)) },
        comments: publisher && { publish: (marker, body) => publisher.publish(marker, redactor.text(body)) },
        setOutput: (name, value) => core.setOutput(name, redactor.text(value)),
        annotate: ({ level, message, title, ...where }) => core[level](redactor.text(message), { ...where, title: redactor.text(title) }),
        warning: (message) => core.warning(redactor.text(message)),
    };
}


/***/ }),

/***/ 68638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ buildCommentMarker),
/* harmony export */   Wp: () => (/* binding */ hasCommentMarker),
/* harmony export */   _I: () => (/* binding */ withCommentMarker),
/* harmony export */   qK: () => (/* binding */ sameCommentBody)
/* harmony export */ });
/**
 * The hidden marker that makes the PR comment sticky: one comment per workflow
 * and job, found again on later runs and updated instead of duplicated.
 */
const MARKER_PREFIX = 'salvo-run-action:';
/** `<!-- salvo-run-action:<workflow>/<job> -->`; characters that could end the HTML comment are dropped. */
function buildCommentMarker(workflow, job) {
    const key = `${workflow}/${job}`.replace(/--+|[<>\r\n]/g, '').trim();
    return `<!-- ${MARKER_PREFIX}${key} -->`;
}
/** True when the comment body carries exactly this marker (not a marker for another job sharing a prefix). */
function hasCommentMarker(body, marker) {
    if (!body)
        return false;
    return body.split(/\r?\n/).some((line) => line.trim() === marker);
}
/** Puts the marker on the first line of the body (removing any copy already in it). */
function withCommentMarker(body, marker) {
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
function sameCommentBody(existing, next) {
    return normaliseBody(existing ?? '') === normaliseBody(next);
}
function normaliseBody(body) {
    return body
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trim();
}


/***/ })

};
