/**
 * The Fetch standard's `Headers`, for the SDKs (see install.ts for why salvo
 * has its own): names are case-insensitive and iterated lower-cased in sorted
 * order, repeated values are combined with ", " except `set-cookie`, values
 * are trimmed of HTTP whitespace, and a name or value that is not a valid
 * header throws a TypeError, as Node's does. Mutable always: salvo hands out
 * no immutable (guarded) headers.
 */

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Leading and trailing HTTP whitespace: tab, line feed, carriage return, space.
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const FORBIDDEN_IN_VALUE = /[\0\n\r]/;
// A ByteString holds code units up to 0xFF only (WebIDL).
const NOT_A_BYTE = /[^\u0000-\u00ff]/;

export type HeadersInitLike = NonNullable<RequestInit['headers']> | SalvoHeaders | Iterable<Iterable<string>> | Record<string, string>;

interface Entry {
  values: string[];
}

export class SalvoHeaders {
  readonly #entries = new Map<string, Entry>();

  constructor(init?: HeadersInitLike | null) {
    if (init === undefined || init === null) return;
    if (typeof init !== 'object' && typeof init !== 'function') throw new TypeError("Failed to construct 'Headers': The provided value is not of type 'HeadersInit'.");
    if (typeof (init as Iterable<unknown>)[Symbol.iterator] === 'function') {
      for (const pair of init as Iterable<Iterable<string>>) {
        const items = typeof pair === 'string' ? [] : [...pair];
        if (items.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + items.length + '.');
        this.append(items[0]!, items[1]!);
      }
      return;
    }
    for (const name of Object.keys(init)) this.append(name, (init as Record<string, string>)[name]!);
  }

  append(name: string, value: string): void {
    const key = headerName(name);
    const normalised = headerValue(value, name);
    const entry = this.#entries.get(key);
    if (entry === undefined) this.#entries.set(key, { values: [normalised] });
    else entry.values.push(normalised);
  }

  set(name: string, value: string): void {
    this.#entries.set(headerName(name), { values: [headerValue(value, name)] });
  }

  delete(name: string): void {
    this.#entries.delete(headerName(name));
  }

  get(name: string): string | null {
    return this.#entries.get(headerName(name))?.values.join(', ') ?? null;
  }

  has(name: string): boolean {
    return this.#entries.has(headerName(name));
  }

  getSetCookie(): string[] {
    return [...(this.#entries.get('set-cookie')?.values ?? [])];
  }

  forEach(callback: (value: string, name: string, parent: SalvoHeaders) => void, thisArg?: unknown): void {
    if (typeof callback !== 'function') throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    for (const [name, value] of this.#sorted()) callback.call(thisArg, value, name, this);
  }

  *entries(): Generator<[string, string], undefined> {
    yield* this.#sorted();
  }

  *keys(): Generator<string, undefined> {
    for (const [name] of this.#sorted()) yield name;
  }

  *values(): Generator<string, undefined> {
    for (const [, value] of this.#sorted()) yield value;
  }

  declare [Symbol.iterator]: () => Generator<[string, string], undefined>;

  get [Symbol.toStringTag](): string {
    return 'Headers';
  }

  /** The sort-and-combine list of the standard, taken once per iteration (later edits do not show). */
  #sorted(): Array<[string, string]> {
    const names = [...this.#entries.keys()].sort();
    const list: Array<[string, string]> = [];
    for (const name of names) {
      const { values } = this.#entries.get(name)!;
      if (name === 'set-cookie') for (const value of values) list.push([name, value]);
      else list.push([name, values.join(', ')]);
    }
    return list;
  }
}

// As in the standard, iterating a Headers is iterating its entries.
SalvoHeaders.prototype[Symbol.iterator] = SalvoHeaders.prototype.entries;

function headerName(name: string): string {
  const text = String(name);
  if (!TOKEN.test(text)) throw new TypeError(`Headers: ${JSON.stringify(text)} is an invalid header name.`);
  return text.toLowerCase();
}

function headerValue(value: string, name: string): string {
  const text = String(value);
  if (NOT_A_BYTE.test(text)) throw new TypeError(`Headers: the value of ${JSON.stringify(String(name))} holds a character outside ISO-8859-1.`);
  const trimmed = text.replace(EDGE_WHITESPACE, '');
  if (FORBIDDEN_IN_VALUE.test(trimmed)) throw new TypeError(`Headers: ${JSON.stringify(text)} is an invalid header value.`);
  return trimmed;
}
