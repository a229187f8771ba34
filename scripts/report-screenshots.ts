// Regenerates docs/examples/{pr-comment,job-summary}.md and the screenshots docs/terminal.png and
// docs/pr-comment.png from a real run: the shipped examples, replayed from their recordings in a scratch copy
// from which one recording is removed, so that `--mode replay` has a scenario that cannot run and the reports
// show a failure as well as passes.
//
//   node scripts/report-screenshots.ts            (from the repository root; needs /usr/bin/chromium)
//
// The comment's Markdown is turned into HTML by the small renderer below (only the subset salvo's reports use:
// headings, lists, tables, <details>, bold, code and links), and the terminal's ANSI colours into spans.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { renderJobSummary } from '../src/core/report/job-summary.ts';
import { buildCommentMarker, renderPrComment } from '../src/core/report/pr-comment.ts';
import type { RunResults } from '../src/core/results.ts';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'salvo-screens-'));
cpSync(join(root, 'examples'), join(scratch, 'examples'), { recursive: true });
writeFileSync(join(scratch, 'salvo.yaml'), 'scenarios_dir: examples\n');
rmSync(join(scratch, 'examples', '__recordings__', 'plain-question.json'));

const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '80', FORCE_COLOR: '1', NO_COLOR: '' };
for (const name of ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY']) delete env[name];
const run = spawnSync(process.execPath, [join(root, 'src', 'cli', 'index.ts'), 'run', 'examples', '--mode', 'replay'], {
  cwd: scratch,
  env,
  encoding: 'utf8',
});
const terminalText = run.stdout;
const runId = /Run saved: ([0-9a-f-]{36})/.exec(terminalText)?.[1];
if (!runId) throw new Error(`salvo run did not save a run:\n${run.stdout}\n${run.stderr}`);
const results = JSON.parse(readFileSync(join(scratch, '.salvo', 'runs', runId, 'results.json'), 'utf8')) as RunResults;

const context = {
  commitSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  links: { blobUrl: 'https://github.com/acme/agents/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', directory: '' },
};
const comment = renderPrComment(results, {
  ...context,
  marker: buildCommentMarker('Agent tests', 'agents'),
  runUrl: 'https://github.com/acme/agents/actions/runs/501',
  artifactUrl: 'https://github.com/acme/agents/actions/runs/501/artifacts/1001',
});
const summary = renderJobSummary(results, {
  ...context,
  artifact: { name: 'salvo-traces', url: 'https://github.com/acme/agents/actions/runs/501/artifacts/1001' },
});
writeFileSync(join(root, 'docs', 'examples', 'pr-comment.md'), comment);
writeFileSync(join(root, 'docs', 'examples', 'job-summary.md'), summary);

const page = (body: string, style: string) =>
  `<!doctype html><meta charset="utf-8"><style>${style}</style><body>${body}</body>`;
const markdownStyle =
  'body{font:14px -apple-system,Segoe UI,Helvetica,Arial,sans-serif;' +
  'color:#1f2328;margin:0;padding:16px 20px;width:860px}' +
  'table{border-collapse:collapse}td,th{border:1px solid #d1d9e0;padding:4px 10px}' +
  'code{background:#eff1f3;padding:1px 4px;border-radius:4px}' +
  'a{color:#0969da;text-decoration:none}h4{margin:16px 0 6px}ul{margin:4px 0;padding-left:22px}';
const terminalStyle =
  'body{margin:0;background:#1e1e1e;color:#d4d4d4;padding:12px 14px;display:inline-block}' +
  'pre{font:13px/1.35 DejaVu Sans Mono,monospace;margin:0}' +
  '.r{color:#f14c4c}.g{color:#23d18b}.y{color:#f5f543}.d{opacity:.6}.b{font-weight:bold}';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const tab = await browser.newPage({ viewport: { width: 900, height: 400 } });
  await tab.setContent(page(`<pre>${ansiToHtml(terminalText)}</pre>`, terminalStyle));
  await tab.locator('body').screenshot({ path: join(root, 'docs', 'terminal.png') });
  await tab.setContent(page(markdownToHtml(comment), markdownStyle));
  await tab.screenshot({ path: join(root, 'docs', 'pr-comment.png'), fullPage: true });
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** SGR colours to spans: red, green, yellow, dim and bold are all salvo prints. */
function ansiToHtml(text: string): string {
  const classes: Record<string, string> = { '31': 'r', '32': 'g', '33': 'y', '2': 'd', '1': 'b' };
  return escapeHtml(text).replace(/\x1b\[(\d+)m/g, (_, code: string) =>
    classes[code] ? `<span class="${classes[code]}">` : '</span>',
  );
}

/** The Markdown subset the reports use; HTML they contain (details, summary, sub, br, entities) passes through. */
function markdownToHtml(markdown: string): string {
  const inline = (text: string) =>
    text
      .replace(/\[((?:\\.|[^\]])+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\\([\\`*_{}[\]()#+\-!|~.])/g, '$1');
  const out: string[] = [];
  let list = 0;
  let table = false;
  for (const line of markdown.split('\n')) {
    const item = /^( *)- (.*)$/.exec(line);
    if (!item && list > 0) {
      out.push('</li></ul>'.repeat(list));
      list = 0;
    }
    if (!line.startsWith('|') && table) {
      out.push('</table>');
      table = false;
    }
    if (item) {
      const depth = item[1]!.length / 2 + 1;
      out.push(depth > list ? '<ul><li>' : depth < list ? '</li></ul></li><li>' : '</li><li>');
      list = depth;
      out.push(inline(item[2]!));
    } else if (line.startsWith('|')) {
      if (/^\| ---/.test(line)) continue;
      const cells = line.slice(2, -2).split(/(?<!\\) \| /);
      out.push(`${table ? '' : '<table>'}<tr>${cells.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`);
      table = true;
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ');
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
    } else if (line.startsWith('> ')) out.push(`<blockquote>${inline(line.slice(2))}</blockquote>`);
    else if (line.trim() !== '') out.push(line.startsWith('<') ? line : `<p>${inline(line)}</p>`);
  }
  if (list > 0) out.push('</li></ul>'.repeat(list));
  if (table) out.push('</table>');
  return out.join('\n');
}
