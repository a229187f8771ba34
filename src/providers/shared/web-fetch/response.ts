/**
 * The Fetch standard's `Response`, for the SDKs and salvo's transport (see
 * install.ts for why salvo has its own). Bodies are held as bytes where they
 * can be (a transport that read the whole answer, a string, a buffer) and a
 * web stream is made only when someone asks for `body`; a stream or Blob
 * given to the constructor is read when the body is. What the standard asks
 * of a constructed Response holds: status 200-599, no body on 101/103/204/
 * 205/304, the Content-Type a string or URLSearchParams body implies, a body
 * read once (`bodyUsed`), `clone()` before that.
 */
import { SalvoHeaders, type HeadersInitLike } from './headers.ts';

type BodySource = Uint8Array | Blob | ReadableStream<Uint8Array>;
type ResponseBody = string | ArrayBuffer | ArrayBufferView | Blob | URLSearchParams | ReadableStream<Uint8Array> | null | undefined;

interface ResponseOptions {
  status?: number;
  statusText?: string;
  headers?: HeadersInitLike;
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// reason-phrase = *( HTAB / SP / VCHAR / obs-text )
const REASON_PHRASE = /^[\t\u0020-\u007e\u0080-\u00ff]*$/;

export class SalvoResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: SalvoHeaders;
  readonly type: Response['type'] = 'default';
  readonly redirected = false;
  readonly url: string = '';
  #source: BodySource | null;
  #stream: ReadableStream<Uint8Array> | null = null;
  #used = false;

  constructor(body?: ResponseBody, init: ResponseOptions = {}) {
    const status = init.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599) throw new RangeError(`Response: status ${status} is not in the range 200 to 599.`);
    const statusText = String(init.statusText ?? '');
    if (!REASON_PHRASE.test(statusText)) throw new TypeError(`Response: ${JSON.stringify(statusText)} is not a valid status text.`);
    this.status = status;
    this.statusText = statusText;
    this.headers = new SalvoHeaders(init.headers);
    const { source, contentType } = bodySource(body);
    if (source !== null && NULL_BODY_STATUSES.has(status)) throw new TypeError(`Response: a response with status ${status} cannot have a body.`);
    if (contentType && !this.headers.has('content-type')) this.headers.set('content-type', contentType);
    this.#source = source;
  }

  static json(data: unknown, init?: ResponseOptions): SalvoResponse {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Response.json: the data is not JSON-serialisable.');
    const response = new SalvoResponse(text, init);
    response.headers.set('content-type', 'application/json');
    return response;
  }

  static redirect(url: string | URL, status = 302): SalvoResponse {
    if (!REDIRECT_STATUSES.has(status)) throw new RangeError(`Response.redirect: ${status} is not a redirect status.`);
    return new SalvoResponse(null, { status, headers: { location: new URL(url).href } });
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  get body(): ReadableStream<Uint8Array> | null {
    if (this.#source === null) return null;
    this.#stream ??= this.#streamOfSource(this.#source);
    return this.#stream;
  }

  get bodyUsed(): boolean {
    return this.#used;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.#consume());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#consume();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.arrayBuffer()], { type: this.headers.get('content-type') ?? '' });
  }

  async formData(): Promise<never> {
    throw new TypeError('Response.formData: salvo does not read form data from a response.');
  }

  clone(): SalvoResponse {
    if (this.#used || this.#stream?.locked) throw new TypeError('Response.clone: the body has already been read.');
    const copy = new SalvoResponse(null, { status: this.status, statusText: this.statusText, headers: this.headers });
    if (this.#source instanceof Uint8Array && this.#stream === null) copy.#source = this.#source;
    else if (this.#source !== null) {
      const [mine, theirs] = this.body!.tee();
      this.#stream = this.#streamOfSource(mine);
      copy.#source = theirs;
    }
    if (this.url) Object.defineProperty(copy, 'url', { value: this.url });
    return copy;
  }

  get [Symbol.toStringTag](): string {
    return 'Response';
  }

  /** The whole body as bytes, once. */
  async #consume(): Promise<Uint8Array> {
    if (this.#used || this.#stream?.locked) throw new TypeError('Body is unusable: Body has already been read');
    if (this.#source === null) {
      this.#used = true;
      return new Uint8Array(0);
    }
    if (this.#source instanceof Uint8Array && this.#stream === null) {
      this.#used = true;
      return this.#source;
    }
    const reader = this.body!.getReader();
    this.#used = true;
    const chunks: Uint8Array[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    return chunks.length === 1 ? chunks[0]! : concat(chunks);
  }

  /**
   * A stream over the body that marks it used when first read or cancelled, as a disturbed stream is
   * (only while it is this response's body: a clone tees it and reads the other branch).
   * A high-water mark of 0: nothing is pulled before a read asks for it (the Anthropic SDK takes `body`
   * of every response without reading it).
   */
  #streamOfSource(source: BodySource): ReadableStream<Uint8Array> {
    const markUsed = () => {
      if (this.#stream === stream) this.#used = true;
    };
    let stream: ReadableStream<Uint8Array>;
    if (source instanceof Uint8Array) {
      stream = new ReadableStream<Uint8Array>(
        {
          pull: (controller) => {
            markUsed();
            if (source.byteLength > 0) controller.enqueue(source);
            controller.close();
          },
          cancel: markUsed,
        },
        { highWaterMark: 0 },
      );
      return stream;
    }
    const reader = (source instanceof Blob ? source.stream() : source).getReader();
    stream = new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          markUsed();
          const next = await reader.read();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
        cancel: (reason) => {
          markUsed();
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
    return stream;
  }
}

function bodySource(body: ResponseBody): { source: BodySource | null; contentType?: string } {
  if (body === undefined || body === null) return { source: null };
  if (typeof body === 'string') return { source: new TextEncoder().encode(body), contentType: 'text/plain;charset=UTF-8' };
  if (body instanceof ArrayBuffer) return { source: new Uint8Array(body.slice(0)) };
  if (ArrayBuffer.isView(body)) return { source: new Uint8Array(body.buffer, body.byteOffset, body.byteLength).slice() };
  if (body instanceof URLSearchParams) return { source: new TextEncoder().encode(body.toString()), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' };
  if (body instanceof Blob) return { source: body, ...(body.type ? { contentType: body.type } : {}) };
  if (body instanceof ReadableStream) {
    if (body.locked) throw new TypeError('Response: the body stream is locked or already read.');
    return { source: body };
  }
  // Not a body the standard knows: WebIDL converts it to its string.
  return { source: new TextEncoder().encode(String(body)), contentType: 'text/plain;charset=UTF-8' };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
