import type { ArtifactStore } from '../core/ports.ts';

export interface ArtifactLocation {
  serverUrl: string;
  owner: string;
  repo: string;
  runId: string;
  /** GITHUB_JOB, used to make the name unique when another job (a matrix leg) already took it. */
  job: string;
  retentionDays: number | null;
  log: { info(message: string): void };
}

const MAX_NAME_ATTEMPTS = 20;

/**
 * Uploads with @actions/artifact, imported lazily so the artifact client (and
 * Azure's SDK behind it) is loaded only when a run has something to upload.
 * Artifact names are unique per workflow run, so when every leg of a matrix
 * uses the default name the first wins and the others fall back to
 * `<name>-<job>`, `<name>-<job>-2`, ...
 */
export function createGithubArtifactStore(location: ArtifactLocation): ArtifactStore {
  return {
    async upload(name, directory, files) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const client = new DefaultArtifactClient();
      const options = location.retentionDays === null ? {} : { retentionDays: location.retentionDays };
      for (const candidate of candidateNames(name, location.job)) {
        try {
          const result = await client.uploadArtifact(candidate, files, directory, options);
          const id = result.id === undefined ? null : String(result.id);
          const url =
            id === null
              ? null
              : `${location.serverUrl}/${location.owner}/${location.repo}` +
                `/actions/runs/${location.runId}/artifacts/${id}`;
          location.log.info(`Uploaded artifact '${candidate}' (${files.length} files${url ? `: ${url}` : ''})`);
          return { id, url, name: candidate };
        } catch (error) {
          if (!isNameTaken(error)) throw error;
          location.log.info(`Artifact name '${candidate}' is already taken in this run; trying another.`);
        }
      }
      throw new Error(`could not find a free artifact name after ${MAX_NAME_ATTEMPTS} attempts starting at '${name}'`);
    },
  };
}

function* candidateNames(name: string, job: string): Generator<string> {
  yield name;
  const base = `${name}-${job.replace(/[":<>|*?\r\n\\/]/g, '_')}`;
  yield base;
  for (let attempt = 2; attempt < MAX_NAME_ATTEMPTS; attempt++) yield `${base}-${attempt}`;
}

/**
 * @actions/artifact reports a taken name only as text ("Failed request: (409)
 * Conflict ..."); there is no error class or code to branch on.
 */
function isNameTaken(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /\(409\)|already exists/i.test(message);
}
