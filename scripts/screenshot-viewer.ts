/**
 * docs/html-viewer.png: the HTML trace viewer of a 40-scenario run with two failures, the first failure opened.
 * `node scripts/screenshot-viewer.ts` (needs /usr/bin/chromium). The run is the browser test's fixture: made-up
 * scenarios, rendered by the real renderer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderHtmlReport } from '../src/core/report/html-report.ts';
import { launchChromium } from '../__tests__/helpers/browser.ts';
import { viewerRun } from '../__tests__/helpers/viewer-fixture.ts';

const target = resolve(import.meta.dirname, '..', 'docs', 'html-viewer.png');
const folder = mkdtempSync(join(tmpdir(), 'salvo-screenshot-'));
const browser = await launchChromium();
try {
  const file = join(folder, 'report.html');
  writeFileSync(file, renderHtmlReport(viewerRun(40, [6, 23])));
  const page = await browser.context.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('.row').first().click();
  await page.locator('details.system summary').click();
  await page.screenshot({ path: target });
  console.log(`wrote ${target}`);
} finally {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}
