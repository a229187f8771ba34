import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { joinPatterns } from '../helpers/join-patterns.ts';
import { runCli } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'salvo-handlers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('salvo validate with tool handlers', () => {
  it('names file, line and column of a handler whose module lacks the export or lies outside the project', async () => {
    mkdirSync(join(work, 'project', 'fakes'), { recursive: true });
    writeFileSync(join(work, 'project', 'salvo.yaml'), 'default_model: gpt-5.4-mini\n');
    writeFileSync(
      join(work, 'project', 'fakes', 'shop.mjs'),
      'export function lookupOrder() {}\nexport const version = 1;\n',
    );
    writeFileSync(join(work, 'outside.mjs'), 'export function refund() {}\n');
    writeFileSync(
      join(work, 'project', 'shop.yaml'),
      [
        'prompt: refund A1',
        'state: {initial: {refunds: []}}',
        'tools:',
        '  - {name: issue_refund, description: Refund, handler: ./fakes/shop.mjs#issueRefund}',
        '  - {name: lookup_order, description: Look up, handler: ./fakes/shop.mjs#lookupOrder}',
        '  - {name: other, description: Other, handler: ../outside.mjs#refund}',
        '',
      ].join('\n'),
    );
    const run = await runCli(['validate', 'shop.yaml'], { cwd: join(work, 'project') });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('shop.yaml:'))).toEqual([
      "shop.yaml:4:56: handler module ./fakes/shop.mjs has no function export 'issueRefund' (it exports lookupOrder)",
      expect.stringMatching(
        joinPatterns(
          /^shop\.yaml:6:48: handler module \.\.\/outside\.mjs is outside the project /,
          /\(.*project\); handlers must be project code$/,
        ),
      ),
    ]);
  });
});
