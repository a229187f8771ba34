import { listenOnLoopback, readBody, sendJson } from './loopback.ts';
import { readZipEntries } from './zip-reader.ts';

/**
 * A fake of the Actions results service (gha-notes §4.3-4.4): the Twirp
 * CreateArtifact / FinalizeArtifact / ListArtifacts / GetSignedArtifactURL
 * calls, and an Azure-style blob endpoint on the same server answering Put
 * Block, Put Block List, Put Blob and the signed GET a download follows.
 * Uploaded zips are kept so tests can read the files inside.
 */

export interface FakeArtifact {
  id: number;
  /** Artifact names are unique per workflow run (the token's run backend id), not globally. */
  runBackendId: string;
  jobBackendId: string;
  createdAt: string;
  name: string;
  expiresAt: string | null;
  size: number | null;
  hash: string | null;
  finalized: boolean;
  zip: Buffer | null;
}

export interface FakeArtifactService {
  resultsUrl: string;
  artifacts: FakeArtifact[];
  /** The files inside the latest finalized artifact called `name`. */
  files(name: string): Map<string, Buffer>;
  /** The files inside the finalized artifact with this id. */
  filesById(id: string): Map<string, Buffer>;
  /** Where the zip of a finalized artifact can be fetched (what GitHub's REST download redirects to). */
  downloadUrl(id: number): string;
  close(): Promise<void>;
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** An unsigned JWT carrying the one claim @actions/artifact reads (it never verifies the signature). */
export function fakeRuntimeToken(runBackendId = 'run-backend-1', jobBackendId = 'job-backend-1'): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return (
    `${encode({ alg: 'none', typ: 'JWT' })}.` +
    `${encode({ scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}` })}.signature`
  );
}

export async function startFakeArtifactService(): Promise<FakeArtifactService> {
  const artifacts: FakeArtifact[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  let origin = '';

  const server = await listenOnLoopback(async (request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const body = await readBody(request);
    if (request.method === 'POST' && url.pathname.startsWith(TWIRP_PREFIX)) {
      if (!request.headers.authorization?.startsWith('Bearer '))
        return sendJson(response, 401, { code: 'unauthenticated', msg: 'no token' });
      const method = url.pathname.slice(TWIRP_PREFIX.length);
      const call = JSON.parse(body.toString('utf8')) as {
        workflow_run_backend_id: string;
        workflow_job_run_backend_id?: string;
        name: string;
        name_filter?: string;
        id_filter?: string;
        expires_at?: string;
        size?: string;
        hash?: string;
      };
      const inRun = (artifact: FakeArtifact) =>
        artifact.runBackendId === call.workflow_run_backend_id && artifact.name === call.name;
      if (method === 'CreateArtifact') {
        if (artifacts.some(inRun)) {
          return sendJson(response, 409, {
            code: 'already_exists',
            msg: `an artifact with this name already exists on the workflow run: ${call.name}`,
          });
        }
        artifacts.push({
          id: 1000 + artifacts.length,
          runBackendId: call.workflow_run_backend_id,
          jobBackendId: call.workflow_job_run_backend_id ?? '',
          createdAt: new Date(Date.UTC(2026, 10, 25, 9, 0, artifacts.length)).toISOString(),
          name: call.name,
          expiresAt: call.expires_at ?? null,
          size: null,
          hash: null,
          finalized: false,
          zip: null,
        });
        return sendJson(response, 200, {
          ok: true,
          signed_upload_url:
            `${origin}/devstoreaccount1/actions-results/` + `${artifacts.length - 1}?sig=fake-signature&sp=cw`,
        });
      }
      if (method === 'FinalizeArtifact') {
        const artifact = artifacts.find(inRun);
        if (!artifact || !artifact.zip)
          return sendJson(response, 404, { code: 'not_found', msg: 'artifact not uploaded' });
        Object.assign(artifact, { finalized: true, size: Number(call.size), hash: call.hash ?? null });
        return sendJson(response, 200, { ok: true, artifact_id: String(artifact.id) });
      }
      if (method === 'ListArtifacts') return sendJson(response, 200, { artifacts: listRun(call).map(listed) });
      if (method === 'GetSignedArtifactURL') {
        const artifact = artifacts.find((candidate) => candidate.finalized && inRun(candidate));
        if (!artifact) return sendJson(response, 404, { code: 'not_found', msg: `no artifact named ${call.name}` });
        return sendJson(response, 200, { signed_url: fake.downloadUrl(artifact.id) });
      }
      return sendJson(response, 404, { code: 'bad_route', msg: `no method ${method}` });
    }
    const downloadMatch = /^\/devstoreaccount1\/actions-results\/download\/(\d+)\/artifact\.zip$/.exec(url.pathname);
    if (request.method === 'GET' && downloadMatch) {
      const artifact = artifacts.find((candidate) => String(candidate.id) === downloadMatch[1] && candidate.finalized);
      if (!artifact?.zip || url.searchParams.get('sig') !== 'fake-read-signature')
        return sendJson(response, 403, { message: 'bad signature' });
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) });
      return response.end(artifact.zip);
    }
    const blobMatch = /^\/devstoreaccount1\/actions-results\/(\d+)$/.exec(url.pathname);
    if (request.method === 'PUT' && blobMatch) {
      const name = blobMatch[1] ?? '';
      const artifact = artifacts[Number(name)];
      if (!artifact || url.searchParams.get('sig') !== 'fake-signature')
        return sendJson(response, 403, { message: 'bad signature' });
      const headers = { 'x-ms-request-id': `req-${Date.now()}`, 'x-ms-version': '2026-04-06' };
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        if (!blocks.has(name)) blocks.set(name, new Map());
        blocks.get(name)?.set(url.searchParams.get('blockid') ?? '', body);
        response.writeHead(201, headers);
        return response.end();
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
          (match) => match[1] ?? '',
        );
        artifact.zip = Buffer.concat(ids.map((id) => blocks.get(name)?.get(id) ?? Buffer.alloc(0)));
      } else {
        artifact.zip = body;
      }
      response.writeHead(201, { ...headers, etag: '"0x8DCAFE"', 'last-modified': new Date().toUTCString() });
      return response.end();
    }
    sendJson(response, 404, { message: `unexpected ${request.method} ${url.pathname}` });
  });
  origin = server.origin;

  /** ListArtifacts: the finalized artifacts of the caller's workflow run, filtered by name or id when asked. */
  const listRun = (call: { workflow_run_backend_id: string; name_filter?: string; id_filter?: string }) =>
    artifacts.filter(
      (artifact) =>
        artifact.finalized &&
        artifact.runBackendId === call.workflow_run_backend_id &&
        (call.name_filter === undefined || artifact.name === call.name_filter) &&
        (call.id_filter === undefined || String(artifact.id) === String(call.id_filter)),
    );
  // The protobuf JSON of ListArtifactsResponse.MonolithArtifact: int64 as strings, Timestamp as RFC 3339.
  const listed = (artifact: FakeArtifact) => ({
    workflow_run_backend_id: artifact.runBackendId,
    workflow_job_run_backend_id: artifact.jobBackendId,
    database_id: String(artifact.id),
    name: artifact.name,
    size: String(artifact.size ?? 0),
    created_at: artifact.createdAt,
  });

  const fake: FakeArtifactService = {
    resultsUrl: `${server.origin}/`,
    artifacts,
    files(name) {
      const artifact = artifacts.findLast((candidate) => candidate.name === name && candidate.finalized);
      if (!artifact?.zip)
        throw new Error(`no finalized artifact named ${name} (have: ${artifacts.map((a) => a.name).join(', ')})`);
      return readZipEntries(artifact.zip);
    },
    filesById(id) {
      const artifact = artifacts.find((candidate) => String(candidate.id) === id && candidate.finalized);
      if (!artifact?.zip) throw new Error(`no finalized artifact with id ${id}`);
      return readZipEntries(artifact.zip);
    },
    downloadUrl: (id) =>
      `${origin}/devstoreaccount1/actions-results/download/${id}/artifact.zip?sig=fake-read-signature`,
    close: server.close,
  };
  return fake;
}
