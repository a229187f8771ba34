import { describe, expect, it } from 'vitest';
import { jsonForScript, renderHtmlReport } from '../../../src/core/report/html-report.ts';
import { buildViewerData } from '../../../src/core/report/html-viewer-data.ts';
import { scenarioSlug, traceFileName, traceIdOfFileName } from '../../../src/core/trace-file-name.ts';
import { viewerRun } from '../../helpers/viewer-fixture.ts';

const TRACE_ID = '0190a000-0000-7000-8000-000000000007';

describe('trace file names', () => {
  it('carry the scenario slug and trial before the id, and both namings give the id back', () => {
    const name = traceFileName({ scenario_name: 'Books a flight (EU) / über', trace_id: TRACE_ID, trial: 3 });
    expect(name).toBe(`books-a-flight-eu-uber-t3-${TRACE_ID}.json`);
    expect(traceIdOfFileName(name)).toBe(TRACE_ID);
    expect(traceIdOfFileName(`${TRACE_ID}.json`)).toBe(TRACE_ID);
    expect(traceIdOfFileName('notes.txt')).toBeNull();
    expect(scenarioSlug('!!!')).toBe('scenario');
    expect(scenarioSlug('x'.repeat(100))).toHaveLength(48);
  });
});

describe('the HTML report', () => {
  it('embeds the run as JSON that cannot close its script element, and reads back the same', () => {
    const hostile = '</script><!-- & \u2028 <b>';
    const json = jsonForScript({ text: hostile });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ text: hostile });
    const run = viewerRun(3, [1]);
    run.results.scenarios[1]!.summary = hostile;
    const html = renderHtmlReport(run);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('lists failed scenarios first, keeps the run order within a verdict, and leaves raw bodies out', () => {
    const run = viewerRun(5, [3, 1]);
    const trace = run.traces.values().next().value!;
    trace.turns[0]!.raw = { body: 'RAW-PROVIDER-BODY' };
    const data = buildViewerData(run);
    expect(data.scenarios.map((scenario) => scenario.name)).toEqual([
      'refund over the limit 1',
      'refund over the limit 3',
      'books a flight 0',
      'books a flight 2',
      'books a flight 4',
    ]);
    expect(JSON.stringify(data)).not.toContain('RAW-PROVIDER-BODY');
    expect(Object.keys(data.traces)).toHaveLength(5);
    expect(data.traces[data.scenarios[0]!.trials[0]!.trace!]!.system).toContain('support agent');
  });
});
