import type { FakeArtifactService } from './artifact-service.ts';
import { answerActionsRequest, type FakeWorkflowRun } from './github-actions-endpoints.ts';
import { listenOnLoopback, readBody, sendJson } from './loopback.ts';

export type { FakeWorkflowRun } from './github-actions-endpoints.ts';

/**
 * A stateful fake of the GitHub REST endpoints salvo uses: list issue comments
 * (per_page, page, Link rel="next"), create and update; and the Actions
 * endpoints of github-actions-endpoints.ts (a workflow's runs, a run's
 * artifacts, an artifact's download), over the artifacts of `artifactService`.
 * `forbidWrites` answers writes the way GitHub does for a fork PR's read-only
 * token; `forbidActions` answers the Actions endpoints the way GitHub does for
 * a token without `actions: read`.
 */

export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

export interface GithubRequestLog {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeGithub {
  apiUrl: string;
  serverUrl: string;
  comments(owner: string, repo: string, issue: number): FakeComment[];
  requests: GithubRequestLog[];
  seedComments(owner: string, repo: string, issue: number, bodies: { body: string; login?: string }[]): void;
  forbidWrites: boolean;
  forbidActions: boolean;
  /** Finished workflow runs the Actions endpoints list; their artifacts: the service's of the same run backend id. */
  workflowRuns: FakeWorkflowRun[];
  artifactService: FakeArtifactService | null;
  close(): Promise<void>;
}

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
};

export async function startFakeGithub(): Promise<FakeGithub> {
  const threads = new Map<string, FakeComment[]>();
  const requests: GithubRequestLog[] = [];
  let nextId = 1000;
  const thread = (owner: string, repo: string, issue: number) => {
    const key = `${owner}/${repo}#${issue}`;
    if (!threads.has(key)) threads.set(key, []);
    return threads.get(key) as FakeComment[];
  };
  let origin = '';
  const newComment = (
    owner: string,
    repo: string,
    issue: number,
    body: string,
    login = 'github-actions[bot]',
  ): FakeComment => {
    const id = nextId++;
    const now = new Date(Date.UTC(2026, 10, 25, 10, 0, id - 1000)).toISOString();
    return {
      id,
      node_id: `IC_${id}`,
      url: `${origin}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now,
      updated_at: now,
    };
  };

  const fake: FakeGithub = {
    apiUrl: '',
    serverUrl: 'https://github.com',
    requests,
    forbidWrites: false,
    forbidActions: false,
    workflowRuns: [],
    artifactService: null,
    comments: (owner, repo, issue) => [...thread(owner, repo, issue)],
    seedComments: (owner, repo, issue, bodies) => {
      for (const { body, login } of bodies)
        thread(owner, repo, issue).push(newComment(owner, repo, issue, body, login ?? 'someone'));
    },
    close: async () => undefined,
  };

  const server = await listenOnLoopback(async (request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const raw = await readBody(request);
    const body: unknown = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
    requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: request.headers.authorization,
      body,
    });
    if (url.pathname.includes('/actions/')) return answerActionsRequest(fake, url, response);
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const single = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && request.method === 'GET') {
      const [, owner = '', repo = '', issue = '0'] = list;
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = thread(owner, repo, Number(issue));
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        headers.link = `<${origin}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      }
      return sendJson(response, 200, slice, headers);
    }
    if ((list && request.method === 'POST') || (single && request.method === 'PATCH')) {
      if (fake.forbidWrites) return sendJson(response, 403, FORBIDDEN);
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string')
        return sendJson(response, 422, { message: 'Invalid request. "body" wasn\'t supplied.' });
      if (text.length > 65_536)
        return sendJson(response, 422, { message: 'Body is too long (maximum is 65536 characters)' });
      if (list) {
        const [, owner = '', repo = '', issue = '0'] = list;
        const comment = newComment(owner, repo, Number(issue), text);
        thread(owner, repo, Number(issue)).push(comment);
        return sendJson(response, 201, comment);
      }
      const id = Number(single?.[3]);
      const comment = [...threads.values()].flat().find((candidate) => candidate.id === id);
      if (!comment) return sendJson(response, 404, { message: 'Not Found' });
      comment.body = text;
      comment.updated_at = new Date(Date.UTC(2026, 10, 25, 11, 0, requests.length)).toISOString();
      return sendJson(response, 200, comment);
    }
    sendJson(response, 404, { message: 'Not Found', path: url.pathname });
  });
  origin = server.origin;
  fake.apiUrl = server.origin;
  fake.close = server.close;
  return fake;
}
