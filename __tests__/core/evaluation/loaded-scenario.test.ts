import { describe, expect, it } from 'vitest';
import { evaluateTrial } from '../../../src/core/evaluation/evaluate-trial.ts';
import { summariseScenario } from '../../../src/core/evaluation/summarise-scenario.ts';
import type { LoadedScenario } from '../../../src/core/scenario/load-scenario.ts';
import type { RunTrace } from '../../../src/core/trace.ts';
import { call, traceOf } from '../../helpers/checks-fixtures.ts';
import { load, yaml } from '../../helpers/scenario-loading.ts';

// The runner's hooks take a LoadedScenario: the checks must accept one as it is.
const asHook: (trace: RunTrace, loaded: LoadedScenario) => { status: string } = evaluateTrial;

describe('checks on a scenario loaded from YAML', () => {
  it('point each result at its assertion line, shorthand included', async () => {
    const loaded = await load(
      yaml(
        'model: gpt-4o',
        'prompt: Refund order A1234',
        'required_pass_rate: 0.5',
        'tools:',
        '  - {name: lookup_order, description: Look an order up, mock_response: {status: delivered}}',
        '  - {name: issue_refund, description: Refund an order, mock_response: done}',
        'assertions:',
        '  - {type: tool_called, tool: lookup_order, required: true}',
        '  - type: tool_sequence',
        '    sequence: [lookup_order, issue_refund]',
        "  - {path: response.content, regex: 'R-\\d{4}'}",
      ),
    );
    const evaluation = asHook(
      traceOf({ calls: [call('issue_refund'), call('lookup_order')], output: 'Refund R-5521 created' }),
      loaded,
    );
    expect(evaluation.status).toBe('failed');
    const full = evaluateTrial(
      traceOf({ calls: [call('issue_refund'), call('lookup_order')], output: 'Refund R-5521 created' }),
      loaded,
    );
    expect(full.assertions.map((result) => [result.line, result.passed])).toEqual([
      [8, true],
      [9, false],
      [11, true],
    ]);
    expect(full.assertions[1]?.reason).toBe(
      'expected lookup_order before issue_refund; got issue_refund, lookup_order',
    );
    expect(summariseScenario([], loaded).stats.required_pass_rate).toBe(0.5);
  });
});
