import { z } from 'zod';
import { ConfigError } from '../errors.ts';
import { judgeAssertionSchema } from '../scenario/assertion-schema.ts';
import { parseYamlSource, positionOf } from '../scenario/yaml-source.ts';
import type { RunTrace } from '../trace.ts';
import type { JudgeAssertion } from './judge-prompt.ts';

const labelledToolCall = z.strictObject({
  name: z.string().min(1),
  arguments: z.record(z.string(), z.unknown()).default({}),
  result: z.string().optional(),
});

const labelledExample = z.strictObject({
  /** What the agent was asked; optional, as people often label answers alone. */
  task: z.string().default(''),
  output: z.string(),
  tool_calls: z.array(labelledToolCall).default([]),
  expected: z.enum(['pass', 'fail']),
  /** A name for the report; the example's position otherwise. */
  name: z.string().optional(),
});

/**
 * `salvo judge-check`'s file: the judge configuration (a judge assertion without `type`) and examples a person
 * labelled.
 */
export const labelledFileSchema = z.strictObject({
  judge: judgeAssertionSchema.omit({ type: true }),
  examples: z.array(labelledExample).min(2),
});

export type LabelledFile = z.infer<typeof labelledFileSchema>;
export type LabelledExample = z.infer<typeof labelledExample>;

/** Reads a labelled file; bad input names the file, line and field. */
export function parseLabelledFile(text: string, file: string): { judge: JudgeAssertion; examples: LabelledExample[] } {
  const parsed = parseYamlSource(text, file, { what: 'a labelled judge file' });
  if (!parsed.source) throw new ConfigError(parsed.problems);
  const source = parsed.source;
  const result = labelledFileSchema.safeParse(source.value);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const position = positionOf(source, issue.path as (string | number)[], 'value');
        return {
          file,
          line: position.line,
          column: position.column,
          path: issue.path.join('.'),
          message: `${issue.path.join('.') || 'file'}: ${issue.message}`,
        };
      }),
    );
  }
  return { judge: { type: 'judge', ...result.data.judge }, examples: result.data.examples };
}

/** A labelled example as the trace the judge reads. */
export function traceOfExample(example: LabelledExample, index: number): RunTrace {
  const calls = example.tool_calls.map((call, position) => ({
    id: `call_${position + 1}`,
    name: call.name,
    arguments: call.arguments,
  }));
  const results = example.tool_calls.flatMap((call, position) =>
    call.result === undefined
      ? []
      : [{ role: 'tool' as const, content: call.result, tool_call_id: `call_${position + 1}`, tool_name: call.name }],
  );
  const usage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 };
  return {
    schema_version: 1,
    trace_id: `example-${index + 1}`,
    scenario_name: example.name ?? `example ${index + 1}`,
    scenario_file: '',
    scenario_hash: '',
    provider: 'labelled',
    model: 'labelled',
    mode: 'replay',
    timestamp: new Date(0).toISOString(),
    messages: [{ role: 'user', content: example.task }, ...results, { role: 'assistant', content: example.output }],
    tool_calls_made: calls,
    turns: [],
    turn_count: 0,
    usage,
    input_tokens: 0,
    output_tokens: 0,
    total_tokens: 0,
    latency_seconds: 0,
    final_content: example.output,
    finish_reason: 'stop',
    stop_reason: 'final_answer',
    max_turns_hit: false,
    cost_usd: 0,
    extras_resolved: {},
  };
}

export type JudgeVerdict = 'pass' | 'fail' | 'error';

export interface Agreement {
  /** Examples with a verdict (not errored). */
  judged: number;
  errored: number;
  accuracy: number | null;
  /** Cohen's kappa; null when it is undefined (every label and verdict the same class). */
  kappa: number | null;
  /** confusion[expected][verdict] */
  confusion: { pass: { pass: number; fail: number }; fail: { pass: number; fail: number } };
}

/** Agreement between a person's labels and the judge's verdicts; errored verdicts are counted apart. */
export function agreementOf(pairs: readonly { expected: 'pass' | 'fail'; verdict: JudgeVerdict }[]): Agreement {
  const confusion = { pass: { pass: 0, fail: 0 }, fail: { pass: 0, fail: 0 } };
  let errored = 0;
  for (const { expected, verdict } of pairs) {
    if (verdict === 'error') errored += 1;
    else confusion[expected][verdict] += 1;
  }
  const n = pairs.length - errored;
  if (n === 0) return { judged: 0, errored, accuracy: null, kappa: null, confusion };
  const agree = (confusion.pass.pass + confusion.fail.fail) / n;
  const labelledPass = (confusion.pass.pass + confusion.pass.fail) / n;
  const judgedPass = (confusion.pass.pass + confusion.fail.pass) / n;
  const chance = labelledPass * judgedPass + (1 - labelledPass) * (1 - judgedPass);
  const kappa = chance >= 1 ? null : (agree - chance) / (1 - chance);
  return {
    judged: n,
    errored,
    accuracy: agree,
    kappa: kappa === null ? null : Math.round(kappa * 1e9) / 1e9,
    confusion,
  };
}
