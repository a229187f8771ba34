import { describeError } from '../errors.ts';
import type { ScenarioResult } from '../results.ts';
import { formatCount, plural } from '../format.ts';
import { rendered, takeWithinBudget } from './report-budget.ts';
import { escapeMarkdown } from './markdown-text.ts';
import { plainFailureReasons, statusLabel } from './run-overview.ts';

/**
 * What a reader of the job summary or the PR comment must see first: the
 * scenarios that did not pass, failures and errors before skipped ones, with
 * the scenarios that share a reason grouped into one entry (a provider outage
 * is one line, `5 scenarios: provider returned HTTP 500`, not five).
 */

/** Where scenario files are browsable: `<server>/<owner>/<repo>/blob/<sha>`, and the working directory in it. */
export interface SourceLinks {
  blobUrl: string;
  /** The working directory relative to the repository root, '' at the root. */
  directory: string;
}

export interface ReasonGroup {
  /** Every scenario in a group has this status label (`❌ FAIL`, `💥 errored`, `⏭️ skipped (budget)`). */
  label: string;
  /** Plain text, first the one that names the group. */
  reasons: string[];
  scenarios: ScenarioResult[];
}

export function isFailure(scenario: ScenarioResult): boolean {
  return scenario.status === 'failed' || scenario.status === 'errored';
}

/**
 * Groups scenarios whose status and reason are the same, in order of first
 * appearance; failures come before errors. An error groups by the error alone
 * (the summary around it counts trials, which says nothing new).
 */
export function groupByReason(scenarios: Iterable<ScenarioResult>): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  for (const scenario of scenarios) {
    const label = statusLabel(scenario);
    const error = scenario.error ?? scenario.trials.find((trial) => trial.error)?.error;
    const reasons =
      scenario.status === 'errored' && error
        ? [`${describeError(error)}${error.hint ? ` (hint: ${error.hint})` : ''}`]
        : plainFailureReasons(scenario);
    const key = `${label}\n${reasons.join('\n')}`;
    const group = groups.get(key);
    if (group) group.scenarios.push(scenario);
    else groups.set(key, { label, reasons, scenarios: [scenario] });
  }
  const all = [...groups.values()];
  const failedFirst = (group: ReasonGroup) => (group.scenarios[0]!.status === 'failed' ? 0 : 1);
  return all.sort((a, b) => failedFirst(a) - failedFirst(b));
}

export interface EntryOptions {
  links?: SourceLinks | null;
  maxReasons: number;
  /** Scenario names listed under a group before `… and N more`. */
  maxNames: number;
}

/**
 * One Markdown list entry:
 *
 *   - ❌ FAIL **refuses refunds** · [salvo/refund.yaml](…)
 *     - score 0.50 below threshold 0.80
 *   - 💥 errored **5 scenarios**: provider returned HTTP 500 [E_PROVIDER]
 *     - **a** · [a.yaml](…), **b** · [b.yaml](…), …
 */
export function renderGroupEntry(group: ReasonGroup, options: EntryOptions): string {
  const [first] = group.scenarios;
  const reasons = group.reasons.slice(0, options.maxReasons).map((reason) => escapeMarkdown(reason, 500));
  if (group.reasons.length > options.maxReasons)
    reasons.push(`… and ${formatCount(group.reasons.length - options.maxReasons)} more`);
  if (group.scenarios.length === 1) {
    const title = `- ${group.label} ${scenarioName(first!, options.links)}`;
    return [title, ...reasons.map((reason) => `  - ${reason}`)].join('\n');
  }
  const [headline = '', ...rest] = reasons;
  const names = group.scenarios.slice(0, options.maxNames).map((scenario) => scenarioName(scenario, options.links));
  const more = group.scenarios.length - names.length;
  if (more > 0) names.push(`… and ${formatCount(more)} more`);
  return [
    `- ${group.label} **${plural(group.scenarios.length, 'scenario')}**: ${headline}`,
    ...rest.map((reason) => `  - ${reason}`),
    `  - ${names.join(', ')}`,
  ].join('\n');
}

/** `**name** · [file](link)`, the file linked when the shell said where the repository is browsable. */
export function scenarioName(scenario: ScenarioResult, links: SourceLinks | null | undefined): string {
  return `**${escapeMarkdown(scenario.name, 120)}** · ${fileLink(scenario.file, links)}`;
}

function fileLink(file: string, links: SourceLinks | null | undefined): string {
  const label = escapeMarkdown(file, 200);
  const parts = `${links?.directory ?? ''}/${file}`.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
  // A file outside the repository (or a link base that is not http(s)) has no page to link to.
  if (!links || file.startsWith('/') || parts.includes('..') || !/^https?:\/\/[^\s<>"()]+$/.test(links.blobUrl))
    return label;
  const path = parts
    .map((part) => encodeURIComponent(part).replace(/[()]/g, (paren) => (paren === '(' ? '%28' : '%29')))
    .join('/');
  return `[${label}](${links.blobUrl}/${path})`;
}

export interface AttentionOptions extends EntryOptions {
  /** `###` in the job summary, `####` in the comment. */
  heading: string;
  /** Size of the sections, in the unit `size` counts. */
  budget: number;
  size(text: string): number;
  /** What to say where entries had to be left out: `see the job summary`, `see the results file`. */
  elsewhere: string;
}

/**
 * The failures and errors, then the skipped scenarios, as Markdown sections,
 * taking whole entries while they fit the budget, with a note when some did not.
 */
export function renderAttention(scenarios: readonly ScenarioResult[], options: AttentionOptions): string[] {
  const failures = groupByReason(scenarios.filter(isFailure));
  const skipped = groupByReason(scenarios.filter((scenario) => scenario.status === 'skipped'));
  const render = (group: ReasonGroup) => renderGroupEntry(group, options);
  const { size } = options;
  const keptFailures = takeWithinBudget(rendered(failures, render), options.budget, false, size);
  const keptSkipped = takeWithinBudget(
    rendered(skipped, render),
    options.budget - keptFailures.bytes,
    keptFailures.cut,
    size,
  );
  const count = (groups: ReasonGroup[]) => groups.reduce((total, group) => total + group.scenarios.length, 0);
  const lines: string[] = [];
  if (failures.length > 0) {
    lines.push(
      `${options.heading} ❌ Failed and errored (${formatCount(count(failures))})`,
      '',
      ...keptFailures.lines,
      '',
    );
  }
  if (keptSkipped.lines.length > 0) {
    lines.push(`${options.heading} ⏭️ Skipped (${formatCount(count(skipped))})`, '', ...keptSkipped.lines, '');
  }
  const left = count(failures.slice(keptFailures.lines.length)) + count(skipped.slice(keptSkipped.lines.length));
  if (left > 0) {
    const were = left === 1 ? 'scenario that did not pass is' : 'scenarios that did not pass are';
    lines.push(
      `> ⚠️ ${formatCount(left)} more ${were} left out to stay under GitHub's size limit; ${options.elsewhere}.`,
      '',
    );
  }
  return lines;
}
