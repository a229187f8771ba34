import type { Redactor } from '../core/redaction/index.ts';
import { stripControlSequences } from '../core/safe-text.ts';
import { buildRedactor, collectSecrets, type NamedSecret } from '../engine/secrets.ts';
import { loadProject, type Project } from '../node-adapters/project.ts';
import { writeLine, type CliIO } from './cli-io.ts';

/** What every CLI command that prints scenario or model text uses. */
export interface CliRedaction {
  redactor: Redactor;
  /** Text as it may reach the user's terminal: redacted first (before any cut), then stripped of control sequences. */
  shown(text: string): string;
  /** A document as JSON for stdout: string values redacted (never keys), C1 controls escaped. */
  json(document: unknown): string;
}

/**
 * The redactor of src/engine/secrets.ts (the same as the Action's), and the
 * one notice about secrets too short to redact, on stderr.
 */
export function createCliRedaction(io: CliIO, secrets: NamedSecret[], patterns: string[]): CliRedaction {
  const { redactor, notice } = buildRedactor(secrets, patterns);
  if (notice) writeLine(io.stderr, notice);
  return {
    redactor,
    shown: (text) => stripControlSequences(redactor.text(text)),
    json: (document) => jsonForTerminal(redactor.deep(document)),
  };
}

/**
 * For the commands that read files or stored runs (validate, report, show, reeval, compare): the
 * environment's secrets and salvo.yaml's patterns (the project found from the working directory when
 * not given).
 */
export async function projectRedaction(io: CliIO, project?: Project): Promise<CliRedaction> {
  const { config } = project ?? (await loadProject(io.cwd));
  return createCliRedaction(io, collectSecrets(io.env), config.redaction_patterns);
}

/** A document as indented JSON, safe for a terminal (see escapeC1). */
export function jsonForTerminal(document: unknown): string {
  return escapeC1(JSON.stringify(document, null, 2));
}

/**
 * JSON text with DEL and the C1 controls escaped: JSON.stringify escapes C0
 * controls but leaves these, and U+009B starts a control sequence for some
 * terminals. They can only occur inside strings, where `\u009b` means the same.
 */
export function escapeC1(json: string): string {
  return json.replace(/[\x7f-\x9f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
