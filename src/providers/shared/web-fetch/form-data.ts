/**
 * What stands for `FormData` in salvo's process (see install.ts). The SDKs
 * only ask whether a request body is one (`body instanceof FormData`), which
 * is never true: salvo sends JSON. Multipart bodies (file uploads) are not
 * something salvo sends, so building one fails loudly instead of producing a
 * body no transport here would encode.
 */
export class SalvoFormData {
  constructor() {
    throw new TypeError('FormData is not available in salvo: it sends no multipart bodies (src/providers/shared/web-fetch/install.ts).');
  }

  get [Symbol.toStringTag](): string {
    return 'FormData';
  }
}
