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
    if (response.body === null) return response;
    let received = 0;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          received += chunk.byteLength;
          if (received > maxBytes) {
            controller.error(
              new ReplyTooLargeError(
                `the reply is larger than ${maxBytes / 1024 / 1024} MB (after decompression); salvo stopped reading it`,
              ),
            );
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
    // The body is already decompressed: drop the headers that describe the compressed one.
    const headers = new Headers(response.headers);
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(counted, { status: response.status, statusText: response.statusText, headers });
  };
}
