import * as core from '@actions/core';
import type { Redactor } from '../core/redaction/index.ts';
import { neutraliseWorkflowCommands, stripControlSequences } from '../core/safe-text.ts';
import type { Annotation } from './annotations.ts';

/**
 * The action's log, for any text that holds something a scenario, a model or
 * a provider wrote. Runner masking covers only the values registered with
 * setSecret, so everything is redacted here too; and the runner obeys any
 * stdout line that starts with `::`, so a description or an HTML error body
 * with a line break could otherwise mask values, set outputs, forge
 * annotations or stop command processing (`::stop-commands::`).
 */
export interface ActionLog {
  /** A plain log line: redacted, control sequences stripped, lines that read as runner commands quoted. */
  info(text: string): void;
  /** A warning annotation without a place; @actions/core escapes its line breaks. */
  warning(text: string): void;
  annotate(annotation: Annotation): void;
}

export function createActionLog(redactor: Redactor): ActionLog {
  const clean = (text: string) => stripControlSequences(redactor.text(text));
  return {
    info: (text) => core.info(neutraliseWorkflowCommands(redactor.text(text))),
    warning: (text) => core.warning(clean(text)),
    annotate: ({ level, message, title, ...where }) => core[level](clean(message), { ...where, title: clean(title) }),
  };
}
