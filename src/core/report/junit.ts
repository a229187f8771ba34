import { describeError } from '../errors.ts';
import { formatCosts, plural, roundCost, verdictLabel } from '../format.ts';
import type { RunResults, ScenarioResult, ScenarioStats } from '../results.ts';

/**
 * JUnit XML for CI test reporters (Jenkins, GitLab, GitHub test-report
 * actions): one <testsuite> per run inside <testsuites>, one <testcase> per
 * scenario (classname = the scenario file). Not passing maps to <failure>
 * (FAIL, HARD_FAIL, PARTIAL), <error> (INFRA_ERROR) or <skipped>, each with
 * the verdict as its type and the top reasons as its text.
 *
 * The Jenkins xunit schema (junit-10.xsd) allows <properties> only on the
 * suite, so per-scenario numbers sit there as `<file> pass_rate` etc., and
 * again as readable text in each test case's <system-out>.
 */
export function renderJUnit(results: RunResults): string {
  const scenarios = results.scenarios;
  const count = (predicate: (scenario: ScenarioResult) => boolean) => scenarios.filter(predicate).length;
  const totals = {
    tests: scenarios.length,
    failures: count(isFailure),
    errors: count((scenario) => scenario.verdict === 'INFRA_ERROR'),
  };
  const time = seconds(runSeconds(results));
  const suiteAttributes = attributes({
    name: 'salvo',
    ...totals,
    skipped: count((scenario) => scenario.verdict === 'SKIPPED'),
    time,
    timestamp: results.started_at,
    id: results.run_id,
  });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'salvo', ...totals, time })}>`,
    `  <testsuite${suiteAttributes}>`,
    '    <properties>',
    ...runProperties(results).map(([name, value]) => `      <property${attributes({ name, value })}/>`),
    '    </properties>',
    ...testCases(scenarios),
    '  </testsuite>',
    '</testsuites>',
    '',
  ];
  return lines.join('\n');
}

function* testCases(scenarios: Iterable<ScenarioResult>): Generator<string> {
  for (const scenario of scenarios) yield* renderTestCase(scenario);
}

function isFailure(scenario: ScenarioResult): boolean {
  return scenario.verdict === 'FAIL' || scenario.verdict === 'HARD_FAIL' || scenario.verdict === 'PARTIAL';
}

function runSeconds(results: RunResults): number {
  const elapsed = (Date.parse(results.finished_at) - Date.parse(results.started_at)) / 1000;
  return Number.isFinite(elapsed) && elapsed >= 0 ? elapsed : results.totals.latency_seconds;
}

/** Up to 3 decimals, as the schema's SUREFIRE_TIME requires. */
function seconds(value: number): string {
  return Math.max(0, value).toFixed(3);
}

/** A file or scenario name as one property-name segment: whitespace and dots become `_`. */
function propertyPart(text: string): string {
  return text.replace(/[\s.]+/g, '_');
}

function runProperties(results: RunResults): [string, string][] {
  const properties: [string, string][] = [
    ['salvo.version', results.salvo_version],
    ['salvo.run_id', results.run_id],
    ['salvo.cost_usd', String(roundCost(results.totals.cost_usd))],
    ...(results.totals.judge_cost_usd === undefined
      ? []
      : ([['salvo.judge_cost_usd', String(roundCost(results.totals.judge_cost_usd))]] as [string, string][])),
    ['salvo.cost_incomplete', String(results.totals.cost_incomplete)],
    ['salvo.interrupted', String(results.interrupted)],
  ];
  for (const scenario of results.scenarios) {
    // Property names without spaces (some JUnit readers split on them): salvo.scenario.<file>.<name>.<field>.
    const key = `salvo.scenario.${propertyPart(scenario.file)}.${propertyPart(scenario.name)}`;
    properties.push([`${key}.verdict`, scenario.verdict]);
    properties.push([
      `${key}.pass_rate`,
      scenario.stats?.pass_rate === null || !scenario.stats
        ? 'n/a'
        : String(Number(scenario.stats.pass_rate.toFixed(4))),
    ]);
    properties.push([`${key}.cost_usd`, scenario.cost_usd === null ? 'unknown' : String(roundCost(scenario.cost_usd))]);
    if (scenario.judge_cost_usd !== undefined)
      properties.push([
        `${key}.judge_cost_usd`,
        scenario.judge_cost_usd === null ? 'unknown' : String(roundCost(scenario.judge_cost_usd)),
      ]);
  }
  return properties;
}

function renderTestCase(scenario: ScenarioResult): string[] {
  const identity = attributes({
    name: scenario.name,
    classname: scenario.file,
    time: seconds(scenario.latency_seconds),
  });
  const head = `    <testcase${identity}>`;
  const body: string[] = [];
  const details = detailLines(scenario);
  const message = `${verdictLabel(scenario.verdict)}: ${scenario.summary}`;
  if (isFailure(scenario))
    body.push(`      <failure${attributes({ type: scenario.verdict, message })}>${text(details)}</failure>`);
  else if (scenario.verdict === 'INFRA_ERROR')
    body.push(`      <error${attributes({ type: scenario.verdict, message })}>${text(details)}</error>`);
  else if (scenario.verdict === 'SKIPPED')
    body.push(`      <skipped${attributes({ type: scenario.skip_reason ?? 'SKIPPED', message: scenario.summary })}/>`);
  body.push(`      <system-out>${text(statsLines(scenario))}</system-out>`);
  return [head, ...body, '    </testcase>'];
}

/** The top failure reasons, each pointing at its line in the scenario file. */
function detailLines(scenario: ScenarioResult): string {
  const stats = scenario.stats;
  const lines = [`${verdictLabel(scenario.verdict)}: ${scenario.summary}`];
  for (const failure of stats?.failing_assertions.slice(0, 5) ?? []) {
    const where = failure.line !== undefined ? `${scenario.file}:${failure.line}` : scenario.file;
    lines.push(
      `${where}: ${failure.label} failed in ${failure.fail_count}/${failure.evaluated_count} ` +
        `trials${failure.required ? ' (required)' : ''}`,
    );
    for (const reason of failure.sample_reasons) lines.push(`  - ${reason}`);
  }
  for (const error of stats?.errors ?? []) {
    lines.push(
      `${plural(error.count, 'trial')} ` +
        `errored${error.infrastructure ? ' (infrastructure)' : ''}: ${describeError(error)}`,
    );
  }
  if (scenario.error) lines.push(describeError(scenario.error));
  return lines.join('\n');
}

function statsLines(scenario: ScenarioResult): string {
  const stats: ScenarioStats | undefined = scenario.stats;
  const cost = formatCosts(scenario.cost_usd, scenario.judge_cost_usd, scenario.simulator_cost_usd);
  const lines = [
    `verdict: ${verdictLabel(scenario.verdict)}`,
    `model: ${scenario.provider}/${scenario.model}`,
    `cost: ${cost}`,
  ];
  if (stats) {
    const interval = stats.pass_rate_interval;
    lines.push(
      `trials: ${stats.passed} passed, ${stats.failed} failed, ${stats.hard_failed} hard-failed, ` +
        `${stats.errored} errored (${stats.infra_errors} infrastructure), ${stats.cancelled} cancelled`,
      `pass rate: ${stats.pass_rate ?? 'n/a'} (required ${stats.required_pass_rate})` +
        `${interval ? `, 95 % interval ${interval.low.toFixed(2)}-${interval.high.toFixed(2)}` : ''}`,
      `retries: ${stats.retries.total}`,
    );
    if (stats.sample_size_note) lines.push(stats.sample_size_note);
    if (stats.early_stop)
      lines.push(
        `stopped early after ${stats.early_stop.after_trials}/${stats.early_stop.planned_trials} ` +
          `trials: ${stats.early_stop.reason}`,
      );
  }
  return lines.join('\n');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates) become U+FFFD. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value.replace(notXmlChar, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
