/**
 * Why salvo has its own `Headers`, `Response` and `FormData`: the SDKs read
 * these three from the global scope (the openai SDK as it loads, both on
 * every request), and in Node they are undici's, loaded on first touch:
 * about 28 ms and 16 MB of RSS in a bare process, with nothing in return for
 * salvo, whose transport is node:http (node-http-fetch.ts). Replacing them
 * before an SDK loads keeps undici out of a run: the CLI reaches its first
 * model request about 15 ms sooner and a 10,000-scenario run peaks about
 * 13 MB lower (bench/README.md, finding 11).
 *
 * They are replaced for the whole process, which only ever runs salvo. Node's
 * own `fetch` keeps working (undici uses its own classes inside), and so does
 * everything that uses it, such as Octokit in the action.
 */
import { SalvoFormData } from './form-data.ts';
import { SalvoHeaders } from './headers.ts';
import { SalvoResponse } from './response.ts';

let installed = false;

/**
 * Puts salvo's classes in place of Node's. By assignment: reading or
 * redefining Node's lazy globals (even `Object.defineProperty`) loads undici,
 * assigning to them does not.
 */
export function useSalvoFetchClasses(): void {
  if (installed) return;
  installed = true;
  const scope = globalThis as unknown as Record<'Headers' | 'Response' | 'FormData', unknown>;
  scope.Headers = SalvoHeaders;
  scope.Response = SalvoResponse;
  scope.FormData = SalvoFormData;
}
