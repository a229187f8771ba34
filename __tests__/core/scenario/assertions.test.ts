import { describe, expect, it } from 'vitest';
import { ASSERTION_TYPES } from '../../../src/core/scenario/assertion-schema.ts';
import { load, problemsOf, yaml } from '../../helpers/scenario-loading.ts';

const head = [
  'model: gpt-5.4-mini',
  'prompt: Fix the bug',
  'tools:',
  '  - {name: read_file, description: r}',
  '  - {name: run_tests, description: t}',
  'assertions:',
];
// State comes last so that `state` assertions load, without moving the assertion lines.
const withAssertions = (...lines: string[]) => yaml(...head, ...lines, 'state: {initial: {}}');
// The first assertion line in these files is line 7.

describe('every assertion type', () => {
  const valid: Record<string, { line: string; expected: Record<string, unknown> }> = {
    tool_called: {
      line: '{type: tool_called, tool: read_file, arguments: {path: a.py}}',
      expected: { tool: 'read_file', arguments: { path: 'a.py' } },
    },
    tool_not_called: { line: '{type: tool_not_called, tool: run_tests}', expected: { tool: 'run_tests' } },
    tool_calls: {
      line:
        '{type: tool_calls, calls: [{tool: read_file, arguments: {path: ' +
        '{matches: "\\\\.py$"}}}, {tool: run_tests}], order: in_order}',
      expected: {
        calls: [{ tool: 'read_file', arguments: { path: { matches: '\\.py$' } } }, { tool: 'run_tests' }],
        order: 'in_order',
        others: 'allow',
        strings: 'exact',
        extra_arguments: 'allow',
      },
    },
    tool_sequence: {
      line: '{type: tool_sequence, sequence: [read_file, run_tests]}',
      expected: { sequence: ['read_file', 'run_tests'], mode: 'in_order' },
    },
    output_contains: {
      line: '{type: output_contains, value: fixed}',
      expected: { value: 'fixed', ignore_case: false },
    },
    output_not_contains: {
      line: '{type: output_not_contains, value: sorry, ignore_case: true}',
      expected: { value: 'sorry', ignore_case: true },
    },
    output_matches: {
      line: "{type: output_matches, pattern: 'R-\\d{4}', flags: i}",
      expected: { pattern: 'R-\\d{4}', flags: 'i' },
    },
    state: {
      line: '{type: state, expression: length(refunds), operator: eq, value: 1}',
      expected: { expression: 'length(refunds)', operator: 'eq', value: 1 },
    },
    jmespath: {
      line: '{type: jmespath, expression: metadata.turn_count, operator: lte, value: 4}',
      expected: { expression: 'metadata.turn_count', operator: 'lte', value: 4 },
    },
    cost_limit: { line: '{type: cost_limit, max_usd: 0.05}', expected: { max_usd: 0.05, include_judge: false } },
    latency_limit: { line: '{type: latency_limit, max_seconds: 20}', expected: { max_seconds: 20 } },
    turn_limit: { line: '{type: turn_limit, max_turns: 4}', expected: { max_turns: 4 } },
    judge: {
      line:
        '{type: judge, criteria: [{name: tone, description: polite}], judge_model: ' +
        'gpt-5.4-mini, k: 3, threshold: 0.7, include_system_prompt: true, custom_prompt: Rate it}',
      expected: {
        criteria: [{ name: 'tone', description: 'polite', weight: 1 }],
        judge_model: 'gpt-5.4-mini',
        k: 3,
        threshold: 0.7,
        include_system_prompt: true,
        custom_prompt: 'Rate it',
      },
    },
  };

  it('covers the whole list of types', () => {
    expect(Object.keys(valid).sort()).toEqual([...ASSERTION_TYPES].sort());
  });

  it.each(Object.entries(valid))(
    'loads %s with its fields, weight 1 and required false by default',
    async (type, { line, expected }) => {
      const loaded = await load(withAssertions(`  - ${line}`));
      expect(loaded.scenario.assertions[0]).toEqual({ type, weight: 1, required: false, ...expected });
      expect(loaded.assertionLines).toEqual([7]);
    },
  );

  it.each(Object.entries(valid))('rejects a field of another type on %s, naming the type', async (type, { line }) => {
    const foreign = type === 'cost_limit' ? 'max_seconds: 3' : 'max_usd: 1';
    const withForeign = line.replace(/}$/, `, ${foreign}}`);
    const problems = await problemsOf(withAssertions(`  - ${withForeign}`));
    const column = `  - ${withForeign}`.indexOf(foreign.split(':')[0] as string) + 1;
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^scenario\\.yaml:7:${column}: unknown field '${foreign.split(':')[0]}' for assertion type '${type}'`,
        ),
      ),
    ]);
  });

  it('takes weight, required and name on every assertion, and bounds weight', async () => {
    const loaded = await load(
      withAssertions('  - {type: output_contains, value: ok, weight: 2.5, required: true, name: says ok}'),
    );
    expect(loaded.scenario.assertions[0]).toMatchObject({ weight: 2.5, required: true, name: 'says ok' });
    expect(await problemsOf(withAssertions('  - {type: output_contains, value: ok, weight: 0}'))).toEqual([
      "scenario.yaml:7:48: 'weight' must be greater than 0, got 0",
    ]);
  });

  // [assertion, the text the problem points at, message]
  it.each([
    [
      '{type: tool_sequence, sequence: [read_file], mode: exactt}',
      'exactt',
      "unknown mode 'exactt', did you mean 'exact'? (one of: exact, in_order, any_order)",
    ],
    ['{type: tool_sequence, sequence: []}', '[]', "'sequence' needs at least 1 item"],
    [
      '{type: jmespath, expression: a, operator: eqq, value: 1}',
      'eqq',
      "unknown operator 'eqq', did you mean 'eq'? (one of: eq, ne, gt, gte, lt, lte, contains, regex, exists)",
    ],
    [
      '{type: output_matches, pattern: ok, flags: g}',
      'g}',
      "'flags' 'g' is not valid: flags may only use i, m, s and u",
    ],
    ['{type: output_matches, pattern: "("}', '"("', 'invalid regular expression: /(/: Unterminated group'],
    [
      '{type: jmespath, expression: a, operator: regex, value: "[a-"}',
      '"[a-"',
      'invalid regular expression: /[a-/: Unterminated character class',
    ],
    [
      '{type: jmespath, expression: "tool_calls[?name==\'x\'", operator: exists}',
      '"tool_calls',
      'invalid JMESPath expression: Syntax error: expected Rbracket',
    ],
    ['{type: cost_limit, max_usd: -1}', '-1', "'max_usd' must be at least 0, got -1"],
    ['{type: latency_limit, max_seconds: 0}', '0}', "'max_seconds' must be greater than 0, got 0"],
    ['{type: turn_limit, max_turns: 0}', '0}', "'max_turns' must be at least 1, got 0"],
    ['{type: judge, criteria: []}', '[]', "'criteria' needs at least 1 item"],
    ['{type: judge, criteria: [{name: a, description: b}], k: 22}', '22', "'k' must be at most 21, got 22"],
    ['{type: judge, criteria: [{name: a, description: b, weight: 0}]}', '0}', "'weight' must be greater than 0, got 0"],
    ['{type: output_contains}', '{', "missing required field 'value' for assertion type 'output_contains'"],
    [
      '{type: tool_caled, tool: read_file}',
      'tool_caled',
      "unknown assertion type 'tool_caled', did you mean 'tool_called'?",
    ],
    [
      '{tool: read_file}',
      '{',
      "assertion has no 'type'; use one of: tool_called, tool_not_called, tool_calls, tool_sequence, output_contains",
    ],
  ])('reports %s at %s', async (assertion, pointedAt, message) => {
    const line = `  - ${assertion}`;
    const problems = await problemsOf(withAssertions(line));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`scenario.yaml:7:${line.indexOf(pointedAt) + 1}: ${message}`);
  });
});

describe('tools named by assertions', () => {
  it('must be defined, reported at the assertion line with a suggestion', async () => {
    const problems = await problemsOf(
      withAssertions(
        '  - type: tool_called',
        '    tool: read_fil',
        '  - {type: tool_not_called, tool: deploy}',
        '  - {type: tool_sequence, sequence: [read_file, write_file]}',
      ),
    );
    expect(problems).toEqual([
      "scenario.yaml:8:11: 'tool_called' assertion names tool 'read_fil', " +
        "which the scenario does not define, did you mean 'read_file'?",
      "scenario.yaml:9:35: 'tool_not_called' assertion names tool 'deploy', " +
        'which the scenario does not define (tools: read_file, run_tests)',
      "scenario.yaml:10:49: 'tool_sequence' assertion names tool 'write_file', " +
        'which the scenario does not define (tools: read_file, run_tests)',
    ]);
  });
});

describe('the shorthand assertion of the earlier salvo', () => {
  it('means a jmespath assertion, path defaulting to response.content', async () => {
    const loaded = await load(
      withAssertions(
        "  - {path: response.content, regex: 'R-\\d{4}', weight: 2}",
        '  - {contains: refund}',
        '  - {path: metadata.turn_count, lte: 4, required: true}',
        '  - {path: response.finish_reason, exists: true}',
      ),
    );
    expect(loaded.scenario.assertions).toEqual([
      {
        type: 'jmespath',
        expression: 'response.content',
        operator: 'regex',
        value: 'R-\\d{4}',
        weight: 2,
        required: false,
      },
      {
        type: 'jmespath',
        expression: 'response.content',
        operator: 'contains',
        value: 'refund',
        weight: 1,
        required: false,
      },
      { type: 'jmespath', expression: 'metadata.turn_count', operator: 'lte', value: 4, weight: 1, required: true },
      { type: 'jmespath', expression: 'response.finish_reason', operator: 'exists', weight: 1, required: false },
    ]);
    expect(loaded.assertionLines).toEqual([7, 8, 9, 10]);
  });

  it('hashes the same as the full form', async () => {
    const short = await load(withAssertions('  - {path: metadata.turn_count, lte: 4}'));
    const full = await load(
      withAssertions('  - {type: jmespath, expression: metadata.turn_count, operator: lte, value: 4}'),
    );
    expect(short.hash).toBe(full.hash);
  });

  it('needs exactly one operator, reported at the assertion', async () => {
    const problems = await problemsOf(
      withAssertions('  - {path: a, eq: 1, contains: 2}', '  - {path: a}', '  - {path: a, exists: false}'),
    );
    expect(problems).toEqual([
      'scenario.yaml:7:5: a shorthand assertion needs exactly one operator key ' +
        '(eq, ne, gt, gte, lt, lte, contains, regex, exists); found eq, contains',
      'scenario.yaml:8:5: a shorthand assertion needs exactly one operator ' +
        'key (eq, ne, gt, gte, lt, lte, contains, regex, exists); found none',
      "scenario.yaml:9:5: in a shorthand assertion write 'exists: " +
        "true' (there is no 'not exists'; use a full jmespath assertion)",
    ]);
  });

  it('reports unknown keys instead of dropping them, and problems at the keys the user wrote', async () => {
    const problems = await problemsOf(withAssertions('  - {path: a, eq: 1, wieght: 2}', '  - {path: 3, eq: 1}'));
    expect(problems).toEqual([
      "scenario.yaml:7:22: unknown field 'wieght' for assertion type 'jmespath', did you mean 'weight'?",
      "scenario.yaml:8:12: 'expression' must be a string, got 3",
    ]);
  });
});
