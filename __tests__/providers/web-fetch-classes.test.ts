/**
 * salvo's Headers and Response stand in for Node's in a run (web-fetch/install.ts),
 * so the SDKs must see no difference: every case here runs against both, and
 * the two must agree (an error agrees when it is of the same kind).
 */
import { describe, expect, it } from 'vitest';
import { SalvoFormData } from '../../src/providers/shared/web-fetch/form-data.ts';
import { SalvoHeaders } from '../../src/providers/shared/web-fetch/headers.ts';
import { SalvoResponse } from '../../src/providers/shared/web-fetch/response.ts';

type Outcome = { value: unknown } | { error: string };

async function outcome(run: () => unknown): Promise<Outcome> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error: (error as Error).constructor.name };
  }
}

const NodeHeaders = globalThis.Headers as unknown as typeof SalvoHeaders;
const NodeResponse = globalThis.Response as unknown as typeof SalvoResponse;

const headerCases: Record<string, (H: typeof SalvoHeaders) => unknown> = {
  'a record, iterated lower-cased in sorted order': (H) => [...new H({ 'X-B': '2', 'x-a': '1', Accept: 'application/json' })],
  'pairs, with a repeated name combined': (H) => [...new H([['X-A', '1'], ['x-a', '2'], ['b', '3']])],
  'a pair of the wrong length': (H) => new H([['only-a-name']] as unknown as string[][]),
  'a number as init': (H) => new H(7 as unknown as Record<string, string>),
  'another Headers, set-cookie kept apart': (H) => {
    const source = new H();
    source.append('Set-Cookie', 'a=1');
    source.append('set-cookie', 'b=2');
    source.append('x', 'y');
    return [...new H(source)];
  },
  'get, has, set, delete, case-insensitive': (H) => {
    const headers = new H({ 'Content-Type': 'text/plain' });
    const before = [headers.get('content-type'), headers.has('CONTENT-TYPE'), headers.get('missing')];
    headers.set('content-TYPE', 'application/json');
    headers.append('X-Many', 'one');
    headers.append('x-many', 'two');
    headers.delete('X-MANY');
    return [...before, [...headers], headers.has('x-many')];
  },
  'set-cookie: getSetCookie, get and iteration': (H) => {
    const headers = new H();
    headers.append('set-cookie', 'a=1');
    headers.append('Set-Cookie', 'b=2');
    return [headers.getSetCookie(), headers.get('set-cookie'), [...headers]];
  },
  'values trimmed of HTTP whitespace, inner spaces kept': (H) => [...new H({ a: ' \t one  two \r\n' })],
  'an empty value': (H) => [...new H({ a: '' })],
  'a name with a space': (H) => new H({ 'bad name': 'x' }),
  'an empty name': (H) => new H({ '': 'x' }),
  'a name outside ASCII': (H) => new H({ 'n\u00e4me': 'x' }),
  'a value with a line break inside': (H) => new H({ a: 'one\ntwo' }),
  'a value with a NUL': (H) => new H({ a: 'one\u0000two' }),
  'a value outside ISO-8859-1': (H) => new H({ a: 'caf\u00e9 \u2603' }),
  'a Latin-1 value': (H) => new H({ a: 'caf\u00e9' }).get('a'),
  'a number as value': (H) => new H({ a: 5 as unknown as string }).get('a'),
  'forEach: value, name, the headers, thisArg': (H) => {
    const headers = new H({ b: '2', a: '1' });
    const seen: unknown[] = [];
    headers.forEach(function (this: unknown, value, name, parent) {
      seen.push([value, name, parent === headers, this]);
    }, 'context');
    return seen;
  },
  'keys, values, entries and the default iterator': (H) => {
    const headers = new H({ b: '2', a: '1' });
    return [[...headers.keys()], [...headers.values()], [...headers.entries()], H.prototype[Symbol.iterator] === H.prototype.entries];
  },
  'its tag': (H) => Object.prototype.toString.call(new H()),
};

describe('SalvoHeaders against Node\u0027s Headers', () => {
  it.each(Object.entries(headerCases))('%s', async (_name, run) => {
    const salvo = await outcome(() => run(SalvoHeaders));
    expect(salvo).toEqual(await outcome(() => run(NodeHeaders)));
  });
});

const bytes = (text: string) => new TextEncoder().encode(text);

