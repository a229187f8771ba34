import { EOL } from 'node:os';

/**
 * The few runner commands the action needs before and during the run,
 * written the way @actions/core writes them (`::command::data`, with `%`,
 * CR and LF escaped). Importing @actions/core costs tens of milliseconds at
 * start-up (it loads @actions/http-client with its own undici, @actions/exec
 * and @actions/io), so it is imported only after the run, for the outputs,
 * the job summary and the step's failure.
 */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function issue(command: string, message: string): void {
  process.stdout.write(`::${command}::${escapeData(message)}${EOL}`);
}

/** Masks a value in the job's log from now on (what core.setSecret writes). */
export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

export function debug(message: string): void {
  issue('debug', message);
}

export function warning(message: string): void {
  issue('warning', message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}
