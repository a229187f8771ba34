import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { summariseScenario } from '../../../src/core/evaluation/summarise-scenario.ts';
import { renderJUnit } from '../../../src/core/report/junit.ts';
import type { RunResults, ScenarioResult, TrialResult } from '../../../src/core/results.ts';
import { assertionResult, infraError, scenarioWith, trial } from '../../helpers/checks-fixtures.ts';
import { validateAgainstXsd } from '../../helpers/junit-xsd.ts';

const scenario = scenarioWith([{ type: 'tool_called', tool: 'file_read' }]);
function scenarioResult(
  name: string,
  file: string,
  trials: TrialResult[],
  extra: Partial<ScenarioResult> = {},
): ScenarioResult {
  const summary = summariseScenario(trials, scenario);
  return {
    name,
    file,
    provider: 'openai',
    model: 'gpt-4o',
    mode: 'live',
    status: summary.status,
    verdict: summary.verdict,
    summary: summary.summary,
    trials,
    turns: 2,
    max_turns_hit: false,
    tool_calls: 1,
    input_tokens: 100,
    output_tokens: 20,
    cost_usd: 0.02,
    latency_seconds: 3.25,
    stats: summary.stats,
    ...extra,
  };
}
const failing = (n: number) =>
  trial(n, 'failed', {
    assertions: [
      assertionResult(0, false, {
        label: 'tool_called file_read',
        reason: 'file_read was never called <"&\'> \u0007 \uD800',
      }),
    ],
  });

function runResults(scenarios: ScenarioResult[]): RunResults {
  return {
    schema_version: 1,
    run_id: '0190-run',
    salvo_version: '0.1.0',
    started_at: '2026-01-01T00:00:00.000Z',
    finished_at: '2026-01-01T00:00:12.5Z',
    interrupted: false,
    max_cost_usd: null,
    totals: {
      total: scenarios.length,
      passed: 1,
      failed: 2,
      errored: 1,
      skipped: 1,
      cost_usd: 0.08,
      cost_incomplete: false,
      input_tokens: 0,
      output_tokens: 0,
      latency_seconds: 12,
    },
    scenarios,
  };
}

const results = runResults([
  scenarioResult('refunds', 'scenarios/refund.yaml', [trial(1, 'passed'), trial(2, 'passed')]),
  scenarioResult('flaky & co', 'scenarios/flaky.yaml', [
    trial(1, 'passed', { assertions: [assertionResult(0, true)] }),
    failing(2),
  ]),
  scenarioResult('broken', 'scenarios/broken.yaml', [failing(1)]),
  scenarioResult('down', 'scenarios/down.yaml', [trial(1, 'errored', { error: infraError })]),
  scenarioResult('no key', 'scenarios/nokey.yaml', [], { skip_reason: 'no_key_no_recording', cost_usd: null }),
]);

describe('renderJUnit', () => {
  const xml = renderJUnit(results);

  it('is well-formed XML that a standard parser reads', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('follows the Jenkins xunit schema: allowed elements, required attributes, time format', () => {
    expect(validateAgainstXsd(xml)).toEqual([]);
  });

  it('has one suite per run and one test case per scenario, classname = file', () => {
    const flat = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
    }).parse(xml);
    const suites = flat.testsuites.testsuite;
    expect(suites).toHaveLength(1);
    const suite = suites[0];
    expect(suite).toMatchObject({
      name: 'salvo',
      tests: '5',
      failures: '2',
      errors: '1',
      skipped: '1',
      time: '12.500',
      id: '0190-run',
    });
    const cases = suite.testcase;
    expect(cases.map((testCase: { name: string; classname: string }) => [testCase.name, testCase.classname])).toEqual([
      ['refunds', 'scenarios/refund.yaml'],
      ['flaky & co', 'scenarios/flaky.yaml'],
      ['broken', 'scenarios/broken.yaml'],
      ['down', 'scenarios/down.yaml'],
      ['no key', 'scenarios/nokey.yaml'],
    ]);
    expect(cases[0].failure).toBeUndefined();
    expect(cases[1].failure).toMatchObject({ type: 'PARTIAL' });
    expect(cases[1].failure.message).toMatch(/^PARTIAL: 1\/2 trials passed/);
    expect(cases[1].failure['#text']).toContain('scenarios/flaky.yaml:10: tool_called file_read failed in 1/2 trials');
    expect(cases[1].failure['#text']).toContain('file_read was never called <"&\'> \uFFFD \uFFFD');
    expect(cases[2].failure.type).toBe('FAIL');
    // People read the message and the text as every report spells the verdict; the type keeps the JSON's.
    expect(cases[3].error).toMatchObject({ type: 'INFRA_ERROR' });
    expect(cases[3].error.message).toMatch(/^INFRA ERROR: /);
    expect(cases[3].error['#text']).toMatch(/^INFRA ERROR: /);
    expect(cases[3]['system-out']).toContain('verdict: INFRA ERROR');
    expect(cases[3].error['#text']).toContain(
      '(infrastructure): 429 Too Many Requests after 2 retries [E_RATE_LIMITED]',
    );
    expect(cases[4].skipped).toMatchObject({ type: 'no_key_no_recording', message: 'no trials ran' });
    expect(cases[0]['system-out']).toContain('pass rate: 1 (required 1), 95 % interval 0.34-1.00');
  });

  it('carries pass rate, verdict and cost as suite properties', () => {
    const flat = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'property',
    }).parse(xml);
    const properties = Object.fromEntries(
      flat.testsuites.testsuite.properties.property.map((property: { name: string; value: string }) => [
        property.name,
        property.value,
      ]),
    );
    expect(properties).toMatchObject({
      'salvo.run_id': '0190-run',
      'salvo.cost_usd': '0.08',
      'salvo.scenario.scenarios/flaky_yaml.flaky_&_co.pass_rate': '0.5',
      'salvo.scenario.scenarios/flaky_yaml.flaky_&_co.verdict': 'PARTIAL',
      'salvo.scenario.scenarios/refund_yaml.refunds.cost_usd': '0.02',
      'salvo.scenario.scenarios/nokey_yaml.no_key.cost_usd': 'unknown',
      'salvo.scenario.scenarios/down_yaml.down.pass_rate': 'n/a',
      'salvo.scenario.scenarios/down_yaml.down.verdict': 'INFRA_ERROR',
    });
    for (const name of Object.keys(properties)) expect(name).not.toMatch(/\s/);
  });

  it('uses a schema check that catches what the schema forbids', () => {
    const bad =
      '<testsuites><testsuite name="x" tests="1" failures="0" time="1.23456"><testcase ' +
      'classname="c"><properties/></testcase></testsuite></testsuites>';
    expect(validateAgainstXsd(bad)).toEqual([
      'testsuites/testsuite: <testsuite> lacks required attribute errors',
      'testsuites/testsuite: bad time 1.23456',
      'testsuites/testsuite/testcase: <testcase> lacks required attribute name',
      'testsuites/testsuite/testcase: <properties> is not allowed in <testcase>',
    ]);
  });

  it('renders an empty run', () => {
    const empty = renderJUnit(runResults([]));
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(validateAgainstXsd(empty)).toEqual([]);
  });
});
