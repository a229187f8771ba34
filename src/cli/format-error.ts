import { ConfigError, ProviderError, SalvoError, UsageError } from '../core/errors.ts';
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
    text: `error: internal error: ${message}\n  hint: this is a bug in salvo; please report it with the command you ran`,
    exitCode: ExitCode.failed,
  };
}

function exitCodeFor(error: SalvoError): ExitCodeValue {
  if (error instanceof UsageError || error instanceof ConfigError) return ExitCode.usage;
  if (error instanceof ProviderError) return ExitCode.infrastructure;
  return ExitCode.failed;
}
