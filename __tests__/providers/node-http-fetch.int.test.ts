/**
 * The SDKs' transport (node:http instead of Node's fetch): what the SDKs rely on
 * from fetch, compared with Node's own fetch where the two must agree.
 */
import type { IncomingMessage } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nodeHttpFetch } from '../../src/providers/shared/node-http-fetch.ts';
import { listenOnLoopback, readBody } from '../fakes/loopback.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: number;
}

let server: Awaited<ReturnType<typeof listenOnLoopback>>;
let other: Awaited<ReturnType<typeof listenOnLoopback>>;
const seen: Seen[] = [];
const sockets = new WeakMap<object, number>();
let connections = 0;

beforeAll(async () => {
  server = await listenOnLoopback(async (request, response) => {
    if (!sockets.has(request.socket)) sockets.set(request.socket, ++connections);
    const body = (await readBody(request)).toString('utf8');
    seen.push({ method: request.method!, url: request.url!, headers: request.headers, body, socket: sockets.get(request.socket)! });
    const path = new URL(request.url!, 'http://x').pathname;
    const payload = JSON.stringify({ ok: true, path });
    if (path === '/gzip') return response.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' }).end(gzipSync(payload));
    if (path === '/br') return response.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(payload));
    if (path === '/deflate') return response.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(payload));
    if (path === '/hang') return; // never answers
    if (path === '/cut') {
      response.writeHead(200, { 'content-length': '1000' }).write('{"partial":');
      return setTimeout(() => request.socket.destroy(), 20);
    }
    if (path === '/see-other') return response.writeHead(303, { location: '/landed' }).end();
    if (path === '/temporary') return response.writeHead(307, { location: '/landed' }).end();
    if (path === '/elsewhere') return response.writeHead(307, { location: `${other.origin}/landed` }).end();
    if (path === '/empty') return response.writeHead(204).end();
    response.writeHead(path === '/missing' ? 404 : 200, 'Custom Status', { 'content-type': 'application/json', 'x-request-id': 'req_1', 'set-cookie': ['a=1', 'b=2'] });
    response.end(payload);
  });
  other = await listenOnLoopback(async (request, response) => {
    seen.push({ method: request.method!, url: `other${request.url!}`, headers: request.headers, body: (await readBody(request)).toString('utf8'), socket: 0 });
    response.end('{}');
  });
});
afterAll(async () => {
  await server.close();
  await other.close();
});
beforeEach(() => {
  seen.length = 0;
});

const post = (path: string, init: RequestInit = {}) =>
  nodeHttpFetch(`${server.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' }, body: '{"q":"é"}', ...init });

describe('nodeHttpFetch', () => {
  it('sends the method, headers and body unchanged and returns status, headers, body and url', async () => {
    const headers = new Headers({ 'x-stainless-retry-count': '0', 'content-type': 'application/json' });
    const response = await nodeHttpFetch(`${server.origin}/v1/chat?x=1`, { method: 'POST', headers, body: '{"q":"é"}' });
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('Custom Status');
    expect(response.url).toBe(`${server.origin}/v1/chat?x=1`);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({ ok: true, path: '/v1/chat' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/v1/chat?x=1', body: '{"q":"é"}' });
    expect(seen[0]!.headers).toMatchObject({ 'x-stainless-retry-count': '0', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength('{"q":"é"}')) });
    expect(seen[0]!.headers['accept-encoding']).toContain('gzip');
  });

  it('hands back an error status as a response, like fetch', async () => {
    const response = await post('/missing');
    expect(response.status).toBe(404);
    expect(response.ok).toBe(false);
  });

  it.each(['gzip', 'br', 'deflate'])('decodes a %s body', async (coding) => {
    const response = await post(`/${coding}`);
    expect(await response.json()).toEqual({ ok: true, path: `/${coding}` });
  });

  it('keeps the connection alive between requests', async () => {
    for (let index = 0; index < 4; index++) await (await post('/ok')).text();
    expect(new Set(seen.map((request) => request.socket)).size).toBe(1);
  });

  it('rejects with an AbortError and closes the request when the signal aborts mid-request', async () => {
    const controller = new AbortController();
    const pending = post('/hang', { signal: controller.signal });
    await until(() => seen.length === 1);
    controller.abort();
    const error = (await pending.catch((caught: unknown) => caught)) as DOMException;
    expect(error).toBeInstanceOf(DOMException);
    expect(error.name).toBe('AbortError');
    const native = await fetch(`${server.origin}/hang`, { signal: AbortSignal.abort() }).catch((caught: unknown) => caught);
    expect((native as DOMException).name).toBe(error.name);
  });

  it('rejects with the abort reason when there is one, before or during the request', async () => {
    const reason = new Error('scenario timed out');
    await expect(post('/ok', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    const controller = new AbortController();
    const pending = post('/hang', { signal: controller.signal });
    await until(() => seen.length >= 1);
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('rejects a refused connection with the TypeError fetch rejects with', async () => {
    const error = (await nodeHttpFetch('http://127.0.0.1:9/v1', { method: 'POST', body: '{}' }).catch((caught: unknown) => caught)) as TypeError;
    const native = (await fetch('http://127.0.0.1:9/v1', { method: 'POST', body: '{}' }).catch((caught: unknown) => caught)) as TypeError;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(native.message);
    expect((error.cause as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });

  it('rejects a response cut off before its end', async () => {
    await expect(post('/cut')).rejects.toThrow('fetch failed');
  });

  it('follows redirects as fetch does', async () => {
    const seeOther = await post('/see-other');
    expect(seeOther.url).toBe(`${server.origin}/landed`);
    expect(seen.map((request) => [request.method, request.url, request.body])).toEqual([
      ['POST', '/see-other', '{"q":"é"}'],
      ['GET', '/landed', ''],
    ]);
    seen.length = 0;
    await post('/temporary');
    expect(seen.map((request) => [request.method, request.url, request.body])).toEqual([
      ['POST', '/temporary', '{"q":"é"}'],
      ['POST', '/landed', '{"q":"é"}'],
    ]);
    seen.length = 0;
    await post('/elsewhere');
    expect(seen[1]).toMatchObject({ method: 'POST', url: 'other/landed', body: '{"q":"é"}' });
    expect(seen[1]!.headers.authorization).toBeUndefined();
  });

  it('gives a 204 an empty body', async () => {
    const response = await post('/empty');
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
