import { appendFile } from 'node:fs/promises';
import type { SummarySink } from '../core/ports.ts';

/**
 * Appends to the file the runner names in GITHUB_STEP_SUMMARY (one per step;
 * the runner uploads it when the step ends). Outside a runner there is no such
 * file, and the summary goes to the log instead.
 */
export function createStepSummarySink(file: string | null, log: { info(message: string): void }): SummarySink {
  return {
    async write(markdown) {
      if (file) await appendFile(file, markdown, 'utf8');
      else log.info(`GITHUB_STEP_SUMMARY is not set; the summary follows.\n${markdown}`);
    },
  };
}
