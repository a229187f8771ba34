import { compareRuns, type RunComparison } from '../../core/compare/compare-runs.ts';
import { renderComparisonText } from '../../core/report/comparison-report.ts';
import { readLatestRun, readResultsSide, type ResultsSide } from '../../node-adapters/results-source.ts';
import { writeLine } from '../cli-io.ts';
import { projectRedaction } from '../cli-redaction.ts';
import { ExitCode, type ExitCodeValue } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';
import { lazyArchive } from '../open-archive.ts';

interface CompareFlags {
  json?: boolean;
  failOnLoosened?: boolean;
}

const SIDE_HELP = 'a run id (or unique prefix), a results.json path, or a folder an artifact was extracted to';

export const registerCompare: CommandRegistrar = (program, io, setExitCode) => {
  program
    .command('compare')
    .description(
      'compare two runs scenario by scenario: regressions, improvements, loosened checks, cost (no model is called)',
    )
    .argument('<base>', `the baseline: ${SIDE_HELP}`)
    .argument('[head]', `the run to judge: ${SIDE_HELP} (default: the latest run)`)
    .option('--json', 'print the comparison as JSON, every figure included')
    .option('--fail-on-loosened', 'exit 1 when a check was removed or loosened, too')
    .action(async (base: string, head: string | undefined, flags: CompareFlags) => {
      const archive = lazyArchive(io);
      const baseSide = await readResultsSide(base, io.cwd, archive);
      const headSide =
        head === undefined ? await readLatestRun(await archive()) : await readResultsSide(head, io.cwd, archive);
      const comparison = compareRuns(baseSide.results, headSide.results);
      // Either side may be a results.json from elsewhere: redacted with this environment's secrets, and stripped for
      // the terminal.
      const redaction = await projectRedaction(io);
      if (flags.json) writeLine(io.stdout, redaction.json(comparisonDocument(comparison, baseSide, headSide)));
      else
        writeLine(
          io.stdout,
          redaction.shown(renderComparisonText(comparison, { baseLabel: 'baseline', baseOrigin: baseSide.origin })),
        );
      setExitCode(comparisonExitCode(comparison, flags.failOnLoosened === true));
    });
};

export function comparisonDocument(
  comparison: RunComparison,
  base: ResultsSide,
  head: ResultsSide,
): Record<string, unknown> {
  return { base_origin: base.origin, head_origin: head.origin, ...comparison };
}

/** 1 when a scenario regressed (or, asked for, a check was loosened); 0 otherwise. */
export function comparisonExitCode(comparison: RunComparison, failOnLoosened: boolean): ExitCodeValue {
  if (comparison.counts.regressed > 0) return ExitCode.failed;
  if (failOnLoosened && comparison.loosened_checks > 0) return ExitCode.failed;
  return ExitCode.ok;
}
