import { ProviderError, SalvoError } from '../core/errors.ts';

/** The one place where the action turns an error into the message of a failed step. */
export function formatActionError(error: unknown): string {
  if (error instanceof SalvoError) {
    const lines = [`salvo: ${error.message}`];
    if (error instanceof ProviderError && error.requestId) lines.push(`request id: ${error.requestId}`);
    if (error.hint) lines.push(`hint: ${error.hint}`);
    return lines.join('\n');
  }
  // Anything else is a bug in salvo; say so rather than show a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  return `salvo: internal error: ${message}\nhint: this is a bug in salvo; please report it with the workflow run link`;
}