const responseCases: Record<string, (R: typeof SalvoResponse) => unknown> = {
  'the defaults': (R) => {
    const response = new R();
    return [response.status, response.ok, response.statusText, [...response.headers], response.type, response.redirected, response.url, response.body, response.bodyUsed];
  },
  'a string body: its text and implied content type': async (R) => {
    const response = new R('h\u00e9llo', { status: 201, statusText: 'Created' });
    return [response.status, response.ok, response.statusText, response.headers.get('content-type'), await response.text(), response.bodyUsed];
  },
  'a content type of its own is kept': (R) => new R('{}', { headers: { 'Content-Type': 'application/json' } }).headers.get('content-type'),
  'bytes: json, with the headers given as pairs': async (R) => {
    const response = new R(bytes('{"a":[1,2]}'), { status: 404, headers: [['x-request-id', 'req_1']] });
    return [response.ok, response.headers.get('x-request-id'), response.headers.get('content-type'), await response.json()];
  },
  'an ArrayBuffer: arrayBuffer and bytes': async (R) => {
    const first = new R(bytes('abc').buffer as ArrayBuffer);
    const second = new R(bytes('abc'));
    return [[...new Uint8Array(await first.arrayBuffer())], [...(await second.bytes())]];
  },
  'the bytes are copied when the response is made': async (R) => {
    const source = bytes('abc');
    const response = new R(source);
    source[0] = 0x7a;
    return response.text();
  },
  'a blob: type and size': async (R) => {
    const blob = await new R('abc', { headers: { 'content-type': 'text/x-test' } }).blob();
    return [blob.type, blob.size, await blob.text()];
  },
  'a Blob body and its type': async (R) => {
    const response = new R(new Blob(['from a blob'], { type: 'text/x-blob' }));
    return [response.headers.get('content-type'), await response.text()];
  },
  'URLSearchParams': async (R) => {
    const response = new R(new URLSearchParams({ a: '1', b: 'two words' }));
    return [response.headers.get('content-type'), await response.text()];
  },
  'a ReadableStream body': async (R) => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('one '));
        controller.enqueue(bytes('two'));
        controller.close();
      },
    });
    return new R(stream).text();
  },
  'null body: text is empty': async (R) => {
    const response = new R(null, { status: 204 });
    return [response.body, await response.text()];
  },
  'status 199': (R) => new R('x', { status: 199 }),
  'status 600': (R) => new R(null, { status: 600 }),
  'a body on a 204': (R) => new R('x', { status: 204 }),
  'a status text with a line break': (R) => new R('x', { statusText: 'a\nb' }),
  'a body is read once': async (R) => {
    const response = new R('once');
    await response.text();
    return [response.bodyUsed, await outcome(() => response.text())];
  },
  'body taken and not read, then text (what the Anthropic SDK does)': async (R) => {
    const response = new R('still here');
    const taken = response.body !== null;
    return [taken, response.bodyUsed, await response.text(), response.bodyUsed];
  },
  'body read through its stream, then text': async (R) => {
    const response = new R('streamed');
    const reader = response.body!.getReader();
    const chunks: number[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(...next.value);
    reader.releaseLock();
    return [new TextDecoder().decode(new Uint8Array(chunks)), response.bodyUsed, await outcome(() => response.text())];
  },
  'a cancelled body is used': async (R) => {
    const response = new R('x');
    await response.body!.cancel();
    return response.bodyUsed;
  },
  'clone before reading: both read the same': async (R) => {
    const response = new R('twice', { status: 500, headers: { 'x-a': '1' } });
    const copy = response.clone();
    return [await response.text(), await copy.text(), copy.status, copy.headers.get('x-a'), copy.headers === response.headers];
  },
  'clone of a body already taken as a stream': async (R) => {
    const response = new R('teed');
    void response.body;
    const copy = response.clone();
    return [await copy.text(), await response.text()];
  },
  'clone after reading': async (R) => {
    const response = new R('gone');
    await response.text();
    return response.clone();
  },
  'Response.json': async (R) => {
    const response = R.json({ a: 1 }, { status: 202 });
    return [response.status, response.headers.get('content-type'), await response.text()];
  },
  'Response.redirect': (R) => {
    const response = R.redirect('http://example.test/next', 307);
    return [response.status, response.headers.get('location'), response.body];
  },
  'Response.redirect with a status that is not a redirect': (R) => R.redirect('http://example.test/', 200),
  'its tag': (R) => Object.prototype.toString.call(new R()),
};

describe('SalvoResponse against Node\u0027s Response', () => {
  it.each(Object.entries(responseCases))('%s', async (_name, run) => {
    const salvo = await outcome(() => run(SalvoResponse));
    expect(salvo).toEqual(await outcome(() => run(NodeResponse)));
  });
});

describe('SalvoFormData', () => {
  it('is never an instance, and building one says why it cannot be', () => {
    expect({} instanceof SalvoFormData).toBe(false);
    expect(() => new SalvoFormData()).toThrow(/sends no multipart bodies/);
  });
});
