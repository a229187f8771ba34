// The HTML viewer at 10,000 scenarios: render time in Node, then load-to-ready and a filter in headless Chromium.
// `node bench/html-viewer.bench.ts [scenarios]`. Timing lives here, not in the browser test (which checks loosely).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderHtmlReport } from '../src/core/report/html-report.ts';
import { launchChromium } from '../__tests__/helpers/browser.ts';
import { viewerRun } from '../__tests__/helpers/viewer-fixture.ts';

const count = Number(process.argv[2] ?? 10_000);
const run = viewerRun(
  count,
  Array.from({ length: Math.ceil(count / 250) }, (_, index) => index * 250),
);
let started = performance.now();
const html = renderHtmlReport(run);
console.log(
  `render    ${count} scenarios  ${(html.length / 1e6).toFixed(1)} MB  ${(performance.now() - started).toFixed(0)} ms`,
);

const folder = mkdtempSync(join(tmpdir(), 'salvo-viewer-bench-'));
const browser = await launchChromium();
try {
  const file = join(folder, 'report.html');
  writeFileSync(file, html);
  const page = await browser.context.newPage();
  started = performance.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="true"]');
  console.log(`load      to first rows ${(performance.now() - started).toFixed(0)} ms`);
  const shownBefore = await page.textContent('#shown');
  started = performance.now();
  await page.fill('#search', 'refund over');
  await page
    .locator('#shown')
    .filter({ hasNotText: shownBefore ?? '' })
    .waitFor();
  console.log(
    `filter    ${await page.textContent('#shown')}  ` +
      `${(performance.now() - started).toFixed(0)} ms (60 ms debounce included)`,
  );
  started = performance.now();
  await page.locator('.row').first().click();
  await page.waitForSelector('#detail .conversation');
  console.log(`open      a failed scenario's conversation ${(performance.now() - started).toFixed(0)} ms`);
} finally {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}
