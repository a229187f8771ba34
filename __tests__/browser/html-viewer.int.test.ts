import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/core/report/html-report.ts';
import { CHROMIUM, launchChromium } from '../helpers/browser.ts';
import { viewerRun } from '../helpers/viewer-fixture.ts';

// The viewer as a reviewer opens it: report.html from a folder via file://, in headless Chromium.
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
const folder = mkdtempSync(join(tmpdir(), 'salvo-viewer-'));

beforeAll(async () => {
  // No skip: a missing browser is a failure (.ci/run installs it).
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing; .ci/run installs it (apt-get install chromium)`).toBe(true);
  browser = await launchChromium();
  context = browser.context;
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function openReport(name: string, html: string): Promise<{ page: Page; problems: string[] }> {
  const file = join(folder, name);
  writeFileSync(file, html);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) problems.push(request.url());
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems };
}

describe('report.html in a browser', () => {
  it('loads from file:// without console errors, lists failed scenarios first, and shows a conversation', async () => {
    const { page, problems } = await openReport('report.html', renderHtmlReport(viewerRun(12, [4, 9])));
    expect(await page.textContent('#shown')).toBe('12 of 12 scenarios');
    expect(await page.locator('.row').count()).toBe(12);
    const verdicts = await page
      .locator('.row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-verdict')));
    expect(verdicts.slice(0, 2)).toEqual(['HARD_FAIL', 'HARD_FAIL']);
    expect(verdicts.slice(2).every((verdict) => verdict === 'PASS')).toBe(true);
    expect(await page.textContent('#overview')).toContain('failed 2');

    await page.locator('.row', { hasText: 'refund over the limit 4' }).click();
    const detail = page.locator('#detail');
    await expect.poll(() => detail.textContent()).toContain('Please refund order A-17');
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('calls issue_refund');
    expect(text).toContain('"amount": 900');
    expect(text).toContain('mock case 1');
    expect(text).toContain('issue_refund was called with {"amount": 900}');
    expect(text).toContain('Done: $900 refunded.');
    // The system prompt waits behind its toggle; the final state too.
    expect(await page.locator('details.system').getAttribute('open')).toBeNull();
    await page.locator('details.system summary').click();
    expect(await page.locator('details.system pre').isVisible()).toBe(true);
    expect(await page.locator('table.turns tr').count()).toBe(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters by text and verdict', async () => {
    const { page, problems } = await openReport('filters.html', renderHtmlReport(viewerRun(30, [2, 5, 7])));
    await page.fill('#search', 'flight 1');
    await expect.poll(() => page.textContent('#shown')).toBe('11 of 30 scenarios');
    await page.fill('#search', '');
    await page.selectOption('#verdict', 'NOT_PASS');
    await expect.poll(() => page.textContent('#shown')).toBe('3 of 30 scenarios');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps text a model wrote as text: no markup, no script, no early end of the data block', async () => {
    const run = viewerRun(2, [0]);
    const hostile = '</script><script>window.owned = 1</script><img src=x onerror="window.owned = 2"> <!--';
    run.results.scenarios[0]!.summary = hostile;
    const trace = [...run.traces.values()][0]!;
    trace.messages[4]!.content = hostile;
    const { page, problems } = await openReport('hostile.html', renderHtmlReport(run));
    await page.locator('.row').first().click();
    await expect.poll(() => page.locator('#detail').textContent()).toContain('window.owned = 2');
    expect(await page.evaluate(() => (globalThis as { owned?: number }).owned)).toBeUndefined();
    expect(await page.locator('#detail img').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stays usable with 10,000 scenarios: only the rows in view exist, and filtering answers', async () => {
    const failing = Array.from({ length: 40 }, (_, index) => index * 250);
    const { page, problems } = await openReport('large.html', renderHtmlReport(viewerRun(10_000, failing)));
    expect(await page.textContent('#shown')).toBe('10000 of 10000 scenarios');
    // Virtualised: a screenful of rows, not ten thousand elements.
    expect(await page.locator('.row').count()).toBeLessThan(100);
    await page.locator('#list').evaluate((list) => (list.scrollTop = 150_000));
    await expect.poll(() => page.locator('.row', { hasText: 'books a flight' }).count()).toBeGreaterThan(0);
    const started = Date.now();
    await page.fill('#search', 'refund over');
    await expect.poll(() => page.textContent('#shown')).toBe('40 of 10000 scenarios');
    // Loose on purpose (bench/html-viewer.bench.ts times it): a frozen page would take far longer.
    expect(Date.now() - started).toBeLessThan(10_000);
    await page.locator('.row').first().click();
    await expect.poll(() => page.locator('#detail').textContent()).toContain('Please refund order A-17');
    expect(problems).toEqual([]);
    await page.close();
  });
});
