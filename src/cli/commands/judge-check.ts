import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import {
  agreementOf,
  parseLabelledFile,
  traceOfExample,
  type Agreement,
  type JudgeVerdict,
} from '../../core/evaluation/judge-calibration.ts';
import { judgeTrial, type JudgePort } from '../../core/evaluation/judge-trial.ts';
import { resolveJudgeSettings } from '../../core/evaluation/judge-settings.ts';
import { preview } from '../../core/evaluation/check.ts';
import { UsageError } from '../../core/errors.ts';
import { formatCost, plural } from '../../core/format.ts';
import { loadProject } from '../../node-adapters/project.ts';
import { createModelClient, RateLimitRegistry } from '../../providers/registry.ts';
import { writeLine, type CliIO } from '../cli-io.ts';
import { projectRedaction } from '../cli-redaction.ts';
import type { CommandRegistrar } from '../command.ts';
import { ExitCode, type ExitCodeValue } from '../exit-codes.ts';
import { providersFromEnv } from '../read-run-settings.ts';

interface JudgeCheckFlags {
  minKappa?: string;
  judgeModel?: string;
}

export const registerJudgeCheck: CommandRegistrar = (program, io, setExitCode) => {
  program
    .command('judge-check')
    .description(
      'run a judge over examples a person labelled pass or fail, ' +
        "and report how often it agrees (accuracy, Cohen's kappa)",
    )
    .argument(
      '<file>',
      'YAML with `judge:` (criteria, judge_model, k, threshold) and ' +
        '`examples:` ({output, task?, tool_calls?, expected: pass|fail})',
    )
    .option('--min-kappa <k>', "exit 1 when Cohen's kappa is below this (e.g. 0.6)")
    .option('--judge-model <id>', 'model when the file and salvo.yaml name none')
    .action(async (file: string, flags: JudgeCheckFlags) => {
      setExitCode(await judgeCheckCommand(file, flags, io));
    });
};

export async function judgeCheckCommand(file: string, flags: JudgeCheckFlags, io: CliIO): Promise<ExitCodeValue> {
  const minKappa = flags.minKappa === undefined ? null : parseKappa(flags.minKappa);
  const project = await loadProject(io.cwd);
  const shown = relative(io.cwd, resolve(io.cwd, file)) || file;
  const { judge, examples } = parseLabelledFile(await readFile(resolve(io.cwd, file), 'utf8'), shown);
  const providers = providersFromEnv(io.env);
  const redaction = await projectRedaction(io, project);
  const { redactor } = redaction;
  const print = (text: string) => writeLine(io.stdout, redaction.shown(text));
  const settings = resolveJudgeSettings(
    { ...judge, judge_model: judge.judge_model ?? project.config.judge.model },
    project.config.default_adapter ?? 'openai',
    project.config.judge,
    flags.judgeModel ?? null,
  );
  if ('missing' in settings) throw new UsageError(settings.missing);
  // The examples are judged at once: their votes share the provider's limits (salvo.yaml providers).
  const rateLimits = new RateLimitRegistry();
  const port: JudgePort = {
    settingsFor: () => settings,
    clientFor: (chosen) =>
      createModelClient(
        chosen.adapter,
        { ...providers[chosen.adapter], limits: project.config.providers[chosen.adapter] },
        rateLimits,
      ),
    prices: project.config.prices,
  };

  let cost: number | null = 0;
  const verdicts = await Promise.all(
    examples.map(async (example, index) => {
      const judged = await judgeTrial([judge], traceOfExample(example, index), port);
      const outcome = judged.outcomes.get(0)!;
      cost = cost === null || judged.usage?.cost_usd === null ? null : cost + (judged.usage?.cost_usd ?? 0);
      const verdict: JudgeVerdict = outcome.error !== undefined ? 'error' : outcome.passed ? 'pass' : 'fail';
      return { example, index, verdict, reason: redactor.text(outcome.reason) };
    }),
  );
  const agreement = agreementOf(verdicts.map(({ example, verdict }) => ({ expected: example.expected, verdict })));
  print(
    `Judge check of ${shown}: ${plural(examples.length, 'labelled example')}, ` +
      `judge ${settings.model} (${settings.adapter}), cost ${formatCost(cost)}\n`,
  );
  for (const line of agreementLines(agreement)) writeLine(io.stdout, line);
  const wrong = verdicts.filter(({ example, verdict }) => verdict !== example.expected);
  if (wrong.length > 0) writeLine(io.stdout, '\nDisagreements and errors:');
  for (const { example, index, verdict, reason } of wrong) {
    // Redacted before the previews cut them, so no piece of a secret is left at a cut.
    const name = redactor.text(example.name ?? `example ${index + 1}`);
    print(
      `  - ${name} (${preview(redactor.text(example.output), 50)}): ` +
        `labelled ${example.expected}, judged ${verdict}: ${preview(reason, 200)}`,
    );
  }
  if (minKappa === null) return agreement.judged > 0 ? ExitCode.ok : ExitCode.failed;
  const meets = agreement.kappa !== null && agreement.kappa >= minKappa;
  writeLine(
    io.stdout,
    `\n${meets ? 'OK' : 'NOT ENOUGH'}: ` +
      `kappa ${showNumber(agreement.kappa)} ${meets ? '>=' : '<'} the minimum ${minKappa}`,
  );
  return meets ? ExitCode.ok : ExitCode.failed;
}

function agreementLines(agreement: Agreement): string[] {
  const { confusion } = agreement;
  const correct = confusion.pass.pass + confusion.fail.fail;
  return [
    `Accuracy:      ${showNumber(agreement.accuracy)} (${correct} of ${agreement.judged} judged)`,
    `Cohen's kappa: ${showNumber(agreement.kappa)}${kappaNote(agreement)}`,
    `Errored:       ${agreement.errored} (too few usable votes; left out of accuracy and kappa)`,
    '',
    '                 judged pass  judged fail',
    `  labelled pass  ${String(confusion.pass.pass).padStart(11)}  ${String(confusion.pass.fail).padStart(11)}`,
    `  labelled fail  ${String(confusion.fail.pass).padStart(11)}  ${String(confusion.fail.fail).padStart(11)}`,
  ];
}

function kappaNote(agreement: Agreement): string {
  if (agreement.kappa !== null) return '';
  return agreement.judged === 0 ? ' (nothing was judged)' : ' (undefined: every label and verdict is the same class)';
}

function showNumber(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}

function parseKappa(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < -1 || value > 1)
    throw new UsageError(`--min-kappa must be a number from -1 to 1, not '${text}'`);
  return value;
}
