import type { AssertionOf } from '../scenario/assertion-schema.ts';
import type { RunTrace } from '../trace.ts';
import { compileUserRegex, type UserRegex } from '../user-regex.ts';
import { fail, pass, preview, type CheckOutcome } from './check.ts';

/**
 * Checks on the final answer (the last assistant text). Text is compared in
 * Unicode NFC so that a composed "é" and "e" + combining accent are the same
 * letter, as they are to a reader; ignore_case folds with toLowerCase.
 */

function comparable(text: string, ignoreCase: boolean): string {
  const normalised = text.normalize('NFC');
  return ignoreCase ? normalised.toLowerCase() : normalised;
}

const noOutput = 'the run produced no final output';

/** The text around a match, so a reason shows where the value stood. */
function around(output: string, index: number, length: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(output.length, index + length + 30);
  return `${start > 0 ? '…' : ''}${preview(output.slice(start, end), 100)}${end < output.length ? '…' : ''}`;
}

function describeOutput(output: string): string {
  return `output (${output.length} chars): "${preview(output, 100)}"`;
}

export function checkOutputContains(assertion: AssertionOf<'output_contains'>, trace: RunTrace): CheckOutcome {
  const output = trace.final_content;
  const quoted = `"${assertion.value}"${assertion.ignore_case ? ' (ignoring case)' : ''}`;
  if (output === null || output === '') return fail(`expected the output to contain ${quoted}, but ${noOutput}`);
  const index = comparable(output, assertion.ignore_case).indexOf(comparable(assertion.value, assertion.ignore_case));
  if (index >= 0) return pass(`output contains ${quoted} at character ${index + 1}`);
  return fail(`output does not contain ${quoted}; ${describeOutput(output)}`);
}

export function checkOutputNotContains(assertion: AssertionOf<'output_not_contains'>, trace: RunTrace): CheckOutcome {
  const output = trace.final_content ?? '';
  const quoted = `"${assertion.value}"${assertion.ignore_case ? ' (ignoring case)' : ''}`;
  const haystack = comparable(output, assertion.ignore_case);
  const index = haystack.indexOf(comparable(assertion.value, assertion.ignore_case));
  if (index < 0)
    return pass(output === '' ? `${noOutput}, so it does not contain ${quoted}` : `output does not contain ${quoted}`);
  return fail(
    `output contains ${quoted} at character ${index + 1}: ` +
      `"${around(output.normalize('NFC'), index, assertion.value.length)}"`,
  );
}

export function checkOutputMatches(assertion: AssertionOf<'output_matches'>, trace: RunTrace): CheckOutcome {
  const shown = `/${assertion.pattern}/${assertion.flags ?? ''}`;
  let pattern: UserRegex;
  try {
    pattern = compileUserRegex(assertion.pattern, assertion.flags ?? '');
  } catch (error) {
    return fail(`invalid regular expression ${shown}: ${(error as Error).message}`);
  }
  const output = trace.final_content;
  if (output === null || output === '') return fail(`expected the output to match ${shown}, but ${noOutput}`);
  const match = pattern.firstMatch(output.normalize('NFC'));
  if (match) return pass(`output matches ${shown}: "${preview(match.text, 80)}" at character ${match.index + 1}`);
  return fail(`output does not match ${shown}; ${describeOutput(output)}`);
}
