import { ProviderError, SalvoError } from '../core/errors.ts';
import { ExitCode, type ExitCodeValue } from './exit-codes.ts';

/** The one place where the CLI turns an error into text and an exit code. */
export function formatCliError(error: unknown): { text: string; exitCode: ExitCodeValue } {
  if (error instanceof SalvoError) {
    const lines = [`error: ${error.message}`];
    if (error instanceof ProviderError && error.requestId) lines.push(`  request id: ${error.requestId}`);
    if (error.hint) lines.push(`  hint: ${error.hint}`);
    return { text: lines.join('\n'), exitCode: exitCodeFor(error) };
  }
  // Anything else is a bug in salvo; say so plainly rather than print a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  return {
    text:
      `error: internal error: ${message}\n  hint: ` +
      'this is a bug in salvo; please report it with the command you ran',
    exitCode: ExitCode.failed,
  };
}

/** Bad input exits 2, a provider that failed 3, anything else 1 (docs: exit codes in the README). */
function exitCodeFor(error: SalvoError): ExitCodeValue {
  switch (error.code) {
    case 'E_CONFIG':
    case 'E_USAGE':
      return ExitCode.usage;
    case 'E_PROVIDER':
    case 'E_PROVIDER_AUTH':
    case 'E_PROVIDER_FORBIDDEN':
    case 'E_PROVIDER_BAD_REQUEST':
    case 'E_PROVIDER_MODEL_NOT_FOUND':
    case 'E_PROVIDER_QUOTA':
    case 'E_PROVIDER_RATE_LIMIT':
    case 'E_PROVIDER_UNAVAILABLE':
    case 'E_PROVIDER_TIMEOUT':
    case 'E_PROVIDER_CONNECTION':
    case 'E_PROVIDER_RESPONSE':
    case 'E_JUDGE':
    case 'E_SIMULATOR':
      return ExitCode.infrastructure;
    case 'E_EXTRAS':
    case 'E_BASE_URL':
    case 'E_NO_API_KEY':
    case 'E_TIMEOUT':
    case 'E_CANCELLED':
    case 'E_MOCK_NOT_FOUND':
    case 'E_HANDLER':
    case 'E_HANDLER_TIMEOUT':
    case 'E_NO_RECORDING':
    case 'E_RECORDING_STALE':
    case 'E_RECORDING_INVALID':
    case 'E_RECORDING_FORMAT':
    case 'E_STORE_CORRUPT':
    case 'E_INTERNAL':
      return ExitCode.failed;
  }
}
