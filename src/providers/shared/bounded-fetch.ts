/**
 * Node's fetch with a cap on how many bytes of a reply body may be read.
 * fetch decompresses as it reads, so the count is of decompressed bytes: a
 * 1.2 MB gzip reply that inflates without end took the process to 5 GB
 * before; now reading stops at the cap with an error the provider adapter
 * reports. Given to each SDK as its `fetch` option; nothing global changes.
 */

/** Far above any chat reply (a full 128k-token answer is well under 2 MB), far below harm. */
export const MAX_REPLY_BYTES = 32 * 1024 * 1024;

export class ReplyTooLargeError extends Error {
  override name = 'ReplyTooLargeError';
}

export function boundedFetch(send: typeof fetch = fetch, maxBytes = MAX_REPLY_BYTES): typeof fetch {
  return async (input, init) => {
    const response = await send(input, init);
    if (response.body === null || boundedByFraming(response, maxBytes)) return response;
    const body = await readAtMost(response.body, maxBytes);
    // The body is already decompressed: drop the headers that describe the compressed one.
    const headers = new Headers(response.headers);
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

/**
 * An uncompressed reply that declares its length cannot be longer: HTTP/1.1 framing ends the body there (undici fails a
 * body that differs). Such a reply needs no counting, which saves a copy of every reply on the common path.
 */
function boundedByFraming(response: Response, maxBytes: number): boolean {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return false;
  const declared = response.headers.get('content-length');
  if (declared === null || !/^\d+$/.test(declared.trim())) return false;
  return Number(declared) <= maxBytes;
}

/**
 * Reads the whole body (salvo never streams replies), stopping at the cap. A plain reader loop: the SDKs parse the
 * reply only once it is complete, so a TransformStream in between only added a stream and a promise per chunk.
 */
async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ReplyTooLargeError(
        `the reply is larger than ${maxBytes / 1024 / 1024} MB (after decompression); salvo stopped reading it`,
      );
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}
